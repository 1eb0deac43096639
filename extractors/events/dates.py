"""The date stage's parser: date expressions resolved against the publication date, in any lexicon's words.

``resolve_date(sentence, published, lex)`` returns ``(date_iso | None, precision | None, found)``.
Conventions (docs/events.md): a weekday is the most recent such day on or before publication; "last
week"/"earlier this month" give month precision with no day; nothing is ever dated after publication; a
date attached to a reporting verb ("police said on Monday") dates the report, not the event. The patterns
are built once per language from ``Lexicon.dates`` (``extractors.lexicons.DateWords``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from extractors.lexicons import DateWords, Lexicon, alt, lexicon


@dataclass(frozen=True)
class _Patterns:
    dmy: re.Pattern
    mdy: re.Pattern | None
    iso: re.Pattern
    weekday: re.Pattern
    relative: re.Pattern
    ago: re.Pattern
    after: re.Pattern
    month_only: re.Pattern
    future: re.Pattern
    last: re.Pattern
    report_before: re.Pattern
    report_after: re.Pattern
    weekday_of: dict[str, int]
    month_of: dict[str, int]
    day_before: frozenset[str]
    same_day: frozenset[str]
    next_day: re.Pattern | None
    same_as_before: re.Pattern | None
    month_year: re.Pattern
    year_after: re.Pattern | None


@functools.cache
def _patterns(words: DateWords) -> _Patterns:
    mon = rf"(?P<mon>{alt(words.months)})\.?"
    wd_forms = {f: i for i, forms in enumerate(words.weekdays) for f in forms}
    wd = rf"(?P<wd>{alt(wd_forms)})"
    year = rf"(?:{words.my_link}(?P<year>\d{{4}}){words.year_tail})?"
    day = rf"(?P<day>\d{{1,2}}){words.ordinals}"
    mflags = 0 if words.months_case_sensitive else re.I
    dmy = re.compile(rf"(?<!\w){day}{words.dmy_link}{mon}{year}(?!\w)", mflags)
    mdy = re.compile(rf"(?<!\w){mon}\s+{day}(?:,?\s+(?P<year>\d{{4}}))?(?!\w)", mflags) if words.mdy else None
    rel_words = (*words.day_before, *words.same_day, *words.week_month)
    return _Patterns(
        dmy=dmy, mdy=mdy,
        iso=re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        weekday=re.compile(rf"(?<!\w)(?:(?:{words.weekday_before})\s+)*{wd}(?:'s)?(?!\w)", re.I),
        relative=re.compile(rf"(?<!\w)(?P<rel>{alt(rel_words)})(?!\w)", re.I),
        ago=re.compile(words.ago, re.I),
        after=re.compile(words.after, re.I),
        month_only=re.compile(words.month_only.replace("{MON}", mon), mflags),
        future=re.compile(words.future, re.I),
        last=re.compile(words.last_weekday, re.I),
        report_before=re.compile(rf"(?:{words.report_before})\s*,?\s*$", re.I),
        report_after=re.compile(rf"^\w+(?:\s+\w+)?\s*,?\s*(?:{words.report_after})", re.I),
        weekday_of={k.lower(): v for k, v in wd_forms.items()},
        month_of={k.lower(): v for k, v in words.months.items()},
        day_before=frozenset(w.lower() for w in words.day_before),
        same_day=frozenset(w.lower() for w in words.same_day),
        next_day=re.compile(rf"(?<!\w)(?:{alt(words.next_day)})(?!\w)", re.I) if words.next_day else None,
        same_as_before=re.compile(rf"(?<!\w)(?:{alt(words.same_as_before)})(?!\w)", re.I)
        if words.same_as_before else None,
        month_year=re.compile(rf"(?<!\w){mon}{words.my_link}(?P<year>\d{{4}})(?!\w)", mflags),
        year_after=re.compile(rf"(?<!\w)(?:{words.year_before})\s+(?P<year>(?:1[89]|20)\d\d)(?!\w)", re.I)
        if words.year_before else None,
    )


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _explicit(text: str, pub: dt.date | None, p: _Patterns) -> tuple[dt.date | None, int] | None:
    """A calendar date written in the text, with its position."""
    for rx in (p.mdy, p.dmy):
        if rx is None:
            continue
        for m in rx.finditer(text):
            month = p.month_of.get(m.group("mon").lower().rstrip("."))
            day = int(m.group("day"))
            if not month or not (1 <= day <= 31):
                continue
            if m.group("year"):
                d = _make(int(m.group("year")), month, day)
            elif pub:
                d = _make(pub.year, month, day)
                if d and d > pub:
                    d = _make(pub.year - 1, month, day)
            else:
                d = None
            if d is not None or not pub:
                return d, m.start()
    m = p.iso.search(text)
    if m:
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, m.start()
    return None


def _report_date(sentence: str, start: int, p: _Patterns) -> bool:
    """The date at ``start`` belongs to a reporting verb ("officials said on Monday")."""
    return bool(p.report_before.search(sentence[max(0, start - 60):start])
                or p.report_after.match(sentence[start:start + 60]))


def _lex(lex: Lexicon | None) -> Lexicon:
    return lex if lex is not None else lexicon("en")


def resolve_date(sentence: str, published: str | None, lex: Lexicon | None = None
                 ) -> tuple[str | None, str | None, bool]:
    """The date a sentence gives for its event: (iso date, precision, found_expression). Memoized."""
    return _resolve(sentence, published, _lex(lex))


@functools.lru_cache(maxsize=4096)
def _resolve(sentence: str, published: str | None, lex: Lexicon) -> tuple[str | None, str | None, bool]:
    words = lex.dates
    p = _patterns(words)
    pub = _date(published)
    found = _explicit(sentence, pub, p)
    if found and _report_date(sentence, found[1], p):
        found = None
    if found and found[0] is not None:
        d = found[0]
        if pub and d > pub:
            return None, None, True
        return d.isoformat(), "day", True
    for m in p.weekday.finditer(sentence):
        start = m.start()
        around = sentence[max(0, start - 12):m.end() + 16]  # "next Monday", "lundi prochain"
        if p.future.search(around) or _report_date(sentence, start, p):
            continue
        wd = p.weekday_of[m.group("wd").lower()]
        if pub is None:
            return None, None, True
        back = (pub.weekday() - wd) % 7
        if back == 0 and p.last.search(around):
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat(), "day", True
    if p.next_day is not None and p.next_day.search(sentence):
        return None, "next", True  # the day after the incident told before (resolved by the grouping stage)
    if p.same_as_before is not None and p.same_as_before.search(sentence):
        return None, "same", True  # the day of the incident told before (the publication day when none was)
    m = next((r for r in p.relative.finditer(sentence) if not _report_date(sentence, r.start(), p)), None)
    if m:
        word = m.group("rel").lower()
        if pub is None:
            return None, None, True
        if word in p.day_before:
            return (pub - dt.timedelta(days=1)).isoformat(), "day", True
        if word in p.same_day:
            return pub.isoformat(), "day", True
        return None, "month", True
    m = p.ago.search(sentence)
    if m and not _report_date(sentence, m.start(), p):
        n = _number(m.group("n"), words)
        if pub is None:
            return None, None, True
        if n is not None and n < 40:
            return (pub - dt.timedelta(days=n)).isoformat(), "day", True
    m = p.after.search(sentence)
    if m and _number(m.group("n"), words) is not None and _number(m.group("n"), words) < 40:
        return None, "after", True  # "two days after X": relative to another event
    if p.month_only.search(sentence):
        return None, "month", True
    return None, None, False


def _number(token: str, words: DateWords) -> int | None:
    if token.isdigit():
        return int(token)
    return words.parse_number(token) if words.parse_number else None


def relative_days(sentence: str, lex: Lexicon | None = None) -> int | None:
    """Days BEFORE the reference event for phrases like "comes two days after ..." (the other event is earlier)."""
    words = _lex(lex).dates
    m = _patterns(words).after.search(sentence)
    if m:
        n = _number(m.group("n"), words)
        if n is not None and n < 40:
            return n
    return None


def shift(iso: str | None, days: int) -> str | None:
    d = _date(iso)
    return (d - dt.timedelta(days=days)).isoformat() if d else None


def date_number_spans(sentence: str, lex: Lexicon | None = None) -> tuple[tuple[int, int], ...]:
    """Spans of the digits that write a date ("22 March 2018", "March 22, 2018", "March 2018", "in 2014",
    "2018-03-22"): the counts stage never reads them as tolls."""
    p = _patterns(_lex(lex).dates)
    out: list[tuple[int, int]] = []
    for rx in (p.mdy, p.dmy, p.month_year, p.year_after):
        for m in rx.finditer(sentence) if rx is not None else ():
            out += [m.span(g) for g in ("day", "year") if g in rx.groupindex and m.group(g)]
    out += [m.span() for m in p.iso.finditer(sentence)]
    return tuple(sorted(set(out)))


def calendar_days(sentence: str, lex: Lexicon | None = None) -> tuple[tuple[int, int], ...]:
    """(month, day) of every calendar date the sentence writes ("lundi 15 mars", "March 21"), year or not,
    unresolved: the linker compares a report with no known year against a dated one with them."""
    p = _patterns(_lex(lex).dates)
    out = []
    for rx in (p.mdy, p.dmy):
        for m in rx.finditer(sentence) if rx is not None else ():
            month, day = p.month_of.get(m.group("mon").lower().rstrip(".")), int(m.group("day"))
            if month and 1 <= day <= 31:
                out.append((month, day))
    return tuple(out)
