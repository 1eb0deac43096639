"""Untrusted SQL (warehouse/sandbox.py, the browse SQL box): DuckDB's own boundary, checked against the DuckDB
installed. Each attack runs in the real child process on a real warehouse file; a secret file next to it
must never show up, and DuckDB must refuse it (not merely fail to find it)."""

from __future__ import annotations

import time

import duckdb
import pytest

from warehouse.errors import AccessRefused, WarehouseError, WarehouseLocked
from warehouse.sandbox import REFUSED, SETTINGS_LOCKED, QueryTimeout, run_sandboxed

SECRET = "TOPSECRET-7f3a9c"


@pytest.fixture
def secrets(tmp_path):
    """A text file and a CSV file holding ``SECRET``, readable by this user."""
    text = tmp_path / "secret.txt"
    text.write_text(SECRET + "\n")
    table = tmp_path / "secret.csv"
    table.write_text(f"a,b\n{SECRET},2\n")
    return {"txt": str(text), "csv": str(table), "dir": str(tmp_path)}


# (name, query with {txt}, {csv}, {dir} placeholders, the refusal expected)
ATTACKS = [
    ("read_csv", "SELECT * FROM read_csv('{csv}')", REFUSED),
    ("read_csv_auto", "SELECT * FROM read_csv_auto('{csv}')", REFUSED),
    ("replacement scan", "FROM '{csv}'", REFUSED),
    ("read_text", "SELECT * FROM read_text('{txt}')", REFUSED),
    ("read_text file://", "SELECT * FROM read_text('file://{txt}')", REFUSED),
    ("read_blob", "SELECT * FROM read_blob('{txt}')", REFUSED),
    ("read_json", "SELECT * FROM read_json('{txt}')", REFUSED),
    ("read_json_objects", "SELECT * FROM read_json_objects('{txt}')", REFUSED),
    ("read_parquet", "SELECT * FROM read_parquet('{txt}')", REFUSED),
    ("parquet_metadata", "SELECT * FROM parquet_metadata('{txt}')", REFUSED),
    ("sniff_csv", "SELECT * FROM sniff_csv('{csv}')", REFUSED),
    ("glob", "SELECT * FROM glob('{dir}/*')", REFUSED),
    ("/etc/passwd", "SELECT * FROM read_csv('/etc/passwd', sep = ':')", REFUSED),
    ("query()", "SELECT * FROM query('SELECT * FROM read_text(''{txt}'')')", REFUSED),
    ("query_table()", "SELECT * FROM query_table('{csv}')", REFUSED),
    ("CALL read_text", "CALL read_text('{txt}')", REFUSED),
    ("ATTACH", "ATTACH '{dir}/other.duckdb' AS other", REFUSED),
    ("ATTACH sqlite", "ATTACH '{txt}' (TYPE sqlite)", REFUSED),
    ("COPY TO", "COPY (SELECT 42) TO '{dir}/out.csv'", REFUSED),
    ("COPY FROM", "COPY events FROM '{csv}'", REFUSED),
    ("EXPORT DATABASE", "EXPORT DATABASE '{dir}/export'", REFUSED),
    ("INSTALL", "INSTALL httpfs", REFUSED),
    ("LOAD", "LOAD httpfs", REFUSED),
    ("LOAD a file", "LOAD '{dir}/x.duckdb_extension'", REFUSED),
    ("https URL", "SELECT * FROM read_csv('https://example.com/x.csv')", REFUSED),
    ("URL replacement scan", "FROM 'https://example.com/x.parquet'", REFUSED),
    ("s3 URL", "SELECT * FROM read_parquet('s3://bucket/x.parquet')", REFUSED),
    ("secrets", "SELECT * FROM duckdb_secrets()", REFUSED),
    ("SET back on", "SET enable_external_access = true", SETTINGS_LOCKED),
    ("RESET", "RESET enable_external_access", SETTINGS_LOCKED),
    ("unlock", "SET lock_configuration = false", SETTINGS_LOCKED),
    ("PRAGMA name=value", "PRAGMA enable_external_access = true", SETTINGS_LOCKED),
    ("profiling output", "PRAGMA profiling_output = '{dir}/profile.txt'", SETTINGS_LOCKED),
    ("temp directory", "SET temp_directory = '{dir}'", SETTINGS_LOCKED),
]


@pytest.mark.parametrize(("name", "query", "refusal"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_file_network_extension_and_setting_access_is_refused(sample_warehouse, secrets, name, query, refusal):
    with pytest.raises(AccessRefused) as caught:
        run_sandboxed([sample_warehouse.path], query.format(**secrets))
    assert str(caught.value) == refusal
    assert SECRET not in str(caught.value)


def test_nothing_was_written_and_the_warehouse_is_intact(sample_warehouse, secrets, tmp_path):
    for query in ("COPY (SELECT 42) TO '{dir}/out.csv'", "EXPORT DATABASE '{dir}/export'",
                  "COPY events FROM '{csv}'"):
        with pytest.raises(AccessRefused):
            run_sandboxed([sample_warehouse.path], query.format(**secrets))
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "export").exists()
    assert sample_warehouse.counts()["events"] == 5


def test_getenv_does_not_exist(sample_warehouse):
    with pytest.raises(WarehouseError, match="getenv does not exist"):
        run_sandboxed([sample_warehouse.path], "SELECT getenv('HOME')")


def test_tables_views_and_catalog_queries_work(sample_warehouse):
    path = [sample_warehouse.path]
    assert run_sandboxed(path, "SELECT count(*) AS n FROM events").frame["n"].to_list() == [5]
    incidents = run_sandboxed(path, "SELECT incident_id FROM incidents ORDER BY 1").frame
    assert incidents["incident_id"].to_list() == ["c1", "c2", "e5"]
    tables = run_sandboxed(path, "SELECT table_name FROM information_schema.tables").frame["table_name"]
    assert {"events", "pages", "articles", "incidents"} <= set(tables)
    assert run_sandboxed(path, "PRAGMA table_info('events')").total > 10
    assert run_sandboxed(path, "DESCRIBE events").frame.height > 10
    assert run_sandboxed(path, "SELECT count(*) AS n FROM range(10)").frame["n"].to_list() == [10]
    result = run_sandboxed(path, "SELECT * FROM range(2500)", max_rows=1000)
    assert (result.total, result.frame.height) == (2500, 1000)
    with pytest.raises(WarehouseError, match="syntax error"):
        run_sandboxed(path, "SELEC 1")
    with pytest.raises(WarehouseError, match='Did you mean "events'):
        run_sandboxed(path, "SELECT * FROM evnts")


def test_a_locked_warehouse_falls_back_to_its_read_copy(sample_warehouse):
    copy = sample_warehouse.snapshot()
    writer = duckdb.connect(str(sample_warehouse.path))  # this process holds the write lock
    try:
        result = run_sandboxed([sample_warehouse.path, copy], "SELECT count(*) AS n FROM events", lock_wait=0.3)
        assert result.path == copy and result.frame["n"].to_list() == [5]
        with pytest.raises(WarehouseLocked):
            run_sandboxed([sample_warehouse.path], "SELECT 1", lock_wait=0.3)
    finally:
        writer.close()
    assert run_sandboxed([sample_warehouse.path, copy], "SELECT 1").path == sample_warehouse.path


def test_a_long_query_is_stopped(sample_warehouse):
    t0 = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 1 s"):
        run_sandboxed([sample_warehouse.path], "SELECT count(*) FROM range(1000000000) a, range(1000000000) b",
                      timeout=1.0)
    assert time.monotonic() - t0 < 10
