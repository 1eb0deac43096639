"""A writer process and reader processes on one warehouse at once: no errors, no torn reads.

The writer stores batches of BATCH events whose fatalities are 0..BATCH-1, so any committed state has
count % BATCH == 0 and sum(fatalities) == count / BATCH * sum(range(BATCH)). Readers query the main
file (waiting for gaps between write batches) or the published snapshot, check the invariant on every
read and that counts never go backwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BATCH = 200

WRITER = textwrap.dedent("""
    import sys, time
    from extractors.records import Event
    from warehouse import Warehouse

    path, batch, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    wh = Warehouse(path, publish_snapshots=True)
    start, n = time.monotonic(), 0
    while time.monotonic() - start < seconds:
        doc = f"doc{n}"
        events = [Event(event_id=f"{doc}-{k}", doc_id=doc, url=None, event_date="2024-01-01",
                        date_precision="day", event_type="battles", sub_event_type="Armed clash",
                        country="SYR", fatalities=k) for k in range(batch)]
        wh.replace_events({doc: events})
        n += 1
        time.sleep(0.03)  # a crawler fetches between batches; readers get the file then
    print(n * batch)
""")

READER = textwrap.dedent("""
    import json, os, sys, time
    from warehouse import Warehouse

    path, batch, mode, done = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    wh = Warehouse(path, lock_timeout=10)
    want_sum = sum(range(batch))
    reads, last, errors, final = 0, -1, [], False
    give_up = time.monotonic() + 90  # never outlive a broken test run
    while True:
        final = os.path.exists(done) or time.monotonic() > give_up
        try:
            n, s = wh.query("SELECT count(*) AS n, coalesce(sum(fatalities), 0) AS s FROM events",
                            snapshot=(mode == "snapshot")).row(0)
            if n % batch or s != n // batch * want_sum or n < last:
                errors.append(f"torn read: count={n} sum={s} previous={last}")
            last, reads = n, reads + 1
        except Exception as exc:
            errors.append(f"{type(exc).__name__}: {exc}")
        if final:
            break
        time.sleep(0.01)
    print(json.dumps({"mode": mode, "reads": reads, "last": last, "errors": errors[:5]}))
""")


def _run(code: str, *args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_readers_and_a_writer_in_separate_processes(tmp_path):
    db = tmp_path / "busy.duckdb"
    done = tmp_path / "writer.done"
    from warehouse import Warehouse

    Warehouse(db).snapshot()  # readers expect a migrated file and a first snapshot
    procs = [_run(WRITER, db, BATCH, 3.0)]
    try:
        writer = procs[0]
        procs += [_run(READER, db, BATCH, mode, done) for mode in ("main", "main", "snapshot")]
        # And the command-line reader an analyst would use, while the writer is still busy.
        cli = subprocess.run([sys.executable, "-m", "flows", "sql", "--db", str(db),
                              "-f", "csv", "SELECT count(*) AS n, coalesce(sum(fatalities), 0) AS s FROM events"],
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                             text=True, timeout=60)
        writer_busy = writer.poll() is None
        assert cli.returncode == 0, cli.stderr
        n, s = map(int, cli.stdout.split()[1].split(","))
        assert n % BATCH == 0 and s == n // BATCH * sum(range(BATCH))
        out, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
        written = int(out.strip())
        done.touch()
        results = []
        for r in procs[1:]:
            out, err = r.communicate(timeout=60)
            assert r.returncode == 0, err
            results.append(json.loads(out))
    finally:
        done.touch()  # readers stop on their own; anything still running after a failure is ended
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    for res in results:
        assert res["errors"] == [], res
        assert res["reads"] >= 3, res
    assert all(r["last"] == written for r in results if r["mode"] == "main"), (written, results)
    snap = next(r for r in results if r["mode"] == "snapshot")
    assert snap["last"] == written  # the last batch also published its snapshot
    assert written >= 3 * BATCH, "readers starved the writer"
    print(f"\nwrote {written} events in batches of {BATCH}; CLI read {n} while writing={writer_busy}; "
          "reads: " + ", ".join(f"{r['mode']}={r['reads']}" for r in results))
