"""What the cross-outlet linker knows about one report: its time window, place, type family, actors, words.

Pure functions over ``Event`` records. A report's *time window* is its event day when it has one; an
undated report (or one dated only to a month) falls back to its article's publication window, the
week up to the publication day (news tells of what happened in the days before). A report with
neither has no window and is linked only on strong place, type and actor agreement.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extractors.events.dates import calendar_days
from extractors.lexicons import lexicon
from extractors.records import Event

# Type families: a report may code the same incident as another type of the same family (a raid as an
# armed clash in one outlet, as an attack on civilians in another).
FAMILY = {
    "battles": "violence", "explosions_remote_violence": "violence", "violence_against_civilians": "violence",
    "protests": "demonstration", "riots": "demonstration",
    "strategic_developments": "strategic",
}
PUBLICATION_WINDOW_DAYS = 7  # an undated report tells of an incident up to a week before publication
_ADMIN_WORDS = {"governorate", "province", "state", "region", "oblast", "district", "county", "department",
                "division", "prefecture", "muhafazah", "city", "town", "village", "of", "the"}
_ACTOR_STOP = {"of", "the", "and", "a", "an", "in", "forces", "force", "unidentified", "group", "members",
               "armed", "suspected"}
_WORD = re.compile(r"\w+", re.UNICODE)
_PAREN = re.compile(r"\([^)]*\)")


@lru_cache(maxsize=131072)
def fold_name(text: str | None) -> str:
    """``fold`` for the short, much repeated strings (places, actors)."""
    return fold(text)


def fold(text: str | None) -> str:
    """Lower case, accents off, punctuation to spaces: 'Tessit', 'TESSIT' and 'Tessít' fold alike."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=131072)
def place_key(text: str | None) -> str:
    return " ".join(t for t in fold(text).split() if t not in _ADMIN_WORDS)


_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/-]?)(\d\d)\2(\d\d)(?!\d)")


def url_day(url: str | None) -> int | None:
    """The publication day many news URLs carry (/2022/08/09/, -2022-08-09-, 20150522), as an ordinal."""
    for m in _URL_DATE.finditer(url or ""):
        try:
            return dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))).toordinal()
        except ValueError:
            continue
    return None


def _day(value: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(value[:10]).toordinal() if value else None
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=131072)
def actor_tokens(*actors: str | None) -> frozenset[str]:
    """Content words of the actor names cut to five letters, the country in parentheses left out (it is
    shared by every actor of a country and says nothing about who took part)."""
    out = set()
    for actor in actors:
        for tok in fold(_PAREN.sub(" ", actor or "")).split():
            if tok not in _ACTOR_STOP and len(tok) > 1:
                out.add(tok[:5])
    return frozenset(out)


def text_tokens(text: str | None) -> frozenset[str]:
    """Words of three letters or more and every number of the evidence sentence (numbers cross languages)."""
    return frozenset(t[:6] for t in fold(text).split() if len(t) >= 3 or t.isdigit())


_NUMBER = re.compile(r"\d+")


def numbers(text: str | None, *counts: int | None) -> frozenset[int]:
    """The numbers a report gives: those written in digits in its evidence sentence (Arabic-Indic too) but
    years, and its counts (which a text may spell in words): the same in every language."""
    out = {n for n in map(int, _NUMBER.findall(text or "")) if n and not 1900 <= n <= 2100}
    out.update(c for c in counts if c)
    return frozenset(out)


@lru_cache(maxsize=65536)
def month_days(text: str | None, language: str) -> tuple[tuple[int, int], ...]:
    """(month, day) of the calendar dates the evidence writes, for a report that has no event day (an
    article without a year to resolve them against: "lundi 15 mars")."""
    return calendar_days(text, lexicon(language)) if text else ()


@dataclass(frozen=True, slots=True)
class Features:
    index: int
    doc_id: str
    lo: int | None  # time window, ordinal days (lo == hi for a dated report)
    hi: int | None
    dated: bool  # the report gives its own event day
    country: str
    admin1: str
    location: str  # town-level place, '' when the report names only a region or nothing
    event_type: str
    sub_event_type: str
    family: str
    actors: frozenset[str]
    words: frozenset[str]
    language: str
    fatalities: int | None
    numbers: frozenset[int]  # digits of the evidence and the counts: compared across languages
    month_days: tuple[tuple[int, int], ...]  # calendar days without a year in an undated report's evidence
    point: tuple[float, float] | None = None  # the town's coordinates (town-level geocodes only)

    @property
    def country_only(self) -> bool:
        """Placed at country level only: a country, no region and no town."""
        return bool(self.country) and not (self.admin1 or self.location)


def features(index: int, e: Event) -> Features:
    day = _day(e.event_date) if e.date_precision != "month" else None
    if day is not None:
        lo = hi = day
    else:
        pub = _day(e.published) or url_day(e.url)  # an article without a date on its page: its URL's
        lo, hi = (pub - PUBLICATION_WINDOW_DAYS, pub) if pub is not None else (None, None)
    admin1 = place_key(e.admin1)
    location = place_key(e.location)
    if location and location in (admin1, fold_name(e.country)):
        location = ""  # the report names the region only: a place one level up the hierarchy
    return Features(
        index=index, doc_id=e.doc_id, lo=lo, hi=hi, dated=day is not None, country=(e.country or "").upper(),
        admin1=admin1, location=location, event_type=e.event_type, sub_event_type=e.sub_event_type,
        family=FAMILY.get(e.event_type, e.event_type), actors=actor_tokens(e.actor1, e.actor2),
        words=text_tokens(e.evidence), language=(e.language or "").lower()[:2], fatalities=e.fatalities,
        numbers=numbers(e.evidence, e.fatalities, e.injuries),
        month_days=() if day is not None else month_days(e.evidence, (e.language or "").lower()[:2]),
        point=_point(e) if location else None)


def _point(e: Event) -> tuple[float, float] | None:
    if e.geo_precision != "city" or e.latitude is None or e.longitude is None:
        return None
    return (e.latitude, e.longitude)
