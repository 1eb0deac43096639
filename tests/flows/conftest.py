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
