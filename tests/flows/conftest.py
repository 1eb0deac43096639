"""Fixtures for the crawler's tests: real HTTP servers on 127.0.0.1."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fault_server import FaultServer  # noqa: E402


@pytest.fixture(scope="module")
def fault_server():
    """A loopback server with one misbehaving path per fault (see fault_server.py)."""
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def loopback_settings(tmp_path):
    """Settings for loopback tests: private addresses allowed, fast retries and timeouts."""
    from flows.settings import Settings

    return Settings(db_path=tmp_path / "crawl.duckdb", allow_private=True, retries=1, backoff=0.05,
                    timeout=2.0, max_bytes=1_000_000, progress=False)


@pytest.fixture
def browse_warehouse(tmp_path):
    """A small warehouse for the browse app: two reports of one clash in Aleppo and a protest in Kyiv."""
    import datetime as dt

    from extractors.records import Event
    from warehouse import Warehouse

    wh = Warehouse(tmp_path / "w.duckdb")
    events = [Event(event_id=eid, doc_id=doc, url=f"https://news.example/{doc}", event_date="2024-01-05",
                    date_precision="day", event_type=etype, sub_event_type=sub, country=country, location=loc,
                    fatalities=fat, confidence=0.9, cluster_id=cluster, evidence=f"report {eid}",
                    extractor_version="t1", published="2024-01-05")
              for eid, doc, etype, sub, country, loc, fat, cluster in [
                  ("e1", "d1", "battles", "Armed clash", "SYR", "Aleppo", 4, "c1"),
                  ("e2", "d2", "battles", "Armed clash", "SYR", "Aleppo", 7, "c1"),
                  ("e3", "d3", "protests", "Peaceful protest", "UKR", "Kyiv", None, None)]]
    now = dt.datetime(2024, 3, 1, 12)
    pages = [{"page_id": e.doc_id, "url": e.url, "canonical_url": e.url, "ok": True, "http_status": 200,
              "content_hash": f"h{e.doc_id}", "fetched_at": now} for e in events]
    articles = [{"doc_id": e.doc_id, "url": e.url, "title": f"t {e.doc_id}", "text": "x"} for e in events]
    wh.store_fetch_results(pages, [], articles, {e.doc_id: [e] for e in events})
    return wh
