"""Numbers written as digits or words in the languages the extractor reads.

Digits may carry thousands separators ("1,200", "1 200", "1.200") and may be Arabic-Indic ("١٢"). Number words
are parsed by text2num (French, Spanish, Portuguese, English) or by the small tables below (Arabic, Russian,
Ukrainian: the cardinals news writes for casualty counts, in the case forms they take after a verb).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

_DIGITS = re.compile(r"^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$|^\d+$")

# Cardinals 1-20, tens and hundreds, every form a count takes in news (nominative, genitive, feminine).
_RU = {
    1: "один одна одно одного одной одну одному", 2: "два две двух двое двоих двум",
    3: "три трех трёх трое троих трем трём", 4: "четыре четырех четырёх четверо четверых четырем",
    5: "пять пяти пятеро пятерых", 6: "шесть шести шестеро шестерых", 7: "семь семи семеро семерых",
    8: "восемь восьми восьмеро восьмерых", 9: "девять девяти девятеро девятерых",
    10: "десять десяти десятеро десятерых",
    11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати", 13: "тринадцать тринадцати",
    14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати",
    17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати",
    20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока", 50: "пятьдесят пятидесяти",
    60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти", 80: "восемьдесят восьмидесяти",
    90: "девяносто девяноста", 100: "сто ста", 200: "двести двухсот", 300: "триста трехсот трёхсот",
    400: "четыреста четырехсот четырёхсот", 500: "пятьсот пятисот", 600: "шестьсот шестисот",
    700: "семьсот семисот", 800: "восемьсот восьмисот", 900: "девятьсот девятисот",
}
# Ukrainian words with an apostrophe are listed in each spelling news uses: ', \u2019 and \u02bc
_UK = {
    1: "один одна одне одного однієї одну одному одній", 2: "два дві двох двоє двом",
    3: "три трьох троє трьом",
    4: "чотири чотирьох четверо чотирьом",
    5: "п'ять п’ять пʼять п'яти п’яти пʼяти п'ятеро п’ятеро пʼятеро п'ятьох п’ятьох пʼятьох",
    6: "шість шести шестеро шістьох", 7: "сім семи семеро сімох", 8: "вісім восьми восьмеро вісьмох",
    9: "дев'ять дев’ять девʼять дев'яти дев’яти девʼяти дев'ятеро дев’ятеро девʼятеро "
       "дев'ятьох дев’ятьох девʼятьох",
    10: "десять десяти десятеро десятьох", 11: "одинадцять одинадцяти", 12: "дванадцять дванадцяти",
    13: "тринадцять тринадцяти", 14: "чотирнадцять чотирнадцяти",
    15: "п'ятнадцять п’ятнадцять пʼятнадцять п'ятнадцяти п’ятнадцяти пʼятнадцяти",
    16: "шістнадцять шістнадцяти", 17: "сімнадцять сімнадцяти", 18: "вісімнадцять вісімнадцяти",
    19: "дев'ятнадцять дев’ятнадцять девʼятнадцять дев'ятнадцяти дев’ятнадцяти девʼятнадцяти",
    20: "двадцять двадцяти", 30: "тридцять тридцяти", 40: "сорок сорока",
    50: "п'ятдесят п’ятдесят пʼятдесят п'ятдесяти п’ятдесяти пʼятдесяти", 60: "шістдесят шістдесяти",
    70: "сімдесят сімдесяти", 80: "вісімдесят вісімдесяти",
    90: "дев'яносто дев’яносто девʼяносто дев'яноста дев’яноста девʼяноста", 100: "сто ста",
    200: "двісті двохсот", 300: "триста трьохсот", 400: "чотириста чотирьохсот",
    500: "п'ятсот п’ятсот пʼятсот п'ятисот п’ятисот пʼятисот",
}
_AR = {  # one word per form: teens and compounds are sums of their words ("ثلاثة عشر" = 3 + 10)
    1: "واحد واحدة أحد احد إحدى احدى", 2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي إثنان إثنين",
    3: "ثلاثة ثلاث", 4: "أربعة أربع اربعة اربع", 5: "خمسة خمس", 6: "ستة ست", 7: "سبعة سبع",
    8: "ثمانية ثماني ثمان", 9: "تسعة تسع", 10: "عشرة عشر", 20: "عشرون عشرين", 30: "ثلاثون ثلاثين",
    40: "أربعون أربعين اربعون اربعين", 50: "خمسون خمسين", 60: "ستون ستين", 70: "سبعون سبعين",
    80: "ثمانون ثمانين", 90: "تسعون تسعين", 100: "مائة مئة", 200: "مائتان مائتين مئتان مئتين مائتي مئتي",
    300: "ثلاثمائة ثلاثمئة", 400: "أربعمائة أربعمئة", 500: "خمسمائة خمسمئة", 1000: "ألف الف",
    2000: "ألفان ألفين",
}
_AR_ONES_TENS = re.compile(r"^(\S+)\s+و\s*(\S+)$")  # "خمسة وعشرون" = 5 + 20


def _table(table: dict[int, str]) -> dict[str, int]:
    return {form: n for n, forms in table.items() for form in forms.split()}


_TABLES = {"ru": _table(_RU), "uk": _table(_UK), "ar": _table(_AR)}


def words_for(lang: str) -> list[str]:
    """The number words of a table language (for building a lexicon's number regex)."""
    return sorted(_TABLES.get(lang, {}), key=len, reverse=True)


def _digits(token: str) -> int | None:
    t = token.strip()
    if _DIGITS.match(t):
        try:
            return int(re.sub(r"[,.\u00a0\u202f ]", "", t))
        except ValueError:
            return None
    return None


def _from_table(token: str, table: dict[str, int]) -> int | None:
    t = token.strip().lower()
    if t in table:
        return table[t]
    parts = [p for p in re.split(r"[\s-]+", t) if p not in ("и", "і", "й")]
    m = _AR_ONES_TENS.match(t)
    if m:
        parts = [m.group(1), m.group(2)]
    if len(parts) > 1 and all(p in table for p in parts):
        return sum(table[p] for p in parts)
    return None


@functools.cache
def parser(lang: str) -> Callable[[str], int | None]:
    """A function from a number phrase (digits or words) to its integer, or None."""
    if lang in _TABLES:
        table = _TABLES[lang]

        def parse_table(token: str) -> int | None:
            d = _digits(token)
            return d if d is not None else _from_table(token, table)

        return parse_table
    try:
        from text_to_num import text2num
    except ImportError:  # pragma: no cover - text2num is a dependency
        text2num = None

    def parse(token: str) -> int | None:
        d = _digits(token)
        if d is not None:
            return d
        t = token.strip().lower().replace("\u2019", "'")
        t = {"veintiún": "veintiuno", "un": "un", "una": "una"}.get(t, t)
        if text2num is None:
            return None
        try:
            return text2num(t, lang)
        except ValueError:
            return None

    return parse
