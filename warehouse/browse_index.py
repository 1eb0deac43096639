"""The browse app's own read index: one flat, denormalised copy of the events in a private DuckDB file.

Filtering 1M events in the warehouse itself costs a join of events to articles and sources (each
event's outlet name) and a URL-host regex for every page view: ~1-3 s. The app instead copies the
events once, with their source already resolved, into a DuckDB file of its own (a temporary
directory, never the warehouse), and answers the events page, its facets and the map from that copy:
tens of milliseconds on 1M events (bench/browse_bench.py).

The copy is rebuilt in a background thread when the warehouse file changes (its size or mtime; at
most every ``refresh`` seconds), while the old copy keeps answering, so pages show events as of the
last build and say when that was. The build reads the warehouse on a read-only connection for a few
seconds (``Warehouse.reader``, which retries while a crawl holds the write lock) and reads the
published read copy instead when the lock does not come free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from warehouse.errors import WarehouseError, WarehouseLocked, error_text
from warehouse.snapshot import snapshot_path

log = logging.getLogger(__name__)

_HOST = r"nullif(lower(regexp_extract(e.url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)', 1)), '')"
# The columns the events page, facets, map and downloads filter on, with the source resolved.
BUILD_SQL = f"""
CREATE TABLE idx.browse_events AS
SELECT e.event_id, e.cluster_id, coalesce(e.cluster_id, e.event_id) AS incident, e.doc_id, e.url,
       e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1, e.location,
       e.latitude, e.longitude, e.fatalities, e.injuries, e.language, e.confidence, e.published, e.evidence,
       coalesce(s.name, {_HOST}) AS source
FROM events e
LEFT JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN sources s ON s.source_id = a.source_id
ORDER BY e.event_date, e.country
"""


def _signature(path: Path) -> tuple:
    out = []
    for p in (path, path.with_name(path.name + ".wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def _sql_text(path: Path) -> str:
    return str(path).replace("'", "''")


class BrowseIndex:
    """A private, rebuildable copy of the events for fast filtering; ``cursor()`` reads it."""

    def __init__(self, warehouse_path: str | Path, *, snapshot: bool = False, refresh: float = 5.0,
                 lock_wait: float = 5.0, memory_limit: str = "1GB"):
        self.memory_limit = memory_limit
        self.warehouse_path = Path(warehouse_path)
        self.source_path = snapshot_path(self.warehouse_path) if snapshot else self.warehouse_path
        self.refresh = refresh
        self.lock_wait = lock_wait
        self._dir = Path(tempfile.mkdtemp(prefix="conflict-events-browse-"))
        self._lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._retired: duckdb.DuckDBPyConnection | None = None  # the previous copy: requests may still read it
        self._con: duckdb.DuckDBPyConnection | None = None
        self._generation = 0
        self._signature: tuple | None = None
        self._checked = 0.0
        self._building: threading.Thread | None = None
        self.built_at: dt.datetime | None = None
        self.built_from: Path | None = None
        self.last_error: str | None = None

    # -- building ---------------------------------------------------------------------------------
    def build(self) -> None:
        """Copy the events now (blocking); the new copy replaces the old one atomically."""
        with self._build_lock:
            self._build()

    def _build(self) -> None:
        if not self.source_path.exists():
            raise WarehouseError(f"no warehouse at {self.source_path}: run `conflict-events demo` or a crawl first")
        signature = _signature(self.source_path)
        self._generation += 1
        target = self._dir / f"index-{self._generation}.duckdb"
        try:
            source = self._copy_into(target)
            con = duckdb.connect(str(target))
            con.execute("SET enable_progress_bar = false")
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        with self._lock:
            old, self._con = self._con, con
            self._signature = signature
            self.built_at = dt.datetime.now()
            self.built_from = source
            self.last_error = None
        # A request that took a cursor on the old copy a moment ago may still be reading it: close the
        # copy before it (rebuilds are ``refresh`` seconds apart) and keep this one for now.
        if self._retired is not None:
            self._retired.close()
        self._retired = old
        keep = {f"index-{self._generation}.", f"index-{self._generation - 1}."}
        for stale in self._dir.glob("index-*.duckdb*"):
            if not any(stale.name.startswith(k) for k in keep):
                stale.unlink(missing_ok=True)

    def _copy_into(self, target: Path) -> Path:
        """Copy the events into ``target`` through a read-only connection to the warehouse (retrying
        while a writer holds it, then its read copy); return the file read.

        The copy goes through the same connection machinery as every other read of this process
        (``Warehouse.reader``), so the process opens the warehouse file once: POSIX drops all of a
        process's locks on a file when it closes any descriptor of it, so a second, separate open
        closing could let a writer in under a reader still at work.
        """
        from warehouse.store import Warehouse

        wh = Warehouse(self.source_path, lock_timeout=self.lock_wait)
        try:
            with wh.reader() as con:
                self._copy(con, target)
            return self.source_path
        except WarehouseLocked:
            copy = snapshot_path(self.warehouse_path)
            if copy == self.source_path or not copy.exists():
                raise WarehouseLocked(f"{self.source_path} is locked by a crawl and has no read copy") from None
            with Warehouse(copy, lock_timeout=self.lock_wait).reader() as con:
                self._copy(con, target)
            return copy

    def _copy(self, con: duckdb.DuckDBPyConnection, target: Path) -> None:
        con.execute(f"ATTACH '{_sql_text(target)}' AS idx (READ_WRITE)")
        try:
            # Bounded: the copy's sort spills to the app's directory rather than growing with the
            # warehouse (settings of the shared instance: restored after the copy).
            con.execute(f"SET memory_limit = '{self.memory_limit}'")
            con.execute(f"SET temp_directory = '{_sql_text(self._dir / 'spill')}'")
            con.execute(BUILD_SQL)
            con.execute("CHECKPOINT idx")
        except duckdb.Error as exc:
            raise WarehouseError(f"cannot index {self.source_path}: {error_text(exc)}") from exc
        finally:
            with contextlib.suppress(duckdb.Error):
                con.execute("RESET memory_limit")
            with contextlib.suppress(duckdb.Error):
                con.execute("DETACH idx")

    def start(self) -> None:
        """Build the first copy in the background (``cursor()`` waits for it)."""
        self._rebuild_in_background()

    def _rebuild_in_background(self) -> None:
        def run() -> None:
            try:
                self.build()
            except Exception as exc:  # keep serving the old copy; the page says why it is old
                self.last_error = str(exc)
                log.warning("browse index rebuild failed: %s", exc)

        self._building = threading.Thread(target=run, name="browse-index", daemon=True)
        self._building.start()

    def maybe_refresh(self) -> None:
        """Start a background rebuild when the warehouse changed (checked at most every ``refresh`` s)."""
        now = time.monotonic()
        if now - self._checked < self.refresh or (self._building and self._building.is_alive()):
            return
        self._checked = now
        if _signature(self.source_path) != self._signature:
            self._rebuild_in_background()

    # -- reading ----------------------------------------------------------------------------------
    @contextlib.contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor on the current copy (built on first use); safe to use from a request thread."""
        if self._con is None:
            with self._build_lock:
                if self._con is None:
                    self._build()
        else:
            self.maybe_refresh()
        with self._lock:
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def notice(self) -> str | None:
        """What the pages say about the copy they show: its age and any failed refresh."""
        if self.built_at is None:
            return None
        text = f"events as of {self.built_at:%Y-%m-%d %H:%M:%S}"
        if self.built_from and self.built_from != self.warehouse_path:
            text += f" (from the read copy {self.built_from.name})"
        if self.last_error:
            text += f"; refreshing failed: {self.last_error}"
        return text

    def close(self) -> None:
        with self._lock:
            for con in (self._con, self._retired):
                if con is not None:
                    con.close()
            self._con = self._retired = None
        shutil.rmtree(self._dir, ignore_errors=True)
