"""What the warehouse holds, for `conflict-events status`: as labelled text tables or as JSON."""

from __future__ import annotations

import datetime as dt
import decimal

from flows.settings import Settings
from warehouse import Warehouse

__all__ = ["status_report", "warehouse_status"]

GATED = "gate: not conflict"  # flows.pipeline.GATED (not imported: it would load the extractors)
# Times to the second: microseconds help nobody reading a status.
_T = "strftime({col}, '%Y-%m-%d %H:%M:%S')"

_QUERIES = {
    "failures by reason": (
        "SELECT error_reason AS reason, count(*) AS pages, "
        "CASE WHEN bool_or(transient) THEN 'retried next run' ELSE 'permanent' END AS retry "
        "FROM pages WHERE error_reason IS NOT NULL AND NOT ok GROUP BY ALL ORDER BY pages DESC, reason"),
    # pages with a body, by the gate version that judged them; rejected pages are ok, not failures
    "relevance gate": (
        "SELECT coalesce(p.gate_version, '(not judged)') AS gate, "
        f"count(*) FILTER (WHERE p.error_reason IS DISTINCT FROM '{GATED}') AS passed, "
        f"count(*) FILTER (WHERE p.error_reason = '{GATED}') AS rejected, "
        f"count(r.content_hash) FILTER (WHERE p.error_reason = '{GATED}') AS rejected_raw_kept "
        "FROM pages p LEFT JOIN raw_html r USING (content_hash) WHERE p.content_hash IS NOT NULL "
        "GROUP BY ALL ORDER BY gate"),
    "last fetch per source": (
        "SELECT coalesce(s.name, p.source_id, '(no source)') AS source, count(p.page_id) AS pages, "
        f"count(*) FILTER (WHERE p.ok) AS ok, {_T.format(col='max(p.fetched_at)')} AS last_fetch "
        "FROM pages p LEFT JOIN sources s USING (source_id) GROUP BY ALL ORDER BY last_fetch DESC NULLS LAST"),
    # a report is one article's event record; an incident the real-world event its reports tell of
    "reports and incidents by type": (
        "SELECT event_type, r.reports, coalesce(i.incidents, 0) AS incidents, r.countries, i.fatalities "
        "FROM (SELECT event_type, count(*) AS reports, count(DISTINCT country) AS countries FROM events "
        "GROUP BY ALL) r LEFT JOIN (SELECT event_type, count(*) AS incidents, "
        "sum(fatalities)::BIGINT AS fatalities FROM incidents GROUP BY ALL) i USING (event_type) "
        "ORDER BY reports DESC, event_type"),
}
_OPTIONAL = {
    "feed_state": ("feeds and sitemaps", (
        f"SELECT url, coalesce(error_reason, 'ok') AS state, links, {_T.format(col='checked_at')} AS checked_at "
        "FROM feed_state ORDER BY error_reason NULLS LAST, url")),
    "backfill_checkpoints": ("backfill checkpoints", (
        "SELECT job, unit, CASE WHEN done THEN 'done' ELSE 'in progress' END AS state, position, "
        f"{_T.format(col='updated_at')} AS updated_at FROM backfill_checkpoints ORDER BY updated_at DESC, unit")),
}


def status_report(settings: Settings) -> dict:
    """Rows per table and, per section, ``{"columns": [...], "rows": [[...], ...]}`` (JSON-ready)."""
    warehouse = Warehouse(settings.db_path)
    counts = warehouse.counts()
    present = set(warehouse.query("SELECT table_name FROM information_schema.tables")["table_name"].to_list())
    queries = dict(_QUERIES)
    for table, (title, sql) in _OPTIONAL.items():
        if table in present:
            queries[title] = sql
    sections = {}
    for title, sql in queries.items():
        frame = warehouse.query(sql)
        sections[title] = {"columns": frame.columns,
                           "rows": [[_plain(v) for v in row] for row in frame.iter_rows()]}
    return {"warehouse": str(settings.db_path), "rows": counts, "sections": sections}


def _plain(value):
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value.isoformat() if isinstance(value, dt.date) else value


def _table(columns: list[str], rows: list[list]) -> list[str]:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) for i in range(len(columns))]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  " + "  ".join(v.rjust(w) if n else v.ljust(w)
                                for v, w, n in zip(values, widths, numeric, strict=True)).rstrip()

    return [line(columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]


def warehouse_status(settings: Settings) -> str:
    """Rows per table, failures by reason, the relevance gate's verdicts, last fetch per source, reports and
    incidents by type, feeds, backfill checkpoints, as text tables with their column names."""
    report = status_report(settings)
    lines = [f"{report['warehouse']}: " + ", ".join(f"{n} {table}" for table, n in report["rows"].items())]
    for title, section in report["sections"].items():
        lines.append(f"\n{title}:")
        lines += _table(section["columns"], section["rows"]) if section["rows"] else ["  (none)"]
    return "\n".join(lines)
