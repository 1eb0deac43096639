"""Ad-hoc SQL for people: read-only unless asked; errors keep DuckDB's whole message and hints."""

from __future__ import annotations

import duckdb
import polars as pl

from warehouse.errors import WarehouseError, WriteRefused, error_text
from warehouse.store import Warehouse

# Statement kinds that cannot change the warehouse (or any file) on a read-only connection.
READ_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}


def statement_kinds(sql: str) -> list[str]:
    """The kind of each statement in ``sql`` (SELECT, DROP, ...); a syntax error is a WarehouseError."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise WarehouseError(error_text(exc)) from exc
    if not statements:
        raise WarehouseError("empty query: give at least one SQL statement")
    return [s.type.name for s in statements]


def run_sql(warehouse: Warehouse, sql: str, *, write: bool = False, snapshot: bool = False) -> pl.DataFrame:
    """Run ``sql`` and return the last statement's result as a Polars frame.

    Without ``write`` only reading statements are accepted and the file is opened read-only, so even
    a statement that slipped through could not change it. ``snapshot`` reads the published read copy.
    """
    kinds = statement_kinds(sql)
    writes = [k for k in kinds if k not in READ_STATEMENTS]
    if writes and not write:
        raise WriteRefused(f"refusing {', '.join(sorted(set(writes)))}: `sql` is read-only by default; "
                           "add --write to change the warehouse")
    if not write:
        return warehouse.query(sql, snapshot=snapshot)
    if snapshot:
        raise WarehouseError("--write and --snapshot exclude each other: the snapshot is a read copy")
    with warehouse.connect() as con:
        try:
            rel = con.sql(sql)
            return pl.from_arrow(rel.to_arrow_table()) if rel is not None else pl.DataFrame()
        except duckdb.Error as exc:
            raise WarehouseError(error_text(exc)) from exc
