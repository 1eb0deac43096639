"""Browse app speed: the events page (total, facet counts, one sorted page) over a synthetic warehouse.

Builds 1,000,000 events (bench/warehouse_bench.py's generator: 500,000 articles, 40 sources) in a
DuckDB file, times the app's index copy (warehouse/browse_index.py), then the whole `/events` request
through the real app (Starlette's test client: routing, the queries on the copy, the HTML) for typical
filters. Target: < 300 ms per page on 1M events.

    python bench/browse_bench.py [--events 1000000] [--rounds 5] [--dir /tmp]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warehouse_bench import synthetic_events  # noqa: E402

from warehouse import Warehouse  # noqa: E402

CASES = {
    "no filter": "",
    "country": "country=SYR",
    "country+type+dates": "country=Syria&type=battles&from=2023-01-01&to=2023-06-30",
    "actor substring": "actor=group%2017",
    "source": "source=Outlet%207",
    "fatalities>=15, by fatalities": "min_fatalities=15&sort=fatalities",
    "page 200": "country=UKR&page=200",
    "map points (country)": None,
}


def build(path: Path, n: int) -> None:
    wh = Warehouse(path)
    wh.init()
    events = synthetic_events(n)
    langs = pa.array(["en", "ar", "fr", "es", "uk"] * (n // 5) + ["en"] * (n % 5))
    admin = pa.array([f"Province {i % 60}" for i in range(n)])
    events = events.set_column(events.schema.get_field_index("language"), "language", langs)
    events = events.set_column(events.schema.get_field_index("admin1"), "admin1", admin)
    docs = n // 2 + 1
    articles = pa.table({"doc_id": [f"doc{i}" for i in range(docs)],
                         "url": [f"https://news.example/a/{i}" for i in range(docs)],
                         "title": [f"Article {i}" for i in range(docs)],
                         "text": ["Clashes killed several people near the town."] * docs,
                         "source_id": [f"src{i % 40}" for i in range(docs)]})
    sources = pa.table({"source_id": [f"src{i}" for i in range(40)], "name": [f"Outlet {i}" for i in range(40)],
                        "kind": ["rss"] * 40, "url": [f"https://news{i}.example/rss" for i in range(40)]})
    with wh.connect() as con:
        for table, data in (("events", events), ("articles", articles), ("sources", sources)):
            con.register("batch", data)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
            con.unregister("batch")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dir", default=None)
    args = parser.parse_args()
    tmp = Path(args.dir or tempfile.mkdtemp(prefix="browse_bench_"))
    path = tmp / "browse_bench.duckdb"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - t0:.1f} s -> {path}")
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

    from flows.browse.app import create_app
    from warehouse.browse_index import BrowseIndex

    index = BrowseIndex(path)
    t0 = time.perf_counter()
    index.build()
    print(f"index copy of {args.events:,} events built in {time.perf_counter() - t0:.1f} s "
          "(at start, and in the background after the warehouse changes)")
    index.close()
    client = TestClient(create_app(path), base_url="http://127.0.0.1")
    t0 = time.perf_counter()
    client.get("/events")  # the first request builds the app's index copy
    print(f"first request (builds the copy): {time.perf_counter() - t0:.1f} s")
    print(f"{'case':34} {'median ms':>10} {'max ms':>8}  status  summary")
    worst = 0.0
    for name, query in CASES.items():
        url = "/api/points?country=SYR" if query is None else f"/events?{query}"
        times, status, summary = [], None, ""
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append(1000 * (time.perf_counter() - t0))
            status = r.status_code
        if query is not None:
            import re

            m = re.search(r'data-total="(\d+)"', r.text)
            summary = f"{int(m.group(1)):,} events" if m else r.text[:120]
        else:
            summary = f"{len(r.json()['points']):,} points"
        med = statistics.median(times)
        worst = max(worst, med) if query is not None else worst
        print(f"{name:34} {med:10.0f} {max(times):8.0f}  {status}     {summary}")
    print(f"slowest events page (median): {worst:.0f} ms; target < 300 ms: {'met' if worst < 300 else 'NOT met'}")


if __name__ == "__main__":
    main()
