"""The relevance gate: recall on gold sets, rejection on real pages, its cost, and backfill throughput.

    python bench/gate_bench.py                       # everything (~10 min on 2 busy cores)
    python bench/gate_bench.py --records 722 --skip-e2e

1. Recall: documents of ../shared/eval/dev and devtest with gold events (their texts as simple HTML:
   first line the title, one <p> per line) and the CASE 2021 dev snippets with an ACLED label; every
   miss is listed by id. (Thresholds were set on dev only; devtest and CASE are measured, never tuned on.)
2. Rejection on the mixed real-page set (the 181 pages of scrapinghub_aeb and the 180 of
   trafilatura_eval_en): each page labelled by the pipeline off-gate (events found or not); the share
   of pages without events that the gate rejects, and the gate's precision/recall against the labels.
3. Cost per page, in this process over the same pages: the gate against trafilatura with metadata.
4. End to end: a WARC of the mixed pages (repeated under distinct URLs, distinct bytes), backfilled
   through the real flow (Prefect, process pool) with and without the gate, against trafilatura
   alone on the same WARC and cores; pages/s, ratios and peak memory, all in this one run. Also with
   the gate and cold workers (``CONFLICT_EVENTS_WARM_WORKERS=0``: every worker spawned and warming up
   by itself, as before the fork server), to compare in the same run.
5. Steady state (``--steady N``, default 4 x 722): a larger WARC of the same pages, with the gate against
   trafilatura alone, so that start-up (workers, Prefect) weighs less; reported next to the short run,
   not instead of it. The pages repeat, so each worker also meets sentences it parsed already (spaCy
   parses are memoized per process): real archives repeat less.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import html as htmllib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
SHARED = ROOT.parent / "shared"
MIXED = [SHARED / "golddata" / "scrapinghub_aeb" / "html", SHARED / "golddata" / "trafilatura_eval_en" / "html"]
CASE = SHARED / "golddata" / "case2021_task2_acled" / "task2_dev.tsv"
CASE_CONFLICT = {"ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK",
                 "CHANGE_TO_GROUP_ACT", "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT",
                 "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL", "NON_STATE_ACTOR_OVERTAKES_TER",
                 "NON_VIOL_TERRIT_TRANSFER", "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER",
                 "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR"}  # the ACLED ("seen") labels


def as_html(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    return (f"<html><head><title>{htmllib.escape(lines[0])}</title></head><body>"
            + "".join(f"<p>{htmllib.escape(line)}</p>" for line in lines[1:]) + "</body></html>")


def recall_gold(name: str) -> tuple[int, int, list[str]]:
    from extractors.gate import gate

    folder = SHARED / "eval" / name
    docs = {d["doc_id"]: d for d in map(json.loads, (folder / "docs.jsonl").read_text().splitlines())}
    gold = [json.loads(line) for line in (folder / "gold.jsonl").read_text().splitlines() if line.strip()]
    with_events = [g["doc_id"] for g in gold if g["events"]]
    misses = [d for d in with_events if not gate(as_html(docs[d]["text"])).passed]
    return len(with_events) - len(misses), len(with_events), misses


def recall_case() -> tuple[int, int, list[str]]:
    from extractors.gate import gate

    with open(CASE, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["SubType"] in CASE_CONFLICT]
    misses = [f"{r['id']} ({r['SubType']})" for r in rows if not gate(as_html(r["EventSnippet"])).passed]
    return len(rows) - len(misses), len(rows), misses


def mixed_pages() -> list[tuple[str, bytes]]:
    return [(f"{d.parent.name}/{p.name}", gzip.decompress(p.read_bytes())) for d in MIXED
            for p in sorted(d.glob("*.html.gz"))]


def label_and_cost(pages: list[tuple[str, bytes]]) -> dict:
    """Events off-gate, the gate's verdict, and CPU per page of the gate and of trafilatura alone."""
    import trafilatura

    from extractors.gate import gate
    from extractors.records import Page
    from extractors.text.clean import decode_html
    from flows.pipeline import Options, process_pages

    off = Options(gate=False)
    labels, verdicts = {}, {}
    for name, body in pages:
        page = Page(url=f"https://mixed.example.org/{name}", fetched_at="2024-06-01T00:00:00+00:00", status=200,
                    content_type="text/html", body=body)
        labels[name] = process_pages([page], off).n_events > 0
    htmls = [decode_html(body)[0] for _, body in pages]
    t = time.process_time()
    for (name, body) in pages:
        verdicts[name] = gate(body)
    gate_cpu = (time.process_time() - t) / len(pages)
    t = time.process_time()
    for (name, _), html in zip(pages, htmls, strict=True):
        trafilatura.bare_extraction(html, url=f"https://mixed.example.org/{name}", with_metadata=True,
                                    include_comments=False, include_tables=False)
    traf_cpu = (time.process_time() - t) / len(pages)
    return {"labels": labels, "verdicts": verdicts, "gate_cpu": gate_cpu, "traf_cpu": traf_cpu}


def make_mixed_warc(path: Path, pages: list[tuple[str, bytes]], n: int) -> None:
    from flows.backfill.warc import write_warc

    def records():
        for i in range(n):
            name, body = pages[i % len(pages)]
            yield (f"https://mixed-{i % 13}.example.org/{i // len(pages)}/{name.replace('/', '-')}",
                   body + f"\n<!-- copy {i} -->\n".encode(), "text/html; charset=utf-8", 200)

    write_warc(path, records())


def backfill(path: Path, db: Path, workers: int, gate: bool, warm_workers: bool = True):
    from backfill_bench import PeakMemory, own_cpu_seconds

    from flows.backfill import flows
    from flows.settings import Settings

    settings = Settings(db_path=db, batch_size=200, progress=False, gate=gate)
    before = os.environ.get(flows.WARM_WORKERS_ENV)
    os.environ[flows.WARM_WORKERS_ENV] = "1" if warm_workers else "0"
    cpu0 = own_cpu_seconds()
    try:
        with PeakMemory() as mem:  # the fork server is a child too: its warm-up counts
            start = time.perf_counter()
            result = flows.run_flow(flows.backfill_warc_flow, [str(path)], settings, runner="process",
                                    workers=workers)
            secs = time.perf_counter() - start
    finally:
        if before is None:
            os.environ.pop(flows.WARM_WORKERS_ENV, None)
        else:
            os.environ[flows.WARM_WORKERS_ENV] = before
    return secs, result, mem, own_cpu_seconds() - cpu0 + mem.children_cpu


def _mb(n: float) -> str:
    return f"{n / 2**20:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=1083, help="Records in the end-to-end WARC [3 x 361].")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--skip-e2e", action="store_true", help="Recall, rejection and cost only.")
    ap.add_argument("--steady", type=int, default=None,
                    help="Records of the steady-state WARC [4 x --records]; 0 skips it.")
    ap.add_argument("--skip-nogate", action="store_true", help="Leave out the (slow) run without the gate.")
    ap.add_argument("--dir", default=None, help="Working directory (default: a temporary one).")
    args = ap.parse_args(argv)
    for var, value in (("DO_NOT_TRACK", "1"), ("PREFECT_SERVER_ANALYTICS_ENABLED", "false"),
                       ("PREFECT_LOGGING_LEVEL", "WARNING")):
        os.environ.setdefault(var, value)
    import logging

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    from extractors.gate import GATE_VERSION

    print(f"gate {GATE_VERSION}; load {os.getloadavg()[0]:.1f}", flush=True)
    for name in ("dev", "devtest"):
        ok, total, misses = recall_gold(name)
        print(f"RECALL {name}: {ok}/{total} documents with gold events pass = {ok / total:.1%} "
              f"(target >= 99 %); misses: {', '.join(misses) or 'none'}", flush=True)
    ok, total, misses = recall_case()
    print(f"RECALL CASE dev snippets with an ACLED label: {ok}/{total} = {ok / total:.1%} (target >= 98 %); "
          f"misses: {', '.join(misses) or 'none'}", flush=True)

    pages = mixed_pages()
    m = label_and_cost(pages)
    labels, verdicts = m["labels"], m["verdicts"]
    pos = [n for n, y in labels.items() if y]
    neg = [n for n, y in labels.items() if not y]
    rejected_neg = sum(not verdicts[n].passed for n in neg)
    passed = [n for n, v in verdicts.items() if v.passed]
    tp = sum(labels[n] for n in passed)
    print(f"MIXED {len(pages)} real pages: {len(pos)} with events off-gate, {len(neg)} without; "
          f"the gate passes {len(passed)}", flush=True)
    print(f"REJECTION of pages without events: {rejected_neg}/{len(neg)} = {rejected_neg / len(neg):.1%} "
          f"(target >= 70 %)")
    print(f"GATE vs off-gate labels: precision {tp / max(len(passed), 1):.1%}, recall {tp / max(len(pos), 1):.1%}; "
          f"pages with events it rejects: {', '.join(n.split('/')[-1][:40] for n in pos if not verdicts[n].passed)}")
    print(f"COST per page (CPU, this process): gate {m['gate_cpu'] * 1000:.1f} ms, trafilatura with metadata "
          f"{m['traf_cpu'] * 1000:.1f} ms: ratio {m['gate_cpu'] / m['traf_cpu']:.1%} (target <= 10 %)", flush=True)
    if args.skip_e2e:
        return 0

    from backfill_bench import baseline

    from flows.backfill.flows import api_for_workers

    work = Path(args.dir or tempfile.mkdtemp(prefix="gate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    warc = work / f"mixed-{args.records}.warc.gz"
    make_mixed_warc(warc, pages, args.records)
    print(f"wrote {warc} ({warc.stat().st_size / 1e6:.0f} MB, {args.records} records); {args.workers} workers",
          flush=True)
    with api_for_workers():
        make_mixed_warc(work / "warm.warc.gz", pages[:10], 10)
        backfill(work / "warm.warc.gz", work / "warm.duckdb", args.workers, True)  # Prefect's API warmed up
        base_s, _, base_cpu = baseline(warc, args.workers)
        base = args.records / base_s
        print(f"(a) trafilatura alone: {base:.1f} pages/s ({base_s:.1f}s, {base_cpu:.0f} CPU-s); "
              f"load {os.getloadavg()[0]:.1f}", flush=True)
        runs = {}
        kinds = [("b", True, True), ("b0", True, False)] + ([] if args.skip_nogate else [("c", False, True)])
        for label, gate, warm in kinds:
            secs, res, mem, cpu = backfill(warc, work / f"backfill-{label}.duckdb", args.workers, gate, warm)
            runs[label] = (secs, res, mem, cpu)
            print(f"({label}) backfill warc {'with' if gate else 'without'} the gate"
                  f"{'' if warm else ', cold workers'}: {args.records / secs:.1f} pages/s ({secs:.1f}s, "
                  f"{cpu:.0f} CPU-s); {res['articles']} articles, {res['gated']} gated, {res['events']} events; "
                  f"peak RSS writer {_mb(mem.parent_peak)}, with workers {_mb(mem.tree_peak)}; "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
        steady = 4 * args.records if args.steady is None else args.steady
        if steady:
            big = work / f"mixed-{steady}.warc.gz"
            make_mixed_warc(big, pages, steady)
            sbase_s, _, sbase_cpu = baseline(big, args.workers)
            print(f"(s-a) {steady} records, trafilatura alone: {steady / sbase_s:.1f} pages/s ({sbase_s:.1f}s, "
                  f"{sbase_cpu:.0f} CPU-s); load {os.getloadavg()[0]:.1f}", flush=True)
            ss, sres, _, scpu = backfill(big, work / "backfill-steady.duckdb", args.workers, True)
            print(f"(s-b) {steady} records, backfill warc with the gate: {steady / ss:.1f} pages/s ({ss:.1f}s, "
                  f"{scpu:.0f} CPU-s); {sres['articles']} articles, {sres['gated']} gated; "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    gs, _, gmem, gcpu = runs["b"]
    cs, _, _, ccpu = runs["b0"]
    print(f"THROUGHPUT with the gate / trafilatura alone, {args.records} records: {base_s / gs:.2f}x in wall time, "
          f"{base_cpu / gcpu:.2f}x per CPU-second (target >= 3); cold workers: {base_s / cs:.2f}x wall, "
          f"{base_cpu / ccpu:.2f}x per CPU-second")
    if "c" in runs:
        ns, _, nmem, _ = runs["c"]
        print(f"without the gate: {base_s / ns:.2f}x; gate on / off: {ns / gs:.2f}x")
        print(f"MEMORY with / without the gate: writer {_mb(gmem.parent_peak)} / {_mb(nmem.parent_peak)}, "
              f"tree {_mb(gmem.tree_peak)} / {_mb(nmem.tree_peak)}")
    if steady:
        print(f"STEADY STATE, {steady} records, with the gate / trafilatura alone: {sbase_s / ss:.2f}x in wall time, "
              f"{sbase_cpu / scpu:.2f}x per CPU-second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
