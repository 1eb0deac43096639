"""Backfill throughput and memory against trafilatura alone, measured in the same run.

    python bench/backfill_bench.py                          # real pages, 1,000 / 5,000 / 20,000 records
    python bench/backfill_bench.py --sizes 1000,3000        # a quicker look
    python bench/backfill_bench.py --synthetic --sizes 5000,10000

1. Writes WARC.gz files of the given sizes: by default of real news pages (the 181 pages of
   ../shared's article-extraction benchmark, ~175 KB each, repeated under distinct URLs with distinct
   bytes: ``bench/real_pages.py``; the bench falls back to synthetic pages when ../shared is absent), or
   of synthetic but realistic news pages (``--synthetic``: site layouts with navigation, sidebars,
   scripts, JSON-LD and footers around generated prose, ~25 KB; some in windows-1252).
2. (a) baseline: ``trafilatura.bare_extraction`` with metadata (the cleaner's own call) over every
   record of the ``--ratio-size`` file (default: the middle size), on all cores.
3. (b) ``backfill_warc_flow`` into a fresh DuckDB file per size, on the same cores: WARC reading,
   decode, clean, extract events, compress, store, checkpoint, recluster, through a real Prefect flow.
   ``--no-gate-too`` also back-fills the ratio size with the relevance gate off (c), in the same run.
4. Prints pages/s, the ratio (b)/(a) in wall time and per CPU-second (target >= 0.9), and the peak
   resident memory of the writer (the process that opens DuckDB) and of the whole tree at every size
   (bounded memory: about equal), also as the median of the writer's per-batch peaks over the second
   half of the batches (one spike does not decide it).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic_pages import make_warc  # noqa: E402


def own_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


# -- (a) trafilatura alone ---------------------------------------------------------------------------
def _trafilatura_chunk(bodies: list[tuple[str, bytes]]) -> int:
    import trafilatura

    n = 0
    for url, body in bodies:
        doc = trafilatura.bare_extraction(body.decode("utf-8", errors="replace"), url=url, with_metadata=True,
                                          include_comments=False, include_tables=False)
        n += doc is not None
    return n


def baseline(path: Path, workers: int, chunk: int = 100) -> tuple[float, int, float]:
    from flows.backfill.warc import iter_warc

    cpu0 = own_cpu_seconds()
    with PeakMemory() as mem, cf.ProcessPoolExecutor(workers) as pool:
        list(pool.map(_trafilatura_chunk, [[("https://warm.example/", b"<html><p>warm up</p></html>")]] * workers))
        start = time.perf_counter()
        pending: set = set()
        ok = 0
        buf: list = []
        for item in iter_warc(path):
            if item.page is None or item.page.body is None:
                continue
            buf.append((item.page.url, item.page.body))
            if len(buf) >= chunk:
                pending.add(pool.submit(_trafilatura_chunk, buf))
                buf = []
                if len(pending) >= 2 * workers + 1:
                    done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                    ok += sum(f.result() for f in done)
        if buf:
            pending.add(pool.submit(_trafilatura_chunk, buf))
        ok += sum(f.result() for f in pending)
        wall = time.perf_counter() - start
    return wall, ok, own_cpu_seconds() - cpu0 + mem.children_cpu


def _api_server(child) -> bool:
    """Prefect's API server (ours: ``python -m flows.apiserver``; Prefect's own runs uvicorn)."""
    cmd = " ".join(child.cmdline())
    return "uvicorn" in cmd or "flows.apiserver" in cmd


# -- (b) the backfill flow, with a memory sampler --------------------------------------------------------
class PeakMemory:
    """Samples resident memory and CPU time of this process and its workers (not Prefect's API server's memory).

    CPU counts what children used while sampling: a child already running on entry (the temporary
    Prefect API server, ``python -m flows.apiserver``) counts only the CPU it used since then, not its
    start-up or the earlier runs it served; workers count from their start.
    """

    def __init__(self):
        import psutil

        self.proc = psutil.Process()
        self.parent_peak = 0
        self.tree_peak = 0
        self._child_cpu: dict[int, float] = {}
        self._child_cpu0: dict[int, float] = {}  # children running on entry: their CPU then
        self._since_batch = 0
        self.batch_peaks: list[int] = []  # the writer's peak between two stored batches
        self.writer_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil

        while not self._stop.is_set():
            try:
                parent = self.proc.memory_info().rss
                tree = parent
                for child in self.proc.children(recursive=True):
                    try:
                        cpu = child.cpu_times()
                        self._child_cpu[child.pid] = cpu.user + cpu.system
                        if not _api_server(child):
                            tree += child.memory_info().rss
                    except psutil.Error:
                        pass
                self.parent_peak = max(self.parent_peak, parent)
                self._since_batch = max(self._since_batch, parent)
                self.tree_peak = max(self.tree_peak, tree)
            except psutil.Error:
                pass
            self._stop.wait(0.1)

    def batch_stored(self) -> None:
        self.batch_peaks.append(max(self._since_batch, self.proc.memory_info().rss))
        self._since_batch = 0

    def late_batch_peak(self) -> float:
        """Median per-batch peak over the second half of the batches: what a batch costs once warmed up.
        The overall peak is one spike, and a longer run has more chances to catch a higher one."""
        late = sorted(self.batch_peaks[len(self.batch_peaks) // 2:]) or [0]
        return late[len(late) // 2]

    @property
    def children_cpu(self) -> float:
        """CPU seconds of the workers seen while sampling (the last 0.2 s of each may be missed)."""
        return sum(max(0.0, cpu - self._child_cpu0.get(pid, 0.0)) for pid, cpu in self._child_cpu.items())

    def __enter__(self):
        import psutil

        for child in self.proc.children(recursive=True):
            try:
                cpu = child.cpu_times()
                self._child_cpu0[child.pid] = cpu.user + cpu.system
            except psutil.Error:
                pass
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def backfill(path: Path, db: Path, workers: int, batch_size: int,
             gate: bool = True) -> tuple[float, dict, PeakMemory, float]:
    from flows.backfill import flows
    from flows.settings import Settings

    settings = Settings(db_path=db, batch_size=batch_size, progress=False, gate=gate)
    cpu0 = own_cpu_seconds()
    commit = flows._commit
    with PeakMemory() as mem:
        def commit_and_sample(store, number):
            commit(store, number)
            mem.batch_stored()

        flows._commit = commit_and_sample  # the flow looks it up at call time
        start = time.perf_counter()
        try:
            result = flows.run_flow(flows.backfill_warc_flow, [str(path)], settings, runner="process",
                                    workers=workers)
        finally:
            flows._commit = commit
        elapsed = time.perf_counter() - start
    mem.writer_cpu = own_cpu_seconds() - cpu0
    return elapsed, result, mem, mem.writer_cpu + mem.children_cpu


def ceiling(path: Path, n: int = 181) -> float:
    """CPU of trafilatura alone / CPU of ``process_pages`` (clean, language, events, compress) over the
    same pages in one process: what the extractors leave for the whole backfill, whatever the plumbing."""
    import trafilatura

    from extractors.events.pipeline import clear_sentence_caches
    from flows.backfill.warc import iter_warc
    from flows.pipeline import process_pages

    pages = [item.page for item in iter_warc(path) if item.page is not None and item.page.body][:n]
    # a first pass pays each language's first use (the Arabic lexicon alone ~6 CPU-s), which warm backfill
    # workers have paid before their first batch; the memos are cleared so the timed pass meets new sentences
    process_pages(pages)
    clear_sentence_caches()
    _trafilatura_chunk([(p.url, p.body) for p in pages[:3]])
    t = time.process_time()
    for p in pages:
        trafilatura.bare_extraction(p.body.decode("utf-8", errors="replace"), url=p.url, with_metadata=True,
                                    include_comments=False, include_tables=False)
    alone = time.process_time() - t
    t = time.process_time()
    process_pages(pages)
    return alone / (time.process_time() - t)


def _mb(n: float) -> str:
    return f"{n / 2**20:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,20000", help="Records per WARC, comma-separated.")
    ap.add_argument("--ratio-size", type=int, default=None,
                    help="The size whose backfill is compared with trafilatura (default: the middle one).")
    ap.add_argument("--synthetic", action="store_true", help="Synthetic ~25 KB pages instead of real ones.")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--dir", default=None, help="Working directory (default: a temporary one).")
    ap.add_argument("--no-gate-too", action="store_true",
                    help="Also back-fill the ratio size with the relevance gate off (--no-gate), in the same run.")
    args = ap.parse_args(argv)
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import real_pages

    real = not args.synthetic and real_pages.available()
    if not args.synthetic and not real:
        print(f"{real_pages.PAGES} is absent: synthetic pages instead", flush=True)
    sizes = sorted({int(x) for x in args.sizes.split(",") if x.strip()})
    ratio_size = args.ratio_size or sizes[len(sizes) // 2]
    if ratio_size not in sizes:
        sizes = sorted({*sizes, ratio_size})
    work = Path(args.dir or tempfile.mkdtemp(prefix="backfill-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    make = real_pages.make_real_warc if real else make_warc
    t = time.perf_counter()
    warcs = {n: work / f"{'real' if real else 'synthetic'}-{n}.warc.gz" for n in sizes}
    for n, path in warcs.items():
        make(path, n)
    print(f"wrote {', '.join(f'{n} ({warcs[n].stat().st_size / 1e6:.0f} MB)' for n in sizes)} "
          f"{'real' if real else 'synthetic'} pages as WARC.gz in {time.perf_counter() - t:.1f}s; "
          f"{args.workers} workers; load {os.getloadavg()[0]:.1f}", flush=True)

    from flows.backfill.flows import api_for_workers

    runs = {}
    with api_for_workers():
        # warm up Prefect's API (database migrations) so no measurement pays for it
        make_warc(work / "warm.warc.gz", 20)
        backfill(work / "warm.warc.gz", work / "warm.duckdb", args.workers, args.batch_size)

        base_s, base_ok, base_cpu = baseline(warcs[ratio_size], args.workers)
        base_rate = ratio_size / base_s
        print(f"(a) trafilatura alone: {ratio_size} pages in {base_s:.1f}s = {base_rate:.1f} pages/s "
              f"({base_ok} with text); {base_cpu:.1f} CPU-s; load {os.getloadavg()[0]:.1f}", flush=True)
        for n in sizes:
            db = work / f"backfill-{n}.duckdb"
            secs, res, mem, cpu = backfill(warcs[n], db, args.workers, args.batch_size)
            runs[n] = (secs, res, mem, cpu)
            print(f"(b) backfill {n} pages: {secs:.1f}s = {n / secs:.1f} pages/s; {res['articles']} articles, "
                  f"{res['events']} events, {sum(res['failures'].values())} failures; peak RSS writer "
                  f"{_mb(mem.parent_peak)}, with workers {_mb(mem.tree_peak)}; db {db.stat().st_size / 1e6:.0f} MB; "
                  f"{cpu:.1f} CPU-s; load {os.getloadavg()[0]:.1f}", flush=True)
        if args.no_gate_too:
            db = work / f"backfill-{ratio_size}-nogate.duckdb"
            ng_secs, ng_res, ng_mem, ng_cpu = backfill(warcs[ratio_size], db, args.workers, args.batch_size, gate=False)
            print(f"(c) backfill {ratio_size} pages without the gate: {ng_secs:.1f}s = {ratio_size / ng_secs:.1f} "
                  f"pages/s; {ng_res['articles']} articles, {ng_res['events']} events; peak RSS writer "
                  f"{_mb(ng_mem.parent_peak)}, with workers {_mb(ng_mem.tree_peak)}; {ng_cpu:.1f} CPU-s; "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    secs, res, mem, cpu = runs[ratio_size]
    print(f"GATE {res.get('gated', 0)} of {ratio_size} pages stored as gated (not cleaned), "
          f"{res.get('articles', 0)} articles cleaned")
    print(f"CEILING trafilatura alone / process_pages (clean + language + events + compress), CPU in one "
          f"process over the same pages: {ceiling(warcs[ratio_size]):.2f}; the writer process used "
          f"{mem.writer_cpu:.1f} of the backfill's {cpu:.1f} CPU-s")
    print(f"    of which batches (read, extract, store): {res['elapsed']:.1f}s; the rest is worker start-up, "
          f"recluster and Prefect flow overhead")
    print(f"RATIO (b)/(a) at {ratio_size} pages: throughput {ratio_size / secs / base_rate:.2f}, per CPU-second "
          f"{base_cpu / cpu:.2f} (the same ratio measured in CPU time: fair when other processes load the "
          f"machine; target >= 0.9)")
    if args.no_gate_too:
        print(f"RATIO (c)/(a) without the gate: throughput {ratio_size / ng_secs / base_rate:.2f}, per CPU-second "
              f"{base_cpu / ng_cpu:.2f}")
    first = runs[sizes[0]][2]
    for label, get in [("writer (the process that opens DuckDB) peak", lambda m: m.parent_peak),
                       ("writer median per-batch peak, second half of the batches", lambda m: m.late_batch_peak()),
                       ("peak with workers", lambda m: m.tree_peak)]:
        figures = ", ".join(f"{n}: {_mb(get(runs[n][2]))}" for n in sizes)
        print(f"MEMORY {label}: {figures} (ratio largest/smallest "
              f"{get(runs[sizes[-1]][2]) / max(get(first), 1):.2f}; bounded if ~1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
