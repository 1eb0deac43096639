"""Main-text cleaning quality on ../shared/golddata/scrapinghub_aeb, scored by ../shared/eval/score_text.py.

Runs ``extractors.text.clean.clean_html`` over the 181 benchmark pages and, as the baseline of the same run,
plain ``trafilatura.extract()`` with its defaults; prints shingle precision/recall/F1 of both, the ratio,
and pages per second. Optionally checks titles and dates on ../shared/golddata/trafilatura_eval_en.

    python bench/eval_text.py [--shared ../shared] [--no-baseline] [--write-pred PATH] [--titles]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.errors import CleaningError  # noqa: E402
from extractors.text.clean import clean_html  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_text", shared / "eval" / "score_text.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(mod, gold: dict, pred: dict) -> dict:
    """The scorer's own arithmetic (per-page normalised counts, averaged P and R, F1 of the averages)."""
    precisions, recalls = [], []
    for key, item in gold.items():
        tp, fp, fn = mod.page_counts(item.get("articleBody"), (pred.get(key) or {}).get("articleBody"))
        if fp == fn == 0 and tp:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load_pages(shared: Path) -> tuple[dict, dict[str, str]]:
    base = shared / "golddata" / "scrapinghub_aeb"
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for key in gold:
        with gzip.open(base / "html" / f"{key}.html.gz", "rb") as fh:
            pages[key] = fh.read()
    return gold, pages


def run_clean(gold: dict, pages: dict) -> tuple[dict, float, int]:
    pred, failed = {}, 0
    t0 = time.perf_counter()
    for key, body in pages.items():
        try:
            art = clean_html(body, gold[key]["url"])
            pred[key] = {"articleBody": art.text}
        except CleaningError:
            failed += 1
    return pred, time.perf_counter() - t0, failed


def run_baseline(gold: dict, pages: dict) -> tuple[dict, float]:
    import trafilatura

    from extractors.text.clean import decode_html

    pred = {}
    t0 = time.perf_counter()
    for key, body in pages.items():
        html, _ = decode_html(body)
        pred[key] = {"articleBody": trafilatura.extract(html, url=gold[key]["url"]) or ""}
    return pred, time.perf_counter() - t0


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def check_trafilatura_eval(shared: Path, baseline: bool = True) -> None:
    """Snippets that must / must not be in the text, gold titles and dates (trafilatura_eval_en)."""
    import trafilatura

    from extractors.text.clean import decode_html

    base = shared / "golddata" / "trafilatura_eval_en"
    if not base.is_dir():
        return
    gold = json.loads((base / "evaldata_en.json").read_text(encoding="utf-8"))
    ours = {"tp": 0, "fn": 0, "fp": 0, "tn": 0}
    theirs = dict(ours)
    titles = dates = title_n = date_n = failed = 0
    for url, g in gold.items():
        with gzip.open(base / "html" / g["file"], "rb") as fh:
            body = fh.read()
        try:
            art = clean_html(body, url)
            text, title, date = art.text, art.title, art.published
        except CleaningError:
            failed += 1
            text, title, date = "", None, None
        outs = [(ours, _norm(text))]
        if baseline:
            html, _ = decode_html(body)
            outs.append((theirs, _norm(trafilatura.extract(html, url=url) or "")))
        for counts, out in outs:
            for snip in g.get("with") or ():
                counts["tp" if _norm(snip) in out else "fn"] += 1
            for snip in g.get("without") or ():
                counts["fp" if _norm(snip) in out else "tn"] += 1
        if g.get("title"):
            title_n += 1
            titles += _norm(g["title"]) == _norm(title) or (bool(title) and _norm(title) in _norm(g["title"]))
        if g.get("date"):
            date_n += 1
            dates += (date or "")[:10] == g["date"][:10]

    def f1(c: dict) -> tuple[float, float, float]:
        p = c["tp"] / max(c["tp"] + c["fp"], 1)
        r = c["tp"] / max(c["tp"] + c["fn"], 1)
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    p, r, f = f1(ours)
    print(f"trafilatura_eval_en: {len(gold)} pages, {failed} CleaningError; snippets P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if baseline:
        bp, br, bf = f1(theirs)
        print(f"  trafilatura.extract() defaults (baseline): P {bp:.3f} R {br:.3f} F1 {bf:.3f}; "
              f"ratio F1 x{f / max(bf, 1e-9):.3f}")
    print(f"  title exact (or a trimmed part of the gold): {titles}/{title_n} = {titles / max(title_n, 1):.3f}; "
          f"date exact: {dates}/{date_n} = {dates / max(date_n, 1):.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--write-pred", type=Path, default=None, help="save predictions for score_text.py")
    ap.add_argument("--metadata", action="store_true",
                    help="also check snippets, titles and dates on golddata/trafilatura_eval_en")
    args = ap.parse_args(argv)
    if not (args.shared / "golddata" / "scrapinghub_aeb").is_dir():
        print("missing ../shared/golddata/scrapinghub_aeb", file=sys.stderr)
        return 2
    mod = _scorer(args.shared)
    gold, pages = load_pages(args.shared)
    pred, secs, failed = run_clean(gold, pages)
    ours = score(mod, gold, pred)
    print(f"clean_html: {len(pages)} pages, {failed} CleaningError, P {ours['precision']:.3f} "
          f"R {ours['recall']:.3f} F1 {ours['f1']:.3f}, {len(pages) / secs:.1f} pages/s")
    if not args.no_baseline:
        bpred, bsecs = run_baseline(gold, pages)
        base = score(mod, gold, bpred)
        print(f"trafilatura.extract() defaults (baseline): P {base['precision']:.3f} R {base['recall']:.3f} "
              f"F1 {base['f1']:.3f}, {len(pages) / bsecs:.1f} pages/s")
        print(f"ratio clean_html/baseline: F1 x{ours['f1'] / base['f1']:.3f}, speed x{bsecs / secs:.2f}")
    if args.metadata:
        check_trafilatura_eval(args.shared, baseline=not args.no_baseline)
    if args.write_pred:
        args.write_pred.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
