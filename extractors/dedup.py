"""Cross-source deduplication: events of the same real-world incident share a ``cluster_id``.

Two events from different documents are the same incident when their dates are within a window, the
country and event type agree, and the places do not contradict each other (different first-level
regions, or different towns in the same region, mean different incidents). Every record is kept; only
``cluster_id`` links them.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

from extractors.records import Event, hash_id


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

    Runs over a whole warehouse: events are only compared within their (country, event type) and
    first-level region (events without a region against all of that country and type), and only
    within the date window, found by bisection over date-sorted lists. Ties between equally good
    pairs are broken by date order, as a single date-sorted scan would.
    """
    n = len(events)
    order = sorted(range(n), key=lambda i: (events[i].event_date or "", events[i].event_id))
    pos = [0] * n
    for p, i in enumerate(order):
        pos[i] = p
    days: list[int | None] = [None] * n
    buckets: dict[tuple[str, str], dict[str, list[int]]] = {}
    for i in order:
        e = events[i]
        d = _day(e.event_date)
        if d is None or not e.country:  # same_incident needs both
            continue
        days[i] = d.toordinal()
        buckets.setdefault((e.country, e.event_type), {}).setdefault(_norm(e.admin1), []).append(i)
    pairs: list[tuple[tuple, int, int]] = []

    def consider(i: int, j: int) -> None:
        if pos[j] < pos[i]:
            i, j = j, i
        if same_incident(events[i], events[j], window_days):
            pairs.append((_affinity(events[i], events[j]), i, j))

    for regions in buckets.values():
        open_region = regions.get("", [])
        open_days = [days[i] for i in open_region]
        for region, members in regions.items():
            member_days = [days[i] for i in members]
            for x, i in enumerate(members):
                stop = bisect.bisect_right(member_days, days[i] + window_days, x + 1)
                for j in members[x + 1:stop]:
                    consider(i, j)
                if region:  # against the events that name no region, on either side in time
                    lo = bisect.bisect_left(open_days, days[i] - window_days)
                    hi = bisect.bisect_right(open_days, days[i] + window_days, lo)
                    for j in open_region[lo:hi]:
                        consider(i, j)
    pairs.sort(key=lambda t: (pos[t[1]], pos[t[2]]))
    pairs.sort(key=lambda t: t[0], reverse=True)  # stable: equal pairs stay in date order
    parent = list(range(n))
    docs: dict[int, set[str]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in pairs:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        di = docs.get(ri) or {events[ri].doc_id}
        dj = docs.get(rj) or {events[rj].doc_id}
        if di & dj:
            continue
        parent[rj] = ri
        if ri in docs:
            di |= dj
        else:
            docs[ri] = di | dj
        docs.pop(rj, None)
    head: dict[int, int] = {}  # root -> earliest member (order is date order)
    for i in order:
        head.setdefault(root(i), i)
    return [dataclasses.replace(e, cluster_id="c" + hash_id(events[head[root(i)]].event_id))
            for i, e in enumerate(events)]
