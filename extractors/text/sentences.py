"""Sentence splitting with character offsets, so evidence can point back into ``doc.text``."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "st", "no",
           "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "vs",
           "inc", "corp", "co", "jr", "prof", "rev", "brig", "adm", "cpl", "pvt", "ft", "mt", "e.g", "i.e"}
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace, or at a line break.
_END = re.compile(r"[.!?\u061f\u06d4]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)|\n+")  # Arabic ؟ and ۔ too


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int  # index of the paragraph (line block) the sentence is in


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each."""
    out: list[Sentence] = []
    start = 0
    para = 0
    for m in _END.finditer(text):
        if m.group(0).startswith("\n"):
            _add(out, text, start, m.start(), para)
            start = m.end()
            para += 1
            continue
        before = text[start:m.start()].rsplit(None, 1)
        last = before[-1].lower().rstrip(".") if before else ""
        if m.group(0) == "." and (last in _ABBREV or (len(last) == 1 and "a" <= last <= "z")):
            continue
        nxt = text[m.end():m.end() + 3].lstrip()
        if nxt and nxt[0].islower():
            continue
        _add(out, text, start, m.end(), para)
        start = m.end()
    _add(out, text, start, len(text), para)
    return out


MAX_CHARS = 600  # longer "sentences" (lists, text without punctuation) are cut: keeps every regex linear


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while end - start > MAX_CHARS:
        window = text[start:start + MAX_CHARS]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_CHARS // 2 else (window.rfind(" ") if window.rfind(" ") > MAX_CHARS // 2
                                                     else MAX_CHARS)
        _add_one(out, text, start, start + cut, para)
        start += cut
    _add_one(out, text, start, end, para)


def _add_one(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + (len(chunk) - len(chunk.lstrip()))
    out.append(Sentence(stripped, s, s + len(stripped), para))
