"""The child process of ``warehouse/sandbox.py``: one untrusted query on a DuckDB with file and network
access off. Run by path (``python -P warehouse/sandbox_child.py``), never imported by the app: it imports
only duckdb and pyarrow, not the ``warehouse`` package, so it starts in a fraction of a second.

Protocol. stdin: one JSON object ``{"paths": [...], "sql": "...", "lock_wait": s, "timeout": s,
"max_rows": n}``; the paths are tried in order (the warehouse, then its read copy), each for up to
``lock_wait`` seconds while another process holds its write lock; the query is interrupted after
``timeout`` seconds (the parent kills this process if that does not stop it). stdout: one JSON line, then on success the first ``max_rows`` rows
as an Arrow IPC stream. The line is ``{"ok": true, "path": ..., "total": rows, "arrow": bool}`` (false: the last statement
returned no result) or ``{"ok": false,
"kind": ..., "message": ...}``, kind being ``refused`` (a file, the network or an extension),
``settings`` (a locked setting), ``timeout``, ``locked`` (every path held by a writer), ``missing`` or ``error``.
"""

from __future__ import annotations

import json
import os
import random
import sys
import threading
import time

import duckdb

# Fixed when the database starts: DuckDB then refuses every file but the database it opened (and its own
# temporary directory), every URL, and loading or installing extensions. Known extensions are neither
# downloaded nor loaded on demand; Python objects are not scanned by name.
CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "allow_community_extensions": False,
    "python_enable_replacements": False,
}
# Then, on the open connection: no progress bar on stdout, and no setting changes from here on.
SESSION = ("SET enable_progress_bar = false", "SET lock_configuration = true")


def _fresh(marker: str, ttl: float = 2.0) -> bool:
    try:
        return time.time() - os.stat(marker).st_mtime < ttl
    except FileNotFoundError:
        return False


def _open(path: str, lock_wait: float) -> duckdb.DuckDBPyConnection | None:
    """A read-only, sandboxed connection to ``path``; None while a writer keeps it locked past ``lock_wait``."""
    deadline = time.monotonic() + lock_wait
    delay = 0.02
    while True:
        # As Warehouse._open: readers step aside while a writer waits for the file.
        if _fresh(path + ".writer-waiting") and time.monotonic() < deadline:
            time.sleep(random.uniform(0.02, 0.06))
            continue
        try:
            con = duckdb.connect(path, read_only=True, config=CONFIG)
            break
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() > deadline:
                return None
            time.sleep(delay * random.uniform(0.5, 1.5))
            delay = min(delay * 1.5, 0.2)
    for statement in SESSION:
        con.execute(statement)
    return con


def _kind(exc: duckdb.Error) -> str:
    if isinstance(exc, duckdb.PermissionException):
        return "refused"
    if "configuration has been locked" in str(exc):
        return "settings"
    return "error"


def _reply(out, header: dict) -> None:
    out.write(json.dumps(header).encode() + b"\n")
    out.flush()


def _query(con: duckdb.DuckDBPyConnection, sql: str, limit: int):
    """``(schema, first batches, total rows)``; schema None when the last statement returned nothing."""
    rel = con.sql(sql)
    if rel is None:
        return None, [], 0
    reader = rel.to_arrow_reader(10_000)
    batches, kept, total = [], 0, 0
    for batch in reader:  # count every row, keep only the first ``limit``
        total += batch.num_rows
        if kept < limit:
            batch = batch.slice(0, limit - kept)
            kept += batch.num_rows
            batches.append(batch)
    return reader.schema, batches, total


def main() -> int:
    out = sys.stdout.buffer
    request = json.loads(sys.stdin.read())
    paths = [p for p in request["paths"] if os.path.exists(p)]
    if not paths:
        _reply(out, {"ok": False, "kind": "missing", "message": f"no warehouse at {request['paths'][0]}"})
        return 1
    fired = threading.Event()
    try:
        for path in paths:
            con = _open(path, float(request["lock_wait"]))
            if con is not None:
                break
        else:
            _reply(out, {"ok": False, "kind": "locked", "message": f"{paths[0]} is locked by another process"})
            return 1

        def stop() -> None:
            fired.set()
            con.interrupt()

        timer = threading.Timer(float(request["timeout"]), stop)
        timer.start()
        try:
            schema, batches, total = _query(con, request["sql"], int(request["max_rows"]))
        finally:
            timer.cancel()
    except duckdb.Error as exc:
        kind = "timeout" if fired.is_set() else _kind(exc)
        _reply(out, {"ok": False, "kind": kind, "message": str(exc).strip() or type(exc).__name__})
        return 1
    _reply(out, {"ok": True, "path": path, "total": total, "arrow": schema is not None})
    if schema is not None:
        import pyarrow as pa

        with pa.ipc.new_stream(out, schema) as writer:
            for batch in batches:
                writer.write_batch(batch)
    out.flush()
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
