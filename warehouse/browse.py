"""Queries behind `conflict-events browse`: filtered, sorted, paginated events with facet counts, map
points, incidents, articles with their evidence spans, crawl health. Functions of a read-only DuckDB connection: to the
app's flat copy of the events (``warehouse/browse_index.py``) for the events page, facets and map, to
the warehouse for the rest.

Every value a user typed reaches DuckDB as a bound parameter; column names and sort keys come only from
the whitelists below. A filter value that names nothing in the warehouse (a country typo, an event type
that does not exist) raises ``WarehouseError`` with the known values, so a page never silently shows
"0 events" for a typo.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

import duckdb

from warehouse.api import _date
from warehouse.browse_index import _HOST
from warehouse.countries import country_name, resolve_country
from warehouse.errors import WarehouseError, error_text

__all__ = ["FACETS", "SORTS", "EventFilter", "article", "events_page", "incident", "map_points", "raw_body",
           "selection_sql", "sources_health"]

# The events page, its facets and the map read the app's own flat copy of the events (browse_index.py:
# ``browse_events``, the source already resolved); downloads select the same events in the warehouse,
# where an event's source is the configured name of its article's source, else the URL's host.
_FROM = "FROM browse_events e"
_SOURCE = "e.source"
_WH_FROM = ("FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id "
            "LEFT JOIN sources s ON s.source_id = a.source_id")
_WH_SOURCE = f"coalesce(s.name, {_HOST})"

# facet name -> (column expression, label); also the categorical filters validated against the data.
FACETS: dict[str, tuple[str, str]] = {
    "country": ("e.country", "country"),
    "admin1": ("e.admin1", "admin1"),
    "type": ("e.event_type", "event type"),
    "sub_type": ("e.sub_event_type", "sub-event type"),
    "language": ("e.language", "language"),
    "source": (_SOURCE, "source"),
}
FACET_LIMIT = 12

# sort key -> ORDER BY expression (ties broken by event_id so pages are stable).
SORTS: dict[str, str] = {
    "date": "e.event_date", "fatalities": "e.fatalities", "country": "e.country", "type": "e.event_type",
    "confidence": "e.confidence", "published": "e.published", "admin1": "e.admin1",
}

COLUMNS = ("e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1, "
           "e.location, e.latitude, e.longitude, e.fatalities, e.injuries, e.language, e.confidence, "
           "e.evidence, e.doc_id, e.url, e.incident, e.source")

FILTER_NAMES = ("country", "admin1", "type", "sub_type", "actor", "from", "to", "min_fatalities",
                "max_fatalities", "language", "source", "incident", "doc", "point", "q")
PAGE_NAMES = ("sort", "order", "page", "per_page")
MAX_PER_PAGE = 500


@dataclasses.dataclass(frozen=True)
class EventFilter:
    """What a user asked for, parsed and checked (but not yet checked against the data)."""

    country: str | None = None       # ISO 3166 alpha-3 (a name or a 2-letter code is resolved)
    admin1: str | None = None
    type: str | None = None
    sub_type: str | None = None
    actor: str | None = None         # a substring of actor1 or actor2, any case
    start: dt.date | None = None
    end: dt.date | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    language: str | None = None
    source: str | None = None
    incident: str | None = None      # coalesce(cluster_id, event_id)
    doc: str | None = None
    point: tuple[float, float] | None = None  # latitude, longitude rounded to 3 decimals (a map point)
    q: str | None = None             # a substring of the evidence sentence

    @classmethod
    def parse(cls, args: Mapping[str, str]) -> EventFilter:
        """From query-string values; empty values are absent; unknown names and bad values raise."""
        unknown = sorted(k for k in args if k not in FILTER_NAMES and k not in PAGE_NAMES)
        if unknown:
            raise WarehouseError(f"unknown filter {', '.join(map(repr, unknown))}: use "
                                 f"{', '.join(FILTER_NAMES)}")
        v = {k: str(val).strip() for k, val in args.items() if val is not None and str(val).strip()}
        start, end = _date(v.get("from"), "from"), _date(v.get("to"), "to")
        if start and end and start > end:
            raise WarehouseError(f"'from' {start} is after 'to' {end}")
        point = None
        if "point" in v:
            try:
                lat, lon = (float(x) for x in v["point"].split(","))
            except ValueError:
                raise WarehouseError(f"bad point {v['point']!r}: use LAT,LON such as 36.2,37.15") from None
            point = (round(lat, 3), round(lon, 3))
        return cls(country=resolve_country(v["country"]) if "country" in v else None,
                   admin1=v.get("admin1"), type=v.get("type"), sub_type=v.get("sub_type"), actor=v.get("actor"),
                   start=start, end=end, min_fatalities=_int(v, "min_fatalities"),
                   max_fatalities=_int(v, "max_fatalities"), language=v.get("language"), source=v.get("source"),
                   incident=v.get("incident"), doc=v.get("doc"), point=point, q=v.get("q"))

    def where(self, source: str = _SOURCE) -> tuple[str, list]:
        """``WHERE ...`` (or empty) over ``_FROM`` (or ``_WH_FROM`` with ``source=_WH_SOURCE``), and its
        parameters."""
        clauses, params = [], []

        def add(sql: str, *values) -> None:
            clauses.append(sql)
            params.extend(values)

        if self.country:
            add("e.country = ?", self.country)
        if self.admin1:
            add("lower(e.admin1) = lower(?)", self.admin1)
        if self.type:
            add("e.event_type = ?", self.type)
        if self.sub_type:
            add("e.sub_event_type = ?", self.sub_type)
        if self.actor:
            add("(contains(lower(e.actor1), lower(?)) OR contains(lower(e.actor2), lower(?)))",
                self.actor, self.actor)
        if self.start:
            add("e.event_date >= ?", self.start)
        if self.end:
            add("e.event_date <= ?", self.end)
        if self.min_fatalities is not None:
            add("coalesce(e.fatalities, 0) >= ?", self.min_fatalities)
        if self.max_fatalities is not None:
            add("coalesce(e.fatalities, 0) <= ?", self.max_fatalities)
        if self.language:
            add("e.language = ?", self.language)
        if self.source:
            add(f"{source} = ?", self.source)
        if self.incident:
            add("coalesce(e.cluster_id, e.event_id) = ?", self.incident)
        if self.doc:
            add("e.doc_id = ?", self.doc)
        if self.point:
            add("round(e.latitude, 3) = ? AND round(e.longitude, 3) = ?", *self.point)
        if self.q:
            add("contains(lower(e.evidence), lower(?))", self.q)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def query_args(self) -> dict[str, str]:
        """The filter as query-string values again (for links and downloads)."""
        out = {"country": self.country, "admin1": self.admin1, "type": self.type, "sub_type": self.sub_type,
               "actor": self.actor, "from": self.start and self.start.isoformat(),
               "to": self.end and self.end.isoformat(), "min_fatalities": self.min_fatalities,
               "max_fatalities": self.max_fatalities, "language": self.language, "source": self.source,
               "incident": self.incident, "doc": self.doc,
               "point": self.point and f"{self.point[0]},{self.point[1]}", "q": self.q}
        return {k: str(v) for k, v in out.items() if v is not None}


def _int(values: dict, name: str) -> int | None:
    if name not in values:
        return None
    try:
        return int(values[name])
    except ValueError:
        raise WarehouseError(f"bad {name.replace('_', ' ')} {values[name]!r}: give a whole number") from None


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    try:
        cur = con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise WarehouseError(error_text(exc)) from exc


def check_values(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> None:
    """Refuse a categorical filter value that no event has, naming the most common known ones."""
    for name in ("admin1", "type", "sub_type", "language", "source", "country"):
        value = getattr(flt, name)
        if not value:
            continue
        expr, label = FACETS[name]
        match = f"lower({expr}) = lower(?)" if name == "admin1" else f"{expr} = ?"
        if _rows(con, f"SELECT 1 AS x {_FROM} WHERE {match} LIMIT 1", [value]):
            continue
        known = [r["v"] for r in _rows(con, f"SELECT {expr} AS v {_FROM} WHERE {expr} IS NOT NULL "
                                            "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 8")]
        shown = country_name(value) + f" ({value})" if name == "country" else repr(value)
        raise WarehouseError(f"no event has {label} {shown}" + (f": known values include {', '.join(known)}"
                                                                 if known else ": the warehouse has no events"))


def events_page(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, sort: str = "date", order: str = "desc",
                page: int = 1, per_page: int = 50, facets: bool = True) -> dict:
    """One page of events (one row per coded report) with the total and the facet counts."""
    if sort not in SORTS:
        raise WarehouseError(f"unknown sort {sort!r}: use {', '.join(SORTS)}")
    if order not in ("asc", "desc"):
        raise WarehouseError(f"unknown order {order!r}: use asc or desc")
    if page < 1 or not 1 <= per_page <= MAX_PER_PAGE:
        raise WarehouseError(f"page starts at 1 and per_page is 1 to {MAX_PER_PAGE}")
    check_values(con, flt)
    where, params = flt.where()
    total, facet_counts = _facets(con, where, params) if facets else (_count(con, where, params), {})
    # Late materialisation: sort and cut the page on the narrow columns, then read the wide ones (the
    # evidence sentences) of those rows only. Ties go by rowid (the copy's order), so pages are stable.
    order_by = f"{SORTS[sort]} {order.upper()} NULLS LAST, e.rowid"
    rows = _rows(con, f"SELECT {COLUMNS} {_FROM} WHERE e.rowid IN (SELECT e.rowid {_FROM} {where} "
                      f"ORDER BY {order_by} LIMIT ? OFFSET ?) ORDER BY {order_by}",
                 [*params, per_page, (page - 1) * per_page])
    pages = max(1, -(-total // per_page))
    return {"rows": rows, "total": total, "page": page, "pages": pages, "per_page": per_page, "sort": sort,
            "order": order, "facets": facet_counts}


def _count(con, where: str, params: list) -> int:
    return _rows(con, f"SELECT count(*) AS n {_FROM} {where}", params)[0]["n"]


def _facets(con, where: str, params: list) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """The total and, per facet, its most common values within the filter: one scan (GROUPING SETS)."""
    names = list(FACETS)
    cols = ", ".join(f"{FACETS[n][0]} AS f{i}" for i, n in enumerate(names))
    sets = ", ".join(f"(f{i})" for i in range(len(names)))
    rows = _rows(con, f"SELECT f.*, grouping({', '.join(f'f{i}' for i in range(len(names)))}) AS g, "
                      f"count(*) AS n FROM (SELECT {cols} {_FROM} {where}) f "
                      f"GROUP BY GROUPING SETS ({sets}, ())", params)
    full = (1 << len(names)) - 1
    total = next((r["n"] for r in rows if r["g"] == full), 0)
    out: dict[str, list[tuple[str, int]]] = {n: [] for n in names}
    for r in rows:
        for i, n in enumerate(names):
            if r["g"] == full ^ (1 << (len(names) - 1 - i)) and r[f"f{i}"] is not None:
                out[n].append((r[f"f{i}"], r["n"]))
    for n in names:
        out[n] = sorted(out[n], key=lambda kv: (-kv[1], str(kv[0])))[:FACET_LIMIT]
    return total, out


def selection_sql(flt: EventFilter) -> tuple[str, list]:
    """A subquery of the matching ``events.event_id`` values in the warehouse, for the exporters."""
    where, params = flt.where(source=_WH_SOURCE)
    return f"SELECT e.event_id {_WH_FROM} {where}", params


MAX_POINTS = 20_000


def map_points(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> dict:
    """Events with coordinates grouped by place (3 decimals): the commonest type, count and fatalities."""
    check_values(con, flt)
    where, params = flt.where()
    cond = f"{where} {'AND' if where else 'WHERE'} e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    rows = _rows(con, f"SELECT round(e.latitude, 3) AS lat, round(e.longitude, 3) AS lon, "
                      "mode(e.event_type) AS type, any_value(e.location) AS location, count(*) AS events, "
                      f"sum(coalesce(e.fatalities, 0))::BIGINT AS fatalities {_FROM} {cond} "
                      f"GROUP BY 1, 2 ORDER BY events DESC, fatalities DESC LIMIT {MAX_POINTS}", params)
    types = sorted({r["type"] for r in rows if r["type"]})
    return {"points": rows, "types": types, "truncated": len(rows) == MAX_POINTS}


def incident(con: duckdb.DuckDBPyConnection, incident_id: str) -> list[dict]:
    """Every report of one real-world incident (events sharing ``coalesce(cluster_id, event_id)``), read
    from the warehouse itself (a connection to it, not the index)."""
    cols = COLUMNS.replace("e.incident, e.source", f"coalesce(e.cluster_id, e.event_id) AS incident, "
                                                   f"{_WH_SOURCE} AS source")
    rows = _rows(con, f"SELECT {cols}, e.fatalities_low, e.fatalities_high, e.published, e.date_precision, "
                      f"a.title {_WH_FROM} WHERE coalesce(e.cluster_id, e.event_id) = ? "
                      "ORDER BY e.published NULLS LAST, e.event_id", [incident_id])
    if not rows:
        raise WarehouseError(f"no incident {incident_id!r}: incident ids are the events' cluster_id "
                             "(or event_id when an event has no cluster)")
    return rows


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict:
    """An article, its events and the text cut into plain and highlighted pieces (``segments``)."""
    found = _rows(con, "SELECT a.doc_id, a.url, a.canonical_url, a.title, a.text, a.published, a.language, "
                       "a.site, a.author, a.content_hash, s.name AS source, p.fetched_at, "
                       "(r.content_hash IS NOT NULL) AS has_raw FROM articles a "
                       "LEFT JOIN sources s ON s.source_id = a.source_id "
                       "LEFT JOIN pages p ON p.page_id = a.doc_id "
                       "LEFT JOIN raw_html r ON r.content_hash = a.content_hash WHERE a.doc_id = ?", [doc_id])
    if not found:
        raise WarehouseError(f"no article {doc_id!r}: article ids are the events' doc_id")
    art = found[0]
    events = _rows(con, "SELECT event_id, event_type, sub_event_type, event_date, country, admin1, location, "
                        "actor1, actor2, fatalities, injuries, evidence, evidence_start, evidence_end, "
                        "coalesce(cluster_id, event_id) AS incident FROM events WHERE doc_id = ? "
                        "ORDER BY evidence_start NULLS LAST, event_id", [doc_id])
    art["events"] = events
    art["segments"] = segments(art["text"] or "", events)
    return art


def evidence_span(text: str, event: dict) -> tuple[int, int] | None:
    """Where the event's evidence sits in ``text``: its stored offsets when they still match the
    sentence, else the first place the sentence occurs; None when it is not in the text."""
    start, end, evidence = event.get("evidence_start"), event.get("evidence_end"), event.get("evidence") or ""
    if start is not None and end is not None and 0 <= start < end <= len(text):
        if not evidence or text[start:end] == evidence:
            return start, end
    if evidence:
        at = text.find(evidence)
        if at >= 0:
            return at, at + len(evidence)
    return None


def segments(text: str, events: list[dict]) -> list[tuple[str, list[str]]]:
    """``text`` as consecutive ``(piece, [event_id, ...])`` pairs: the ids whose evidence covers the piece."""
    cuts = {0, len(text)}
    spans = []
    for ev in events:
        span = evidence_span(text, ev)
        ev["found"] = span is not None
        if span:
            spans.append((span, ev["event_id"]))
            cuts |= set(span)
    bounds = sorted(cuts)
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if lo < hi:
            out.append((text[lo:hi], [eid for (s, e), eid in spans if s <= lo and hi <= e]))
    return out


def raw_body(con: duckdb.DuckDBPyConnection, content_hash: str) -> tuple[bytes, str | None]:
    """The stored raw HTML bytes of a page and their encoding."""
    from warehouse.codec import decompress

    try:
        row = con.execute("SELECT body, codec, encoding FROM raw_html WHERE content_hash = ?",
                          [content_hash]).fetchone()
    except duckdb.Error as exc:
        raise WarehouseError(error_text(exc)) from exc
    if row is None:
        raise WarehouseError(f"no stored raw HTML {content_hash!r}")
    return decompress(row[0], row[1]), row[2]


def sources_health(con: duckdb.DuckDBPyConnection) -> dict:
    """Crawl health per source name (``source_coverage``) and failed pages by reason (as `status`)."""
    per_source = _rows(con, "SELECT coalesce(name, source) AS source, sum(pages)::BIGINT AS pages, "
                            "sum(pages_ok)::BIGINT AS ok, sum(pages_failed)::BIGINT AS failed, "
                            "round(sum(pages_failed) / sum(pages), 3) AS failure_rate, "
                            "sum(articles)::BIGINT AS articles, sum(events)::BIGINT AS events, "
                            "strftime(max(last_success), '%Y-%m-%d %H:%M') AS last_success, "
                            "strftime(max(last_fetch), '%Y-%m-%d %H:%M') AS last_fetch "
                            "FROM source_coverage GROUP BY 1 ORDER BY pages DESC, source")
    reasons = _rows(con, "SELECT error_reason AS reason, count(*) AS pages, "
                         "CASE WHEN bool_or(transient) THEN 'retried next run' ELSE 'permanent' END AS retry "
                         "FROM pages WHERE error_reason IS NOT NULL AND NOT ok GROUP BY ALL "
                         "ORDER BY pages DESC, reason")
    by_source = _rows(con, "SELECT coalesce(s.name, f.source) AS source, f.error_reason AS reason, "
                           "sum(f.pages)::BIGINT AS pages, strftime(max(f.last_seen), '%Y-%m-%d %H:%M') AS last_seen "
                           "FROM crawl_failures f LEFT JOIN sources s ON s.source_id = f.source "
                           "GROUP BY ALL ORDER BY pages DESC, source, reason")
    return {"sources": per_source, "reasons": reasons, "failures": by_source}
