"""Last stage, assemble: one incident's decisions into an ``Event`` record.

The date of an incident is its own sentences' (the grouping stage resolved them); the first incident of a
breaking-news article without one takes the publication date; the counts stage combines the per-sentence
counts without double counting. Confidence grows with a specific trigger, a count, a date and an
identified attacker.
"""

from __future__ import annotations

from extractors.actors.dictionary import Mention
from extractors.events.counts import combine, wounded_alive
from extractors.events.drafts import Draft, Segmented
from extractors.events.place import PlaceChoice
from extractors.records import Event, cameo_plover, make_event_id

EXTRACTOR_VERSION = "0.9.7"


def _evidence(seg: Segmented, text: str, start: int, end: int) -> str:
    """The evidence as the source writes it: where the segment stage restored an upper-case or hard-wrapped
    text (same length, ``extractors.text.truecase``), the original's characters at the same offsets."""
    return text if seg.text is seg.doc.text else seg.doc.text[start:end]


def event_date(d: Draft, index: int, seg: Segmented) -> tuple[str | None, str | None]:
    date, precision = d.date, d.precision
    if not d.date_found and index == 0 and date is None and precision is None:
        published = seg.doc.published
        date, precision = (published[:10], "day") if published else (None, None)
    if date is None and precision == "day":
        precision = None
    return date, precision


def assemble(seg: Segmented, d: Draft, index: int, etype: str, sub: str, a1: Mention | None,
             a2: Mention | None, where: PlaceChoice) -> Event:
    doc, anchor = seg.doc, d.anchor
    fat, fat_lo, fat_hi = combine(d.counts, "killed")
    inj, inj_lo, inj_hi = combine(d.counts, "injured")
    if (alive := wounded_alive(d.counts, inj, fat)) != inj:
        inj, inj_lo, inj_hi = alive, alive, alive
    date, precision = event_date(d, index, seg)
    cameo, plover = cameo_plover(sub)
    conf = 0.45 + 0.15 * (d.strength >= 2) + 0.1 * (fat is not None or inj is not None) + 0.1 * d.date_found \
        + 0.1 * (a1 is not None) - 0.05 * index
    place, country, location = where.place, where.country, where.location
    return Event(
        event_id=make_event_id(doc.doc_id, etype, sub, date, location, anchor.start),
        doc_id=doc.doc_id, url=doc.url, event_date=date, date_precision=precision,
        event_type=etype, sub_event_type=sub,
        actor1=a1.name if a1 else None, actor2=a2.name if a2 else None,
        actor1_country=a1.country if a1 else None, actor1_type=a1.type if a1 else None,
        actor2_country=a2.country if a2 else None, actor2_type=a2.type if a2 else None,
        country=country, admin1=place.admin1 if place else None, location=location,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=place.precision if place else ("country" if country else None),
        fatalities=fat, injuries=inj, fatalities_low=fat_lo, fatalities_high=fat_hi,
        injuries_low=inj_lo, injuries_high=inj_hi,
        evidence=_evidence(seg, anchor.text, anchor.start, anchor.end),
        evidence_start=anchor.start, evidence_end=anchor.end,
        confidence=round(max(0.05, min(1.0, conf)), 2), extractor_version=EXTRACTOR_VERSION,
        published=doc.published, language=seg.lang, cameo_root=cameo, plover=plover,
    )
