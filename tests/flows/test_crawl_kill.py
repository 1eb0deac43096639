"""Kill a real crawl subprocess mid-run (SIGINT, then SIGKILL), rerun: nothing lost, no duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from warehouse import Warehouse

N_PAGES = 200
BATCH = 25


def _args(fault_server, db) -> list[str]:
    return [sys.executable, "-m", "flows", "crawl",
            fault_server.url("/many-sitemap.xml"), "--db", str(db), "--allow-private", "--no-progress"]


def _start(fault_server, db, env):
    return subprocess.Popen(_args(fault_server, db), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def _page_hits(fault_server) -> int:
    return sum(n for path, n in fault_server.hits.items() if path.startswith("/slowpage/"))


def _interrupt_after(proc, fault_server, hits: int, sig: int) -> str:
    deadline = time.monotonic() + 30
    while _page_hits(fault_server) < hits and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the crawl finished before it could be interrupted: " + proc.stdout.read()
    proc.send_signal(sig)
    out, _ = proc.communicate(timeout=30)
    return out


@pytest.mark.slow
def test_interrupted_crawls_resume_without_loss_or_duplicates(prefect_env, fault_server, tmp_path):
    from prefect.settings import PREFECT_API_URL

    fault_server.many = N_PAGES
    fault_server.hits.clear()
    db = tmp_path / "kill.duckdb"
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "CONFLICT_EVENTS_BATCH_SIZE": str(BATCH),
           "CONFLICT_EVENTS_PER_HOST_CONCURRENCY": "4", "PREFECT_LOGGING_LEVEL": "ERROR"}
    proc = _start(fault_server, db, env)
    out = _interrupt_after(proc, fault_server, 3 * BATCH, signal.SIGINT)
    assert proc.returncode == 130 and "interrupted" in out, out
    counts = Warehouse(db).counts()
    after_int = counts["pages"]
    assert 0 < after_int < N_PAGES, out
    assert counts["articles"] == after_int  # whole batches only: pages and their articles in one transaction

    hits_before = _page_hits(fault_server)
    _interrupt_after(_start(fault_server, db, env), fault_server, hits_before + 2 * BATCH, signal.SIGKILL)
    counts = Warehouse(db).counts()
    after_kill = counts["pages"]
    assert after_int <= after_kill < N_PAGES and counts["articles"] == after_kill

    from flows.crawl import crawl_flow
    from flows.settings import Settings

    summary = crawl_flow([fault_server.url("/many-sitemap.xml")],
                         Settings(db_path=db, allow_private=True, batch_size=BATCH, progress=False))
    assert summary.already_stored == after_kill and summary.fetched == N_PAGES - after_kill
    wh = Warehouse(db)
    counts = wh.counts()
    assert counts["pages"] == N_PAGES and counts["articles"] == N_PAGES
    assert wh.query("SELECT count(*) AS n FROM pages WHERE NOT ok").item() == 0
    assert wh.query("SELECT count(*) - count(DISTINCT canonical_url) AS d FROM pages").item() == 0
    # Stored batches were never fetched again: only the batches in flight at each interruption were.
    assert _page_hits(fault_server) <= N_PAGES + 2 * 2 * BATCH
