"""Stage 1, segment: a document's language, its lexicon and its sentences.

The language is the document's own (the page's declared one) when given; otherwise a cheap function-word
test recognises the lexicons' languages and ``extractors.text.lang`` decides the rest. A language without a
lexicon gives None: the pipeline then yields no events, and the article row keeps its language.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.events.drafts import Options, Segmented
from extractors.lexicons import LANGUAGES, lexicon
from extractors.lexicons.function_words import FUNCTION_WORDS
from extractors.records import Document
from extractors.text.sentences import Sentence, split_sentences
from extractors.text.truecase import restore

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def _function_word_language(text: str) -> str | None:
    """The lexicon language whose function words make up a fifth of the opening words, if any."""
    words = _LETTERS.findall(text[:1500].lower())
    if len(words) < 12:
        return None
    best, share = None, 0.0
    for code in LANGUAGES:
        table = FUNCTION_WORDS.get(code)
        if not table:
            continue
        s = sum(w in table for w in words) / len(words)
        if s > share:
            best, share = code, s
    return best if share >= 0.2 else None


def language_of(doc: Document) -> str | None:
    """ISO 639-1 code of the document's language (declared, else detected), or None when unknown."""
    if doc.language:
        return doc.language.lower().replace("_", "-").split("-")[0]
    text = doc.text or ""
    guess = _function_word_language(text)
    if guess is not None:
        return guess
    try:
        from extractors.text.lang import detect_language
    except ImportError:
        return None
    try:
        return detect_language(text[:2000])
    except Exception:  # language detection must never stop extraction
        return None


def _date_of(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def segment(doc: Document, options: Options | None = None) -> Segmented | None:
    """The document cut into sentences with its lexicon, or None when its language has no lexicon."""
    text = doc.text or ""
    if not text.strip():
        return None
    lang = language_of(doc)
    if lang in (None, "en"):
        text = restore(text)  # wire copy: upper case re-cased, wrapped lines joined; same length, same offsets
    lex = lexicon(lang or "en") if lang is None else lexicon(lang)
    if lex is None:
        return None
    sentences = split_sentences(text)
    datelines = []
    for s in split_sentences(text[:600])[:4]:
        m = lex.dateline.match(s.text)
        if m:
            datelines.append((s.start, s.start + m.end()))
    return Segmented(doc=doc, text=text, lang=lex.lang, lex=lex, sentences=sentences,
                     published=_date_of(doc.published), datelines=datelines, options=options or Options())


def is_headline(s: Sentence, idx: int) -> bool:
    """A title line: among the first lines, no final punctuation, short."""
    return idx <= 2 and s.paragraph <= 2 and not s.text.rstrip().endswith((".", "!", "?", '"', "\u201d", "\u061f")) \
        and len(s.text.split()) <= 20
