"""Score the extractor on the project's own labelled articles (training/data/<lang>/articles_*.jsonl).

Usage: python bench/eval_own.py [--lang fr] [--misses] [--heldout] [--shared ../shared]

The articles are written for the project (training/GUIDE.md), in the gold format of ../shared/eval, so the
shared scorer reads them. They are also training data for the learned stages: figures here are not
held-out accuracy, only a check that a lexicon or rule change does what it should in each language.

``--heldout`` scores training/heldout/<lang>/articles_*.jsonl instead: articles written for the project in the
same format by someone who did not read the extractor, never trained on (scripts/train_models.py reads only
training/data). Its misses may be read to find classes of error; a fix must name the class, not the phrase.
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

from extractors import assign_clusters, extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402


def articles(lang: str | None, folder: str = "data") -> list[dict]:
    out = []
    for f in sorted((ROOT / "training" / folder).glob("*/articles_*.jsonl")):
        if lang and f.parent.name != lang:
            continue
        out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--heldout", action="store_true", help="training/heldout instead of training/data")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args(argv)
    spec = importlib.util.spec_from_file_location("score_events", Path(args.shared) / "eval" / "score_events.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    arts = articles(args.lang, "heldout" if args.heldout else "data")
    events = []
    for a in arts:
        events += extract_events(Document(doc_id=a["doc_id"], text=a["text"], published=a.get("published"),
                                          language=a.get("lang")))
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        gold.write_text("".join(json.dumps({"doc_id": a["doc_id"], "cluster": None, **a}) + "\n" for a in arts))
        pred.write_text("".join(json.dumps(e.to_dict()) + "\n" for e in assign_clusters(events)))
        r = scorer.score(str(gold), str(pred))
        print(f"{len(arts)} articles  gold {r['gold_events']}  predicted {r['predicted_events']}  "
              f"P {r['event_precision']:.3f} R {r['event_recall']:.3f} F1 {r['event_f1']:.3f}  "
              f"negatives with events {r['negative_documents_with_events']}/{r['negative_documents']}")
        print("  " + "  ".join(f"{k} {v:.2f}" for k, v in r["field_accuracy"].items() if v is not None))
        if args.misses:
            preds = scorer.load_predictions(str(pred))
            for a in arts:
                ps = preds.get(a["doc_id"], [])
                pairs = scorer.match(a["events"], ps)
                for g, p in pairs:
                    bad = [f for f in scorer.FIELDS if scorer.agree(f, g, p) is False]
                    if bad:
                        print(f"{a['doc_id']} WRONG {bad}: gold {[g.get(f) for f in bad]} pred {[p.get(f) for f in bad]}"
                              f"\n    {p.get('evidence', '')[:140]}")
                for g in a["events"]:
                    if not any(g is x for x, _ in pairs):
                        print(f"{a['doc_id']} MISS {g['sub_event_type']}: {g['evidence'][:140]}")
                for p in ps:
                    if not any(p is y for _, y in pairs):
                        print(f"{a['doc_id']} EXTRA {p['sub_event_type']}: {p['evidence'][:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
