"""Score the event extractor on the shared sets (dev, devtest, CASE 2021 Task 2) with the shared scorers.

Usage:
    python bench/eval_events.py                       # dev + CASE dev half, combined pipeline
    python bench/eval_events.py --sets dev,devtest    # both event sets (devtest: for milestones only)
    python bench/eval_events.py --ablation            # rules / model / combined on dev, devtest and CASE
    python bench/eval_events.py --misses              # dev misses (never for devtest: it is not for tuning)
Options: --mode rules|model|combined, --no-linguistic, --shared ../shared.

Runs the real extractor (``extract_events``) plus ``assign_clusters`` and scores with the shared scorers,
imported by path so the figures match ``score_events.py`` / ``score_case.py`` exactly. Predictions go to a
temporary directory only; no shared text is stored in the project. Event sets are also split by language
(English / other).
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
from extractors.events.pipeline import Options, extract_events  # noqa: E402
from extractors.records import Document  # noqa: E402

SETS = ("dev", "devtest")


def load_scorer(shared: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, shared / "eval" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _docs(shared: Path, name: str) -> list[dict]:
    path = shared / "eval" / name / "docs.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def predictions(shared: Path, name: str = "dev", options: Options | None = None) -> list[dict]:
    events = []
    for d in _docs(shared, name):
        doc = Document(doc_id=d["doc_id"], text=d["text"], url=d.get("url"), published=d.get("published"),
                       language=d.get("language"))
        events.extend(extract_events(doc, options))
    return [ev.to_dict() for ev in assign_clusters(events)]


def _score(scorer, gold: list[dict], rows: list[dict]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "gold.jsonl", Path(tmp) / "pred.jsonl"
        g.write_text("".join(json.dumps(x) + "\n" for x in gold), encoding="utf-8")
        p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return scorer.score(str(g), str(p))


def score_set(shared: Path, name: str = "dev", options: Options | None = None, split: bool = False) -> dict:
    """The shared scorer's figures for one set; with ``split``, also {"en": ..., "other": ...} by language."""
    scorer = load_scorer(shared, "score_events")
    rows = predictions(shared, name, options)
    gold = [json.loads(line) for line in (shared / "eval" / name / "gold.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    result = _score(scorer, gold, rows)
    if split:
        lang = {d["doc_id"]: (d.get("language") or "en") for d in _docs(shared, name)}
        for part, keep in (("en", lambda x: x == "en"), ("other", lambda x: x != "en")):
            ids = {k for k, v in lang.items() if keep(v)}
            result[part] = _score(scorer, [g for g in gold if g["doc_id"] in ids],
                                  [r for r in rows if str(r["doc_id"]) in ids])
    return result


def score_dev(shared: Path, options: Options | None = None) -> dict:
    return score_set(shared, "dev", options)


def case_predictions(shared: Path, options: Options | None = None, half: str = "dev") -> list[dict]:
    scorer = load_scorer(shared, "score_case")
    tsv = shared / "golddata" / "case2021_task2_acled" / "task2_dev.tsv"
    rows = []
    for r in scorer.read_tsv(str(tsv)):
        doc = Document(doc_id=str(r["id"]), text=r["EventSnippet"], language="en")
        rows.extend(ev.to_dict() for ev in extract_events(doc, options))
    return rows


def score_case(shared: Path, options: Options | None = None) -> dict:
    scorer = load_scorer(shared, "score_case")
    tsv = shared / "golddata" / "case2021_task2_acled" / "task2_dev.tsv"
    rows = case_predictions(shared, options)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        return scorer.score(str(tsv), str(pred))


def line(r: dict) -> str:
    a = r["field_accuracy"]

    def f(k):
        return f"{a[k]:.2f}" if a.get(k) is not None else " -- "

    return (f"F1 {r['event_f1']:.3f} (P {r['event_precision']:.2f} R {r['event_recall']:.2f})  type {f('event_type')} "
            f"sub {f('sub_event_type')} date {f('event_date')} country {f('country')} admin1 {f('admin1')} "
            f"loc {f('location')} actor1 {f('actor1')} actor2 {f('actor2')} fat {f('fatalities')} "
            f"inj {f('injuries')}  neg {r['negative_documents_with_events']}/{r['negative_documents']}  "
            f"dedup {r['dedup_pair_f1']:.2f}")


def misses(shared: Path, options: Options | None = None) -> None:
    scorer = load_scorer(shared, "score_events")
    rows = predictions(shared, "dev", options)
    by_doc: dict[str, list] = {}
    for r in rows:
        by_doc.setdefault(str(r["doc_id"]), []).append(r)
    for line_ in (shared / "eval" / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line_)
        ps = by_doc.get(g["doc_id"], [])
        pairs = scorer.match(g["events"], ps)
        for ge, pe in pairs:
            bad = [k for k in scorer.FIELDS if scorer.agree(k, ge, pe) is False]
            if bad:
                print(f"{g['doc_id']} WRONG {bad}: gold {[ge.get(k) for k in bad]} pred {[pe.get(k) for k in bad]}")
        for ge in g["events"]:
            if not any(ge is x for x, _ in pairs):
                print(f"{g['doc_id']} MISS {ge['sub_event_type']}: {ge.get('evidence', '')[:120]}")
        for pe in ps:
            if not any(pe is y for _, y in pairs):
                print(f"{g['doc_id']} EXTRA {pe['sub_event_type']}: {pe.get('evidence', '')[:120]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="dev,case", help="comma list of dev, devtest, case")
    ap.add_argument("--mode", default="combined", choices=("combined", "rules", "model"))
    ap.add_argument("--no-linguistic", action="store_true")
    ap.add_argument("--ablation", action="store_true", help="rules / model / combined on dev, devtest and CASE")
    ap.add_argument("--misses", action="store_true", help="list dev misses")
    args = ap.parse_args(argv)
    if not (args.shared / "eval").is_dir():
        print(f"{args.shared} has no eval/ folder", file=sys.stderr)
        return 2
    modes = ("rules", "model", "combined") if args.ablation else (args.mode,)
    sets = ("dev", "devtest", "case") if args.ablation else tuple(args.sets.split(","))
    for mode in modes:
        opts = Options(mode=mode, linguistic=not args.no_linguistic)
        for name in sets:
            if name == "case":
                res = score_case(args.shared, opts)
                print(f"{mode:9s} case     weighted F1 {res['weighted_f1']:.3f} macro {res['macro_f1']:.3f}  "
                      f"non-conflict with event {res['non_conflict_with_event']}/{res['non_conflict_snippets']}")
                continue
            r = score_set(args.shared, name, opts, split=True)
            print(f"{mode:9s} {name:8s} {line(r)}")
            for part in ("en", "other"):
                print(f"{'':9s} {name + '/' + part:8s} {line(r[part])}")
    if args.misses:
        misses(args.shared, Options(mode=args.mode, linguistic=not args.no_linguistic))
    return 0


if __name__ == "__main__":
    sys.exit(main())
