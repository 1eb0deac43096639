"""Text to conflict events, in stages. Pure: a ``Document`` in, a list of ``Event`` out.

    segment   language, lexicon, sentences                          extractors.events.segment
    detect    sentences that report an event that happened          extractors.events.detect
    group     candidate sentences into incidents                    extractors.events.group
    place     country, admin1, location of each incident            extractors.events.place
    roles     actor1 (attacker/initiator) and actor2 (target)       extractors.actors.roles
    type      ACLED event type and sub-event type                   extractors.events.typing
    assemble  date, counts, confidence -> Event                     extractors.events.assemble

Each stage reads its words from the document's ``Lexicon`` (``extractors.lexicons``), so one stage serves
every language. Conventions are in docs/events.md.
"""

from __future__ import annotations

from extractors.actors import dictionary as act
from extractors.actors import roles
from extractors.events.assemble import EXTRACTOR_VERSION, assemble
from extractors.events.detect import detect, is_sports_report
from extractors.events.drafts import Draft, Options, Segmented
from extractors.events.group import group
from extractors.events.place import choose_place
from extractors.events.segment import segment
from extractors.events.typing import refine_type, state_first
from extractors.places.resolve import document_places
from extractors.records import Document, Event

__all__ = ["EXTRACTOR_VERSION", "Options", "clear_sentence_caches", "extract_events"]

DEFAULT_OPTIONS = Options()


def extract_events(doc: Document, options: Options | None = None) -> list[Event]:
    """Find the conflict events a news text reports (zero, one or several)."""
    seg = segment(doc, options or DEFAULT_OPTIONS)
    if seg is None or is_sports_report(seg):
        return []
    act.clear_cache()  # the actor memo is per document (and keeps benchmarks honest)
    found = detect(seg)
    if not found.candidates and not found.headlines:
        return []
    # the whole text, not only the event sentences: a region-only event takes the article's main town
    geo = document_places(seg.text, doc.published, doc.title, seg.lex)
    drafts = group(seg, found, geo)
    events: list[Event] = []
    for i, d in enumerate(drafts):
        events.append(_finish(seg, d, i, geo, events[-1] if events else None))
    return events


def clear_sentence_caches() -> None:
    """Forget the per-sentence memos (triggers, counts, dates, parses, actors). Results never change; only
    benchmarks call it, so that a round over articles already seen costs what new articles cost."""
    from extractors.events import counts, dates, triggers
    from extractors.text import nlp

    for f in (triggers._all, counts._counts, dates._resolve, nlp.parse, nlp.arguments):
        f.cache_clear()
    act.clear_cache()


def _family(etype: str) -> bool:
    return etype in ("protests", "riots")


def _finish(seg: Segmented, d: Draft, index: int, geo, previous: Event | None) -> Event:
    lex = seg.lex
    where = choose_place(d, seg, geo)
    a1, a2 = roles.incident_roles(d, where.country, previous, lex, seg.options.linguistic)
    etype, sub = refine_type(d, a1, a2, where.country, lex, seg.options.mode)
    if _family(etype) != _family(d.event_type) or "protesters" in sub:
        # roles read differently for a crowd than for armed actors: read them again for the final type
        d.event_type, d.sub_event_type = etype, sub
        a1, a2 = roles.incident_roles(d, where.country, previous, lex, seg.options.linguistic)
    a1, a2 = state_first(etype, a1, a2, d.anchor.text, lex)
    a1, a2 = roles.with_governments(d, sub, a1, a2, where.country, lex)
    return assemble(seg, d, index, etype, sub, a1, a2, where)
