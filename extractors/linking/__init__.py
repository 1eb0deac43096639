"""Cross-outlet linking of reports into incidents: features, blocking, pair scores, average linkage.

A *report* is one article's event record; an *incident* is the real-world event that several reports
tell of. ``link(events)`` gives every report a group label; ``extractors.dedup.assign_clusters`` turns
the labels into ``cluster_id`` values. Pure functions, standard library only.
"""

from __future__ import annotations

from extractors.linking.blocking import candidate_pairs
from extractors.linking.features import Features, features
from extractors.linking.group import group
from extractors.linking.score import pair_score
from extractors.records import Event


def link(events: list[Event]) -> list[int]:
    """For each report, the index of a report of the same incident (equal labels: one incident)."""
    feats = [features(i, e) for i, e in enumerate(events)]
    return group(feats, candidate_pairs(feats))


__all__ = ["Features", "features", "link", "pair_score"]
