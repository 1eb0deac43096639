"""Stage 6, type: the incident's ACLED event type and sub-event type.

The grouping stage starts from the most specific trigger of the incident's sentences; here the article's
context decides what a trigger alone cannot: a generic "attack" is a battle when its target is armed
(soldiers, a checkpoint, a guarded prison) and violence against civilians otherwise; territory "taken"
after the other side left is a non-violent transfer, and who took it decides between "Government regains"
and "Non-state actor overtakes". The learned typer's probabilities, when present, settle sentences the
rules leave generic.
"""

from __future__ import annotations

import re

import numpy as np

from extractors.actors import dictionary as act
from extractors.events import learned
from extractors.events.drafts import Draft
from extractors.events.triggers import classify
from extractors.lexicons import Lexicon

GENERIC_SUBS = {"Attack", "Armed clash"}
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
_ARMED_TYPES = ("state forces", "rebel group", "political militia", "external/other", "identity militia")


def attack_or_clash(texts: list[str], a1, a2, lex: Lexicon) -> tuple[str, str]:
    """Attacks on armed actors are battles; attacks on civilians are violence against civilians."""
    joined = " ".join(texts[:2])
    if lex.armed_on.search(joined):
        return "battles", "Armed clash"
    if a2 is not None:
        if a2.type == "civilians":
            return "violence_against_civilians", "Attack"
        if a2.type in _ARMED_TYPES:
            return "battles", "Armed clash"
    if lex.clash_words.search(joined) or lex.armed_target.search(texts[0]):
        return "battles", "Armed clash"
    return "violence_against_civilians", "Attack"


def _taker(text: str, country: str | None, lex: Lexicon):
    """The actor that took the territory: the first one named in the trigger's clause ("After clashes with
    the army, militants seized the town"; "el Ejército expulsa a yihadistas y recupera la ciudad")."""
    trig = classify(text, lex)
    if trig is None:
        return None
    parts = list(lex.clause.finditer(text, 0, trig.start))
    clause_start = parts[-1].end() if parts else 0
    before = [m for m in act.find_actors(text, country, lex) if clause_start <= m.start and m.end <= trig.start]
    if not before:
        before = [m for m in act.find_actors(text, country, lex) if m.end <= trig.start][-1:]
    return before[0] if before else None


def _rule_type(d: Draft, a1, a2, country: str | None, lex: Lexicon, sub: str) -> tuple[str, str]:
    texts = [s.text for s in d.sentences]
    etype = learned.SUB_TO_TYPE[sub]
    if sub in GENERIC_SUBS:
        return attack_or_clash(texts, a1, a2, lex)
    if sub in _TERRITORY and lex.unopposed.search(" ".join(texts[:2])):
        return "strategic_developments", "Non-violent transfer of territory"
    if sub in _TERRITORY:
        taker = _taker(d.anchor.text, country, lex) or a1
        if taker is not None:
            sub = "Government regains territory" if taker.type == "state forces" else \
                "Non-state actor overtakes territory"
    return etype, sub


def model_scores(d: Draft) -> dict[str, float] | None:
    """The typing model's sub-type probabilities for the incident: its anchor counts double."""
    idxs = [c.features for c in d.candidates if c.features is not None]
    if not idxs:
        return None
    weights = [2.0 if i == 0 else 1.0 for i in range(len(idxs))]
    return learned.type_scores(idxs, weights)


def refine_type(d: Draft, a1, a2, country: str | None, lex: Lexicon, mode: str = "combined") -> tuple[str, str]:
    """Rules alone, the typing model alone, or both: the model's probabilities with a bonus for the rules'
    choice (larger when the rule's trigger is specific), so that a clear rule wins ties and a clear model
    overrules a generic trigger."""
    rule = _rule_type(d, a1, a2, country, lex, d.sub_event_type)
    scores = model_scores(d) if mode != "rules" else None
    if scores is None:
        return rule
    if mode == "model":
        best = max(scores, key=scores.get)
        return _rule_type(d, a1, a2, country, lex, best) if best in _TERRITORY else (learned.SUB_TO_TYPE[best], best)
    bonus = learned.thresholds()["rule_bonus_strong" if d.strength >= 2 else "rule_bonus_weak"]
    combined = {sub: np.log(max(p, 1e-6)) + (bonus if sub == rule[1] else 0.0) for sub, p in scores.items()}
    best = max(combined, key=combined.get)
    if best == rule[1]:
        return rule
    return _rule_type(d, a1, a2, country, lex, best) if best in _TERRITORY else (learned.SUB_TO_TYPE[best], best)


def state_first(etype: str, a1, a2, evidence: str, lex: Lexicon):
    """In a battle "between" (or a joint operation of) state forces and another side, the state is actor1."""
    if etype == "battles" and a1 is not None and a2 is not None and a2.type == "state forces" \
            and a1.type != "state forces" and re.search(lex.actors.joint, evidence, re.I):
        return a2, a1
    return a1, a2
