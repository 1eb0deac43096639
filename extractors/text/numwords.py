"""Numbers written as digits or English words ("42", "1,200", "twenty-five", "a dozen").

Vague quantities ("dozens", "several", "scores") have no value but bounds, so callers can store
``null`` with a low/high range instead of inventing a figure (convention in docs/events.md).
"""

from __future__ import annotations

import re

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000}
_SPECIAL = {"a dozen": 12, "one dozen": 12, "a couple of": 2, "a pair of": 2, "a single": 1, "an": 1, "a": 1,
            "a hundred": 100, "half a dozen": 6, "a score of": 20}
# value None, (low, high) bounds; high None means open-ended.
VAGUE: dict[str, tuple[int, int | None]] = {
    "dozens": (24, None), "dozens of": (24, None), "scores": (40, None), "scores of": (40, None),
    "several": (3, 9), "some": (2, None), "many": (5, None), "numerous": (5, None), "a number of": (2, None),
    "hundreds": (200, None), "hundreds of": (200, None), "thousands": (2000, None), "thousands of": (2000, None),
    "a few": (2, 5), "few": (2, 5), "multiple": (2, None), "a handful of": (2, 6), "over a dozen": (13, None),
    "more than a dozen": (13, None), "nearly a dozen": (9, 11), "others": (1, None),
}

_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
NUMBER_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)"
    rf"|(?:(?:{_WORD})(?:[- ](?:{'|'.join(_UNITS)}))?(?:\s+(?:hundred|thousand))?(?:\s+(?:and\s+)?(?:{_WORD}))?)"
    r"|half a dozen|a dozen|one dozen|a couple of|a score of|a hundred"
)
_NUMBER = re.compile(rf"^(?:{NUMBER_RE})$", re.I)


def parse_number(token: str) -> int | None:
    """The integer a number phrase stands for, or None ("dozens" has no single value)."""
    t = token.strip().lower().replace("\u2013", "-")
    if not t:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if t in _SPECIAL:
        return _SPECIAL[t]
    total = current = 0
    seen = False
    for part in re.split(r"[\s-]+", t):
        if part == "and":
            continue
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part in _SCALES:
            current = max(current, 1) * _SCALES[part]
            if part == "thousand":
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def vague_bounds(token: str) -> tuple[int, int | None] | None:
    """Bounds for a vague quantity word, or None when the word is not one."""
    return VAGUE.get(token.strip().lower())
