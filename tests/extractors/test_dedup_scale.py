"""assign_clusters runs over a whole warehouse (flows.pipeline.recluster): it must scale near-linearly."""

from __future__ import annotations

import datetime as dt
import random
import time

from extractors.dedup import assign_clusters
from extractors.records import Event, make_event_id

_TYPES = ["battles", "protests", "riots", "explosions_remote_violence", "violence_against_civilians",
          "strategic_developments"]


def _events(n: int, seed: int = 7) -> list[Event]:
    rng = random.Random(seed)
    day0 = dt.date(2024, 1, 1)
    out = []
    for k in range(n):
        country = f"C{rng.randrange(30):02d}"
        etype = rng.choice(_TYPES)
        admin1 = None if rng.random() < 0.3 else f"{country}-R{rng.randrange(12)}"
        date = (day0 + dt.timedelta(days=rng.randrange(365))).isoformat()
        doc = f"d{k // 3}"  # three events per document
        out.append(Event(event_id=make_event_id(doc, etype, "Attack", date, None, k), doc_id=doc, url=None,
                         event_date=date, date_precision="day", event_type=etype, sub_event_type="Attack",
                         country=country, admin1=admin1, location=rng.choice([None, "Town A", "Town B"]),
                         fatalities=rng.choice([None, 0, 1, 2, 5])))
    return out


def test_fifty_thousand_events_cluster_in_seconds():
    events = _events(50_000)
    t0 = time.perf_counter()
    out = assign_clusters(events)
    elapsed = time.perf_counter() - t0
    assert len(out) == len(events)
    assert len({e.cluster_id for e in out}) < len(events)  # some incidents were linked
    assert elapsed < 10, f"{elapsed:.1f} s for 50,000 events"


def test_clusters_never_hold_two_events_of_one_document():
    out = assign_clusters(_events(5_000, seed=3))
    seen: dict[str, set[str]] = {}
    for e in out:
        docs = seen.setdefault(e.cluster_id, set())
        assert e.doc_id not in docs
        docs.add(e.doc_id)
