"""Score the event extractor on the shared dev set and on CASE 2021 Task 2 snippets.

Usage: python bench/eval_events.py [--shared ../shared] [--dev-only | --case-only] [--misses]

Runs the real extractor (``extractors.events.extract_events``) plus ``assign_clusters`` and scores with the
shared scorers, imported by path so the figures match ``score_events.py`` / ``score_case.py`` exactly.
Predictions are written to a temporary directory only; no shared text is stored in the project.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.dedup import assign_clusters  # noqa: E402
from extractors.events.pipeline import extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402


def load_scorer(shared: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, shared / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_predictions(shared: Path) -> list[dict]:
    rows = []
    events = []
    for line in (shared / "eval" / "dev" / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            doc = Document(doc_id=d["doc_id"], text=d["text"], url=d.get("url"), published=d.get("published"))
            events.extend(extract_events(doc))
    for ev in assign_clusters(events):
        rows.append(ev.to_dict())
    return rows


def score_dev(shared: Path) -> dict:
    scorer = load_scorer(shared, "score_events")
    rows = dev_predictions(shared)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return scorer.score(str(shared / "eval" / "dev" / "gold.jsonl"), str(pred))


def case_predictions(shared: Path) -> list[dict]:
    scorer = load_scorer(shared, "score_case")
    tsv = shared / "golddata" / "case2021_task2_acled" / "task2_dev.tsv"
    rows = []
    for r in scorer.read_tsv(str(tsv)):
        doc = Document(doc_id=str(r["id"]), text=r["EventSnippet"])
        rows.extend(ev.to_dict() for ev in extract_events(doc))
    return rows


def score_case(shared: Path) -> dict:
    scorer = load_scorer(shared, "score_case")
    tsv = shared / "golddata" / "case2021_task2_acled" / "task2_dev.tsv"
    rows = case_predictions(shared)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return scorer.score(str(tsv), str(pred))


def print_dev(result: dict) -> None:
    r = result
    print(f"documents {r['documents']}  gold events {r['gold_events']}  predicted {r['predicted_events']}")
    print(f"event P {r['event_precision']:.3f}  R {r['event_recall']:.3f}  F1 {r['event_f1']:.3f}")
    for f, acc in r["field_accuracy"].items():
        if acc is not None:
            print(f"  {f:15s} {acc:.3f}  (n={r['field_counts'][f]})")
    print(f"negative documents with events: {r['negative_documents_with_events']}/{r['negative_documents']}")
    print(f"dedup pairs P {r['dedup_pair_precision']:.3f}  R {r['dedup_pair_recall']:.3f}  "
          f"F1 {r['dedup_pair_f1']:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--dev-only", action="store_true")
    ap.add_argument("--case-only", action="store_true")
    args = ap.parse_args(argv)
    if not (args.shared / "eval").is_dir():
        print(f"{args.shared} has no eval/ folder", file=sys.stderr)
        return 2
    if not args.case_only:
        print("== dev (score_events.py) ==")
        print_dev(score_dev(args.shared))
    if not args.dev_only:
        print("== CASE 2021 task 2 (score_case.py) ==")
        res = score_case(args.shared)
        for k, v in res.items():
            if k != "per_label_f1":
                print(f"{k:24s} {v}")
        for k, v in sorted(res["per_label_f1"].items(), key=lambda kv: kv[1]):
            print(f"  {k:32s} {v:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
