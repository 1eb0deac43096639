"""Text to conflict events. Pure: a ``Document`` in, a list of ``Event`` out.

Pipeline: sentences -> trigger typing (event_types) -> filters for what is not a reported event
(threats, plans, negations, aggregates, old background) -> grouping of sentences into distinct events
(a new event needs a new place, a new day or an explicit marker such as "in another attack") ->
dates (dates), casualties (casualties), actors (actors), places (extractors.places.geo when present, else a
country table). Conventions are in docs/events.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from extractors.actors import dictionary as act
from extractors.events import words_en as ew
from extractors.events.counts import Count, combine, sentence_counts
from extractors.events.dates import relative_days, resolve_date, shift
from extractors.events.rules_en import cameo_plover, classify, classify_all, prefixes
from extractors.places.resolve import PlaceInfo, document_places
from extractors.records import Document, Event, make_event_id
from extractors.text import fastre
from extractors.text.sentences import Sentence, split_sentences

EXTRACTOR_VERSION = "0.8.5"


@dataclass
class _Draft:
    sentences: list[Sentence]
    event_type: str
    sub_event_type: str
    strength: int
    date: str | None
    precision: str | None
    date_found: bool
    places: list[PlaceInfo]
    counts: list[list[Count]] = field(default_factory=list)
    explicit_type: bool = False


_EN_WORDS = frozenset("the and of to in a was were said on for is that with by at from as has have had "
                      "after their they his he it an are been".split())


_LETTERS = re.compile(r"[a-z]+")
_CLAUSE = re.compile(r"[,;:\u2014]|\bbut\b|\bafter\b|\bwhen\b|\bas\b")


def _looks_english(text: str) -> bool:
    """Function-word share: a cheap test that spares language detection (slow) on plain English news."""
    words = _LETTERS.findall(text[:1500].lower())
    return len(words) >= 12 and sum(w in _EN_WORDS for w in words) >= 0.2 * len(words)


def _language_ok(doc: Document) -> bool:
    lang = doc.language
    if lang is None and _looks_english(doc.text):
        return True
    if lang is None:
        try:
            from extractors.text.lang import detect_language
        except ImportError:
            return True
        try:
            lang = detect_language(doc.text[:2000])
        except Exception:  # language detection must never stop extraction
            return True
    return lang is None or lang.lower().replace("_", "-").split("-")[0] == "en"


def _is_headline(s: Sentence, idx: int) -> bool:
    return idx <= 2 and s.paragraph <= 2 and not s.text.rstrip().endswith((".", "!", "?", '"', "\u201d")) \
        and len(s.text.split()) <= 20


def _reportable(s: Sentence, trig_start: int, ref_year: int | None) -> bool:
    """False for threats, plans, denials, negations, aggregates and old background."""
    text = s.text
    before = text[:trig_start]
    clause = _CLAUSE.split(before)[-1]
    if ew.HYPOTHETICAL.search(clause) or ew.NEGATED.search(before[-40:]):
        return False
    if ew.OLD.search(text) or ew.SINCE.search(text):
        return False
    for m in ew.YEAR.finditer(text[:trig_start + 40]):  # years in a trailing clause are background to it
        if ref_year is not None and int(m.group(1)) < ref_year:
            return False
        if ref_year is None and not ew.FULL_DATE_BEFORE.search(text[max(0, m.start() - 16):m.start()]):
            return False  # undated text: a bare year ("the 1973 agreement") is history, not news
    return True


def _date_of(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def extract_events(doc: Document) -> list[Event]:
    """Find the conflict events a news text reports (zero, one or several)."""
    text = doc.text or ""
    if not text.strip() or not _language_ok(doc):
        return []
    if len(ew.SPORTS.findall(text)) >= 3 and len(ew.SPORTS.findall(text)) >= len(ew.VIOLENCE.findall(text)) / 2:
        return []
    act.clear_cache()  # the actor memo is per document (and keeps benchmarks honest)
    pub = _date_of(doc.published)
    sentences = split_sentences(text)
    ref_year = pub.year if pub else None
    candidates: list[tuple[Sentence, tuple, list[Count], tuple, bool]] = []
    headline_support: list[tuple[Sentence, tuple]] = []
    for idx, s in enumerate(sentences):
        pre = prefixes(s.text)
        if not pre & ew.CONTEXT_KEYS and not ew.CONTEXT_MORE.search(s.text):
            continue
        # the most specific rule whose trigger is reported as having happened ("captured two villages
        # near the scene of a 2017 chemical attack" is a territory event, not a chemical one)
        cls = first = None
        for c in classify_all(s.text, pre):
            first = first or c
            if _reportable(s, c[3], ref_year):
                cls = c
                break
        if cls is not None and _called_off(s.text, first):
            continue
        if cls is None:
            continue
        etype, sub, strength, trig = cls
        # "a plant", "taken to hospital" read as an accident only where a sentence could start an event; a
        # detail sentence after a hostile one ("two workers at the plant were injured") belongs to it
        accident = ew.ACCIDENT.search(s.text) and not ew.HOSTILE.search(s.text) and not (
            candidates and not _new_incident(s.text))
        if accident or _in_caption(text, s):
            continue
        counts = sentence_counts(s.text)
        weak = strength < 2 and not counts and etype not in ("protests", "strategic_developments") \
            and not _LETHAL.search(s.text) and not act.has_actors(s.text)
        if weak and _is_headline(s, idx):
            continue
        if _is_headline(s, idx):
            headline_support.append((s, cls))
            continue
        date_info = resolve_date(s.text, doc.published)
        date, prec, found = date_info
        if found and prec is None and date is None and pub is not None:
            continue  # a date after publication: a plan or a misread
        if date and pub and (pub - _date_of(date)).days > 31:
            continue  # background more than a month old
        candidates.append((s, cls, counts, date_info, weak))
    if not candidates and not headline_support:
        return []
    # the whole text, not only the event sentences: a region-only event takes the article's main town
    geo = document_places(text, doc.published, doc.title)
    drafts: list[_Draft] = []
    for s, (etype, sub, strength, _), counts, (date, prec, found), weak in candidates:
        dl = ew.DATELINE.match(s.text)
        places = geo.in_span(s.start + (dl.end() if dl else 0), s.end)
        if weak:  # "the attack took place on Friday": details for the event, never an event of its own
            if drafts and not ew.NEW_EVENT.search(s.text) and _same_place(drafts[-1].places, places) is not False:
                _merge(drafts[-1], s, etype, sub, 0, date, prec, found, places, counts)
            continue
        _place(drafts, s, etype, sub, strength, date, prec, found, places, counts)
    if not drafts and headline_support:
        s, (etype, sub, strength, _) = headline_support[0]
        date, prec, found = resolve_date(s.text, doc.published)
        _place(drafts, s, etype, sub, strength, date, prec, found, geo.in_span(s.start, s.end),
               sentence_counts(s.text))
    elif drafts and headline_support:
        for s, _ in headline_support:
            drafts[0].counts.append(sentence_counts(s.text))
    if drafts and not drafts[0].date_found and pub is not None:
        _date_from_next(drafts, sentences, doc.published, pub)
    events: list[Event] = []
    for i, d in enumerate(drafts):
        events.append(_finish(doc, d, i, drafts, geo, events[-1] if events else None))
    return events


def _called_off(text: str, first: tuple) -> bool:
    """"Students withdrew all protests": a protest ended, which is no event (nor a withdrawal of forces).
    ``first`` is the sentence's most specific rule match."""
    return first[0] in ("protests", "riots") and bool(ew.CALLED_OFF.search(text[max(0, first[3] - 60):first[3]]))


def _in_caption(text: str, s: Sentence) -> bool:
    """Photo captions ("Soldiers patrol near Beni. /Reuters") describe a picture, not the news."""
    start, end = text.rfind("\n", 0, s.start) + 1, text.find("\n", s.end)
    return bool(ew.CAPTION.search(text[start:end if end >= 0 else len(text)]))


def _date_from_next(drafts: list[_Draft], sentences: list[Sentence], published: str, pub: dt.date) -> None:
    """A lead without a date ("The union has started a sit-in ...") is usually dated by the next
    sentences ("There was a confrontation on Thursday"): the first date among the next three, when it
    is a day in the week before publication and no other event has claimed that sentence."""
    first = drafts[0]
    others = {id(s) for d in drafts[1:] for s in d.sentences}
    start = next((i for i, s in enumerate(sentences) if s is first.sentences[0]), None)
    if start is None:
        return
    seen = 0
    for s in sentences[start + 1:]:
        if len(s.text.split()) < 4:  # "/Reuters", bylines: not a sentence to count
            continue
        seen += 1
        if seen > 3 or id(s) in others:
            return
        date, prec, found = resolve_date(s.text, published)
        if not found:
            continue
        if date and prec == "day" and 0 <= (pub - _date_of(date)).days <= 7:
            first.date, first.precision, first.date_found = date, prec, True
        return


_ANAPHOR = fastre.compile(r"(?:\bthe|\bthis|\bthat|\bits|\btheir|['\u2019]s)\s+(?:[\w-]+\s+){0,2}$", re.I)
_INCIDENT_NOUN = fastre.compile(r"^(?:attacks?|raids?|ambush|clash(?:es)?|fighting|shootout|gunfight|assault|blast|"
                            r"explosion|bombing|strike|violence|incident|massacre|killings?|protests?|"
                            r"demonstrations?|riots?)$", re.I)


def _new_incident(text: str) -> bool:
    """Whether a sentence describes an incident in its own right, not only "the attack" mentioned before."""
    for m in ew.INCIDENT.finditer(text):
        if _INCIDENT_NOUN.match(m.group(0)) and _ANAPHOR.search(text[max(0, m.start() - 40):m.start()]):
            continue
        return True
    return False


_LETHAL = fastre.compile(r"\b(?:shot\s+dead|gunned\s+down|murdered|beheaded|stabbed\s+to\s+death|hacked\s+to\s+death|"
                     r"lynched|massacred|assassinated|executed|killed\s+by)\b", re.I)
# "came two days after <X>" starts a new event only when X is itself an incident
_DAYS_AFTER = fastre.compile(r"\b\w+\s+days?\s+after\b(.*)$", re.I)


def _same_place(a: list[PlaceInfo], b: list[PlaceInfo]) -> bool | None:
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


def _place(drafts: list[_Draft], s: Sentence, etype: str, sub: str, strength: int, date: str | None,
           prec: str | None, found: bool, places: list[PlaceInfo], counts: list[Count]) -> None:
    marker = bool(ew.NEW_EVENT.search(s.text))
    after = _DAYS_AFTER.search(s.text)
    if after and not (ew.INCIDENT.search(after.group(1)) or sentence_counts(after.group(1))):
        marker, prec = False, None  # "came two days after leaders urged ...": context, not another event
    if prec == "after" and drafts:
        n = relative_days(s.text)
        date, prec = (shift(drafts[0].date, n), "day") if n is not None and drafts[0].date else (None, None)
        marker = True
    if drafts and not marker and not _new_incident(s.text):
        _merge(drafts[-1], s, etype, sub, 0, date, prec, found, places, counts)
        return
    if drafts:
        cur = drafts[-1]
        distinct_date = bool(found and date and cur.date and date != cur.date) or (
            found and prec == "month" and cur.precision != "month")
        same_place = _same_place(cur.places, places)
        protest_family = (etype in ("protests", "riots")) == (cur.event_type in ("protests", "riots"))
        new = marker or distinct_date or same_place is False or (not protest_family and strength >= 2)
        if etype == "strategic_developments" and not marker and not distinct_date and same_place is not False:
            new = False
        if not new:
            _merge(cur, s, etype, sub, strength, date, prec, found, places, counts)
            return
        for d in drafts:  # the same place and day as an earlier event: one event mentioned twice
            if (d.date == date and _same_place(d.places, places) and d.event_type == etype and not marker):
                _merge(d, s, etype, sub, strength, date, prec, found, places, counts)
                return
        if not found and not date:
            date, prec = cur.date, cur.precision
    regions = _distinct_regions(places) if etype == "protests" else []
    if len(regions) >= 2:
        for p in regions:
            drafts.append(_Draft([s], etype, sub, strength, date, prec, found, [p], [counts]))
        return
    drafts.append(_Draft([s], etype, sub, strength, date, prec, found, list(places), [counts],
                         explicit_type=strength >= 2))


def _distinct_regions(places: list[PlaceInfo]) -> list[PlaceInfo]:
    """One town per first-level region, for sentences that list protests in several places."""
    seen, out = set(), []
    for p in places:
        if p.precision == "city" and p.admin1 and p.admin1 not in seen:
            seen.add(p.admin1)
            out.append(p)
    return out


def _merge(d: _Draft, s: Sentence, etype: str, sub: str, strength: int, date: str | None, prec: str | None,
           found: bool, places: list[PlaceInfo], counts: list[Count]) -> None:
    d.sentences.append(s)
    d.counts.append(counts)
    if not d.date_found and found and date:
        d.date, d.precision, d.date_found = date, prec, True
    if strength > 0 or ew.INCIDENT.search(s.text):  # "a source reached in Bamako said 17 were wounded": not a place
        for p in places:
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


def _surface(text: str, place: PlaceInfo) -> str:
    """The place as the article spells it ("Jenin", not the gazetteer's "Janin"), when it is a plain name."""
    surface = text[place.start:place.end].strip()
    if surface.isupper():  # an all-caps dateline ("BUNIA, Congo -"): the gazetteer's spelling, else title case
        return place.name if place.name and place.name.lower() == surface.lower() else surface.title()
    return surface if surface and surface[0].isupper() and len(surface) <= 40 else place.name


_SAME_GROUP = fastre.compile(r"^(?:the|this)\s+(?:\w+\s+)?(?:group|militants|insurgents|jihadists|rebels|extremists)\b",
                         re.I)


def _finish(doc: Document, d: _Draft, index: int, drafts: list[_Draft], geo, previous: Event | None) -> Event:
    anchor = d.sentences[0]
    texts = [s.text for s in d.sentences]
    place = geo.best(d.places)
    country = place.country if place and place.country else geo.document_country
    etype, sub = d.event_type, d.sub_event_type
    a1, a2 = act.assign_roles(texts, country, etype, sub)
    if previous is not None and previous.actor1_type not in (None, "state forces", "civilians") \
            and _SAME_GROUP.match(anchor.text):
        # "The militant group also claimed ...": the group named in the previous event
        if a1 is not None and a2 is None:
            a2 = a1
        a1 = act.Mention(previous.actor1, previous.actor1_type, previous.actor1_country, "group", 0, 0)
        if a2 is not None and a2.name == a1.name:
            a2 = None
    if sub == "Suicide bomb" and (a1 is None or a1.type == "state forces"):
        if a1 is not None and a2 is None:
            a2 = a1
        a1 = act.Mention(act.generic_name("gunmen", "suicide bomber", country), "political militia", country,
                         "gunmen", 0, 0)  # the bomber is the actor even when no group is named
    if sub in ew.GENERIC_SUBS:
        etype, sub = _attack_or_clash(texts, a1, a2, d)
    elif sub in ("Government regains territory", "Non-state actor overtakes territory") and _UNOPPOSED.search(
            " ".join(texts[:2])):
        etype, sub = "strategic_developments", "Non-violent transfer of territory"
    elif sub in ("Government regains territory", "Non-state actor overtakes territory"):
        taker = _subject_before_trigger(anchor.text, country) or a1
        if taker is not None:
            sub = "Government regains territory" if taker.type == "state forces" else \
                "Non-state actor overtakes territory"
    if etype == "battles" and a1 is not None and a2 is not None and a2.type == "state forces" \
            and a1.type != "state forces" and re.search(r"\b(?:between|joint|operation|offensive)\b", texts[0], re.I):
        a1, a2 = a2, a1
    fat, fat_lo, fat_hi = combine(d.counts, "killed")
    inj, inj_lo, inj_hi = combine(d.counts, "injured")
    date, precision = d.date, d.precision
    if not d.date_found and index == 0 and date is None and precision is None:
        date, precision = (doc.published[:10], "day") if doc.published else (None, None)
    if date is None and precision == "day":
        precision = None
    cameo, plover = cameo_plover(sub)
    conf = 0.45 + 0.15 * (d.strength >= 2) + 0.1 * (fat is not None or inj is not None) + 0.1 * d.date_found \
        + 0.1 * (a1 is not None) - 0.05 * index
    location = _surface(doc.text, place) if place and place.precision == "city" else None
    if location is None or (place is not None and place.start >= anchor.end):
        # a named village/camp in the evidence that the gazetteer lacks is more specific than a region
        local = next((p for s in d.sentences for p in geo.settlements(doc.text, s.start, s.end)), None)
        if local is not None and (place is None or place.precision != "city" or local.start < place.start):
            location = local.name.title() if local.name.isupper() else local.name
            if place is None or place.precision == "country":  # the gazetteer may know it from elsewhere
                place = next((p for p in geo.places if p.precision == "city" and p.country == country
                              and _surface(doc.text, p) == location), place)
    if location is None:
        # placed only in a region or country: the town the article is about, as ACLED codes it
        town = geo.main_town(country, place.admin1 if place and place.precision != "country" else None,
                                          _datelines(doc.text, geo))
        if town is not None:
            place, location = town, _surface(doc.text, town)
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
        evidence=anchor.text, evidence_start=anchor.start, evidence_end=anchor.end,
        confidence=round(max(0.05, min(1.0, conf)), 2), extractor_version=EXTRACTOR_VERSION,
        published=doc.published, language=doc.language or "en", cameo_root=cameo, plover=plover,
    )


def _datelines(text: str, geo) -> list[tuple[int, int]]:
    """Spans of datelines ("BAMAKO:", "Kabul, Afghanistan (AP) -") in the first lines: the filing place."""
    if geo.skip is None:
        spans = []
        for s in split_sentences(text[:600])[:4]:
            m = ew.DATELINE.match(s.text)
            if m:
                spans.append((s.start, s.start + m.end()))
        geo.skip = spans
    return geo.skip


# territory taken after the other side left is a non-violent transfer
_UNOPPOSED = fastre.compile(r"\b(?:pulled\s+out|withdr[ae]w\w*|withdrawal|handed\s+over|without\s+(?:a\s+)?(?:fight|"
                        r"fighting|resistance)|deserted|abandoned|evacuated)\b", re.I)


def _subject_before_trigger(text: str, country: str | None):
    """The actor mentioned last before the event's trigger word: the one that took the territory."""
    cls = classify(text)
    if cls is None:
        return None
    before = [m for m in act.find_actors(text, country) if m.end <= cls[3]]
    return before[-1] if before else None


_CLASH_WORDS = fastre.compile(r"\b(?:clash\w*|fighting|fought|gun\s*fights?|gun\s+battles?|firefights?|shoot-?outs?|"
                          r"exchange\w*\s+(?:of\s+)?fire|battles?|skirmish\w*)\b", re.I)
_ARMED_TARGET = fastre.compile(r"\b(?:soldiers?|troops|army|military|police\w*|officers?|checkpoints?|base|camp|"
                           r"patrol|convoy|peacekeepers|security\s+forces|forces|guards?|militi\w+|fighters|"
                           r"militants|insurgents|gunmen|rebels|peshmerga)\b", re.I)


_ARMED_ON = fastre.compile(r"\b(?:on|against|targeting|targeted|attacked|stormed|raided|ambushed)\s+(?:an?\s+|the\s+|"
                       r"their\s+|a\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:army|military|police|security|checkpoint|base|"
                       r"camp|barracks|patrol|convoy|post|station|soldiers|troops|peacekeepers|prison|jail)\b", re.I)


def _attack_or_clash(texts: list[str], a1, a2, d: _Draft) -> tuple[str, str]:
    """Attacks on armed actors are battles; attacks on civilians are violence against civilians."""
    joined = " ".join(texts[:2])
    if _ARMED_ON.search(joined):
        return "battles", "Armed clash"
    if a2 is not None:
        if a2.type == "civilians":
            return "violence_against_civilians", "Attack"
        if a2.type in ("state forces", "rebel group", "political militia", "external/other", "identity militia"):
            return "battles", "Armed clash"
    if _CLASH_WORDS.search(joined) or _ARMED_TARGET.search(texts[0]):
        return "battles", "Armed clash"
    return "violence_against_civilians", "Attack"
