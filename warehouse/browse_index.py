"""The browse app's own read index: one flat, denormalised copy of the events in a private DuckDB file.

Filtering 1M events in the warehouse itself costs a join of events to articles and sources (each
event's outlet name) and a URL-host regex for every page view: ~1-3 s. The app instead copies the
events once, with their source already resolved, into a DuckDB file of its own (a temporary
directory, never the warehouse), and answers the events page, its facets and the map from that copy:
tens of milliseconds on 1M events (bench/browse_bench.py).

The copy is rebuilt in a background thread when the warehouse file changes (its size or mtime; at
most every ``refresh`` seconds), while the old copy keeps answering, so pages show events as of the
last build and say when that was. The build opens the warehouse read-only for a few seconds (an
``ATTACH ... (READ_ONLY)``), retrying while a crawl holds the write lock, and reads the published read
copy instead when the lock does not come free.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import random
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
CREATE TABLE browse_events AS
SELECT e.event_id, e.cluster_id, coalesce(e.cluster_id, e.event_id) AS incident, e.doc_id, e.url,
       e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2, e.country, e.admin1, e.location,
       e.latitude, e.longitude, e.fatalities, e.injuries, e.language, e.confidence, e.published, e.evidence,
       coalesce(s.name, {_HOST}) AS source
FROM wh.events e
LEFT JOIN wh.articles a ON a.doc_id = e.doc_id
LEFT JOIN wh.sources s ON s.source_id = a.source_id
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
        con = duckdb.connect(str(target))
        try:
            con.execute("SET enable_progress_bar = false")
            # Bounded: the copy's sort spills to this directory rather than growing with the warehouse.
            con.execute(f"SET memory_limit = '{self.memory_limit}'")
            con.execute(f"SET temp_directory = '{_sql_text(self._dir / 'spill')}'")
            source = self._attach(con)
            try:
                con.execute(BUILD_SQL)
            except duckdb.Error as exc:
                raise WarehouseError(f"cannot index {source}: {error_text(exc)}") from exc
            finally:
                con.execute("DETACH wh")
            con.execute("CHECKPOINT")
        except BaseException:
            con.close()
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

    def _attach(self, con: duckdb.DuckDBPyConnection) -> Path:
        """ATTACH the warehouse read-only, retrying while a writer holds it; then its read copy."""
        deadline = time.monotonic() + self.lock_wait
        delay = 0.02
        while True:
            try:
                con.execute(f"ATTACH '{_sql_text(self.source_path)}' AS wh (READ_ONLY)")
                return self.source_path
            except duckdb.Error as exc:
                if "lock" not in str(exc).lower():
                    raise WarehouseError(f"cannot open {self.source_path}: {error_text(exc)}") from exc
                if time.monotonic() > deadline:
                    copy = snapshot_path(self.warehouse_path)
                    if copy != self.source_path and copy.exists():
                        con.execute(f"ATTACH '{_sql_text(copy)}' AS wh (READ_ONLY)")
                        return copy
                    raise WarehouseLocked(f"{self.source_path} is locked by a crawl and has no read copy") from exc
                time.sleep(delay * random.uniform(0.5, 1.5))
                delay = min(delay * 1.5, 0.2)

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
