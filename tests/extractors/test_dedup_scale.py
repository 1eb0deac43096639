"""assign_clusters runs over a whole warehouse (flows.pipeline.recluster): it must scale near-linearly."""

from __future__ import annotations

import datetime as dt
import random

from extractors.dedup import assign_clusters
from extractors.linking.blocking import candidate_pairs
from extractors.linking.features import features
from extractors.records import Event, make_event_id

_TYPES = ["battles", "protests", "riots", "explosions_remote_violence", "violence_against_civilians",
          "strategic_developments"]


def _events(n: int, seed: int = 7, days: int = 365) -> list[Event]:
    rng = random.Random(seed)
    day0 = dt.date(2024, 1, 1)
    out = []
    for k in range(n):
        country = f"C{rng.randrange(30):02d}"
        etype = rng.choice(_TYPES)
        admin1 = None if rng.random() < 0.3 else f"{country}-R{rng.randrange(12)}"
        date = (day0 + dt.timedelta(days=rng.randrange(days))).isoformat()
        doc = f"d{k // 3}"  # three events per document
        out.append(Event(event_id=make_event_id(doc, etype, "Attack", date, None, k), doc_id=doc, url=None,
                         event_date=date, date_precision="day", event_type=etype, sub_event_type="Attack",
                         country=country, admin1=admin1, location=rng.choice([None, "Town A", "Town B"]),
                         fatalities=rng.choice([None, 0, 1, 2, 5])))
    return out


def _pairs(events: list[Event]) -> int:
    feats = [features(i, e) for i, e in enumerate(events)]
    return sum(1 for _ in candidate_pairs(feats))


def test_the_pairs_compared_grow_linearly_with_the_warehouse():
    """Four times the reports over four times the days (the same news per day): about four times the
    comparisons, not sixteen. Counted, not timed (bench/dedup_bench.py has the seconds)."""
    small, big = _pairs(_events(10_000, days=365)), _pairs(_events(40_000, days=4 * 365))
    assert small > 0
    assert big / small < 5, (small, big)


def test_a_big_warehouse_clusters_every_report():
    events = _events(20_000)
    out = assign_clusters(events)
    assert len(out) == len(events)
    assert len({e.cluster_id for e in out}) < len(events)  # some incidents were linked


def test_clusters_never_hold_two_events_of_one_document():
    out = assign_clusters(_events(5_000, seed=3))
    seen: dict[str, set[str]] = {}
    for e in out:
        docs = seen.setdefault(e.cluster_id, set())
        assert e.doc_id not in docs
        docs.add(e.doc_id)
