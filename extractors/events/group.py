"""Stage 3, group: candidate sentences into incidents (one ``Draft`` each).

A sentence starts a new incident when it names a different day or place, carries an explicit marker ("in
another attack", "meanwhile", "two days after <another incident>"), or reports a different kind of
violence with its own strong trigger; otherwise it adds to the incident before it. Toll-only sentences
("the death toll rose to 12") never start one. A sentence listing protests in several regions gives one
incident per region. Dates of a marker like "two days after" are shifted from the incident it points to.
"""

from __future__ import annotations

from extractors.events import learned, same_incident
from extractors.events.counts import Count, combine, sentence_counts
from extractors.events.dates import relative_days, resolve_date, shift
from extractors.events.detect import Detection, _new_incident
from extractors.events.drafts import Candidate, Draft, Segmented
from extractors.places.resolve import GeoView, PlaceInfo


def same_place(a: list[PlaceInfo], b: list[PlaceInfo]) -> bool | None:
    """True/False when both sides name specific places; None when one side names none."""
    pa = {p.key for p in a if p.precision != "country"}
    pb = {p.key for p in b if p.precision != "country"}
    if not pa or not pb:
        ca = {p.country for p in a if p.country}
        cb = {p.country for p in b if p.country}
        if ca and cb and not ca & cb:
            return False
        return None
    if pa & pb:
        return True
    if any(p.precision == "city" for p in a) and any(p.precision == "city" for p in b):
        return False  # two different towns
    aa = {p.admin1 for p in a if p.admin1 and p.precision != "country"}
    ab = {p.admin1 for p in b if p.admin1 and p.precision != "country"}
    if aa and ab:
        return bool(aa & ab)
    admins_a = {p.admin1 for p in a if p.admin1} | {p.name for p in a}
    admins_b = {p.admin1 for p in b if p.admin1} | {p.name for p in b}
    if any(p.precision == "admin1" for p in a + b) and admins_a & admins_b:
        return True
    return False


def _merge(d: Draft, c: Candidate, strength: int, date: str | None, prec: str | None, found: bool,
           lex) -> None:
    d.candidates.append(c)
    d.counts.append(c.counts)
    etype, sub = c.trigger.event_type, c.trigger.sub_event_type
    if not d.date_found and found and date:
        d.date, d.precision, d.date_found = date, prec, True
    if strength > 0 or lex.incident.search(c.sentence.text):
        # "a source reached in Bamako said 17 were wounded": not a place of the incident
        for p in c.places:
            if p.key not in {q.key for q in d.places}:
                d.places.append(p)
    specific = strength >= 2 and etype == "explosions_remote_violence"
    if d.sub_event_type == "Attack" and specific and not d.explicit_type:
        d.event_type, d.sub_event_type, d.strength, d.explicit_type = etype, sub, strength, True
    elif d.event_type == "strategic_developments" and etype != "strategic_developments":
        d.event_type, d.sub_event_type, d.strength = etype, sub, strength
    elif d.event_type == "protests" and etype in ("protests", "riots") and d.sub_event_type == "Peaceful protest" \
            and sub != "Mob violence":
        d.event_type, d.sub_event_type = etype, sub


def _distinct_regions(places: list[PlaceInfo]) -> list[PlaceInfo]:
    """One town per first-level region, for sentences that list protests in several places."""
    seen, out = set(), []
    for p in places:
        if p.precision == "city" and p.admin1 and p.admin1 not in seen:
            seen.add(p.admin1)
            out.append(p)
    return out


def _new_draft(c: Candidate, date, prec, found, places, counts: list[Count]) -> Draft:
    t = c.trigger
    return Draft([c], t.event_type, t.sub_event_type, t.strength, date, prec, found, list(places), [counts],
                 explicit_type=t.strength >= 2)


def _add(drafts: list[Draft], c: Candidate, seg: Segmented) -> None:
    lex = seg.lex
    s, t = c.sentence, c.trigger
    date, prec, found = c.date.date, c.date.precision, c.date.found
    etype, strength = t.event_type, t.strength
    marker = bool(lex.new_event.search(s.text))
    after = lex.days_after.search(s.text)
    if after and not (lex.incident.search(after.group(1)) or sentence_counts(after.group(1), lex)):
        marker, prec = False, None  # "came two days after leaders urged ...": context, not another event
    if prec == "after" and drafts:
        n = relative_days(s.text, lex)
        date, prec = (shift(drafts[0].date, n), "day") if n is not None and drafts[0].date else (None, None)
        marker = True
    elif prec == "same":
        # "later that day", "le même jour": the day of the incident before it (or of publication)
        date = drafts[-1].date if drafts else (seg.doc.published or "")[:10] or None
        prec, found = ("day", True) if date else (None, False)
    elif prec == "next":
        # "the next day, gunmen attacked ...": a day after the incident before it
        date, prec = (shift(drafts[-1].date, -1), "day") if drafts and drafts[-1].date else (None, None)
        found = date is not None
        marker = bool(drafts)
    # A sentence with a strong trigger of its own at another place ("Further south, fighters entered Merawi")
    # is another incident even without an incident noun or a marker. English only for now: in the other
    # languages the place reader still takes a capital named as a government ("Moscovo disse") or a street
    # for a place, and the split made more false events than it found (own articles, dev).
    elsewhere = bool(drafts) and lex.lang == "en" and strength >= 2 \
        and same_place(drafts[-1].places, c.places) is False
    if drafts and not elsewhere and not _new_incident(s.text, lex) and (
            not marker or (not c.places and c.date.precision != "after")):
        # a toll or a detail, even after "separately" ("Separately, a source spoke of eight dead"): the
        # incident before it, unless the marker comes with a place of its own ("In a separate incident, two
        # soldiers were killed in Gao")
        _merge(drafts[-1], c, 0, date, prec, found, lex)
        return
    if drafts:
        cur = drafts[-1]
        distinct_date = bool(found and date and cur.date and date != cur.date) or (
            found and prec == "month" and cur.precision != "month")
        place_same = same_place(cur.places, c.places)
        protest_family = (etype in ("protests", "riots")) == (cur.event_type in ("protests", "riots"))
        new = marker or distinct_date or place_same is False or (not protest_family and strength >= 2)
        if etype == "strategic_developments" and not marker and not distinct_date and place_same is not False:
            new = False
        limit = learned.thresholds().get("group")
        if limit is not None and not marker and not distinct_date and seg.options.learned:
            # no marker and no other day: the rules can only guess; the learned scorer decides when its
            # threshold is set (tuned on dev: scripts/tune_thresholds.py)
            p = same_incident.p_same(same_incident.pair_symbols(c, cur, seg, marker=marker,
                                                                 distinct_date=distinct_date,
                                                                 place_same=place_same))
            if p is not None:
                new = p < limit
        if not new:
            _merge(cur, c, strength, date, prec, found, lex)
            return
        for d in drafts:  # the same place and day as an earlier event: one event mentioned twice
            if d.date == date and same_place(d.places, c.places) and d.event_type == etype and not marker:
                _merge(d, c, strength, date, prec, found, lex)
                return
        if not found and not date:
            date, prec = cur.date, cur.precision
    regions = _distinct_regions(c.places) if etype == "protests" else []
    if len(regions) >= 2:
        for p in regions:
            drafts.append(_new_draft(c, date, prec, found, [p], c.counts))
        return
    drafts.append(_new_draft(c, date, prec, found, c.places, c.counts))


def group(seg: Segmented, found: Detection, geo: GeoView) -> list[Draft]:
    lex = seg.lex
    drafts: list[Draft] = []
    for c in found.candidates:
        s = c.sentence
        dl = lex.dateline.match(s.text)
        c.places = geo.in_span(s.start + (dl.end() if dl else 0), s.end)
        if c.weak:  # "the attack took place on Friday": details for the event, never an event of its own
            if drafts and not lex.new_event.search(s.text) and same_place(drafts[-1].places, c.places) is not False:
                _merge(drafts[-1], c, 0, c.date.date, c.date.precision, c.date.found, lex)
            continue
        _add(drafts, c, seg)
    if not drafts and found.headlines:
        h = found.headlines[0]
        h.places = geo.in_span(h.sentence.start, h.sentence.end)
        _add(drafts, h, seg)
    elif drafts:
        for h in found.headlines:
            drafts[0].counts.append(h.counts)
    if drafts and not drafts[0].date_found and seg.published is not None:
        _date_from_next(drafts, seg)
    _restated_tolls(drafts, found, seg)
    return drafts


def _restated_tolls(drafts: list[Draft], found: Detection, seg: Segmented) -> None:
    """A sentence no rule fired on that restates the toll of exactly one incident ("an official confirms
    that 14 people were dead and 22 others wounded") tells of that incident: its wounded join it when the
    incident has no count of them yet."""
    used = {c.index for c in found.candidates} | {h.index for h in found.headlines}
    tolls = [combine(d.counts, "killed")[0] for d in drafts]
    for i, s in enumerate(seg.sentences):
        if i in used:
            continue
        counts = list(sentence_counts(s.text, seg.lex))
        killed = combine([counts], "killed")[0]
        if not killed or not any(c.kind == "injured" and c.value for c in counts):
            continue
        same = [d for d, t in zip(drafts, tolls, strict=True) if t == killed]
        if len(same) == 1 and combine(same[0].counts, "injured")[0] is None:
            same[0].counts.append(counts)


def _date_from_next(drafts: list[Draft], seg: Segmented) -> None:
    """A lead without a date ("The union has started a sit-in ...") is usually dated by the next
    sentences ("There was a confrontation on Thursday"): the first date among the next three, when it
    is a day in the week before publication and no other event has claimed that sentence."""
    first = drafts[0]
    others = {id(s) for d in drafts[1:] for s in d.sentences}
    anchor = first.sentences[0]
    start = next((i for i, s in enumerate(seg.sentences) if s is anchor), None)
    if start is None:
        return
    seen = 0
    for s in seg.sentences[start + 1:]:
        if len(s.text.split()) < 4:  # "/Reuters", bylines: not a sentence to count
            continue
        seen += 1
        if seen > 3 or id(s) in others:
            return
        date, prec, found = resolve_date(s.text, seg.doc.published, seg.lex)
        if not found:
            continue
        if date and prec == "day" and 0 <= (seg.published - _day(date)).days <= 7:
            first.date, first.precision, first.date_found = date, prec, True
        return


def _day(iso: str):
    import datetime as dt

    return dt.date.fromisoformat(iso[:10])
