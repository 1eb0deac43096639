"""Dedup speed and synthetic accuracy: full vs incremental clustering at 50,000 and 1,000,000 reports.

Synthetic reports (no internet, no shared data): at 50,000 reports, incidents in 40 countries x 15
regions x 30 towns over two years; a bigger warehouse covers more countries and years (both grow with
the square root of the size: 179 countries over 9 years at 1M), so incidents per town and week stay as
dense as in a real archive instead of piling up. Each incident is told by 1-5 outlets whose reports differ the way real ones do (a day off, no date but a
publication day, the town or region left out, a type of the same family, a misspelt town). Figures:

- full: ``assign_clusters`` over every report (a from-scratch re-cluster of the warehouse);
- incremental: what ``flows.pipeline.recluster(after=mark)`` does after a crawl adding ``--batch``
  reports of the last days: the new reports plus their neighbourhood (same countries, days within
  the reach), selected the same way, then ``assign_clusters`` on that;
- with ``--warehouse``, the real ``recluster(after=mark)`` on a DuckDB file (load time excluded);
- pair precision / recall against the synthetic truth (pairs of reports of one incident).

    python bench/dedup_bench.py [--sizes 50000,1000000] [--batch 1000] [--warehouse]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.dedup import assign_clusters  # noqa: E402
from extractors.records import Event, make_event_id  # noqa: E402

_TYPES = [("battles", "Armed clash"), ("explosions_remote_violence", "Shelling/artillery/missile attack"),
          ("violence_against_civilians", "Attack"), ("protests", "Peaceful protest"),
          ("riots", "Violent demonstration"), ("strategic_developments", "Arrests")]
_SAME_FAMILY = {"battles": ("violence_against_civilians", "Attack"),
                "explosions_remote_violence": ("battles", "Armed clash"),
                "violence_against_civilians": ("battles", "Armed clash"),
                "protests": ("riots", "Violent demonstration"), "riots": ("protests", "Peaceful protest"),
                "strategic_developments": ("strategic_developments", "Other")}
DAY0 = dt.date(2023, 1, 1)
DAYS = 730


def synthetic(n: int, seed: int = 11) -> tuple[list[Event], list[int]]:
    """About ``n`` reports and, per report, the id of the incident it tells of."""
    rng = random.Random(seed)
    grow = max(1.0, (n / 50_000) ** 0.5)
    n_countries, n_days = int(40 * grow), int(DAYS * grow)
    events, truth, doc = [], [], 0
    incident = 0
    while len(events) < n:
        country = f"C{rng.randrange(n_countries):03d}"
        region = f"{country}-R{rng.randrange(15)}"
        town = f"Town{rng.randrange(30)}x{region}"
        day = rng.randrange(n_days)
        etype, sub = rng.choice(_TYPES)
        actors = (f"Group {rng.randrange(300)}", f"Forces of {country}")
        toll = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20])
        for _ in range(rng.choice([1, 1, 2, 3, 3, 4, 5])):
            doc += 1
            d = day + rng.choice([0, 0, 0, 0, 1, -1])
            t, s = (etype, sub) if rng.random() > 0.1 else _SAME_FAMILY[etype]
            loc = None if rng.random() < 0.15 else (town if rng.random() > 0.05 else town.replace("Town", "Towne"))
            adm = None if rng.random() < 0.1 else region
            undated = rng.random() < 0.1
            date = None if undated else (DAY0 + dt.timedelta(days=d)).isoformat()
            published = (DAY0 + dt.timedelta(days=d + rng.choice([0, 1, 1, 2]))).isoformat()
            fat = toll if toll is None or rng.random() < 0.6 else toll + rng.randrange(4)
            events.append(Event(
                event_id=make_event_id(f"d{doc}", t, s, date, loc, 0), doc_id=f"d{doc}",
                url=f"https://outlet{doc % 500}.example/{doc}", event_date=date,
                date_precision=None if undated else "day", event_type=t, sub_event_type=s, actor1=actors[0],
                actor2=actors[1], country=country, admin1=adm, location=loc, fatalities=fat,
                evidence=f"{actors[0]} attacked {loc or adm or country}, killing {fat}", published=published,
                language="en", confidence=0.8))
            truth.append(incident)
        incident += 1
    return events[:n], truth[:n]


def pair_scores(events: list[Event], truth: list[int]) -> tuple[float, float]:
    def pairs(labels) -> set[tuple[int, int]]:
        groups: dict = {}
        for i, g in enumerate(labels):
            groups.setdefault(g, []).append(i)
        return {(a, b) for m in groups.values() if len(m) < 50 for x, a in enumerate(m) for b in m[x + 1:]}

    gold, pred = pairs(truth), pairs([e.cluster_id for e in events])
    tp = len(gold & pred)
    return tp / len(pred) if pred else 0.0, tp / len(gold) if gold else 0.0


def _day(e: Event) -> str:
    return (e.event_date or e.published or "")[:10]


def neighbourhood(stored: list[Event], new: list[Event], reach_days: int = 16) -> list[Event]:
    """The reports recluster(after=mark) reads: the new ones and stored ones of their countries and days."""
    days = [_day(e) for e in new if _day(e)]
    lo = (dt.date.fromisoformat(min(days)) - dt.timedelta(days=reach_days)).isoformat()
    hi = (dt.date.fromisoformat(max(days)) + dt.timedelta(days=reach_days)).isoformat()
    countries = {e.country for e in new}
    return [e for e in stored if e.country in countries and lo <= _day(e) <= hi] + new


def timed(fn):
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _warehouse_incremental(stored: list[Event], new: list[Event]) -> tuple[float, int]:
    from flows.pipeline import events_mark, recluster
    from warehouse import Warehouse

    with tempfile.TemporaryDirectory(prefix="dedup_bench_") as tmp:
        wh = Warehouse(Path(tmp) / "bench.duckdb")
        wh.init()
        by_doc: dict[str, list[Event]] = {}
        for e in stored:
            by_doc.setdefault(e.doc_id, []).append(e)
        wh.replace_events(by_doc)
        mark = events_mark(wh)
        time.sleep(0.01)
        fresh: dict[str, list[Event]] = {}
        for e in new:
            fresh.setdefault(e.doc_id, []).append(e)
        wh.replace_events(fresh)
        seconds, changed = timed(lambda: recluster(wh, after=mark))
        return seconds, changed


def run(n: int, batch: int, warehouse: bool) -> None:
    events, truth = synthetic(n)
    sizes = Counter(Counter(truth).values())
    seconds, out = timed(lambda: assign_clusters(events))
    p, r = pair_scores(out, truth)
    print(f"{n:>9,} reports ({len(set(truth)):,} incidents, outlets per incident {dict(sorted(sizes.items()))})",
          flush=True)
    print(f"  full:        {seconds:7.2f} s  ({n / seconds:,.0f} reports/s)  synthetic pair P {p:.3f} R {r:.3f}", flush=True)
    order = sorted(range(len(out)), key=lambda i: (out[i].published or "", i))
    new_idx = set(order[-batch:])
    stored = [out[i] for i in range(len(out)) if i not in new_idx]
    new = [events[i] for i in sorted(new_idx)]
    hood = neighbourhood(stored, new)
    seconds, _ = timed(lambda: assign_clusters(hood))
    print(f"  incremental: {seconds:7.2f} s  (a crawl of {batch:,} new reports; {len(hood):,} compared)", flush=True)
    if warehouse:
        seconds, changed = _warehouse_incremental(stored, new)
        print(f"  recluster(after=mark) on DuckDB: {seconds:7.2f} s  ({changed:,} reports changed incident)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,1000000")
    ap.add_argument("--batch", type=int, default=1000, help="new reports per incremental run")
    ap.add_argument("--warehouse", action="store_true", help="also time the real recluster on a DuckDB file")
    args = ap.parse_args(argv)
    for n in (int(x) for x in args.sizes.split(",")):
        run(n, args.batch, args.warehouse)
    return 0


if __name__ == "__main__":
    sys.exit(main())
