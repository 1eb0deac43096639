"""The learned half of detection and typing: linear models over a sentence's words and what the rules saw.

Features (``sentence_features``) are the sentence's hashed words and character n-grams
(``extractors.learn.features``) plus symbols from the rule stages, the same in every language: which trigger
rules fired ("r:Armed clash", "r2:" for strong ones), which filters matched (threat or plan, negation, old
background, running total, accident, caption), whether the sentence states a count, a date, an actor, and
whether it is shaped like a headline. Two models are trained on them by ``scripts/train_models.py`` from the
project's own sentences (``training/data``):

    detect   P(the sentence reports a specific event that happened)
    typing   P(sub-event type | the sentence reports an event)

The models stack with the rules rather than replace them: a rule's trigger plus a confident detector keeps
a candidate, a confident detector alone adds one, a low score vetoes a rule's false alarm (the thresholds
are tuned on ../shared/eval/dev and stored with the model).
"""

from __future__ import annotations

import functools
import json

import numpy as np

from extractors.actors import dictionary as act
from extractors.events.counts import is_aggregate, sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.triggers import classify_all
from extractors.learn import features as fx
from extractors.learn.linear import DATA, Linear, load
from extractors.lexicons import Lexicon
from extractors.records import EVENT_TYPES

FEATURES_VERSION = 1  # bump when sentence_features changes: the shipped models must then be retrained
SUB_TYPES = tuple(sub for subs in EVENT_TYPES.values() for sub in subs)
SUB_TO_TYPE = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}
BITS = 18


def _headline_shape(text: str) -> bool:
    t = text.rstrip()
    return not t.endswith((".", "!", "?", '"', "\u201d", "\u061f", "\u00bb")) and len(t.split()) <= 20


def rule_symbols(text: str, lex: Lexicon, published: str | None = None) -> list[str]:
    """What the rule stages see in one sentence, as feature symbols (language-independent)."""
    out = []
    hits = list(classify_all(text, lex))
    for i, t in enumerate(hits[:4]):
        out.append(f"r:{t.sub_event_type}")
        if i == 0:
            out.append(f"r1:{t.sub_event_type}")
            out.append(f"rs:{t.strength}")
            before = text[:t.start]
            clause = lex.clause.split(before)[-1]
            if lex.hypothetical.search(clause):
                out.append("f:hypothetical")
            if lex.negated.search(before[-40:]):
                out.append("f:negated")
    if not hits:
        out.append("r:none")
    if lex.old.search(text):
        out.append("f:old")
    if lex.since.search(text) or is_aggregate(text, lex):
        out.append("f:total")
    if lex.accident.search(text) and not lex.hostile.search(text):
        out.append("f:accident")
    if lex.caption.search(text):
        out.append("f:caption")
    if lex.called_off.search(text):
        out.append("f:called_off")
    counts = sentence_counts(text, lex)
    out += sorted({f"c:{c.kind}" for c in counts})
    if any(c.value == 0 for c in counts):
        out.append("c:none")
    date, precision, found = resolve_date(text, published, lex)
    if found:
        out.append(f"d:{precision or 'found'}")
    mentions = act.find_actors(text, None, lex)
    out += sorted({f"a:{m.kind}" for m in mentions})
    if lex.lethal.search(text):
        out.append("k:lethal")
    if _headline_shape(text):
        out.append("h:headline")
    return out


def sentence_features(text: str, lex: Lexicon, published: str | None = None) -> np.ndarray:
    return fx.vectorize(text, rule_symbols(text, lex, published), BITS)


@functools.lru_cache(maxsize=1)
def models() -> tuple[Linear | None, Linear | None]:
    """(detector, typer), or None for a model that is not shipped or was trained on other features."""
    out = []
    for name in ("detect", "typing"):
        m = load(name)
        out.append(m if m is not None and m.meta.get("features_version") == FEATURES_VERSION else None)
    return out[0], out[1]


def p_event(idx: np.ndarray) -> float | None:
    detector, _ = models()
    return None if detector is None else float(detector.proba(idx)[1])


def type_scores(idxs: list[np.ndarray], weights: list[float]) -> dict[str, float] | None:
    """Sub-event type probabilities of an incident from its sentences' features (weighted logits)."""
    _, typer = models()
    if typer is None or not idxs:
        return None
    z = sum(w * typer.logits(i) for i, w in zip(idxs, weights, strict=True)) / sum(weights)
    z = z - z.max()
    p = np.exp(z)
    p /= p.sum()
    return {c: float(v) for c, v in zip(typer.classes, p, strict=True)}


@functools.lru_cache(maxsize=1)
def thresholds() -> dict[str, float | None]:
    """How the models stack with the rules (tuned on ../shared/eval/dev by scripts/tune_thresholds.py)."""
    defaults = {"keep": 0.15, "add": 0.85, "model": 0.5, "rule_bonus_strong": 2.0, "rule_bonus_weak": 1.0,
                "group": None}
    path = DATA / "thresholds.json"
    tuned = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return {**defaults, **tuned}
