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


def list_tables(warehouse: Warehouse, *, counts: bool = False, views: bool = True,
                snapshot: bool = False) -> pl.DataFrame:
    """Tables (and views) of the warehouse: name, kind, columns, and with ``counts`` their rows."""
    with warehouse.reader(snapshot=snapshot) as con:
        kinds = "('BASE TABLE', 'VIEW')" if views else "('BASE TABLE')"
        rows = con.execute(
            "SELECT t.table_name, CASE t.table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END, "
            "(SELECT count(*) FROM information_schema.columns c WHERE c.table_name = t.table_name "
            " AND c.table_schema = t.table_schema) "
            f"FROM information_schema.tables t WHERE t.table_schema = 'main' AND t.table_type IN {kinds} "
            "ORDER BY t.table_type, t.table_name").fetchall()
        out = {"name": [r[0] for r in rows], "kind": [r[1] for r in rows], "columns": [r[2] for r in rows]}
        if counts:
            out["rows"] = [con.execute(f'SELECT count(*) FROM "{r[0]}"').fetchone()[0] for r in rows]
    return pl.DataFrame(out, schema={"name": pl.String, "kind": pl.String, "columns": pl.Int64,
                                     **({"rows": pl.Int64} if counts else {})})


def schema_sql(warehouse: Warehouse, names: list[str] | None = None, *, snapshot: bool = False) -> str:
    """``CREATE`` statements of the named tables and views (all of them by default), as DuckDB keeps them."""
    with warehouse.reader(snapshot=snapshot) as con:
        rows = con.execute(
            "SELECT table_name, sql FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary "
            "UNION ALL SELECT view_name, sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
            "AND NOT temporary").fetchall()
    found = dict(rows)
    if names:
        missing = [n for n in names if n not in found]
        if missing:
            raise WarehouseError(f"no table or view named {', '.join(missing)}: "
                                 f"`conflict-events tables` lists them ({', '.join(sorted(found))})")
        chosen = names
    else:
        chosen = sorted(found, key=lambda n: (found[n].lstrip().upper().startswith("CREATE VIEW"), n))
    return "\n\n".join(found[n].strip().rstrip(";") + ";" for n in chosen)
