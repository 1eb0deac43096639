"""A self-contained HTML report: incidents over time, a map, a filterable incident list, actors, sources.

Everything it counts is incidents (``events_dedup``: one row per real-world event, the reports that share
a ``cluster_id``); the summary cards also give the number of reports (articles' event records), and every
label says which of the two it counts. The file embeds its data, a low-resolution world map (Natural
Earth 1:110m, public domain) and the small script that draws the chart and the map as inline SVG and the
incident list as a table, so it opens offline and can be mailed as one file. Clicking a map point shows
its incidents; the list filters by text, type and fatalities.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import BinaryIO

import duckdb
import polars as pl

from warehouse.api import filters
from warehouse.countries import resolve_country
from warehouse.errors import WarehouseError, error_text
from warehouse.store import Warehouse

_DATA = Path(__file__).with_name("data")
MAX_POINTS = 5000  # incidents embedded for the map and the list (the latest)
DAILY_UP_TO_DAYS = 120


def _table(frame: pl.DataFrame, headers: list[str] | None = None) -> str:
    if frame.is_empty():
        return '<p class="empty">nothing in this selection</p>'
    headers = headers or frame.columns
    numeric = [dtype.is_numeric() for dtype in frame.dtypes]
    head = "".join(f'<th{" class=n" if n else ""}>{html.escape(h)}</th>' for h, n in zip(headers, numeric, strict=True))
    rows = []
    for row in frame.iter_rows():
        cells = "".join(
            f'<td{" class=n" if n else ""}>{"" if v is None else html.escape(str(v))}</td>'
            for v, n in zip(row, numeric, strict=True))
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _json_for_script(value) -> str:
    # "</" would end the <script> element early; JSON allows the escaped form.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _world() -> dict:
    return json.loads((_DATA / "world_110m.geojson").read_text(encoding="utf-8"))


def _bbox(points: list[dict], world: dict, country: str | None) -> list[float]:
    """Frame the map on the incidents (or the country), padded; the whole world when there is neither."""
    xs = [p["lon"] for p in points]
    ys = [p["lat"] for p in points]
    if country:
        for f in world["features"]:
            if f["properties"]["iso3"] == country.upper():
                for poly in f["geometry"]["coordinates"]:
                    for ring in poly:
                        xs += [c[0] for c in ring]
                        ys += [c[1] for c in ring]
    if not xs:
        return [-180.0, -60.0, 180.0, 85.0]
    pad = max(2.0, 0.15 * max(max(xs) - min(xs), max(ys) - min(ys)))
    return [max(min(xs) - pad, -180.0), max(min(ys) - pad, -90.0), min(max(xs) + pad, 180.0),
            min(max(ys) + pad, 90.0)]


def gather(warehouse: Warehouse, country: str | None = None, start=None, end=None,
           snapshot: bool = False) -> dict:
    """Everything the report shows, as frames and plain values (also handy in a notebook).

    One read-only connection serves every query, so the figures agree with each other even while a
    crawl writes between reports.
    """
    where, params = filters(country, start, end)
    with warehouse.reader(snapshot=snapshot) as con:
        return _gather(con, where, params)


def _gather(con, where: str, params: list) -> dict:
    def q(sql: str, args: list | None = None) -> pl.DataFrame:
        try:
            return pl.from_arrow(con.sql(sql, params=args or None).to_arrow_table())
        except duckdb.Error as exc:
            raise WarehouseError(error_text(exc)) from exc

    # events_dedup is costly (seconds per million reports): compute the selection once. Temporary
    # tables live in memory, so this works on a read-only connection too.
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE report_events AS SELECT * FROM events_dedup {where}", params)
    except duckdb.Error as exc:
        raise WarehouseError(error_text(exc)) from exc
    span = q("SELECT min(event_date) AS lo, max(event_date) AS hi, count(*) AS n, "
             "sum(coalesce(fatalities, 0))::BIGINT AS fat, sum(n_reports)::BIGINT AS reports "
             "FROM report_events").row(0, named=True)
    lo, hi = span["lo"], span["hi"]
    daily = lo is not None and (hi - lo).days <= DAILY_UP_TO_DAYS
    bucket = "event_date" if daily else "date_trunc('month', event_date)::DATE"
    timeline = q(f"SELECT {bucket} AS period, event_type, count(*) AS incidents FROM report_events "
                 "WHERE event_date IS NOT NULL GROUP BY ALL ORDER BY ALL")
    points = q("SELECT latitude AS lat, longitude AS lon, event_type AS type, event_date::VARCHAR AS date, "
               "location, fatalities FROM report_events WHERE latitude IS NOT NULL "
               f"AND longitude IS NOT NULL ORDER BY event_date DESC LIMIT {MAX_POINTS}")
    # The incident list: one row per real-world event, the source of its most confident report linked.
    events = q("SELECT d.event_date::VARCHAR AS date, d.event_type AS type, d.sub_event_type AS sub, "
               "d.actor1 AS a1, d.actor2 AS a2, d.location AS loc, d.admin1, d.country, d.fatalities AS fat, "
               "d.injuries AS inj, d.notes AS ev, e.url, d.n_sources AS n, d.latitude AS lat, d.longitude AS lon "
               "FROM report_events d LEFT JOIN events e ON e.event_id = d.event_id "
               f"ORDER BY d.event_date DESC NULLS LAST, d.cluster_id LIMIT {MAX_POINTS}")
    # Counts of incidents (an actor named in one incident by several reports counts once), with their tolls.
    actors = q("SELECT actor, count(*) AS incidents, sum(coalesce(fatalities, 0))::BIGINT AS fatalities FROM "
               "(SELECT unnest([actor1, actor2]) AS actor, fatalities FROM report_events) "
               "WHERE actor IS NOT NULL GROUP BY actor ORDER BY incidents DESC, actor LIMIT 15")
    types = q("SELECT event_type, sub_event_type, count(*) AS incidents, "
              "sum(coalesce(fatalities, 0))::BIGINT AS fatalities FROM report_events "
              "GROUP BY ALL ORDER BY incidents DESC, 1, 2")
    dyads = q("SELECT actor1, actor2, count(*) AS incidents, sum(coalesce(fatalities, 0))::BIGINT AS fatalities "
              "FROM report_events WHERE actor1 IS NOT NULL AND actor2 IS NOT NULL "
              "GROUP BY ALL ORDER BY incidents DESC, 1, 2 LIMIT 10")
    # Per outlet: the incidents it reported (an incident's outlets are its reports' hosts).
    sources = q("SELECT source, count(*) AS incidents FROM (SELECT unnest(string_split(sources, '; ')) AS source "
                "FROM report_events WHERE sources IS NOT NULL) GROUP BY ALL "
                "ORDER BY incidents DESC, source LIMIT 20")
    # Sources by their configured name (ids are hashes); pages without a source by their host.
    health = q("SELECT coalesce(name, source) AS source, pages, pages_ok, pages_failed, failure_rate, "
               "strftime(last_success, '%Y-%m-%d %H:%M') AS last_success FROM source_coverage "
               "ORDER BY pages DESC, source LIMIT 20")
    return {"span": span, "daily": daily, "timeline": timeline, "points": points, "events": events,
            "actors": actors, "types": types, "dyads": dyads, "sources": sources, "health": health}


def _periods(lo: dt.date | None, hi: dt.date | None, daily: bool) -> list[str]:
    """Every day (or month) from lo to hi, so that quiet periods show as gaps, not vanish."""
    if lo is None or hi is None:
        return []
    out = []
    cur = lo if daily else lo.replace(day=1)
    while cur <= hi:
        out.append(cur.isoformat())
        cur = cur + dt.timedelta(days=1) if daily else (cur.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return out


def render(parts: dict, *, country: str | None = None, start=None, end=None, title: str | None = None) -> str:
    """The HTML text of the report for ``gather()``'s output."""
    world = _world()
    names = {f["properties"]["iso3"]: f["properties"]["name"] for f in world["features"]}
    span, timeline = parts["span"], parts["timeline"]
    periods = _periods(span["lo"], span["hi"], parts["daily"])
    types = sorted(set(timeline["event_type"].drop_nulls().to_list())
                   | set(parts["points"]["type"].drop_nulls().to_list()))
    index = {p: i for i, p in enumerate(periods)}
    series = {t: [0] * len(periods) for t in types}
    for period, etype, n in timeline.iter_rows():
        if etype is not None:
            series[etype][index[period.isoformat()]] = n
    points = parts["points"].to_dicts()
    where = names.get((country or "").upper(), country) if country else "All countries"
    rng = f"{start or span['lo'] or '…'} to {end or span['hi'] or '…'}"
    title = title or f"Conflict events: {where}"
    events = parts["events"].to_dicts()
    data = {"highlight": (country or "").upper(), "types": types,
            "timeline": {"periods": periods, "series": series}, "events": events,
            "names": names, "bbox": _bbox(points, world, country)}
    cards = "".join(f'<div class="card"><b>{v:,}</b>{label}</div>' for label, v in [
        ("incidents", span["n"] or 0), ("fatalities", span["fat"] or 0), ("reports", span["reports"] or 0),
        ("sources", parts["sources"].height), ("mapped", len(points))])
    shown = len(events)
    list_note = (f"The latest {shown} of {span['n']:,} incidents." if shown < (span["n"] or 0)
                 else f"{shown} incidents.")
    replacements = {
        "title": html.escape(title),
        "subtitle": html.escape(f"{where}, {rng}. One row per incident (a real-world event; its reports are the articles that tell of it)."),
        "cards": cards,
        "period": "daily" if parts["daily"] else "monthly",
        "map_note": html.escape(f"{len(points)} incidents with coordinates"
                                + (f" (the latest {MAX_POINTS})" if len(points) == MAX_POINTS else "")
                                + "; circle size grows with fatalities. Basemap: Natural Earth 1:110m."),
        "list_note": html.escape(list_note + " Evidence is the sentence its most confident report was "
                                 "coded from; the link opens that report's article."),
        "actors": _table(parts["actors"]),
        "types": _table(parts["types"], ["type", "sub-type", "incidents", "fatalities"]),
        "dyads": _table(parts["dyads"]),
        "sources": _table(parts["sources"]),
        "health": _table(parts["health"]),
        "footer": html.escape(f"Generated by conflict-events on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC."),
        "data": _json_for_script(data),
        "world": _json_for_script(world),
        "script": (_DATA / "report.js").read_text(encoding="utf-8").replace("</", "<\\/"),
    }
    page = (_DATA / "report.html").read_text(encoding="utf-8")
    for key, value in replacements.items():
        page = page.replace("{{" + key + "}}", value)
    return page


def write_report(warehouse: Warehouse, output: str | Path | BinaryIO, *, country: str | None = None, start=None,
                 end=None, title: str | None = None, snapshot: bool = False) -> int:
    """Write the report to ``output`` (a path or a binary stream); return how many incidents it covers.

    ``country`` is a code or a name ('SYR', 'Syria'); an unknown one raises ``WarehouseError``.
    """
    country = resolve_country(country) if country else None
    if not hasattr(output, "write") and Path(output).is_dir():
        raise WarehouseError(f"{output} is a directory: give a file name such as report.html")
    parts = gather(warehouse, country, start, end, snapshot=snapshot)
    page = render(parts, country=country, start=start, end=end, title=title).encode("utf-8")
    if hasattr(output, "write"):
        output.write(page)
    else:
        output = Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(page)
    return parts["span"]["n"] or 0
