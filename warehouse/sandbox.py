"""Untrusted SQL (the browse app's SQL box): a query that can read the warehouse's tables and views and
nothing else: no other file, no URL, no extension, no setting.

The boundary is DuckDB's own. The query runs on a connection opened with ``enable_external_access =
false`` (DuckDB then refuses every file but the database it opened and its temporary directory: the
file table functions ``read_csv``, ``read_text``, ``read_blob``, ``read_json``, ``read_parquet``,
``glob``…, replacement scans such as ``FROM '/etc/passwd'``, ``ATTACH``, ``COPY``, ``EXPORT``, URLs,
secrets, ``INSTALL`` and ``LOAD``), with known extensions neither installed nor loaded on demand, and
then ``lock_configuration = true``, so no ``SET``, ``RESET`` or ``PRAGMA name=value`` can turn any of it
back on. ``tests/warehouse/test_sandbox.py`` checks each of those against the DuckDB installed.

Those settings belong to a DuckDB database instance, and a process has one instance per file: the
browse app's other readers (pages, its index build, downloads) share it and need files (the index copy,
exports). A second instance of the same file in the app would not do either: it opens the file again,
and POSIX drops all of a process's locks on a file when any one descriptor of it closes, so closing it
would let a crawl's writer in under a reader still at work. So the query runs in a child process
(``warehouse/sandbox_child.py``, ~0.3-0.5 s to start) with its own instance and its own lock, is
killed when it overruns, and sends back its first rows as Arrow.

``conflict-events sql`` does not use this: it runs the user's own query on the user's own machine, with
the user's own access (as the ``duckdb`` CLI does without ``-safe``).
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import polars as pl
import pyarrow as pa

from warehouse.errors import AccessRefused, WarehouseError, WarehouseLocked

CHILD = Path(__file__).with_name("sandbox_child.py")
REFUSED = "the SQL box reads only the warehouse's tables and views: file and network access are off"
SETTINGS_LOCKED = "the SQL box cannot change DuckDB settings: they are locked"
# Time the child may take to start and open the file, on top of the query's own timeout.
STARTUP = 15.0


@dataclasses.dataclass
class SandboxResult:
    frame: pl.DataFrame  # the first ``max_rows`` rows
    total: int           # every row of the result
    path: Path           # the file read: the first of ``paths`` that came free


class QueryTimeout(WarehouseError):
    """The query ran past its time and was stopped."""


def run_sandboxed(paths: Sequence[str | Path], sql: str, *, lock_wait: float = 2.0, timeout: float = 30.0,
                  max_rows: int = 1000) -> SandboxResult:
    """Run ``sql`` read-only on the first of ``paths`` that is not locked by a writer (each waited for up
    to ``lock_wait`` s), in a child process with file and network access off; the query is interrupted
    after ``timeout`` seconds (and the child killed if it does not stop).

    Raises ``AccessRefused`` for a query that reached for a file, a URL, an extension or a setting,
    ``WarehouseLocked`` when every path stayed locked, ``QueryTimeout`` when killed and ``WarehouseError``
    for any other DuckDB error (its whole message).
    """
    request = json.dumps({"paths": [str(p) for p in paths], "sql": sql, "lock_wait": lock_wait,
                          "timeout": timeout, "max_rows": max_rows})
    proc = subprocess.Popen([sys.executable, "-P", str(CHILD)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(request.encode(), timeout=STARTUP + lock_wait * len(paths) + timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise QueryTimeout(f"query stopped after {timeout:.0f} s") from None
    finally:
        if proc.poll() is None:  # an exception of our own (KeyboardInterrupt): the child goes too
            proc.kill()
            proc.wait()
    line, _, body = out.partition(b"\n")
    try:
        header = json.loads(line)
    except ValueError:
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
        raise WarehouseError(f"the query process failed: {detail[0]}") from None
    if not header["ok"]:
        kind, message = header["kind"], header["message"]
        if kind == "refused":
            raise AccessRefused(REFUSED)
        if kind == "settings":
            raise AccessRefused(SETTINGS_LOCKED)
        if kind == "timeout":
            raise QueryTimeout(f"query stopped after {timeout:.0f} s")
        if kind == "locked":
            raise WarehouseLocked(message)
        raise WarehouseError(message)
    frame = pl.from_arrow(pa.ipc.open_stream(body).read_all()) if header["arrow"] else pl.DataFrame()
    return SandboxResult(frame=frame, total=header["total"], path=Path(header["path"]))
