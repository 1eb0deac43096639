"""Cross-source deduplication: reports of the same real-world incident share a ``cluster_id``.

A *report* is one article's event record; an *incident* is the real-world event several reports tell
of. ``assign_clusters`` links reports of different articles with ``extractors.linking`` (time windows
that tolerate a missing or differing day, places at different levels of one hierarchy, types of one
family, actors and wording; average linkage, never two reports of one article in an incident, never
two days a week apart). Every record is kept; only ``cluster_id`` links them.
"""

from __future__ import annotations

import dataclasses

from extractors.linking import link
from extractors.records import Event, hash_id


def assign_clusters(events: list[Event], *, window_days: int = 2) -> list[Event]:
    """Link reports of the same incident; a cluster id is a hash of its earliest member's id.

    Runs over a whole warehouse (``flows.pipeline.recluster``) or one batch: candidate pairs come from
    blocking by country, region and time window, so the cost grows near-linearly. ``window_days`` is
    kept for callers; the tolerated day difference is ``extractors.linking.score.MAX_GAP_DAYS``.
    """
    del window_days
    labels = link(events)
    order = sorted(range(len(events)),
                   key=lambda i: (events[i].event_date or events[i].published or "", events[i].event_id))
    head: dict[int, int] = {}  # label -> earliest member
    for i in order:
        head.setdefault(labels[i], i)
    return [dataclasses.replace(e, cluster_id="c" + hash_id(events[head[labels[i]]].event_id))
            for i, e in enumerate(events)]
