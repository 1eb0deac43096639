"""Read copies of the warehouse for readers that must never wait for a writer.

DuckDB lets one process write a file and, while it does, no other process may open that file at all.
Two ways to read during a crawl, used together:

* short write sessions: every write batch opens the file, commits and closes it, and readers retry the
  lock with jittered backoff, so a reader gets in between two batches (``Warehouse.query``);
* published snapshots: the writer checkpoints and copies the file to ``<name>.read.duckdb`` through a
  temporary file and an atomic rename, after each batch (``Warehouse(publish_snapshots=True)``) or on
  demand (``Warehouse.snapshot()``). A reader that opened the old copy keeps reading it (POSIX keeps the
  replaced inode alive); a new reader sees the new one. Nothing ever sees a half-written copy.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb


def snapshot_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".read" + (db_path.suffix or ".duckdb"))


def publish_snapshot(con: duckdb.DuckDBPyConnection, db_path: str | Path) -> Path:
    """Copy the database that ``con`` holds open for writing to its snapshot path, atomically.

    The caller's write connection is what keeps other writers out while the bytes are copied; the
    checkpoint first moves everything committed from the WAL into the main file.
    """
    db_path = Path(db_path)
    dest = snapshot_path(db_path)
    con.execute("CHECKPOINT")
    fd, tmp = tempfile.mkstemp(prefix=dest.name + ".", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        shutil.copyfile(db_path, tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest
