"""Casualty counts on real local news: the Gun Violence Archive set in ``../shared/golddata/gva_news_casualties``.

Usage:
    python bench/eval_counts.py                 # the val split (210 articles): for tuning and reading misses
    python bench/eval_counts.py --split test    # the test split (492): for measuring only
    python bench/eval_counts.py --misses        # val misses (never for test)

Each article reports one shooting; its gold is the incident's killed/injured figures from the archive's
database (distant labels, some noise). The article's prediction is the largest toll among its events
(the incident the article is about), 0 when it has events without a toll, and 0 when it has no
event. Printed: exact accuracy of killed and of injured over all articles, over those with gold > 0,
and how often the extractor gives a toll where the gold has none. Texts stay in ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.events.pipeline import extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402

FILES = {"val": ("X_val.json", "y_val.json"), "test": ("X_test.json", "y_test.json")}


def load(shared: Path, split: str) -> list[tuple[dict, dict]]:
    folder = shared / "golddata" / "gva_news_casualties"
    xs, ys = (json.loads((folder / name).read_text(encoding="utf-8")) for name in FILES[split])
    return [(x, y) for x, y in zip(xs, ys, strict=True) if (x.get("text") or "").strip()]


def predict(x: dict, i: int) -> tuple[int, int, list]:
    doc = Document(doc_id=f"gva{i}", text=x["text"], published=x.get("publish_date"), language="en")
    events = extract_events(doc)
    killed = max((e.fatalities or 0 for e in events), default=0)
    injured = max((e.injuries or 0 for e in events), default=0)
    return killed, injured, events


def score(pairs: list[tuple[dict, dict]], show_misses: bool = False) -> dict:
    n = len(pairs)
    ok_k = ok_i = pos_k = pos_i = hit_k = hit_i = spurious_k = neg_k = no_event = 0
    for i, (x, y) in enumerate(pairs):
        k, inj, events = predict(x, i)
        no_event += not events
        gk, gi = y["n_killed"], y["n_injured"]
        ok_k += k == gk
        ok_i += inj == gi
        if gk > 0:
            pos_k += 1
            hit_k += k == gk
        else:
            neg_k += 1
            spurious_k += k > 0
        if gi > 0:
            pos_i += 1
            hit_i += inj == gi
        if show_misses and (k != gk or inj != gi):
            lead = max(events, key=lambda e: (e.fatalities or 0, e.injuries or 0), default=None)
            ev = lead.evidence[:160].replace("\n", " ") if lead else "(no event)"
            print(f"gva{i}: gold killed {gk} injured {gi}; pred {k}/{inj}: {ev}")
    return {"articles": n, "killed_acc": ok_k / n, "injured_acc": ok_i / n,
            "killed_acc_pos": hit_k / max(pos_k, 1), "injured_acc_pos": hit_i / max(pos_i, 1),
            "killed_pos": pos_k, "injured_pos": pos_i, "spurious_killed": spurious_k / max(neg_k, 1),
            "no_event": no_event / n}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--split", default="val", choices=tuple(FILES))
    ap.add_argument("--misses", action="store_true", help="list val misses")
    args = ap.parse_args(argv)
    if not (args.shared / "golddata" / "gva_news_casualties").is_dir():
        print(f"{args.shared} has no golddata/gva_news_casualties", file=sys.stderr)
        return 2
    if args.misses and args.split != "val":
        print("misses are for the val split only", file=sys.stderr)
        return 2
    r = score(load(args.shared, args.split), show_misses=args.misses)
    print(f"gva {args.split}: {r['articles']} articles; killed exact {r['killed_acc']:.3f} "
          f"(on {r['killed_pos']} with deaths {r['killed_acc_pos']:.3f}); injured exact {r['injured_acc']:.3f} "
          f"(on {r['injured_pos']} with injuries {r['injured_acc_pos']:.3f}); toll where none "
          f"{r['spurious_killed']:.3f}; no event {r['no_event']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
