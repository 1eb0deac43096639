"""Backfill throughput and memory against trafilatura alone, measured in the same run.

    python bench/backfill_bench.py                 # 10,000 pages (and 5,000 for the memory check)
    python bench/backfill_bench.py --pages 2000    # a quicker look

1. Writes a WARC.gz of synthetic but realistic news pages (several site layouts with navigation, sidebars,
   scripts, JSON-LD and footers around paragraphs of generated conflict and non-conflict prose; some pages
   in windows-1252).
2. (a) baseline: ``trafilatura.bare_extraction`` (the cleaner's own call) over every record, on all cores.
3. (b) ``backfill_warc_flow`` into a fresh DuckDB file on the same cores: WARC reading, decode, clean,
   extract events, store, checkpoint, recluster, through a real Prefect flow.
4. Prints pages/s of both, the ratio (b)/(a) (target >= 0.8), and the peak resident memory of the backfill
   at half and at full size (bounded memory: the two should be about equal), also as the median of the
   writer's per-batch peaks over the second half of the batches (one spike does not decide it).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [("Maiduguri", "Nigeria"), ("Mopti", "Mali"), ("Kharkiv", "Ukraine"), ("Idlib", "Syria"),
          ("Goma", "Congo"), ("Kandahar", "Afghanistan"), ("Mogadishu", "Somalia"), ("El Fasher", "Sudan"),
          ("Peshawar", "Pakistan"), ("Cali", "Colombia"), ("Culiacan", "Mexico"), ("Mandalay", "Myanmar"),
          ("Aden", "Yemen"), ("Mosul", "Iraq"), ("Mandera", "Kenya"), ("Ouagadougou", "Burkina Faso")]
ACTORS = ["army troops", "militants", "gunmen", "rebel fighters", "police officers", "a local militia",
          "armed bandits", "security forces", "insurgents", "government soldiers"]
NUMS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12", "15", "21", "34"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CONFLICT = [
    "{n} people were killed when {a} attacked a village near {p}, {c}, on {d}, local officials said.",
    "An airstrike hit a market in {p}, {c}, killing {n} civilians and wounding {m} others, witnesses said.",
    "Clashes between {a} and {b} near {p} left {n} fighters dead, according to a military spokesman.",
    "Police fired tear gas at hundreds of protesters in {p}, {c}, who were demanding the release of detainees.",
    "Artillery shelling damaged homes in {p} overnight, and {m} residents were wounded, the governor said.",
    "{a} abducted {n} villagers from a farm outside {p} on {d}, a community leader told reporters.",
    "A roadside bomb exploded near a checkpoint in {p}, {c}, killing {n} soldiers, the army said.",
    "Demonstrators blocked the main road into {p} on {d} to protest against rising food prices.",
]
NEUTRAL = [
    "The central bank of {c} kept its main interest rate unchanged on {d}, citing slowing inflation.",
    "Farmers around {p} expect a larger harvest this year after heavy rains in the spring.",
    "The national football team of {c} won its qualifying match 2-1 in front of a home crowd.",
    "A new bridge over the river at {p} will open to traffic next month, the transport ministry said.",
    "Officials in {p} announced a vaccination campaign for children under five.",
    "The festival in {p} drew thousands of visitors, organisers said, more than last year.",
    "Exports from {c} rose by eight percent in the third quarter, according to official figures.",
]
FILLER = [
    "The ministry did not respond to a request for comment.",
    "Aid agencies say access to the area remains difficult.",
    "The information could not be independently verified.",
    "Residents said the situation was calm by the evening.",
    "Analysts say the region has seen a rise in violence this year.",
    "Further details were not immediately available.",
    "The government has promised an investigation.",
    "Schools in the district were closed for the rest of the week.",
]
LAYOUTS = ["classic", "magazine", "wire"]


def _sentence(rng: random.Random, pool: list[str]) -> str:
    p, c = rng.choice(PLACES)
    a, b = rng.sample(ACTORS, 2)
    return rng.choice(pool).format(n=rng.choice(NUMS), m=rng.choice(NUMS), a=a, b=b, p=p, c=c,
                                   d=rng.choice(DAYS))


def _paragraphs(rng: random.Random, conflict: bool) -> list[str]:
    paras = []
    for k in range(rng.randint(4, 10)):
        pool = CONFLICT if conflict and (k < 2 or rng.random() < 0.4) else NEUTRAL
        sents = [_sentence(rng, pool)] + [rng.choice(FILLER) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.5:
            sents.append(_sentence(rng, NEUTRAL))
        paras.append(" ".join(sents))
    return paras


def _links(rng: random.Random, n: int, prefix: str) -> str:
    words = ["World", "Africa", "Politics", "Business", "Sport", "Opinion", "Video", "Climate", "Tech", "Health"]
    return "".join(f'<li><a href="/{prefix}/{rng.randint(1, 99999)}">{rng.choice(words)} {rng.randint(1, 999)}</a></li>'
                   for _ in range(n))


def _mega_menu(rng: random.Random) -> str:
    cols = []
    for c in range(rng.randint(6, 10)):
        cols.append(f'<div class="menu-col"><h4>Section {c}</h4><ul>{_links(rng, rng.randint(8, 16), "s")}</ul></div>')
    return f'<div class="mega-menu"><div class="menu-inner">{"".join(cols)}</div></div>'


def _cards(rng: random.Random, n: int) -> str:
    cards = []
    for _ in range(n):
        k = rng.randint(1, 99999)
        cards.append(f'<div class="card"><a href="/story/{k}"><img src="/img/{k}.jpg" alt="photo {k}"></a>'
                     f'<div class="card-body"><h3><a href="/story/{k}">{_sentence(rng, NEUTRAL)[:60]}</a></h3>'
                     f'<p class="teaser">{rng.choice(FILLER)}</p><span class="time">{rng.randint(1, 23)}h ago</span>'
                     f'</div></div>')
    return f'<section class="related"><h2>More stories</h2><div class="grid">{"".join(cards)}</div></section>'


def _comments(rng: random.Random) -> str:
    items = "".join(f'<div class="comment"><span class="user">reader{rng.randint(1, 9999)}</span>'
                    f'<p>{rng.choice(FILLER)} {rng.choice(FILLER)}</p><a href="#reply">Reply</a></div>'
                    for _ in range(rng.randint(0, 15)))
    return f'<div id="comments"><h3>Comments</h3>{items}</div>'


CHROME = ('<div class="cookie-banner"><p>We use cookies to improve your experience.</p><button>Accept</button>'
          '<button>Settings</button></div><div class="newsletter"><form action="/subscribe"><label>Email</label>'
          '<input type="email" name="email"><button>Subscribe</button></form></div>'
          '<div class="share"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a>'
          '<a href="#mail">Email</a></div>')


def news_page(i: int, rng: random.Random) -> tuple[str, bytes, str]:
    """One synthetic article page: (url, body, content type)."""
    conflict = rng.random() < 0.6
    layout = LAYOUTS[i % len(LAYOUTS)]
    place, country = rng.choice(PLACES)
    title = (f"{rng.choice(NUMS).capitalize()} killed in {place} as violence flares" if conflict
             else f"{place} prepares for a busy season, officials say")
    date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    paras = "".join(f"<p>{t}</p>\n" for t in _paragraphs(rng, conflict))
    script = "var cfg = {" + ",".join(f'"k{j}": {rng.randint(0, 10**6)}' for j in range(rng.randint(50, 600))) + "};"
    jsonld = (f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}",'
              f'"datePublished":"{date}T08:00:00Z","author":{{"@type":"Person","name":"Staff {i % 40}"}}}}')
    nav = _links(rng, rng.randint(25, 90), "section") + "</ul>" + _mega_menu(rng) + "<ul>"
    side = _links(rng, rng.randint(8, 20), "story")
    foot = _links(rng, rng.randint(15, 40), "about")
    extra = _cards(rng, rng.randint(12, 30)) + _comments(rng) + CHROME
    host = f"{layout}-news{i % 7}.example.org"
    if layout == "classic":
        body = (f'<header><div class="logo">Daily {i % 7}</div><nav><ul>{nav}</ul></nav></header>'
                f'<main><article><h1>{title}</h1><p class="byline">By Staff {i % 40} | {date}</p>{paras}</article>'
                f'<aside><h3>Most read</h3><ul>{side}</ul></aside></main>{extra}<footer><ul>{foot}</ul>'
                f'<p>Copyright {2024} Daily {i % 7}. All rights reserved.</p></footer>')
    elif layout == "magazine":
        body = (f'<div id="top"><ul class="menu">{nav}</ul></div><div class="wrap"><div class="content">'
                f'<h1 class="headline">{title}</h1><time datetime="{date}">{date}</time>'
                f'<div class="story-body">{paras}</div><div class="share">Share this story</div></div>'
                f'<div class="sidebar"><ul>{side}</ul><div class="ad">Advertisement</div></div></div>{extra}'
                f'<div class="footer"><ul>{foot}</ul></div>')
    else:
        body = (f'<div class="nav">{nav}</div><div class="article"><h2>{title}</h2>'
                f'<span class="dateline">{place.upper()} ({date})</span><div class="text">{paras}</div>'
                f'<div class="related"><ul>{side}</ul></div></div>{extra}<div class="bottom">{foot}</div>')
    html = (f'<!DOCTYPE html><html lang="en"><head><meta charset="{{cs}}"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"><meta name="date" content="{date}">'
            f'<script type="application/ld+json">{jsonld}</script><script>{script}</script>'
            f'<style>.a{{color:#333}} .b{{margin:0}}</style></head><body>{body}</body></html>')
    cp1252 = i % 10 == 0
    charset = "windows-1252" if cp1252 else "utf-8"
    data = html.replace("{cs}", charset).encode(charset, errors="replace")
    url = f"https://{host}/{date[:7]}/story-{i}.html"
    return url, data, f"text/html; charset={charset}"


def make_warc(path: Path, n: int, seed: int = 7) -> int:
    from flows.backfill.warc import write_warc

    rng = random.Random(seed)

    def records():
        for i in range(n):
            url, body, ctype = news_page(i, rng)
            yield url, body, ctype, 200

    write_warc(path, records())
    return path.stat().st_size


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


# -- (b) the backfill flow, with a memory sampler --------------------------------------------------------
class PeakMemory:
    """Samples resident memory and CPU time of this process and its workers (not Prefect's API server)."""

    def __init__(self):
        import psutil

        self.proc = psutil.Process()
        self.parent_peak = 0
        self.tree_peak = 0
        self._child_cpu: dict[int, float] = {}
        self._since_batch = 0
        self.batch_peaks: list[int] = []  # the writer's peak between two stored batches
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
                        if "uvicorn" in " ".join(child.cmdline()):
                            continue
                        tree += child.memory_info().rss
                        cpu = child.cpu_times()
                        self._child_cpu[child.pid] = cpu.user + cpu.system
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
        return sum(self._child_cpu.values())

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def backfill(path: Path, db: Path, workers: int, batch_size: int) -> tuple[float, dict, PeakMemory, float]:
    from flows.backfill import flows
    from flows.settings import Settings

    settings = Settings(db_path=db, batch_size=batch_size, progress=False)
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
    return elapsed, result, mem, own_cpu_seconds() - cpu0 + mem.children_cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--dir", default=None, help="Working directory (default: a temporary one).")
    args = ap.parse_args(argv)
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    work = Path(args.dir or tempfile.mkdtemp(prefix="backfill-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    half = args.pages // 2
    t = time.perf_counter()
    size_full = make_warc(work / "full.warc.gz", args.pages)
    size_half = make_warc(work / "half.warc.gz", half)
    print(f"wrote {args.pages} + {half} pages ({size_full / 1e6:.1f} + {size_half / 1e6:.1f} MB gzip) "
          f"in {time.perf_counter() - t:.1f}s; {args.workers} workers; load {os.getloadavg()[0]:.1f}", flush=True)

    from flows.backfill.flows import api_for_workers

    with api_for_workers():
        # warm up Prefect's API (database migrations) so neither measurement pays for it
        make_warc(work / "warm.warc.gz", 20)
        backfill(work / "warm.warc.gz", work / "warm.duckdb", args.workers, args.batch_size)

        base_s, base_ok, base_cpu = baseline(work / "full.warc.gz", args.workers)
        base_rate = args.pages / base_s
        print(f"(a) trafilatura alone: {args.pages} pages in {base_s:.1f}s = {base_rate:.1f} pages/s "
              f"({base_ok} with text); {base_cpu:.1f} CPU-s; load {os.getloadavg()[0]:.1f}", flush=True)

        half_s, half_res, half_mem, _ = backfill(work / "half.warc.gz", work / "half.duckdb", args.workers,
                                              args.batch_size)
        print(f"(b) backfill {half} pages: {half_s:.1f}s = {half / half_s:.1f} pages/s; peak RSS parent "
              f"{half_mem.parent_peak / 2**20:.0f} MB, with workers {half_mem.tree_peak / 2**20:.0f} MB", flush=True)
        full_s, full_res, full_mem, full_cpu = backfill(work / "full.warc.gz", work / "full.duckdb", args.workers,
                                              args.batch_size)
    full_rate = args.pages / full_s
    print(f"(b) backfill {args.pages} pages: {full_s:.1f}s = {full_rate:.1f} pages/s; "
          f"{full_res['articles']} articles, {full_res['events']} events, {full_res['failures']} failures; "
          f"peak RSS parent {full_mem.parent_peak / 2**20:.0f} MB, with workers {full_mem.tree_peak / 2**20:.0f} MB; "
          f"db {(work / 'full.duckdb').stat().st_size / 1e6:.0f} MB; {full_cpu:.1f} CPU-s; "
          f"load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"    of which batches (read, extract, store): {full_res['elapsed']:.1f}s; the rest is worker start-up, "
          f"recluster and Prefect flow overhead", flush=True)
    print(f"RATIO (b)/(a) throughput: {full_rate / base_rate:.2f}  (target >= 0.8); per CPU-second "
          f"{base_cpu / full_cpu:.2f} (the same ratio measured in CPU time: fair when other processes load "
          f"the machine)")
    print(f"MEMORY writer (the process that opens DuckDB) peak at {half} pages: {half_mem.parent_peak / 2**20:.0f} MB, "
          f"at {args.pages}: {full_mem.parent_peak / 2**20:.0f} MB (ratio "
          f"{full_mem.parent_peak / max(half_mem.parent_peak, 1):.2f}; independent of archive size if ~1.0)")
    print(f"MEMORY writer median per-batch peak over the second half of the batches at {half} pages: "
          f"{half_mem.late_batch_peak() / 2**20:.0f} MB, at {args.pages}: {full_mem.late_batch_peak() / 2**20:.0f} MB "
          f"(ratio {full_mem.late_batch_peak() / max(half_mem.late_batch_peak(), 1):.2f}; the cost of a batch late "
          f"in the run, without the luck of the highest spike)")
    print(f"MEMORY peak with workers {half}: {half_mem.tree_peak / 2**20:.0f} MB, {args.pages}: "
          f"{full_mem.tree_peak / 2**20:.0f} MB (ratio {full_mem.tree_peak / max(half_mem.tree_peak, 1):.2f}; "
          f"bounded if ~1.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
