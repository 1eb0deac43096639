"""Cross-source deduplication: events of the same real-world incident share a ``cluster_id``.

Two events from different documents are the same incident when their dates are within a window, the
country and event type agree, and the places do not contradict each other (different first-level
regions, or different towns in the same region, mean different incidents). Every record is kept; only
``cluster_id`` links them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from extractors.models import Event, hash_id


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _norm(value: str | None) -> str:
    return (value or "").strip().lower()


def same_incident(a: Event, b: Event, window_days: int = 2) -> bool:
    da, db = _day(a.event_date), _day(b.event_date)
    if a.doc_id == b.doc_id or not da or not db or abs((da - db).days) > window_days:
        return False
    if a.event_type != b.event_type or not a.country or a.country != b.country:
        return False
    if a.admin1 and b.admin1 and _norm(a.admin1) != _norm(b.admin1):
        return False
    if a.location and b.location and _norm(a.location) != _norm(b.location) and a.admin1 != b.admin1:
        return False
    return True


def _affinity(a: Event, b: Event) -> tuple:
    """Higher for closer matches: same town, same region, same day, same toll."""
    da, db = _day(a.event_date), _day(b.event_date)
    return (bool(a.location and _norm(a.location) == _norm(b.location)),
            bool(a.admin1 and _norm(a.admin1) == _norm(b.admin1)),
            -abs((da - db).days) if da and db else -99,
            a.fatalities is not None and a.fatalities == b.fatalities,
            a.sub_event_type == b.sub_event_type)


def assign_clusters(events: list[Event], *, window_days: int = 2) -> list[Event]:
    """Link events of the same incident; a cluster id is a hash of its earliest member's id.

    Candidate pairs are merged best first (same town before same region before a day apart), and a
    cluster never takes two events of one document, so a near miss cannot steal a better partner.
    """
    by_date = sorted(range(len(events)), key=lambda i: (events[i].event_date or "", events[i].event_id))
    pairs = []
    for x, i in enumerate(by_date):
        di = _day(events[i].event_date)
        if di is None:
            continue
        for j in by_date[x + 1:]:
            dj = _day(events[j].event_date)
            if dj is None or (dj - di).days > window_days:
                break
            if same_incident(events[i], events[j], window_days):
                pairs.append((_affinity(events[i], events[j]), i, j))
    pairs.sort(key=lambda t: t[0], reverse=True)
    parent = list(range(len(events)))
    docs = [{e.doc_id} for e in events]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in pairs:
        ri, rj = root(i), root(j)
        if ri == rj or docs[ri] & docs[rj]:
            continue
        parent[rj] = ri
        docs[ri] |= docs[rj]
    members: dict[int, list[int]] = {}
    for i in range(len(events)):
        members.setdefault(root(i), []).append(i)
    cluster_of = {}
    for idx in members.values():
        head = min(idx, key=lambda i: (events[i].event_date or "", events[i].event_id))
        for i in idx:
            cluster_of[i] = "c" + hash_id(events[head].event_id)
    return [dataclasses.replace(e, cluster_id=cluster_of[i]) for i, e in enumerate(events)]
