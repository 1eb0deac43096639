"""A plain-text report of what the warehouse holds, for `conflict-events status`."""

from __future__ import annotations

from flows.settings import Settings
from warehouse import Warehouse

__all__ = ["warehouse_status"]

_QUERIES = {
    "failures by reason": (
        "SELECT error_reason AS reason, count(*) AS pages, "
        "CASE WHEN bool_or(transient) THEN 'retried next run' ELSE 'permanent' END AS retry "
        "FROM pages WHERE error_reason IS NOT NULL GROUP BY ALL ORDER BY pages DESC, reason"),
    "last fetch per source": (
        "SELECT coalesce(s.name, p.source_id, '(no source)') AS source, count(p.page_id) AS pages, "
        "count(*) FILTER (WHERE p.ok) AS ok, max(p.fetched_at) AS last_fetch "
        "FROM pages p LEFT JOIN sources s USING (source_id) GROUP BY ALL ORDER BY last_fetch DESC NULLS LAST"),
    "events by type": (
        "SELECT event_type, count(*) AS events, count(DISTINCT country) AS countries, "
        "sum(fatalities) AS fatalities FROM events GROUP BY ALL ORDER BY events DESC"),
}


def warehouse_status(settings: Settings) -> str:
    """Rows per table, failures by reason, last fetch per source, events by type."""
    warehouse = Warehouse(settings.db_path)
    counts = warehouse.counts()
    lines = [f"{settings.db_path}: " + ", ".join(f"{n} {table}" for table, n in counts.items())]
    queries = dict(_QUERIES)
    if warehouse.query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'feed_state'").item():
        queries["feeds and sitemaps"] = (
            "SELECT url, coalesce(error_reason, 'ok') AS state, links, checked_at FROM feed_state "
            "ORDER BY error_reason NULLS LAST, url")
    for title, sql in queries.items():
        frame = warehouse.query(sql)
        lines.append(f"\n{title}:")
        if frame.is_empty():
            lines.append("  (none)")
            continue
        for row in frame.iter_rows():
            lines.append("  " + "  ".join("" if v is None else str(v) for v in row))
    return "\n".join(lines)
