#!/usr/bin/env python3
"""Tune how the learned detector and typer stack with the rules, on ../shared/eval/dev only.

    python scripts/tune_thresholds.py [--shared ../shared]   # writes extractors/learn/data/thresholds.json

A small grid over the detector's veto ("keep": below it a rule's trigger is dropped), its own candidates ("add":
at or above it a sentence without a rule becomes a candidate), the bonus the rules' sub-type gets over the
typing model ("rule_bonus_strong" / "rule_bonus_weak") and whether the same-incident model settles the
grouping cases the rules cannot ("group": its threshold, or None for the rules alone). The objective is dev event F1 plus event-type accuracy,
with at most 10 % of negative documents giving an event. Devtest, CASE and held-back data are never read here.
Features and model outputs are cached per sentence, so the grid runs the pipeline's cheap parts only.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_events  # noqa: E402

from extractors.events import learned  # noqa: E402
from extractors.events.pipeline import Options  # noqa: E402
from extractors.learn.linear import DATA  # noqa: E402

GRID = {
    "keep": (0.05, 0.15, 0.3),
    "add": (0.8, 0.9, 1.01),
    "rule_bonus": ((1.0, 0.5), (2.0, 1.0), (3.0, 1.5)),
    "group": (None, 0.1),  # None: the grouping rules alone; else the same-incident model below this p
}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    learned.sentence_features = functools.lru_cache(maxsize=None)(learned.sentence_features)
    scores: dict[bytes, float | None] = {}
    model_p = learned.p_event

    def p_event(idx):
        key = idx.tobytes()
        if key not in scores:
            scores[key] = model_p(idx)
        return scores[key]

    learned.p_event = p_event
    best = None
    for keep, add, (strong, weak), group in itertools.product(GRID["keep"], GRID["add"], GRID["rule_bonus"],
                                                              GRID["group"]):
        trial = {"keep": keep, "add": add, "rule_bonus_strong": strong, "rule_bonus_weak": weak, "model": 0.5,
                 "group": group}
        learned.thresholds = lambda t=trial: t
        r = eval_events.score_set(args.shared, "dev", Options())
        ok = r["negative_documents_with_events"] <= 0.1 * r["negative_documents"]
        score = r["event_f1"] + (r["field_accuracy"].get("event_type") or 0.0)
        print(f"{trial}  F1 {r['event_f1']:.3f} type {r['field_accuracy'].get('event_type') or 0:.3f} "
              f"neg {r['negative_documents_with_events']}/{r['negative_documents']}", flush=True)
        if ok and (best is None or score > best[0] + 1e-9):
            best = (score, trial)
    if best is None:
        print("no setting keeps negatives within 10 %", file=sys.stderr)
        return 1
    path = DATA / "thresholds.json"
    path.write_text(json.dumps(best[1], indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"best {best[1]} -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
