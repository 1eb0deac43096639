"""Cross-source deduplication: events of the same real-world incident share a ``cluster_id``."""

from __future__ import annotations

import dataclasses
import datetime as dt

from extractors.models import Event, hash_id


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def assign_clusters(events: list[Event], *, window_days: int = 2) -> list[Event]:
    """Group events by type and country within a date window; ids are hashes of the group's first event."""
    ordered = sorted(events, key=lambda e: (e.event_date or "", e.event_id))
    clusters: list[tuple[Event, str]] = []
    out: dict[str, str] = {}
    for ev in ordered:
        d = _day(ev.event_date)
        found = None
        for head, cid in clusters:
            hd = _day(head.event_date)
            if (head.event_type == ev.event_type and head.country == ev.country and d and hd
                    and abs((d - hd).days) <= window_days and head.doc_id != ev.doc_id):
                found = cid
                break
        if found is None:
            found = "c" + hash_id(ev.event_id)
            clusters.append((ev, found))
        out[ev.event_id] = found
    return [dataclasses.replace(e, cluster_id=out[e.event_id]) for e in events]
