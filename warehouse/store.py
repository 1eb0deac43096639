"""The DuckDB warehouse: bulk, idempotent writes through Arrow and reads as Polars frames.

A ``Warehouse`` holds no connection between calls: every write batch opens the file, writes in one
transaction and closes it again, so other processes can read between batches (DuckDB admits one writer
process per file and no readers while it writes). Opening retries for a while when another process
holds the lock.
"""

from __future__ import annotations

import contextlib
import logging
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from warehouse.errors import WarehouseError, WarehouseLocked
from warehouse.schema import migrate

log = logging.getLogger(__name__)

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
    "BLOB": pa.binary(),
    "DATE": pa.date32(),
}


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


class Warehouse:
    """A DuckDB file with the conflict-events schema."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 30.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._schema_cache: dict[str, pa.Schema] = {}

    # -- connections -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file (migrating it when writable), yield a connection, close it."""
        if read_only and not self.path.exists():
            raise WarehouseError(f"no warehouse at {self.path}: run a crawl, `demo` or `extract --db` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.Error as exc:
                if not _is_lock_error(exc) or time.monotonic() > deadline:
                    if _is_lock_error(exc):
                        raise WarehouseLocked(f"{self.path} is locked by another process") from exc
                    raise WarehouseError(f"cannot open {self.path}: {exc}") from exc
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            if not read_only:
                migrate(con)
            yield con
        finally:
            con.close()

    def init(self) -> None:
        """Create the file and apply migrations."""
        with self.connect():
            pass

    # -- writes ------------------------------------------------------------------------------------
    def _arrow(self, con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict]) -> pa.Table:
        schema = self._schema_cache.get(table)
        if schema is None:
            described = con.execute(f"DESCRIBE {table}").fetchall()
            schema = pa.schema([(name, _ARROW_TYPES.get(sql_type, pa.string())) for name, sql_type, *_ in described])
            self._schema_cache[table] = schema
        present = set().union(*(r.keys() for r in rows)) if rows else set()
        sub = pa.schema([f for f in schema if f.name in present])
        return pa.Table.from_pylist([{k: r.get(k) for k in sub.names} for r in rows], schema=sub)

    def upsert(self, table: str, rows: Iterable[dict | object], *, con=None) -> int:
        """Insert or replace rows (dicts or dataclasses) by primary key, in bulk."""
        rows = [asdict(r) if is_dataclass(r) else r for r in rows]
        if not rows:
            return 0
        with contextlib.ExitStack() as stack:
            if con is None:
                con = stack.enter_context(self.connect())
            batch = self._arrow(con, table, rows)  # noqa: F841 (read by DuckDB's replacement scan)
            con.execute(f"INSERT OR REPLACE INTO {table} BY NAME SELECT * FROM batch")
        return len(rows)

    def store_fetch_results(self, pages: Sequence[dict], raw: Sequence[tuple[str, bytes, str | None]],
                            articles: Sequence[object], events_by_doc: dict[str, list]) -> None:
        """Write one crawl batch atomically: pages, raw HTML, articles and their events.

        A failed fetch never replaces a page that an earlier run stored successfully.
        """
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._store_raw(con, raw)
                self._store_pages(con, pages)
                self.upsert("articles", articles, con=con)
                self._replace_events(con, events_by_doc)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise

    def _store_raw(self, con, raw: Sequence[tuple[str, bytes, str | None]]) -> None:
        if not raw:
            return
        rows = [{"content_hash": h, "encoding": enc, "size": len(body), "body": zlib.compress(body, 6)}
                for h, body, enc in raw]
        batch = self._arrow(con, "raw_html", rows)  # noqa: F841
        con.execute("INSERT INTO raw_html BY NAME SELECT * FROM batch ON CONFLICT DO NOTHING")

    def _store_pages(self, con, pages: Sequence[dict]) -> None:
        if not pages:
            return
        batch = self._arrow(con, "pages", list(pages))  # noqa: F841
        cols = [c for c in batch.column_names if c != "page_id"]
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "attempts")
        con.execute(
            f"INSERT INTO pages BY NAME SELECT * FROM batch ON CONFLICT (page_id) DO UPDATE SET {sets}, "
            "attempts = pages.attempts + 1 WHERE excluded.ok OR NOT pages.ok"
        )

    def _replace_events(self, con, events_by_doc: dict[str, list]) -> None:
        if not events_by_doc:
            return
        docs = pa.table({"doc_id": pa.array(list(events_by_doc), pa.string())})  # noqa: F841
        con.execute("DELETE FROM events WHERE doc_id IN (SELECT doc_id FROM docs)")
        events = [e for evs in events_by_doc.values() for e in evs]
        self.upsert("events", events, con=con)

    def replace_events(self, events_by_doc: dict[str, list]) -> int:
        """Replace each listed document's events with the given ones, atomically."""
        with self.connect() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                self._replace_events(con, events_by_doc)
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        return sum(len(v) for v in events_by_doc.values())

    # -- reads -------------------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence | None = None) -> pl.DataFrame:
        """Run a read-only query and return a Polars DataFrame."""
        with self.connect(read_only=True) as con:
            try:
                return pl.from_arrow(con.execute(sql, params or []).to_arrow_table())
            except duckdb.Error as exc:
                raise WarehouseError(str(exc).splitlines()[0]) from exc

    def raw_html(self, content_hash: str) -> bytes | None:
        with self.connect(read_only=True) as con:
            row = con.execute("SELECT body FROM raw_html WHERE content_hash = ?", [content_hash]).fetchone()
        return zlib.decompress(row[0]) if row else None

    def stored_page_ids(self, page_ids: Sequence[str], *, include_permanent_failures: bool = True) -> set[str]:
        """Which of these pages need no fetch: stored OK (or failed for good)."""
        if not page_ids or not self.path.exists():
            return set()
        ids = pa.table({"page_id": pa.array(list(page_ids), pa.string())})  # noqa: F841
        cond = "ok OR NOT coalesce(transient, TRUE)" if include_permanent_failures else "ok"
        with self.connect() as con:
            rows = con.execute(
                f"SELECT page_id FROM pages WHERE page_id IN (SELECT page_id FROM ids) AND ({cond})"
            ).fetchall()
        return {r[0] for r in rows}

    def counts(self) -> dict[str, int]:
        with self.connect(read_only=True) as con:
            return {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("sources", "pages", "raw_html", "articles", "events")
            }
