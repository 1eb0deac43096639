"""How likely two reports of different articles tell of the same incident: a score in [0, 1], or None.

None is a contradiction (different countries, unless one report is placed at country level only and
day, type, toll and perpetrators agree; different regions or towns, types of different families, dates
more than ``MAX_GAP_DAYS`` apart, one article): such reports are never linked. Otherwise the score
weighs date, place, type, actors and wording; components that cannot be compared (no date, no
actors, different languages) count as neutral rather than as disagreement, so the other evidence has
to carry the link.
"""

from __future__ import annotations

import datetime as dt
import math
from difflib import SequenceMatcher
from functools import lru_cache

from extractors.linking.features import Features

MAX_GAP_DAYS = 3  # outlets disagree on the day by up to two or three days ("Tuesday", "the day before")
VETO_GAP_DAYS = 7  # dated reports further apart are different incidents, even at the same place
_DAY_SCORE = (1.0, 0.6, 0.3, 0.1)
WEIGHTS = {"date": 0.30, "place": 0.30, "type": 0.15, "actors": 0.15, "words": 0.10}
NEUTRAL = 0.4


@lru_cache(maxsize=65536)
def same_place_name(a: str, b: str) -> bool:
    """Spellings of one place: equal, one inside the other ('marte' / 'new marte'), the same consonants
    ('tessit' / 'tessett') or otherwise close."""
    if a == b:
        return True
    if (f" {a} " in f" {b} ") or (f" {b} " in f" {a} "):
        return True
    if a[:2] != b[:2]:
        return False
    sa, sb = _skeleton(a), _skeleton(b)
    return (len(sa) >= 3 and sa == sb) or SequenceMatcher(None, a, b).ratio() >= 0.88


def _skeleton(name: str) -> str:
    """Consonants with repeats collapsed: transliterations of one name ('tessit', 'tessett') share it."""
    out = []
    for c in name.replace(" ", ""):
        if c in "aeiouy" or (out and out[-1] == c):
            continue
        out.append(c)
    return "".join(out)


def gap_days(a: Features, b: Features) -> int | None:
    """Days between the two time windows (0 when they overlap); None when one has no window."""
    if a.lo is None or b.lo is None:
        return None
    return max(0, a.lo - b.hi, b.lo - a.hi)


def calendar_clash(a: Features, b: Features) -> bool:
    """An undated report whose evidence writes a calendar day without a year ("lundi 15 mars") against a
    dated report a week or more from that day in any neighbouring year: another incident at that place."""
    for u, d in ((a, b), (b, a)):
        if u.month_days and not u.dated and d.dated:
            day = dt.date.fromordinal(d.lo)
            if not any(abs(c - day.toordinal()) < VETO_GAP_DAYS for c in _ordinals(u.month_days, day.year)):
                return True
    return False


def _ordinals(month_days: tuple[tuple[int, int], ...], year: int) -> list[int]:
    out = []
    for month, day in month_days:
        for y in (year - 1, year, year + 1):
            try:
                out.append(dt.date(y, month, day).toordinal())
            except ValueError:
                continue
    return out


def _numbers(a: Features, b: Features) -> float | None:
    """Across languages words cannot be compared, numbers can: a shared one is evidence, none is neutral
    (outlets give different tolls of one incident)."""
    shared = _overlap(a.numbers, b.numbers)
    return None if not shared else NEUTRAL + (1 - NEUTRAL) * shared


def _overlap(x: frozenset, y: frozenset) -> float | None:
    if not x or not y:
        return None
    return len(x & y) / min(len(x), len(y))


def place_level(a: Features, b: Features) -> float | None:
    """1.0 same town, 0.6 same region (one or both name only the region) or two towns a few kilometres
    apart, 0.2 only the country; None for a contradiction (another country, region or a distant town)."""
    if not a.country or a.country != b.country:
        return None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        if a.location and b.location and same_place_name(a.location, b.location):
            return 0.6  # one outlet put the town in the wrong region
        return None
    if a.location and b.location:
        if same_place_name(a.location, b.location):
            return 1.0
        return 0.6 if near(a, b) else None  # a village and the town next to it: one area, two levels
    if a.admin1 and b.admin1:
        return 0.6
    return 0.2


NEAR_KM = 15.0  # outlets name the village or the nearest town, district seat or city quarter


def near(a: Features, b: Features) -> bool:
    """Both towns are geocoded and lie within ``NEAR_KM`` of each other."""
    if a.point is None or b.point is None:
        return False
    (lat1, lon1), (lat2, lon2) = a.point, b.point
    dlat = lat1 - lat2
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(dlat, dlon) <= NEAR_KM


def type_level(a: Features, b: Features) -> float | None:
    if a.sub_event_type == b.sub_event_type and a.event_type == b.event_type:
        return 1.0
    if a.event_type == b.event_type:
        return 0.8
    if a.family == b.family:
        return 0.4
    if "strategic" in (a.family, b.family) and "demonstration" not in (a.family, b.family):
        return 0.1  # "Other" / strategic against violent: only with place, actors and words agreeing
    return None


def pair_score(a: Features, b: Features) -> float | None:
    if a.doc_id == b.doc_id:
        return None
    kind = type_level(a, b)
    if kind is None:
        return None
    place = place_level(a, b)
    if place is None and country_only_across(a, b) and same_toll_and_side(a, b):
        place = 0.0  # one outlet's country is only its actors' nationality: day, toll and actors carry it
    if place is None:
        return None
    gap = gap_days(a, b)
    if (gap is not None and gap > MAX_GAP_DAYS) or calendar_clash(a, b):
        return None
    actors = _overlap(a.actors, b.actors)
    words = _overlap(a.words, b.words) if a.language == b.language else _numbers(a, b)
    if kind < 0.8 and (place < 1.0 or (gap or 0) > 1):
        return None  # another type: only for the same town within a day
    if kind < 0.4 and ((actors or 0) < 0.5 or (words or 0) < 0.3):
        return None
    if gap is None and (place < 0.6 or kind < 0.8 or ((actors or 0) < 0.5 and a.fatalities != b.fatalities)):
        return None  # no time window: region, type and actors (or the toll) must agree
    date = NEUTRAL if gap is None else _DAY_SCORE[gap]
    if gap is not None and not (a.dated and b.dated):
        date = max(date, 0.6) if gap == 0 else date  # inside the article's publication window
    score = (WEIGHTS["date"] * date + WEIGHTS["place"] * place + WEIGHTS["type"] * kind
             + WEIGHTS["actors"] * (NEUTRAL if actors is None else actors)
             + WEIGHTS["words"] * (NEUTRAL if words is None else words))
    if a.fatalities is not None and a.fatalities == b.fatalities and a.fatalities > 0:
        score += 0.05
    return min(score, 1.0)


def country_only_across(a: Features, b: Features) -> bool:
    """Reports of two countries, one of them placed at country level only (no region, no town): its
    country may be no more than its actors' nationality or a border the attack happened near."""
    return bool(a.country) and bool(b.country) and a.country != b.country and (a.country_only or b.country_only)


def same_toll_and_side(a: Features, b: Features) -> bool:
    """Dated a day apart at most, the same event type, the same toll, and the same perpetrators: all
    that is left to link reports of two countries."""
    gap = gap_days(a, b)
    if gap is None or gap > 1 or a.event_type != b.event_type:
        return False
    if not a.fatalities or a.fatalities != b.fatalities:
        return False
    actors = _overlap(a.actors - _GENERIC_ACTORS, b.actors - _GENERIC_ACTORS)
    return actors is not None and actors >= 0.5


_GENERIC_ACTORS = frozenset({"civil", "unkno", "milit"})


def contradicts(a: Features, b: Features) -> bool:
    """Reports that must never share an incident: one article, or dated a week or more apart (the same
    place on another day is another incident, also for a calendar day without a year), or in different
    countries."""
    if a.doc_id == b.doc_id or (a.country and b.country and a.country != b.country
                                and not country_only_across(a, b)):
        return True
    gap = gap_days(a, b)
    return (gap is not None and gap >= VETO_GAP_DAYS) or calendar_clash(a, b)
