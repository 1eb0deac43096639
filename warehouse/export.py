"""Exports of events: Parquet (partitioned by month and country), CSV, ACLED-style CSV, GeoJSON.

Every format is written per *incident* (one row per real-world event: view ``incidents``, the consensus
of the reports that share a ``cluster_id``, ``source`` listing their outlets) or per *report* (one row
per article's event record: table ``events``).

All exports run inside DuckDB (``COPY ... TO``; Parquet and JSON are built in) on a read-only
connection, so they can run while nobody writes, or from the published snapshot at any time.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from warehouse.api import filters
from warehouse.errors import WarehouseError, error_text
from warehouse.store import Warehouse

FORMATS = ("parquet", "csv", "acled", "geojson")
PER = ("incident", "report")

# The rows an export reads, per incident or per report, under the same names (ACLED and GeoJSON read these).
_ROWS = {
    "incident": "SELECT * FROM incidents",
    "report": """SELECT *, coalesce(cluster_id, event_id) AS incident_id, 1 AS n_reports,
        lower(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\\.)?([^/:?#]+)', 1)) AS sources,
        evidence AS notes, coalesce(published, created_at) AS last_report
        FROM events""",
}

ACLED_EVENT_TYPES = {
    "battles": "Battles",
    "explosions_remote_violence": "Explosions/Remote violence",
    "violence_against_civilians": "Violence against civilians",
    "protests": "Protests",
    "riots": "Riots",
    "strategic_developments": "Strategic developments",
}
_DISORDER = {
    "battles": "Political violence", "explosions_remote_violence": "Political violence",
    "violence_against_civilians": "Political violence", "protests": "Demonstrations",
    "riots": "Demonstrations", "strategic_developments": "Strategic developments",
}
# ACLED's actor-type codes (inter1/inter2), recognized from our free-text actor types.
_INTER = [("state", 1), ("military", 1), ("police", 1), ("government", 1), ("rebel", 2),
          ("political militia", 3), ("identity militia", 4), ("communal", 4), ("ethnic", 4),
          ("rioter", 5), ("protester", 6), ("civilian", 7), ("external", 8), ("other", 8)]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


def _case(expr: str, mapping: dict[str, str]) -> str:
    whens = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in mapping.items())
    return f"CASE {expr} {whens} ELSE {expr} END"


def _inter(col: str) -> str:
    whens = " ".join(f"WHEN lower({col}) LIKE '%{word}%' THEN {code}" for word, code in _INTER)
    return f"CASE {whens} ELSE NULL END"


def _country_names() -> dict[str, str]:
    path = Path(__file__).with_name("data") / "world_110m.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["iso3"]: f["properties"]["name"] for f in data["features"]}


def acled_select(where: str, per: str = "incident", *, qualify: bool = True) -> str:
    """SELECT producing ACLED's column layout, one row per incident (``source``: its outlets) or per report.

    ``qualify`` prefixes the common filters' bare ``country`` and ``event_date`` with the rows' alias;
    a ``where`` that already names ``d.`` columns (a selection) passes as it is.
    """
    key = "d.incident_id" if per == "incident" else "d.event_id"
    if qualify:
        where = where.replace('country', 'd.country').replace('event_date', 'd.event_date')
    return f"""
    SELECT
        coalesce(d.country, 'XXX') || '-' || {key} AS event_id_cnty,
        d.event_date,
        year(d.event_date) AS year,
        CASE d.date_precision WHEN 'day' THEN 1 WHEN 'week' THEN 2 ELSE 3 END AS time_precision,
        {_case('d.event_type', _DISORDER)} AS disorder_type,
        {_case('d.event_type', ACLED_EVENT_TYPES)} AS event_type,
        d.sub_event_type,
        d.actor1, NULL::VARCHAR AS assoc_actor_1, {_inter('e.actor1_type')} AS inter1,
        d.actor2, NULL::VARCHAR AS assoc_actor_2, {_inter('e.actor2_type')} AS inter2,
        CASE WHEN e.actor1_type IS NOT NULL OR e.actor2_type IS NOT NULL
             THEN coalesce({_inter('e.actor1_type')}, 0) * 10 + coalesce({_inter('e.actor2_type')}, 0)
             END AS interaction,
        CASE WHEN d.event_type = 'violence_against_civilians' OR lower(e.actor2_type) LIKE '%civilian%'
             THEN 'Civilian targeting' END AS civilian_targeting,
        d.country AS iso,
        NULL::VARCHAR AS region,
        coalesce(n.name, d.country) AS country,
        d.admin1, NULL::VARCHAR AS admin2, NULL::VARCHAR AS admin3,
        d.location, d.latitude, d.longitude,
        CASE WHEN lower(d.geo_precision) IN ('1', 'exact', 'point', 'city', 'town', 'village', 'location') THEN 1
             WHEN lower(d.geo_precision) IN ('2', 'near', 'district', 'admin2') THEN 2
             WHEN d.geo_precision IS NOT NULL THEN 3
             WHEN d.latitude IS NOT NULL AND d.location IS NOT NULL THEN 1
             ELSE 3 END AS geo_precision,
        nullif(d.sources, '') AS source,
        NULL::VARCHAR AS source_scale,
        d.notes,
        coalesce(d.fatalities, 0) AS fatalities,
        NULL::VARCHAR AS tags,
        epoch(d.last_report)::BIGINT AS timestamp
    FROM ({_ROWS[per]}) d
    LEFT JOIN events e ON e.event_id = d.event_id
    LEFT JOIN country_names n ON n.iso3 = d.country
    {where}
    ORDER BY d.event_date, event_id_cnty
    """


def _prepare(output: Path, overwrite: bool, is_dir: bool) -> None:
    if output.exists():
        if not overwrite:
            raise WarehouseError(f"{output} exists: choose another --output or add --overwrite")
        if output.is_dir() and not is_dir:
            raise WarehouseError(f"{output} is a directory: give a file name")
        if is_dir and output.is_dir():
            shutil.rmtree(output)
        elif output.exists():
            output.unlink()
    output.parent.mkdir(parents=True, exist_ok=True)


def export(warehouse: Warehouse, fmt: str, output: str | Path | BinaryIO, *, country: str | None = None,
           start=None, end=None, per: str | None = None, dedup: bool | None = None, overwrite: bool = False,
           snapshot: bool = False, selection: tuple[str, list] | None = None, single_file: bool = False) -> int:
    """Write events in ``fmt`` to ``output``; return the number of rows written.

    ``output`` is a path, or a binary stream (e.g. standard output) for the one-file formats. ``per``
    is ``"incident"`` (default: one row per real-world event, view ``incidents``) or ``"report"`` (one
    row per article's event record, table ``events``); ``dedup=False`` is the older spelling of
    ``per="report"``.

    ``selection`` (a subquery of ``events.event_id`` values and its parameters, e.g. the browse app's
    filtered view) replaces the country and date filters: per incident the incidents that any selected
    report belongs to, per report the selected reports. ``single_file`` writes Parquet as one file
    instead of a directory partitioned by month and country.
    """
    if fmt not in FORMATS:
        raise WarehouseError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    per = per or ("report" if dedup is False else "incident")
    if per not in PER:
        raise WarehouseError(f"unknown --per {per!r}: choose incident or report")
    if hasattr(output, "write"):
        if fmt == "parquet" and not single_file:
            raise WarehouseError("parquet is a directory of files: give --output DIR, not standard output")
        with tempfile.TemporaryDirectory(prefix="conflict-events-export-") as tmp:
            path = Path(tmp) / f"events.{fmt}"
            count = export(warehouse, fmt, path, country=country, start=start, end=end, per=per,
                           snapshot=snapshot, selection=selection, single_file=True)
            with path.open("rb") as fh:
                shutil.copyfileobj(fh, output)
        return count
    output = Path(output)
    if selection is None:
        where, params = filters(country, start, end)
    else:
        sub, params = selection
        alias = "d." if fmt == "acled" else ""
        where = (f"WHERE {alias}incident_id IN (SELECT coalesce(cluster_id, event_id) FROM events "
                 f"WHERE event_id IN ({sub}))") if per == "incident" else f"WHERE {alias}event_id IN ({sub})"
    partitioned = fmt == "parquet" and not single_file
    _prepare(output, overwrite, is_dir=partitioned)
    with warehouse.reader(snapshot=snapshot) as con:
        try:
            if fmt == "acled":
                import pyarrow as pa

                names = _country_names()
                country_names = pa.table({"iso3": list(names), "name": list(names.values())})  # noqa: F841
                sql = acled_select(where, per, qualify=selection is None)
            elif fmt == "geojson":
                sql = f"SELECT * FROM ({_ROWS[per]}) {where} ORDER BY event_date, event_id"  # ties: a stable order
            else:
                sql = f"SELECT * FROM {'incidents' if per == 'incident' else 'events'} {where} ORDER BY event_date"
            count = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0]
            if fmt == "parquet" and not partitioned:
                con.execute(f"COPY ({sql}) TO '{_quote(output)}' (FORMAT parquet, COMPRESSION zstd)", params)
            elif fmt == "parquet":
                part = (f"SELECT *, coalesce(strftime(TRY_CAST(event_date AS DATE), '%Y-%m'), 'unknown') "
                        f"AS month FROM ({sql})")
                con.execute(f"COPY ({part}) TO '{_quote(output)}' "
                            "(FORMAT parquet, PARTITION_BY (month, country), COMPRESSION zstd)", params)
            elif fmt in ("csv", "acled"):
                con.execute(f"COPY ({sql}) TO '{_quote(output)}' (FORMAT csv, HEADER)", params)
            else:
                output.write_text(_geojson(con, sql, params), encoding="utf-8")
        except Exception as exc:
            import duckdb

            if isinstance(exc, duckdb.Error):
                raise WarehouseError(f"export to {output} failed: {error_text(exc)}") from exc
            raise
    return count


def _quote(path: Path) -> str:
    return str(path).replace("'", "''")


def _geojson(con, sql: str, params: list) -> str:
    """A FeatureCollection of the incidents or reports that have coordinates, built by DuckDB's json
    functions; ``sources`` lists an incident's outlets (a report's own outlet)."""
    feature = """json_object(
        'type', 'Feature',
        'geometry', json_object('type', 'Point', 'coordinates', json_array(longitude, latitude)),
        'properties', json_object('incident_id', incident_id, 'event_id', event_id,
            'event_date', event_date::VARCHAR, 'n_reports', n_reports, 'sources', sources,
            'event_type', event_type, 'sub_event_type', sub_event_type, 'actor1', actor1,
            'actor2', actor2, 'country', country, 'admin1', admin1, 'location', location,
            'fatalities', fatalities, 'geo_precision', geo_precision))"""
    row = con.execute(
        f"SELECT json_object('type', 'FeatureCollection', 'features', "
        f"coalesce(json_group_array({feature}), '[]'::JSON))::VARCHAR "
        f"FROM ({sql}) WHERE latitude IS NOT NULL AND longitude IS NOT NULL", params,
    ).fetchone()
    return row[0]
