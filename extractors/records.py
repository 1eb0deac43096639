"""Typed records shared by every layer, defined once.

``Document`` is what the event extractor reads; ``Article`` is what the HTML cleaner makes of a page;
``Event`` is one coded conflict event. Rows for DuckDB are made from these only at the warehouse
boundary (``dataclasses.asdict``), so the field lists here are the schema's single source of truth.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "explosions_remote_violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "violence_against_civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "riots": ("Violent demonstration", "Mob violence"),
    "strategic_developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}


# CAMEO root codes and PLOVER categories by sub-event type (docs/events.md explains the choices).
CAMEO_PLOVER: dict[str, tuple[str, str]] = {
    "Armed clash": ("19", "ASSAULT"),
    "Government regains territory": ("19", "SEIZE"),
    "Non-state actor overtakes territory": ("19", "SEIZE"),
    "Chemical weapon": ("20", "ASSAULT"),
    "Air/drone strike": ("19", "ASSAULT"),
    "Suicide bomb": ("18", "ASSAULT"),
    "Shelling/artillery/missile attack": ("19", "ASSAULT"),
    "Remote explosive/landmine/IED": ("18", "ASSAULT"),
    "Grenade": ("18", "ASSAULT"),
    "Sexual violence": ("18", "ASSAULT"),
    "Attack": ("18", "ASSAULT"),
    "Abduction/forced disappearance": ("18", "ASSAULT"),
    "Peaceful protest": ("14", "PROTEST"),
    "Protest with intervention": ("14", "PROTEST"),
    "Excessive force against protesters": ("17", "COERCE"),
    "Violent demonstration": ("14", "PROTEST"),
    "Mob violence": ("14", "PROTEST"),
    "Agreement": ("05", "AGREE"),
    "Arrests": ("17", "COERCE"),
    "Change to group/activity": ("15", "MOBILIZE"),
    "Disrupted weapons use": ("17", "COERCE"),
    "Headquarters or base established": ("15", "MOBILIZE"),
    "Looting/property destruction": ("17", "COERCE"),
    "Non-violent transfer of territory": ("08", "YIELD"),
    "Other": ("", "OTHER"),
}


def cameo_plover(sub_event_type: str) -> tuple[str | None, str | None]:
    code, plover = CAMEO_PLOVER.get(sub_event_type, ("", "OTHER"))
    return code or None, plover


def hash_id(*parts: object, length: int = 16) -> str:
    """A stable hex id from normalized parts: reruns produce the same key, so loads upsert."""
    text = json.dumps([("" if p is None else str(p).strip().lower()) for p in parts], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def content_hash(data: bytes | str) -> str:
    """Content address of raw bytes (sha256 hex)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """Input of the event extractor: clean text plus what is known about its page."""

    doc_id: str
    text: str
    url: str | None = None
    published: str | None = None  # ISO date of publication, if known
    title: str | None = None
    language: str | None = None  # ISO 639-1, if already known


@dataclass(frozen=True, slots=True)
class Page:
    """One fetch outcome: the raw bytes of a page, or the reason there are none.

    Produced by the crawler and by backfills (WARC records, Wayback captures) alike.
    """

    url: str
    fetched_at: str  # ISO timestamp (UTC)
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    encoding: str | None = None  # declared or detected charset
    error_reason: str | None = None  # None when the page is usable
    transient: bool = False  # a failure worth retrying later
    source_id: str | None = None
    published_hint: str | None = None  # a date known from the feed, sitemap or URL list

    @property
    def ok(self) -> bool:
        return self.error_reason is None and self.body is not None


@dataclass(frozen=True, slots=True)
class Article:
    """Clean text and metadata that the HTML cleaner takes from one page."""

    url: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    site: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    paywalled: bool | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded conflict event. Field names are a contract with the scorer and the warehouse."""

    event_id: str
    doc_id: str
    url: str | None
    event_date: str | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    fatalities: int | None = None
    injuries: int | None = None
    evidence: str = ""
    evidence_start: int | None = None
    evidence_end: int | None = None
    confidence: float = 0.5
    cluster_id: str | None = None
    extractor_version: str = ""
    published: str | None = None
    language: str | None = None
    actor1_country: str | None = None
    actor1_type: str | None = None
    actor2_country: str | None = None
    actor2_type: str | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries_low: int | None = None
    injuries_high: int | None = None
    cameo_root: str | None = None
    plover: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))


def make_event_id(doc_id: str, event_type: str, sub_event_type: str, event_date: str | None,
                  location: str | None, evidence_start: int | None) -> str:
    """Event ids hash the document and what distinguishes events inside it."""
    return hash_id(doc_id, event_type, sub_event_type, event_date, location, evidence_start)


@dataclass(frozen=True, slots=True)
class Incident:
    """One real-world incident: the consensus of the *reports* (``Event`` records of different articles)
    that share a ``cluster_id``. Built by ``extractors.incidents.build_incidents``; the warehouse view
    ``incidents`` gives the same columns. Fatalities follow ACLED: the lowest credible figure, with the
    minimum and maximum any report gives."""

    incident_id: str
    event_id: str  # the most confident report
    event_date: str | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    fatalities: int | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injuries: int | None = None
    n_reports: int = 0
    n_outlets: int = 0
    sources: str | None = None  # outlets, '; '-separated
    source_urls: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    report_ids: tuple[str, ...] = ()
    notes: str | None = None
    confidence: float = 0.0
    first_report: str | None = None
    last_report: str | None = None

    def to_dict(self) -> dict:
        out = asdict(self)
        for key in ("source_urls", "evidence", "report_ids"):
            out[key] = list(out[key])
        return out
