"""Backfill progress in the warehouse itself: one row per (job, unit), written after each stored batch.

A unit is a WARC file, a URL-list file or a Wayback query; ``position`` is how far it is stored (a byte
offset, a line number, a count of captures) and ``cursor`` an opaque resume token (a CDX resume key).
The row is written only after the batch it covers has committed, so a crash between the two re-does at
most that one batch, and re-doing a batch is idempotent (pages, articles and events are upserts by id).

The table is created here (``CREATE TABLE IF NOT EXISTS``) rather than by a numbered migration: it is
bookkeeping of the backfill commands, and an older warehouse gains it on the first backfill.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warehouse import Warehouse

DDL = """CREATE TABLE IF NOT EXISTS backfill_checkpoints (
    job VARCHAR NOT NULL,        -- warc | urls | wayback
    unit VARCHAR NOT NULL,       -- absolute file path, or the Wayback query
    position BIGINT NOT NULL,    -- stored up to here: byte offset, line number or captures done
    cursor VARCHAR,              -- resume token of a paged API (CDX resumeKey), if any
    done BOOLEAN NOT NULL,       -- the whole unit is stored
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (job, unit)
)"""


@dataclass(frozen=True)
class Checkpoint:
    job: str
    unit: str
    position: int = 0
    cursor: str | None = None
    done: bool = False


class Checkpoints:
    """Read and write checkpoints of one job in a warehouse (the writer process only)."""

    def __init__(self, warehouse: Warehouse, job: str):
        self.warehouse = warehouse
        self.job = job
        self._ready = False

    def _ensure(self, con) -> None:
        if not self._ready:
            con.execute(DDL)
            self._ready = True

    def get(self, unit: str) -> Checkpoint:
        with self.warehouse.connect() as con:
            self._ensure(con)
            row = con.execute("SELECT position, cursor, done FROM backfill_checkpoints WHERE job = ? AND unit = ?",
                              [self.job, unit]).fetchone()
        if row is None:
            return Checkpoint(self.job, unit)
        return Checkpoint(self.job, unit, int(row[0]), row[1], bool(row[2]))

    def save(self, cp: Checkpoint, con=None) -> None:
        """Write ``cp``; on ``con`` (inside its open transaction, e.g. the batch's own) or a connection of its own."""
        if con is None:
            with self.warehouse.connect() as own:
                self.save(cp, own)
            return
        self._ensure(con)
        con.execute(
            "INSERT OR REPLACE INTO backfill_checkpoints VALUES (?, ?, ?, ?, ?, ?)",
            [cp.job, cp.unit, cp.position, cp.cursor, cp.done, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
        )

    def reset(self, units: list[str] | None = None) -> None:
        """Forget progress (all units of this job, or the listed ones): the next run starts over."""
        with self.warehouse.connect() as con:
            self._ensure(con)
            if units is None:
                con.execute("DELETE FROM backfill_checkpoints WHERE job = ?", [self.job])
            else:
                for unit in units:
                    con.execute("DELETE FROM backfill_checkpoints WHERE job = ? AND unit = ?", [self.job, unit])
