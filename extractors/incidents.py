"""Incidents from reports: one ``Incident`` per ``cluster_id``, the consensus of its reports.

A *report* is one article's event record; an *incident* is the real-world event several reports tell
of (``extractors.dedup.assign_clusters`` links them). The rules are those of the warehouse view
``incidents`` (warehouse/views.py), so JSONL output and the warehouse agree:

- type and country: what most reports say (ties: the more confident report);
- place: the best-located report in that country (coordinates, then a town, then a region);
- day: the day most dated reports give (ties: the earliest);
- fatalities: as ACLED, the lowest credible figure (reports of confidence >= ``CREDIBLE``; a figure of 0
  only when no report gives more), with the minimum and maximum any report gives;
- outlets: the host of each report's URL (the article id when there is none).
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.records import Event, Incident

CREDIBLE = 0.3
_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)")


def outlet(e: Event) -> str:
    m = _HOST.match(e.url or "")
    return m.group(1).lower() if m else e.doc_id


def _vote(values: list[tuple[object, float]]) -> object:
    """The value given most often; ties go to the one with the most confident report."""
    counts = Counter(v for v, _ in values)
    best = {}
    for v, conf in values:
        best[v] = max(best.get(v, 0.0), conf)
    return max(counts, key=lambda v: (counts[v], best[v]))


def conservative_fatalities(reports: list[Event]) -> int | None:
    figures = [e.fatalities for e in reports if e.fatalities is not None]
    credible = [e.fatalities for e in reports if e.fatalities is not None and (e.confidence or 0) >= CREDIBLE]
    positive = [f for f in credible if f > 0] or [f for f in figures if f > 0]
    if positive:
        return min(positive)
    return 0 if 0 in figures else None


def _located(e: Event) -> int:
    return (e.latitude is not None) * 4 + (e.location is not None) * 2 + (e.admin1 is not None)


def incident(cluster_id: str, reports: list[Event]) -> Incident:
    conf = [e.confidence or 0.0 for e in reports]
    best = max(range(len(reports)), key=lambda i: conf[i])
    kind = _vote([((e.event_type, e.sub_event_type), c) for e, c in zip(reports, conf, strict=True)])
    countries = [(e.country, c) for e, c in zip(reports, conf, strict=True) if e.country]
    country = _vote(countries) if countries else None
    days = [e.event_date[:10] for e in reports if e.event_date]
    day = min(Counter(days).items(), key=lambda kv: (-kv[1], kv[0]))[0] if days else None
    in_country = [e for e in reports if country is None or e.country == country]
    place = max(in_country, key=lambda e: (_located(e) * 10 + (e.confidence or 0.0)))
    actors = max(reports, key=lambda e: (e.actor1 is not None) + (e.actor2 is not None) + (e.confidence or 0.0))
    figures = [e.fatalities for e in reports if e.fatalities is not None]
    injuries = [e.injuries for e in reports if e.injuries]
    seen = sorted(e.published for e in reports if e.published)
    order = sorted(reports, key=lambda e: (e.published or "", e.event_id))
    outlets = sorted({outlet(e) for e in reports})
    return Incident(
        incident_id=cluster_id, event_id=reports[best].event_id, event_date=day,
        date_precision="day" if day else None, event_type=kind[0], sub_event_type=kind[1],
        actor1=actors.actor1, actor2=actors.actor2, country=country, admin1=place.admin1,
        location=place.location, latitude=place.latitude, longitude=place.longitude,
        geo_precision=place.geo_precision, fatalities=conservative_fatalities(reports),
        fatalities_min=min(figures) if figures else None, fatalities_max=max(figures) if figures else None,
        injuries=min(injuries) if injuries else None, n_reports=len(reports), n_outlets=len(outlets),
        sources="; ".join(outlets), source_urls=tuple(sorted({e.url for e in reports if e.url})),
        evidence=tuple(e.evidence for e in order if e.evidence),
        report_ids=tuple(sorted(e.event_id for e in reports)), notes=reports[best].evidence or None,
        confidence=conf[best], first_report=seen[0] if seen else None, last_report=seen[-1] if seen else None)


def build_incidents(events: list[Event]) -> list[Incident]:
    """One incident per cluster (a report without ``cluster_id`` is an incident of its own), in order of
    first appearance."""
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.cluster_id or e.event_id, []).append(e)
    return [incident(cid, reports) for cid, reports in groups.items()]
