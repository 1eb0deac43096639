"""Cross-source deduplication: reports of the same real-world incident share a ``cluster_id``.

A *report* is one article's event record; an *incident* is the real-world event several reports tell
of. ``assign_clusters`` links reports of different articles with ``extractors.linking`` (time windows
that tolerate a missing or differing day, places at different levels of one hierarchy, types of one
family, actors and wording; average linkage, never two reports of one article in an incident, never
two days a week apart). Every record is kept; only ``cluster_id`` links them.
"""

from __future__ import annotations

import gc
from operator import attrgetter

from extractors.linking import link
from extractors.records import EVENT_FIELDS, Event, hash_id

_VALUES = attrgetter(*EVENT_FIELDS)
_CLUSTER = EVENT_FIELDS.index("cluster_id")


def _with_cluster(e: Event, cluster_id: str) -> Event:
    """``dataclasses.replace(e, cluster_id=...)`` at a third of its cost (it runs once per report)."""
    values = list(_VALUES(e))
    values[_CLUSTER] = cluster_id
    return Event(*values)


def assign_clusters(events: list[Event], *, window_days: int = 2) -> list[Event]:
    """Link reports of the same incident; a cluster id is a hash of its earliest member's id.

    Runs over a whole warehouse (``flows.pipeline.recluster``) or one batch: candidate pairs come from
    blocking by country, region and time window, so the cost grows near-linearly. ``window_days`` is
    kept for callers; the tolerated day difference is ``extractors.linking.score.MAX_GAP_DAYS``.
    """
    del window_days
    paused = gc.isenabled()
    gc.disable()  # millions of small, long-lived objects: collection passes would find no garbage
    try:
        return _assign(events)
    finally:
        if paused:
            gc.enable()


def _assign(events: list[Event]) -> list[Event]:
    labels = link(events)
    order = sorted(range(len(events)),
                   key=lambda i: (events[i].event_date or events[i].published or "", events[i].event_id))
    head: dict[int, int] = {}  # label -> earliest member
    for i in order:
        head.setdefault(labels[i], i)
    ids = {label: "c" + hash_id(events[i].event_id) for label, i in head.items()}
    return [e if e.cluster_id == ids[labels[i]] else _with_cluster(e, ids[labels[i]])
            for i, e in enumerate(events)]
