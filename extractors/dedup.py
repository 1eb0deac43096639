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


def assign_clusters(events: list[Event], *, window_days: int = 2) -> list[Event]:
    """Link events of the same incident; a cluster id is a hash of its earliest member's id."""
    ordered = sorted(events, key=lambda e: (e.event_date or "", e.event_id))
    clusters: list[tuple[list[Event], str]] = []
    out: dict[str, str] = {}
    for ev in ordered:
        found = None
        for members, cid in clusters:
            if any(m.doc_id == ev.doc_id for m in members):
                continue  # one document reports one incident once
            if any(same_incident(m, ev, window_days) for m in members):
                found = cid
                members.append(ev)
                break
        if found is None:
            found = "c" + hash_id(ev.event_id)
            clusters.append(([ev], found))
        out[ev.event_id] = found
    return [dataclasses.replace(e, cluster_id=out[e.event_id]) for e in events]
