"""Wire and telex copy as the rest of the pipeline expects text: case restored, hard-wrapped lines joined.

Places, actors and the parser read capitalised words, and every line break ends a sentence. Old wire copy
(and some outlets' whole articles) is ALL UPPER CASE and wrapped at a fixed width, so every word looks like a
name and every line is a "sentence". ``restore(text)`` returns a text of the same length (each character
either kept or changed in case; a line break inside a wrapped paragraph becomes a space), so every offset into
the restored text is an offset into the original one:

* ``restore_case``: a run of lines that is mostly upper case and long (>= 20 words; a capitalised headline
  stays as it is) is lower-cased; then sentence starts, the pronoun "I", and what the project's own lexicons
  know as names are capitalised again: gazetteer places and countries (not the names that are common English
  words), nationality words and country names of the actor dictionary, named armed groups' aliases. Acronyms
  stay upper case: the actor dictionary's, words the text itself gives in brackets ("[FMLN]", "(URNG)"), words
  without a vowel ("DPA"), dotted initials ("U.S.").
* ``unwrap_lines``: a text whose lines are cut at a fixed width (most lines within a word's length of the
  widest, none wider than 100 characters) has the line breaks inside its paragraphs (blocks separated by blank
  lines) turned into spaces.

Normally cased, unwrapped text comes back unchanged (the same object). Pure: package data only.
"""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_SENTENCE_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*$|\n[ \t]*\n[\s\"'(\[]*$|\)\s*--\s*$|"
                           r"\[(?:TEXT|SUMMARY|EXCERPTS?|CONTINUED|REPORT)\]\s*$", re.I)
_BRACKETED = re.compile(r"[\[(]([^\W\d_]{2,5})[\])]")
# editorial marks in brackets, not acronyms ("[TEXT]", "[PASSAGE OMITTED]")
_MARKS = {"text", "sic", "begin", "end", "words", "omitted", "as", "video", "audio", "photo", "note"}
_NOT_END = re.compile(r"(?:\b(?:[^\W\d_]\.){2,}|\b(?:mr|mrs|ms|dr|st|gen|col|lt|sgt|capt|maj|gov|sen|rep|no)\.)\s+$")
_INITIALS = re.compile(r"\b(?:[^\W\d_]\.){2,}")
_VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöüãõ")
# title-case forms of these abbreviations, not acronyms ("MR" -> "Mr")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "lt", "sgt", "gen", "col", "capt", "maj", "cpl", "pvt",
                  "gov", "sen", "rep", "mt", "ft", "brig", "adm"}
# lower case inside a name ("Santa Rosa de Lima", "Bosnia and Herzegovina") unless the name starts with it
_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "da", "do", "dos", "das", "du", "des", "le", "of", "the",
               "and", "al", "e", "en", "on", "upon", "di"}
_CALENDAR = ("january", "february", "march", "april", "june", "july", "august", "september", "october",
             "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
             "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")  # not "may"
_CUE = re.compile(r"(?:\b(?:in|at|near|from|to|outside|toward|towards|around|between|of\s+the\s+(?:city|town|village|"
                  r"department|province|municipality|district)\s+of|(?:city|town|village|department|province|"
                  r"municipality|district|port|capital)\s+of)|,)\s+$")
MIN_WORDS = 20  # a shorter upper-case run (a headline, a shouted phrase) is left as it is
UPPER_SHARE = 0.9


def restore(text: str) -> str:
    """``text`` with wrapped lines joined and upper-case runs re-cased; same length; ``text`` itself when
    there is nothing to do."""
    return restore_case(unwrap_lines(text))


# --- upper case ------------------------------------------------------------------------------------------------

def _upper_line(line: str) -> bool | None:
    """True for a line mostly in upper case, False for one in mixed case, None for one without letters."""
    upper = lower = 0
    for c in line:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    if upper + lower == 0:
        return None
    return upper >= UPPER_SHARE * (upper + lower)


def upper_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of upper-case lines (lines without letters join a run) that have at least
    ``MIN_WORDS`` words."""
    runs: list[tuple[int, int]] = []
    start = end = None
    pos = 0
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line:
            break
        kind = _upper_line(line)
        if kind is True:
            if start is None:
                start = pos
            end = pos + len(line)
        elif kind is False:
            if start is not None:
                runs.append((start, end))
            start = None
        pos += len(line)
    if start is not None:
        runs.append((start, end))
    return [(s, e) for s, e in runs if len(_WORD.findall(text, s, e)) >= MIN_WORDS]


def restore_case(text: str) -> str:
    """Upper-case runs of ``text`` (see ``upper_runs``) re-cased; the same length; ``text`` when none."""
    runs = upper_runs(text)
    if not runs:
        return text
    chars = list(text)
    acronyms = {w for m in _BRACKETED.finditer(text) if not _function_word(w := m.group(1).lower()) and
                w not in _MARKS} | _known_acronyms()
    for start, end in runs:
        _recase(text, start, end, chars, acronyms)
    return "".join(chars)


def _lower(c: str) -> str:
    low = c.lower()
    return low if len(low) == 1 else c


def _upper(c: str) -> str:
    up = c.upper()
    return up if len(up) == 1 else c


def _recase(text: str, start: int, end: int, chars: list[str], acronyms: set[str]) -> None:
    for i in range(start, end):
        chars[i] = _lower(text[i])
    low = "".join(chars[start:end])
    words = [(m.start() + start, m.end() + start, m.group(0)) for m in _WORD.finditer(low)]
    names = _names()
    gz = _gazetteer()
    known = _known_acronyms()
    countries = _main_countries(low, words, names)
    i = 0
    while i < len(words):
        s, e, w = words[i]
        n = 0 if w in known else _name_at(low, words, i, start, names, gz, countries)
        if not n and (w in acronyms or (len(w) >= 2 and not (set(w) & _VOWELS) and w not in _ABBREVIATIONS
                                        and not low[max(0, s - start - 1):s - start].isdigit())):
            for k in range(s, e):  # "FMLN", "DPA" (not the "TH" of "8TH")
                chars[k] = _upper(text[k])
            i += 1
            continue
        if n:
            for k in range(i, i + n):
                ws, we, word = words[k]
                if k == i or word not in _CONNECTORS:
                    chars[ws] = _upper(chars[ws])
            i += n
            continue
        if w == "i" or (w in _ABBREVIATIONS and text[e:e + 1] == "."):
            chars[s] = _upper(chars[s])
        i += 1
    for m in _INITIALS.finditer(low):
        for k in range(m.start() + start, m.end() + start):
            chars[k] = _upper(chars[k])
    # sentence starts: the run's first word, a word after . ! ? (and quotes), a blank line, a dateline's "--"
    for j, (s, _e, _w) in enumerate(words):
        if j == 0 or (_SENTENCE_END.search(text, max(start, s - 40), s)
                      and not _NOT_END.search(low, max(0, s - start - 12), s - start)):
            chars[s] = _upper(chars[s])


def _name_at(low: str, words: list, i: int, offset: int, names: dict[str, str | None], gz,
             countries: frozenset[str]) -> int:
    """How many words from ``words[i]`` on form a name the lexicons know (0: none); the longest wins."""
    longest = 0
    cue = bool(_CUE.search(low, max(0, words[i][0] - offset - 30), words[i][0] - offset))
    for n in range(1, 6):
        if i + n > len(words):
            break
        if n > 1:  # words joined by one space or hyphen only
            gap = low[words[i + n - 2][1] - offset:words[i + n - 1][0] - offset]
            if gap not in (" ", "-"):
                break
        phrase = low[words[i][0] - offset:words[i + n - 1][1] - offset]
        if phrase in names or _place(phrase, n, gz, cue, countries):
            longest = n
    if longest and words[i][2] in _CONNECTORS and longest == 1:
        return 0
    return longest


def _place(phrase: str, n: int, gz, cue: bool, countries: frozenset[str]) -> bool:
    """A gazetteer name that is not a common word. One word (a first name, a colour and a town may share it)
    must be a country or region, a city of 100,000, a place in a country the text names most, or come
    after a locative word ("in", "near", "the town of")."""
    if gz is None:
        return False
    from extractors.places.gazetteer import KIND_ADMIN1, KIND_COUNTRY, fold

    key = fold(phrase)
    hits = gz.lookup(key)
    if not hits:
        return False
    if n > 1:  # "La Paz", "San Miguel", not "of Lima" or "the Andes" (those are found from their other word)
        from extractors.lexicons.function_words import FUNCTION_WORDS

        return key.split()[0] not in FUNCTION_WORDS.get("en", ())
    if len(key) < 4 or _function_word(key) or any(gz.is_common(idx, key) for idx, _own in hits):
        return False
    if cue:
        return True
    for idx, own in hits[:20]:
        e = gz.entries[idx]
        if e.kind == KIND_COUNTRY and not own:
            continue  # a country's other names: its demonyms come from the actor dictionary ("Poles" != "poles")
        if e.kind in (KIND_COUNTRY, KIND_ADMIN1) or e.population >= 100_000 or e.country in countries:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _gazetteer():
    try:
        from extractors.places.gazetteer import get_gazetteer

        return get_gazetteer()
    except Exception:  # no gazetteer: the actor dictionary's names only
        return None


_WORDS_TOO = {"us", "it", "am", "me", "we", "he", "she", "who", "all", "can", "may", "will", "no", "not", "or",
              "but", "so", "up", "do", "if"}  # words an acronym or a short name may also be ("US", "IT", "AM")


def _function_word(word: str) -> bool:
    from extractors.lexicons.function_words import FUNCTION_WORDS

    return word in FUNCTION_WORDS.get("en", ()) or word in _CONNECTORS or word in _WORDS_TOO


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, str | None]:
    """Lower-cased names of the actor dictionary (countries, nationality words, armed groups, and month and
    day names) -> the ISO3 code of the country they name (None for the others)."""
    from extractors.actors.dictionary import _data

    data = _data()
    out: dict[str, str | None] = dict.fromkeys(_CALENDAR)

    def add(name: str, iso: str | None) -> None:
        plain = name.replace(" ", "").replace("-", "")
        # title-case names only: not acronyms, nor mixed forms whose lower case is a word ("LeT")
        if plain and _WORD.fullmatch(plain) and not any(c.isupper() for part in re.split(r"[ -]", name)
                                                        for c in part[1:]):
            low = name.lower()
            out.setdefault(low, iso)
            if not low.endswith("s"):
                out.setdefault(low + "s", iso)

    for iso, entry in data["countries"].items():
        for name in (entry.get("names") or []) + (entry.get("adj") or []):
            add(name, iso)
    for group in data["groups"]:
        for alias in group["aliases"]:
            add(alias, None)
    return out


def _main_countries(low: str, words: list, names: dict[str, str | None]) -> frozenset[str]:
    """The countries a run names most often (by name or nationality word; ties kept)."""
    counts: dict[str, int] = {}
    for i, (_s, _e, w) in enumerate(words):
        for phrase in (w, " ".join(x[2] for x in words[i:i + 2]), " ".join(x[2] for x in words[i:i + 3])):
            iso = names.get(phrase)
            if iso:
                counts[iso] = counts.get(iso, 0) + 1
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(k for k, v in counts.items() if v == top)


@functools.lru_cache(maxsize=1)
def _known_acronyms() -> frozenset[str]:
    """The actor dictionary's upper-case aliases ("ELN", "MPCP"), lower-cased."""
    from extractors.actors.dictionary import _SHORT_ALIASES, _data

    out = set()
    data = _data()
    for group in data["groups"]:
        for alias in group["aliases"]:
            if alias.isupper() and _WORD.fullmatch(alias) and len(alias) <= 7 and alias not in _SHORT_ALIASES \
                    and not _function_word(alias.lower()):
                out.add(alias.lower())
    for entry in data["countries"].values():
        for name in entry.get("names") or []:
            if name.isupper() and _WORD.fullmatch(name) and name not in _SHORT_ALIASES \
                    and not _function_word(name.lower()):
                out.add(name.lower())
    return frozenset(out)


# --- hard-wrapped lines ----------------------------------------------------------------------------------------

MAX_WIDTH = 100
MIN_LINES = 6


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside its paragraphs turned into spaces when its lines are wrapped at a
    fixed width (see the module docstring); the same length; ``text`` when they are not."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    lengths = [len(x.rstrip()) for x in lines]
    inner = [n for k, n in enumerate(lengths[:-1]) if n and lengths[k + 1]]  # lines followed by a line
    if len(inner) < MIN_LINES:
        return text
    width = max(lengths)
    if not 40 <= width <= MAX_WIDTH:
        return text
    full = sum(n >= width - 18 for n in inner)
    if full < 0.8 * len(inner):
        return text
    out = list(text)
    pos = 0
    for k, line in enumerate(lines[:-1]):
        pos += len(line)
        if lengths[k] and lengths[k + 1]:
            out[pos] = " "
        pos += 1
    return "".join(out)
