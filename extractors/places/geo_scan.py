"""Candidate place mentions in text: runs of capitalised words looked up in the gazetteer, with the
words around them that the resolver in ``extractors.places.geo`` weighs (cues, suffixes, neighbours)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.places import geo_words as gw
from extractors.places.gazetteer import KIND_ADMIN1, KIND_COUNTY, Gazetteer, fold, skeleton

# Hyphens split tokens ("Egyptian-US"); the scan below joins words across hyphens ("Deir ez-Zor").
_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)
_PREV = re.compile(r"(\w+)(\W*)$")
_NEXT = re.compile(r"([^\w\n]*)(\w+)")
_ABBREV = re.compile(r"\b(?:U\.S\.A\.|U\.S\.|U\.K\.|D\.R\. Congo|D\.C\.)")

# Capitalised words joined by spaces or hyphens, lower-case connectors allowed inside (and after an elided
# French article or preposition: "d'Ansongo", "l'Ituri"): regex does the
# skipping of ordinary prose in C, which keeps find_places at a few ms per article.
_CAPW = r"[^\W\d_a-z]\w*(?:['’]\w+)*"
_SEP = r"(?:[ \t\u00a0]+|[ \t]?-[ \t]?)"
_RUN = re.compile(rf"(?:(?<![\w'’])|(?<=\b[dlDL]['’]))(?:(?:St|Mt|Ft)\.[ \t]+)?{_CAPW}(?:{_SEP}(?:(?:{'|'.join(sorted(gw.CONNECTORS, key=len, reverse=True))}){_SEP})*"
                  rf"{_CAPW})*")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    key: str
    cands: list[tuple[int, bool]]
    admin_hint: bool = False  # followed by "State"/"Province": prefer the admin1 reading
    town_hint: bool = False  # after "the town of", "le camp de": prefer a town to the region of its name
    cue: bool = False  # preceded by "in"/"near"/... or followed by ", Region"
    within: tuple[str, str | None] | None = None  # "Town, Region": (country, admin1) the town must be in
    tokens: int = 1
    prev: tuple[int, int, str] | None = None  # the token before and after the mention
    next: tuple[int, int, str] | None = None
    next_gap: str = ""


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n—–-|;"


def _prev_word(text: str, pos: int, words: list, i: int) -> tuple[int, int, str] | None:
    if i > 0:
        return words[i - 1]
    m = _PREV.search(text, max(0, pos - 40), pos)
    return (m.start(1), m.end(1), m.group(1)) if m else None


def _next_word(text: str, pos: int, words: list, j: int) -> tuple[tuple[int, int, str] | None, str]:
    if j + 1 < len(words):
        w = words[j + 1]
        return w, text[pos:w[0]]
    m = _NEXT.match(text, pos)
    return ((m.start(2), m.end(2), m.group(2)), m.group(1)) if m else (None, "")


def _of_place(text: str, pos: int) -> bool:
    """ "town of", "outskirts of", "village de": the word before "of" announces a place."""
    m = _PREV.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in gw.OF_PLACE


def _town_before(text: str, pos: int) -> bool:
    """ "the town of", "le camp de", "la ciudad de": the name after is a town, not the region it gives its name."""
    m = _PREV.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in gw.TOWN_NOUNS


def _water(text: str, last: str, prev, nxt, gap: str) -> bool:
    """ "the Red Sea", "the Gulf of Aden", "golfe d'Aden", "Lake Chad", "the Niger River": the name whose last
    word is ``last`` is a body of water (geo_words.WATER)."""
    if nxt is not None and gap.strip() == "" and nxt[2].lower() in gw.WATER_AFTER:
        return True
    if prev is None:
        return False
    before = prev[2].lower()
    if before in gw.WATER_BEFORE or before == "the" and last.lower() in gw.WATER:
        return True
    if before in ("of", "de", "du", "d"):  # "d" of "d'Aden"
        m = _PREV.search(text, max(0, prev[0] - 30), prev[0])
        return m is not None and m.group(1).lower() in gw.WATER_OF
    return False


def _admin_before(text: str, pos: int) -> bool:
    """ "la région de Mopti", "el departamento del Cauca": the name after is a first-level region."""
    m = _ADMIN_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in gw.ADMIN_BEFORE


_ADMIN_BEFORE = re.compile(r"(\w+)\s+(?:of|de|du|des|del|da|do|de\s+la|of\s+the)\s+(?:l['’])?$")


def scan(text: str, gaz: Gazetteer, misses: list | None = None) -> list[Mention]:
    """Longest gazetteer names inside runs of capitalised words ("Deir ez-Zor", "Borno State").

    Runs of one to three words that match nothing but stand where a place would ("in Spin Bolduk",
    "Makhmour district") go to ``misses`` as (start, end, words) for a spelling-blind second look.
    """
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _ABBREV.finditer(text):
        key = gw.ABBREV_NAMES[m.group()]
        cands = gaz.lookup(key)
        if cands:
            out.append(Mention(m.start(), m.end(), key, cands, cue=True))
            taken.append((m.start(), m.end()))
    lookup, heads = gaz.lookup, gaz.heads
    for run in _RUN.finditer(text):
        if taken and any(a <= run.start() < b for a, b in taken):
            continue
        words = [(w.start(), w.end(), w.group()) for w in _TOKEN.finditer(text, run.start(), run.end())]
        # "Nigeria's" -> "Nigeria"
        words = [(a, b - 2, t[:-2]) if len(t) > 3 and t[-2] in "'’" and t[-1] in "sS" else (a, b, t)
                 for a, b, t in words]
        n = len(words)
        i = 0
        before = len(out)
        while i < n:
            s0, _, t0 = words[i]
            head = heads.get(t0.lower() if t0.isascii() else fold(t0))
            if head is None or not t0[:1].isupper():
                i += 1
                continue
            found = None
            for j in range(min(n, i + head) - 1, i - 1, -1):
                if not words[j][2][:1].isupper() or (j > i and words[j][2].lower() in gw.FACILITY):
                    continue  # "Melbourne Airport", "Mosul Dam": the place is the town
                key = fold(text[s0:words[j][1]])
                cands = lookup(key)
                if not cands and key[:4] in gw.ABBR_PREFIX:  # "Ft. Worth" -> "fort worth"
                    key = gw.ABBR_PREFIX[key[:4]] + key[4:]
                    cands = lookup(key)
                if cands:
                    found = (j, key, cands)
                    break
            if found is None:
                i += 1
                continue
            j, key, cands = found
            mention = Mention(s0, words[j][1], key, cands, tokens=j - i + 1)
            nxt, gap = _next_word(text, mention.end, words, j)
            if nxt is not None and nxt[2].lower() in gw.ADMIN_SUFFIX and gap.strip() == "" \
                    and any(gaz.entries[c].kind in (KIND_ADMIN1, KIND_COUNTY) for c, _ in cands):
                mention.admin_hint = True
                mention.end = nxt[1]
                if j + 1 < n:
                    j += 1
                nxt, gap = _next_word(text, mention.end, words, j)
            prev = _prev_word(text, s0, words, i)
            if not mention.admin_hint and _water(text, words[j][2], prev, nxt, gap):
                i = j + 1
                continue
            mention.prev, mention.next, mention.next_gap = prev, nxt, gap
            mention.cue = prev is not None and prev[2].lower() in gw.CUES
            if not mention.admin_hint and prev is not None and (
                    prev[2].lower() in gw.TOWN_NOUNS and text[prev[1]:s0].strip() == ""
                    or prev[2].lower() in gw.OF_WORDS and _town_before(text, prev[0])):
                mention.town_hint = True
            if not mention.admin_hint and prev is not None and prev[2].lower() in gw.OF_WORDS \
                    and _admin_before(text, s0) \
                    and any(gaz.entries[c].kind in (KIND_ADMIN1, KIND_COUNTY) for c, _ in cands):
                mention.admin_hint = mention.cue = True
            out.append(mention)
            i = j + 1
        if misses is not None and len(out) == before and n <= 3 and words[0][2][:1].isupper():
            prev = _prev_word(text, words[0][0], words, 0)
            nxt, gap = _next_word(text, words[-1][1], words, n - 1)
            if (prev is not None and prev[2].lower() in gw.LOCATIVE) or \
                    (nxt is not None and gap.strip() == "" and nxt[2].lower() in gw.PLACE_NOUNS) or \
                    (prev is not None and prev[2].lower() in gw.OF_WORDS and _of_place(text, prev[0])):
                misses.append((words[0][0], words[-1][1], n))
    out.sort(key=lambda x: x.start)
    return out


def respelled(text: str, gaz: Gazetteer, misses: list, ctx: Counter) -> list[Mention]:
    """Unknown names in a place's position, matched by consonant skeleton within the article's main
    countries only: transliterations vary ("Spin Bolduk" for Spin Boldak, "Makhmour" for Makhmur)."""
    total = sum(ctx.values())
    countries = [c for c, w in ctx.most_common(3) if w / total >= 0.2]
    out = []
    for start, end, n in misses:
        key = fold(text[start:end])
        if key in gw.NEVER:
            continue
        skel = skeleton(key)
        if len(skel) < 4:
            continue
        for c in countries:
            idxs = gaz.by_skeleton(skel, c)
            if idxs:
                out.append(Mention(start, end, key, [(i, False) for i in idxs[:5]], cue=True, tokens=n))
                break
    return out
