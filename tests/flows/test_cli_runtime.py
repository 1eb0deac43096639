"""Daily use through the real CLI (issue 13): exit codes, argument checks, broken archives, guard
refusals, streaming batches, politeness across batches, run names and artifacts in Prefect.

Real Prefect (the session's temporary API), real loopback servers, real DuckDB files, and real
subprocesses where the command must run on its own.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.backfill.warc import write_warc
from flows.cli import main
from warehouse import Warehouse

ROOT = Path(__file__).resolve().parents[2]
PAGE = """<html><head><title>Clashes near Mopti {i}</title></head><body><article>
<p>Fighting broke out on Monday between army troops and militants near the town of Mopti in Mali,
officials said. Three soldiers were killed and five people were wounded in the clashes.</p>
<p>Residents said the gunfight lasted several hours. Story {i} of the example wire.</p>
</article></body></html>"""

pytestmark = pytest.mark.slow


def _records(n: int, host: str = "wire.example.org", start: int = 0) -> list[tuple]:
    return [(f"https://{host}/mali/{i}", PAGE.format(i=i).encode(), "text/html; charset=utf-8", 200)
            for i in range(start, start + n)]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_exit_status_3_when_nothing_could_be_fetched_and_lifted_guards_refetch(prefect_env, fault_server,
                                                                                tmp_path):
    db = tmp_path / "x.duckdb"
    dead = f"http://127.0.0.1:{_closed_port()}"
    res = _cli("crawl", f"{dead}/rss.xml", f"{dead}/a.html", "--db", db, "--allow-private", "--no-progress")
    assert res.exit_code == 3, res.output
    assert res.stderr.strip().splitlines()[-1].startswith("error: nothing could be fetched")
    # Refused as a private address: stored as a failure, but a run with --allow-private fetches it.
    page = fault_server.url("/ok.html")
    res = _cli("crawl", page, "--db", db, "--no-progress")
    assert res.exit_code == 3 and "private address: 1" in res.stdout, res.output
    res = _cli("crawl", page, "--db", db, "--no-progress", "--allow-private")
    assert res.exit_code == 0, res.output
    assert "already stored: 0" in res.stdout and "(1 ok, 0 failed)" in res.stdout
    row = Warehouse(db).query("SELECT ok, error_reason FROM pages WHERE url = ?", [page]).row(0)
    assert row == (True, None)


def test_a_glob_that_matches_nothing_fails_at_once_without_prefect(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")  # a temporary API would have to be created here
    proc = subprocess.run([sys.executable, "-m", "flows", "backfill", "warc",
                           str(tmp_path / "CC-NEWS-2024*.warc.gz"), "--db", str(tmp_path / "x.duckdb")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"error: no file matches {tmp_path}/CC-NEWS-2024*.warc.gz"]
    assert not (tmp_path / "prefect-home").exists()  # Prefect never started


def _broken_archives(tmp_path: Path) -> dict[str, Path]:
    """One file per malformation in warcio's own test data, made here; and a good file after them."""
    files: dict[str, Path] = {}
    plain = tmp_path / "plain.warc"
    write_warc(plain, _records(3, start=0), gzip=False)
    data = plain.read_bytes()
    files["whole-file gzip"] = tmp_path / "one-stream.warc.gz"  # not one gzip member per record
    files["whole-file gzip"].write_bytes(gzip.compress(data))
    write_warc(plain, _records(2, start=10), gzip=False)
    files[".warc.gz.bad"] = tmp_path / "example.warc.gz.bad"  # the same, under warcio's odd name
    files[".warc.gz.bad"].write_bytes(gzip.compress(plain.read_bytes()))
    write_warc(plain, _records(3, start=20), gzip=False)
    lengths = list(re.finditer(rb"Content-Length: (\d+)\r\n", plain.read_bytes()))
    wrong = lengths[0]  # the first record's WARC Content-Length (the HTTP one follows), 40 bytes short
    raw = plain.read_bytes()
    files["wrong content-length"] = tmp_path / "wrong-length.warc"
    files["wrong content-length"].write_bytes(
        raw[:wrong.start(1)] + str(int(wrong.group(1)) - 40).encode() + raw[wrong.end(1):])
    chunked = tmp_path / "bad-member.warc.gz"
    write_warc(chunked, _records(4, start=30))
    raw = bytearray(chunked.read_bytes())
    second = [m.start() for m in re.finditer(b"\x1f\x8b\x08", bytes(raw))][1]
    for k in range(second + 30, second + 90):
        raw[k] ^= 0x5A
    chunked.write_bytes(bytes(raw))
    files["bad gzip member"] = chunked
    cut = tmp_path / "cut.warc.gz"
    write_warc(cut, _records(3, start=40))
    cut.write_bytes(cut.read_bytes()[:-150])
    files["truncated"] = cut
    arc = tmp_path / "bad.arc"
    arc.write_bytes(b"filedesc://bad.arc 127.0.0.1 20140301000000 text/plain -1\n1 0 Bad Capture\n"
                    b"URL IP-address Archive-date Content-type Archive-length\n\n"
                    b"http://example.com/ 93.184.216.119 20140401000000 text/html abc\n\n")
    files["invalid ARC length"] = arc
    good = tmp_path / "good.warc.gz"
    write_warc(good, _records(4, start=50))
    files["good"] = good
    return files


def test_broken_archives_end_with_counted_corrupt_records_and_the_next_files_run(prefect_env, tmp_path):
    files = _broken_archives(tmp_path)
    db = tmp_path / "w.duckdb"
    res = _cli("backfill", "warc", *files.values(), "--db", db, "--runner", "thread", "--no-progress", "--json")
    assert res.exit_code == 0, res.output
    assert "Traceback" not in res.output
    report = json.loads(res.stdout)
    corrupt = "\n".join(report["corrupt"])
    for name, path in files.items():
        if name != "good":
            assert str(path) in corrupt, f"{name}: no corrupt record counted"
    assert report["corrupt_records"] >= len(files) - 1
    urls = set(Warehouse(db).query("SELECT url FROM pages WHERE ok")["url"].to_list())
    assert {f"https://wire.example.org/mali/{i}" for i in range(50, 54)} <= urls  # the file after them
    assert {f"https://wire.example.org/mali/{i}" for i in (0, 1, 2, 10, 11)} <= urls  # whole-file gzip read
    # Prefect shows what the run did: its name and its report as an artifact.
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        runs = [r for r in client.read_flow_runs() if r.name.startswith("backfill-warc: ")]
        assert any(f"{len(files)} files from one-stream.warc.gz" in r.name for r in runs), [r.name for r in runs]
        artifacts = client.read_artifacts()
    assert any(a.key and a.key.startswith("backfill-warc") and "corrupt records" in (a.data or "")
               for a in artifacts)


def test_reruns_resume_a_file_read_as_one_gzip_stream(prefect_env, tmp_path):
    path = tmp_path / "one.warc.gz"
    plain = tmp_path / "p.warc"
    write_warc(plain, _records(6), gzip=False)
    path.write_bytes(gzip.compress(plain.read_bytes()))
    db = tmp_path / "r.duckdb"
    first = _cli("backfill", "warc", path, "--db", db, "--runner", "thread", "--batch-size", "2",
                 "--max-batches", "1", "--no-progress", "--json")
    assert first.exit_code == 0, first.output
    again = _cli("backfill", "warc", path, "--db", db, "--runner", "thread", "--batch-size", "2",
                 "--no-progress", "--json")
    assert again.exit_code == 0, again.output
    counts = Warehouse(db).counts()
    assert counts["pages"] == counts["articles"] == 6


def test_one_slow_page_does_not_hold_back_the_pages_that_finished(prefect_env, fault_server, tmp_path):
    from prefect.settings import PREFECT_API_URL

    fault_server.hold.clear()
    db = tmp_path / "slow.duckdb"
    seeds = [fault_server.url("/held.html")] + [fault_server.url(f"/page/s{i}.html") for i in range(5)]
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "CONFLICT_EVENTS_TIMEOUT": "60"}
    proc = subprocess.Popen([sys.executable, "-m", "flows", "crawl", *seeds, "--db", str(db),
                             "--allow-private", "--no-progress"], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        stored = 0
        deadline = time.monotonic() + 60
        while stored < 5 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                stored = Warehouse(db).counts()["articles"] if db.exists() else 0
            except Exception:  # noqa: BLE001 (the crawl holds the file while it writes a batch)
                continue
        assert stored == 5, proc.stdout.read() if proc.poll() is not None else "finished pages not stored"
        assert proc.poll() is None  # the slow page is still being fetched
    finally:
        fault_server.hold.set()
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert Warehouse(db).counts()["articles"] == 6


def test_robots_is_read_once_and_crawl_delay_holds_across_batches(prefect_env, fault_server, tmp_path):
    fault_server.robots_delay = 0.4
    fault_server.many = 5
    fault_server.times.clear()
    fault_server.hits.clear()
    try:
        res = _cli("crawl", fault_server.url("/pages-sitemap.xml"), "--db", tmp_path / "d.duckdb",
                   "--allow-private", "--no-progress", env={"CONFLICT_EVENTS_BATCH_SIZE": "2"})
    finally:
        fault_server.robots_delay = None
    assert res.exit_code == 0, res.output
    assert "(5 ok, 0 failed)" in res.stdout
    assert fault_server.hits["/robots.txt"] == 1
    starts = [t for t, path in fault_server.times if path != "/robots.txt"]
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == 6 and min(gaps) >= 0.35, gaps  # the sitemap, then 5 pages in 3 batches


def test_the_console_entry_point_keeps_exit_codes_and_output(tmp_path):
    """flows.cli.run (the `conflict-events` script, `python -m flows`) ends with a quick exit: the
    command's exit status and everything it printed must survive it."""
    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "flows", *args], capture_output=True, text=True, cwd=ROOT,
                              timeout=60)

    ok = cli("--version")
    assert ok.returncode == 0 and "conflict-events" in ok.stdout
    usage = cli("no-such-command")
    assert usage.returncode == 2 and "No such command" in usage.stderr
    missing = cli("sql", "--db", str(tmp_path / "none.duckdb"), "SELECT 1")
    assert missing.returncode == 1 and missing.stderr.startswith("error: no warehouse at"), missing.stderr
    db = tmp_path / "w.duckdb"
    Warehouse(db).init()
    rows = cli("sql", "--db", str(db), "--format", "csv", "SELECT range AS n FROM range(20000)")
    assert rows.returncode == 0 and rows.stdout.splitlines()[-1] == "19999"  # a large output, all flushed
