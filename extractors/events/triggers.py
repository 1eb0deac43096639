"""The trigger rules of a lexicon applied to a sentence: which event types its words report, and where.

A rule is tried only when the sentence holds one of its key prefixes (English rules carry them: a set test
is much cheaper than a large case-insensitive alternation); rules without keys are always tried.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from extractors.lexicons import Lexicon


class Trigger(NamedTuple):
    event_type: str
    sub_event_type: str
    strength: int  # 2: the words alone report a violent event; 1: they need support
    start: int  # offset of the trigger word in the sentence


def prefixes(sentence: str, lex: Lexicon) -> set[str] | None:
    return lex.prefixes(sentence) if lex.prefixes is not None else None


def classify_all(sentence: str, lex: Lexicon, pre: set[str] | None = None) -> Iterator[Trigger]:
    """Every matching rule, most specific first (memoized: detection and the learned features both ask)."""
    yield from _all(sentence, lex)


@functools.lru_cache(maxsize=4096)
def _all(sentence: str, lex: Lexicon) -> tuple[Trigger, ...]:
    pre = prefixes(sentence, lex)
    out = []
    for pattern, etype, sub, strength, keys, extra in lex.rules:
        if keys is not None and pre is not None and keys.isdisjoint(pre) and (extra is None or extra.isdisjoint(pre)):
            continue
        m = pattern.search(sentence)
        if m:
            start = next((m.start(i) for i in range(1, (m.lastindex or 0) + 1) if m.start(i) >= 0), m.start())
            out.append(Trigger(etype, sub, strength, start))
    return tuple(out)


def classify(sentence: str, lex: Lexicon) -> Trigger | None:
    """The first (most specific) matching rule, or None."""
    return next(classify_all(sentence, lex), None)
