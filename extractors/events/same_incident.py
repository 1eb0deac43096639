"""The learned half of grouping: does a candidate sentence tell the incident before it, or a new one?

The grouping stage's rules settle the clear cases (an explicit marker such as "in another attack", a
different day, a toll-only sentence). Where they can only guess — no marker, the same or no place, a
different kind of violence, a new weapon or actor pair — a small logistic regression over the cues the rules
read decides instead: ``pair_symbols`` turns a (candidate, incident) pair into symbols, ``p_same`` scores them
with the shipped model ``extractors/learn/data/group.npz``, trained by ``scripts/train_models.py`` on the
project's own gold articles (``training/data/*/articles_*.jsonl``).
"""

from __future__ import annotations

import functools
import re

import numpy as np

from extractors.events.drafts import Candidate, Draft, Segmented
from extractors.learn import features as fx
from extractors.learn.linear import Linear, load

BITS = 12
GROUP_VERSION = 1
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _words(text: str) -> set[str]:
    return {w[:6] for w in _CONTENT.findall(fx.normalize(text))}


def pair_symbols(c: Candidate, cur: Draft, seg: Segmented, *, marker: bool, distinct_date: bool,
                 place_same: bool | None) -> list[str]:
    t = c.trigger
    out = [f"marker:{marker}", f"date:{'distinct' if distinct_date else 'same' if c.date.date and c.date.date == cur.date else 'unknown'}",
           f"place:{place_same}", f"type:{t.event_type == cur.event_type}",
           f"sub:{t.sub_event_type == cur.sub_event_type}", f"strength:{t.strength}",
           f"counts:{bool(c.counts)}", f"weak:{c.weak}", f"etype:{t.event_type}",
           f"family:{(t.event_type in ('protests', 'riots')) == (cur.event_type in ('protests', 'riots'))}"]
    last = cur.candidates[-1]
    gap = c.index - last.index
    out.append(f"gap:{min(gap, 4)}")
    out.append(f"paragraph:{c.sentence.paragraph != last.sentence.paragraph}")
    seen = set().union(*(_words(x.sentence.text) for x in cur.candidates))
    mine = _words(c.sentence.text)
    overlap = len(mine & seen) / max(1, len(mine))
    out.append(f"overlap:{min(int(overlap * 5), 4)}")
    out.append(f"size:{min(len(cur.candidates), 3)}")
    out.append(f"lang:{seg.lang}")
    return out


@functools.lru_cache(maxsize=1)
def model() -> Linear | None:
    m = load("group")
    return m if m is not None and m.meta.get("group_version") == GROUP_VERSION else None


def p_same(symbols: list[str]) -> float | None:
    m = model()
    if m is None:
        return None
    return float(m.proba(fx.hashed(symbols, BITS))[1])


def as_vector(symbols: list[str]) -> np.ndarray:
    return fx.hashed(symbols, BITS)
