"""Python API for notebooks: the warehouse's tables and views as Polars DataFrames.

Every function takes the warehouse (a path or a ``Warehouse``) and optional filters: ``country``
(ISO 3166 alpha-3 such as ``"SYR"``, or a name such as ``"Syria"``; an unknown one is an error), ``start`` and ``end`` (inclusive dates, ``"2024-01-31"`` or
``datetime.date``). ``snapshot=True`` reads the published read copy, which never waits for a crawl.

>>> from warehouse import api
>>> frame = api.monthly_counts("conflict_events.duckdb", country="SYR", start="2024-01-01")  # doctest: +SKIP
>>> frame.columns  # doctest: +SKIP
['month', 'country', 'event_type', 'events', 'fatalities', 'reports']
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from warehouse.countries import resolve_country
from warehouse.errors import WarehouseError
from warehouse.store import Warehouse

__all__ = ["actor_dyads", "crawl_failures", "daily_counts", "events", "filters", "monthly_counts",
           "source_coverage", "warehouse"]

Db = str | Path | Warehouse
DateLike = str | dt.date | None


def warehouse(db: Db) -> Warehouse:
    return db if isinstance(db, Warehouse) else Warehouse(db)


def _date(value: DateLike, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise WarehouseError(f"bad {name} date {value!r}: use YYYY-MM-DD") from None


def filters(country: str | None = None, start: DateLike = None, end: DateLike = None, *,
            date_col: str = "event_date") -> tuple[str, list]:
    """A ``WHERE`` clause (possibly empty) and its parameters for the common filters."""
    clauses, params = [], []
    if country:
        clauses.append("upper(country) = ?")
        params.append(resolve_country(country))
    start_d, end_d = _date(start, "start"), _date(end, "end")
    if start_d and end_d and start_d > end_d:
        raise WarehouseError(f"start {start_d} is after end {end_d}")
    if start_d:
        clauses.append(f"TRY_CAST({date_col} AS DATE) >= ?")
        params.append(start_d)
    if end_d:
        clauses.append(f"TRY_CAST({date_col} AS DATE) <= ?")
        params.append(end_d)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(db: Db, country: str | None = None, start: DateLike = None, end: DateLike = None, *,
           dedup: bool = True, snapshot: bool = False) -> pl.DataFrame:
    """Incidents, one row per real-world event (``events_dedup``), or every coded report (``dedup=False``).

    >>> api.events("conflict_events.duckdb", country="SYR", start="2024-01-01", end="2024-03-31")  # doctest: +SKIP
    """
    where, params = filters(country, start, end)
    table = "events_dedup" if dedup else "events"
    return warehouse(db).query(f"SELECT * FROM {table} {where} ORDER BY event_date, 1", params,
                               snapshot=snapshot)


def _counts(db: Db, period: str, country, start, end, by_type: bool, snapshot: bool) -> pl.DataFrame:
    where, params = filters(country, start, end)
    bucket = "event_date" if period == "day" else "date_trunc('month', event_date)::DATE"
    type_col = ", event_type" if by_type else ""
    sql = (f"SELECT {bucket} AS {period}, country{type_col}, count(*) AS events, "
           f"sum(coalesce(fatalities, 0))::BIGINT AS fatalities, sum(n_reports)::BIGINT AS reports "
           f"FROM event_facts {where} {'AND' if where else 'WHERE'} event_date IS NOT NULL "
           f"GROUP BY ALL ORDER BY ALL")
    return warehouse(db).query(sql, params, snapshot=snapshot)


def monthly_counts(db: Db, country: str | None = None, start: DateLike = None, end: DateLike = None, *,
                   by_type: bool = True, snapshot: bool = False) -> pl.DataFrame:
    """Incidents (column ``events``), their fatalities and reports per month and country (and event type
    unless ``by_type=False``)."""
    return _counts(db, "month", country, start, end, by_type, snapshot)


def daily_counts(db: Db, country: str | None = None, start: DateLike = None, end: DateLike = None, *,
                 by_type: bool = True, snapshot: bool = False) -> pl.DataFrame:
    """Incidents (column ``events``), their fatalities and reports per day and country (and event type
    unless ``by_type=False``)."""
    return _counts(db, "day", country, start, end, by_type, snapshot)


def actor_dyads(db: Db, country: str | None = None, start: DateLike = None, end: DateLike = None, *,
                limit: int | None = None, snapshot: bool = False) -> pl.DataFrame:
    """Who fought whom: incidents (column ``events``) and fatalities per (actor1, actor2) pair, most active
    first."""
    where, params = filters(country, start, end)
    sql = (f"SELECT actor1, actor2, count(*) AS events, sum(coalesce(fatalities, 0))::BIGINT AS fatalities, "
           f"min(event_date) AS first_date, max(event_date) AS last_date FROM events_dedup {where} "
           f"{'AND' if where else 'WHERE'} actor1 IS NOT NULL GROUP BY ALL ORDER BY events DESC, actor1")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return warehouse(db).query(sql, params, snapshot=snapshot)


def source_coverage(db: Db, *, snapshot: bool = False) -> pl.DataFrame:
    """Per source: pages fetched, failed, articles, events, last success."""
    return warehouse(db).query("SELECT * FROM source_coverage ORDER BY pages DESC, source", snapshot=snapshot)


def crawl_failures(db: Db, *, snapshot: bool = False) -> pl.DataFrame:
    """Failed pages per source and reason."""
    return warehouse(db).query("SELECT * FROM crawl_failures ORDER BY pages DESC, source", snapshot=snapshot)
