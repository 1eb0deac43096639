"""Fixtures shared by the whole suite. Fixtures are named for what they return."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (evaluation data); tests that need it skip cleanly where it is absent."""
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def fresh_warehouse(tmp_path):
    """An empty, migrated warehouse in a real DuckDB file."""
    from warehouse import Warehouse

    wh = Warehouse(tmp_path / "test.duckdb")
    wh.init()
    return wh


@pytest.fixture(scope="session")
def prefect_env(tmp_path_factory):
    """One temporary Prefect API for the whole session (starting one costs ~10 s)."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield
