"""The DuckDB warehouse: bulk, idempotent writes through Arrow and reads as Polars frames.

A ``Warehouse`` holds no connection between calls: every write batch opens the file, writes in one
transaction and closes it again, so other processes can read between batches (DuckDB admits one writer
process per file and no readers while it writes). Opening retries for a while when another process
holds the lock.
"""

from __future__ import annotations

import contextlib
import logging
import random
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa

from warehouse.codec import PackedBody, decompress, pack
from warehouse.errors import WarehouseError, WarehouseLocked, error_text
from warehouse.rows import arrow_type, to_arrow
from warehouse.schema import SCHEMA_VERSION, current_version, migrate
from warehouse.snapshot import publish_snapshot, snapshot_path

log = logging.getLogger(__name__)

# From this many rows on, upsert looks for key clashes first so that it can use a plain INSERT.
_BULK_ROWS = 20_000

def _fresh(marker: Path, ttl: float = 2.0) -> bool:
    """A writer-waiting marker counts while its writer keeps touching it (a crashed one goes stale)."""
    try:
        return time.time() - marker.stat().st_mtime < ttl
    except FileNotFoundError:
        return False


def _is_lock_error(exc: Exception) -> bool:
    return "lock" in str(exc).lower()


# Writer memory. A write connection checkpoints when it closes, after every batch. Left to its defaults,
# DuckDB's checkpoint also merges the small row groups that each batch appends into larger ones (its
# vacuum), up to 122,880 rows, and pins a whole merged row group in memory: on real ~175 KB pages
# the writer's peak grew with the archive (+300 MB when 8,000 raw bodies were merged), and a commit
# whose WAL passes 16 MB checkpointed under the default memory limit (80% of RAM). So write
# connections switch off automatic checkpoints and row-group merging, and checkpoint themselves on
# close under a small limit, which then only has to write the batch just stored (its blocks are
# evicted for free). A checkpoint that does not fit is a fatal DuckDB error that invalidates the
# open database (the WAL would then grow batch after batch, as happened under the former 64 MB limit
# with merging on): the file is then reopened once and checkpointed under the default limit, with a
# warning. Queries and large upserts keep the default limit (a low one fails them).
_CHECKPOINT_MEMORY = "64MB"
_WRITE_SETTINGS = ("SET checkpoint_threshold = '1TB'", "SET max_vacuum_tasks = 0")


def _checkpoint_bounded(con: duckdb.DuckDBPyConnection) -> bool:
    """Checkpoint under ``_CHECKPOINT_MEMORY``; False when DuckDB gave up (the connection is then dead)."""
    try:
        con.execute(f"SET memory_limit = '{_CHECKPOINT_MEMORY}'")
        con.execute("CHECKPOINT")
    except duckdb.FatalException as exc:
        log.warning("checkpoint under %s failed (%s): checkpointing with the default limit",
                    _CHECKPOINT_MEMORY, str(exc).splitlines()[0])
        return False
    except duckdb.Error as exc:  # e.g. another connection's open write transaction: close() checkpoints
        log.debug("bounded checkpoint skipped: %s", exc)
    with contextlib.suppress(duckdb.Error):
        con.execute("RESET memory_limit")
    return True


class Warehouse:
    """A DuckDB file with the conflict-events schema."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 30.0, publish_snapshots: bool | None = None,
                 snapshot_max_age: float = 60.0):
        """``publish_snapshots``: True publishes a read copy (see ``snapshot``) after every write batch;
        None (default) refreshes an existing copy once it is older than ``snapshot_max_age`` seconds,
        so a user who published one keeps getting fresh ones from later crawls; False never does.
        """
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.publish_snapshots = publish_snapshots
        self.snapshot_max_age = snapshot_max_age
        self._schema_cache: dict[str, pa.Schema] = {}
        self._pk_cache: dict[str, list[str]] = {}

    @property
    def snapshot_path(self) -> Path:
        """Where read copies are published: ``<name>.read.duckdb`` next to the warehouse."""
        return snapshot_path(self.path)

    # -- connections -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """Open the file (migrating it when writable), yield a connection, close it.

        A read-only open of a file from an older release upgrades it first (briefly opening it for
        writing), so readers see the current tables and views; a file that cannot be written is
        read as it is.
        """
        con = self._open(read_only)
        try:
            if not read_only:
                migrate(con)
            elif 0 < current_version(con) < SCHEMA_VERSION:  # a warehouse file from an older release
                con.close()
                try:
                    with self.connect():
                        pass
                except (WarehouseError, duckdb.Error, OSError) as exc:
                    log.info("reading %s at its old schema version: %s", self.path, exc)
                con = self._open(read_only)
            yield con
        finally:
            checkpointed = read_only or _checkpoint_bounded(con)
            con.close()
            if not checkpointed:  # replay the WAL and checkpoint it now, not on the next batch's open
                duckdb.connect(str(self.path)).close()

    def _open(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        if read_only and not self.path.exists():
            raise WarehouseError(f"no warehouse at {self.path}: run a crawl, `demo` or `extract --db` first")
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.02
        intent = self.path.with_name(self.path.name + ".writer-waiting")
        waiting = False
        try:
            while True:
                # Readers step aside while a writer waits: back-to-back readers would starve it.
                if read_only and _fresh(intent) and time.monotonic() < deadline:
                    time.sleep(random.uniform(0.02, 0.06))
                    continue
                try:
                    con = duckdb.connect(str(self.path), read_only=read_only)
                    break
                except duckdb.Error as exc:
                    if not _is_lock_error(exc) or time.monotonic() > deadline:
                        if _is_lock_error(exc):
                            raise WarehouseLocked(f"{self.path} is locked by another process") from exc
                        raise WarehouseError(f"cannot open {self.path}: {exc}") from exc
                    if not read_only:
                        intent.touch()
                        waiting = True
                    # Jitter, and a low cap: the file is usually free again within one write batch.
                    time.sleep(delay * random.uniform(0.5, 1.5))
                    delay = min(delay * 1.5, 0.2)
        finally:
            if waiting:
                intent.unlink(missing_ok=True)
        # No progress bar: it would draw over CLI output and notebook cells.
        con.execute("SET enable_progress_bar = false")
        if not read_only:  # this connection checkpoints itself on close (see _checkpoint_bounded)
            for setting in _WRITE_SETTINGS:
                try:
                    con.execute(setting)
                except duckdb.CatalogException:  # a DuckDB release without this setting
                    log.debug("DuckDB %s lacks: %s", duckdb.__version__, setting)
        return con

    def init(self) -> None:
        """Create the file and apply migrations."""
        with self.connect():
            pass

    def snapshot(self) -> Path:
        """Publish a consistent read copy now (atomic replace); return its path.

        BI tools and notebooks open the copy read-only while crawls keep writing the main file.
        """
        with self.connect() as con:
            return publish_snapshot(con, self.path)

    @contextlib.contextmanager
    def _write(self, con=None) -> Iterator[duckdb.DuckDBPyConnection]:
        """One write transaction, on ``con`` or on a fresh connection (then maybe snapshotted)."""
        if con is not None:
            yield con
            return
        with self.connect() as own:
            own.execute("BEGIN TRANSACTION")
            try:
                yield own
                own.execute("COMMIT")
            except BaseException:
                own.execute("ROLLBACK")
                raise
            if self._snapshot_due():
                publish_snapshot(own, self.path)

    def _snapshot_due(self) -> bool:
        if self.publish_snapshots is not None:
            return self.publish_snapshots
        try:
            age = time.time() - self.snapshot_path.stat().st_mtime
        except FileNotFoundError:
            return False
        return age >= self.snapshot_max_age

    # -- writes ------------------------------------------------------------------------------------
    def _schema(self, con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
        schema = self._schema_cache.get(table)
        if schema is None:
            described = con.execute(f"DESCRIBE {table}").fetchall()
            schema = pa.schema([(name, arrow_type(sql_type)) for name, sql_type, *_ in described])
            self._schema_cache[table] = schema
        return schema

    def _primary_key(self, con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
        key = f"pk:{table}"
        if key not in self._pk_cache:
            rows = con.execute("SELECT constraint_column_names FROM duckdb_constraints() "
                               "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'", [table]).fetchall()
            self._pk_cache[key] = list(rows[0][0]) if rows else []
        return self._pk_cache[key]

    def _arrow(self, con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[dict | object]) -> pa.Table:
        return to_arrow(self._schema(con, table), rows)

    def upsert(self, table: str, rows: Iterable[dict | object] | pa.Table | pl.DataFrame, *, con=None) -> int:
        """Insert or replace rows by primary key, in bulk, in one transaction.

        ``rows`` is an Arrow table or Polars frame (the fast path: no Python objects are built),
        or an iterable of dicts or dataclasses. Columns are matched by name; missing ones get defaults.
        """
        if isinstance(rows, pl.DataFrame):
            rows = rows.to_arrow()
        if not isinstance(rows, pa.Table):
            rows = list(rows)
        if len(rows) == 0:
            return 0
        with self._write(con) as wcon:
            batch = rows if isinstance(rows, pa.Table) else self._arrow(wcon, table, rows)
            pk = self._primary_key(wcon, table)
            # INSERT OR REPLACE checks every row against the key; when no key is present yet (the
            # common bulk case) a plain INSERT is ~1.5x faster, and one hash join tells us. Small
            # batches skip the join: it scans the whole table's keys, the per-row check does not.
            clash = bool(pk) and (len(batch) < _BULK_ROWS or wcon.execute(
                f"SELECT count(*) FROM (SELECT {', '.join(pk)} FROM batch) b "
                f"JOIN {table} t USING ({', '.join(pk)})").fetchall()[0][0] > 0)
            verb = "INSERT OR REPLACE" if clash else "INSERT"
            wcon.execute(f"{verb} INTO {table} BY NAME SELECT * FROM batch")
        return len(rows)

    def store_fetch_results(self, pages: Sequence[dict], raw: Sequence[PackedBody | tuple[str, bytes, str | None]],
                            articles: Sequence[object], events_by_doc: dict[str, list], *,
                            reprocessed: bool = False, then=None) -> None:
        """Write one crawl batch atomically: pages, raw HTML, articles and their events.

        ``raw`` holds bodies already compressed (``warehouse.codec.pack``, done by the workers that
        produced them) or ``(content_hash, raw bytes, encoding)`` tuples, compressed here. A failed
        fetch never replaces a page that an earlier run stored successfully. ``reprocessed``: the pages
        were processed again from stored raw HTML (``reextract``), not fetched: their rows replace the
        stored ones whatever they say, and ``attempts`` (fetches) stays. ``then(con)``, if given, writes
        more in the same transaction (a backfill's checkpoint: stored together or not at all).
        """
        with self._write() as con:
            self._store_raw(con, raw)
            self._store_pages(con, pages, reprocessed)
            self.upsert("articles", articles, con=con)
            self._replace_events(con, events_by_doc)
            if then is not None:
                then(con)

    def _store_raw(self, con, raw: Sequence[PackedBody | tuple[str, bytes, str | None]]) -> None:
        if not raw:
            return
        packed = [item if isinstance(item, PackedBody) else pack(*item) for item in raw]
        rows = [{"content_hash": p.content_hash, "encoding": p.encoding, "size": p.size, "body": p.blob,
                 "codec": p.codec} for p in packed]
        batch = self._arrow(con, "raw_html", rows)  # noqa: F841
        con.execute("INSERT INTO raw_html BY NAME SELECT * FROM batch ON CONFLICT DO NOTHING")

    def _store_pages(self, con, pages: Sequence[dict], reprocessed: bool = False) -> None:
        if not pages:
            return
        batch = self._arrow(con, "pages", list(pages))  # noqa: F841
        cols = [c for c in batch.column_names if c != "page_id"]
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "attempts")
        con.execute(
            f"INSERT INTO pages BY NAME SELECT * FROM batch ON CONFLICT (page_id) DO UPDATE SET {sets}, "
            + ("attempts = pages.attempts" if reprocessed else
               "attempts = pages.attempts + 1 WHERE excluded.ok OR NOT pages.ok")
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
        with self._write() as con:
            self._replace_events(con, events_by_doc)
        return sum(len(v) for v in events_by_doc.values())

    def set_cluster_ids(self, pairs: dict[str, str | None]) -> int:
        """Set ``cluster_id`` of existing events (event_id -> cluster_id); nothing else is touched.

        Clustering runs after the batches are stored; updating only this column means a document
        re-extracted meanwhile keeps its new events.
        """
        if not pairs:
            return 0
        changes = pa.table({"event_id": pa.array(list(pairs), pa.string()),  # noqa: F841
                            "cluster_id": pa.array(list(pairs.values()), pa.string())})
        with self._write() as con:
            con.execute("UPDATE events SET cluster_id = changes.cluster_id FROM changes "
                        "WHERE events.event_id = changes.event_id")
        return len(pairs)

    # -- reads -------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def reader(self, *, snapshot: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection to the file, or to its published snapshot (which never waits)."""
        if snapshot and not self.snapshot_path.exists():
            raise WarehouseError(f"no snapshot at {self.snapshot_path}: publish one with "
                                 "`conflict-events sql --publish-snapshot` or Warehouse.snapshot()")
        source = Warehouse(self.snapshot_path, lock_timeout=self.lock_timeout) if snapshot else self
        with source.connect(read_only=True) as con:
            yield con

    def query(self, sql: str, params: Sequence | None = None, *, snapshot: bool = False) -> pl.DataFrame:
        """Run a read-only query and return a Polars DataFrame.

        Waits (up to ``lock_timeout``) while a writer holds the file; ``snapshot=True`` reads the
        published read copy instead, which never waits.
        """
        with self.reader(snapshot=snapshot) as con:
            try:
                rel = con.sql(sql, params=list(params) if params else None)
                return pl.from_arrow(rel.to_arrow_table()) if rel is not None else pl.DataFrame()
            except duckdb.Error as exc:
                raise WarehouseError(error_text(exc)) from exc

    def raw_html(self, content_hash: str) -> bytes | None:
        with self.connect(read_only=True) as con:
            row = con.execute("SELECT body, codec FROM raw_html WHERE content_hash = ?", [content_hash]).fetchone()
        return decompress(row[0], row[1]) if row else None

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
                t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                for t in ("sources", "pages", "raw_html", "articles", "events")
            }
