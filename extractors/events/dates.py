"""Event dates from date expressions, resolved against the publication date.

Returns ``(date_iso | None, precision | None)``. Conventions (docs/events.md): a weekday is the most
recent such day on or before publication; "last week"/"earlier this month" give month precision with
no day; nothing is ever dated after publication.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.text import fastre
from extractors.text.numwords import parse_number

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_MDY = fastre.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b")
_DMY = fastre.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+(\d{{4}}))?\b")
_ISO = fastre.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = fastre.compile(rf"\b(?:on\s+|late\s+|early\s+|last\s+|this\s+|since\s+|until\s+|by\s+|next\s+)?"
                      rf"(?:(?:early|late)\s+(?:on\s+)?)?{_WD}(?:'s)?\b", re.I)
_RELATIVE = fastre.compile(
    r"\b(yesterday|today|tonight|this morning|this afternoon|this evening|last night|overnight|"
    r"earlier today|on the previous day|the previous day|the day before|"
    r"last week|earlier this week|this week|earlier this month|this month|last month|early this month|"
    r"(\w+|\d+) days? (?:ago|earlier|before|after|later))\b", re.I)
_MONTH_ONLY = fastre.compile(rf"\b(?:in|since|during|early|late|mid-?)\s+{_MON}(?:\s+(\d{{4}}))?\b(?!\s+\d)")
_FUTURE_WD = fastre.compile(rf"\b(?:next|coming|this coming)\s+{_WD}", re.I)


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


def _explicit(text: str, pub: dt.date | None) -> tuple[dt.date | None, int] | None:
    """A calendar date written in the text, with its position."""
    for rx, order in ((_MDY, "mdy"), (_DMY, "dmy")):
        for m in rx.finditer(text):
            if order == "mdy":
                mon, day, year = m.group(1), m.group(2), m.group(3)
            else:
                day, mon, year = m.group(1), m.group(2), m.group(3)
            month = MONTHS.get(mon.lower().rstrip("."))
            if not month or not (1 <= int(day) <= 31):
                continue
            if year:
                d = _make(int(year), month, int(day))
            elif pub:
                d = _make(pub.year, month, int(day))
                if d and d > pub:
                    d = _make(pub.year - 1, month, int(day))
            else:
                d = None
            if d is not None or not pub:
                return d, m.start()
    m = _ISO.search(text)
    if m:
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, m.start()
    return None


# "officials said on Monday", "told AFP on Friday": the day of the report, not of the event.
# "said a local official on Saturday": the speaker may follow the verb when it is an official source
_SPEAKER = r"(?:\s+(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,2}?(?:officials?|spokes(?:man|woman|person)|sources?|" \
           r"police|witness(?:es)?|residents?|authorities|ministry|commander|governor|administrator|chief|mayor))?"
_REPORTED = fastre.compile(r"\b(?:(?:said|says)" + _SPEAKER + r"|told\s+(?:\w+\s+){0,3}?|(?<!were\s)(?<!was\s)reported|"
                           r"announced|confirmed|stated|added|claimed(?:\s+responsibility)?|statement|declared|tweeted|"
                           r"posted)\s*,?\s*(?:on\s+|late\s+|early\s+)?$", re.I)


_REPORTED_AFTER = fastre.compile(r"^\w+(?:\s+(?:night|morning|evening|afternoon))?\s*,?\s*(?:said|claimed|announced|"
                             r"reported|told|confirmed|stated|declared)\b", re.I)


def _report_date(sentence: str, start: int) -> bool:
    return bool(_REPORTED.search(sentence[max(0, start - 60):start])
                or _REPORTED_AFTER.match(re.sub(r"^(?:on|late|early)\s+", "", sentence[start:start + 60], flags=re.I)))


def resolve_date(sentence: str, published: str | None) -> tuple[str | None, str | None, bool]:
    """The date a sentence gives for its event: (iso date, precision, found_expression).

    Dates attached to a reporting verb ("police said on Monday") are skipped: they date the report.
    """
    pub = _date(published)
    found = _explicit(sentence, pub)
    if found and _report_date(sentence, found[1]):
        found = None
    if found and found[0] is not None:
        d = found[0]
        if pub and d > pub:
            return None, None, True
        return d.isoformat(), "day", True
    for m in _WEEKDAY.finditer(sentence):
        if _FUTURE_WD.match(m.group(0)) or _report_date(sentence, m.start()):
            continue
        wd = WEEKDAYS.index(m.group(1).lower())
        if pub is None:
            return None, None, True
        back = (pub.weekday() - wd) % 7
        if m.group(0).lower().startswith("last ") and back == 0:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat(), "day", True
    m = next((r for r in _RELATIVE.finditer(sentence) if not _report_date(sentence, r.start())), None)
    if m:
        word = m.group(1).lower()
        if pub is None:
            return None, None, True
        if word in ("yesterday", "last night", "on the previous day", "the previous day", "the day before"):
            return (pub - dt.timedelta(days=1)).isoformat(), "day", True
        if word in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
                    "overnight"):
            return pub.isoformat(), "day", True
        if "week" in word or "month" in word:
            return None, "month", True
        if m.group(2):
            n = parse_number(m.group(2))
            if n is not None and n < 40 and re.search(r"ago|earlier|before", word):
                return (pub - dt.timedelta(days=n)).isoformat(), "day", True
            if n is not None and n < 40:
                return None, "after", True  # "two days after X": relative to another event
    m = _MONTH_ONLY.search(sentence)
    if m:
        return None, "month", True
    return None, None, False


def relative_days(sentence: str) -> int | None:
    """Days BEFORE the reference event for phrases like "comes two days after ..." (the other event is earlier)."""
    m = re.search(r"\b(\w+|\d+) days? after\b", sentence, re.I)
    if m:
        n = parse_number(m.group(1))
        if n is not None and n < 40:
            return n
    return None


def shift(iso: str | None, days: int) -> str | None:
    d = _date(iso)
    return (d - dt.timedelta(days=days)).isoformat() if d else None


def weekday_fits(year: int, month: int, day: int, weekday: str) -> bool:
    d = _make(year, month, day)
    return bool(d) and d.weekday() == WEEKDAYS.index(weekday.lower())
