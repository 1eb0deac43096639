import datetime as dt

import duckdb
import pytest

from extractors.records import Event
from warehouse import SCHEMA_VERSION, Warehouse, WarehouseError


def _event(doc_id: str, n: int) -> Event:
    return Event(event_id=f"{doc_id}-{n}", doc_id=doc_id, url=None, event_date="2024-01-02",
                 date_precision="day", event_type="battles", sub_event_type="Armed clash", fatalities=n)


def test_migrate_records_version(fresh_warehouse):
    con = duckdb.connect(str(fresh_warehouse.path), read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == SCHEMA_VERSION
    con.close()


def test_replace_events_is_idempotent_and_per_document(fresh_warehouse):
    fresh_warehouse.replace_events({"a": [_event("a", 1), _event("a", 2)], "b": [_event("b", 1)]})
    fresh_warehouse.replace_events({"a": [_event("a", 1), _event("a", 2)], "b": [_event("b", 1)]})
    assert fresh_warehouse.counts()["events"] == 3
    fresh_warehouse.replace_events({"a": [_event("a", 3)]})
    rows = fresh_warehouse.query("SELECT event_id FROM events ORDER BY 1")["event_id"].to_list()
    assert rows == ["a-3", "b-1"]


def test_failed_fetch_never_replaces_a_stored_page(fresh_warehouse):
    now = dt.datetime(2024, 1, 1)
    good = {"page_id": "p1", "url": "http://x/1", "canonical_url": "http://x/1", "ok": True,
            "http_status": 200, "content_hash": "h", "fetched_at": now}
    bad = {**good, "ok": False, "http_status": 500, "error_reason": "http 500", "transient": True,
           "content_hash": None}
    fresh_warehouse.store_fetch_results([good], [("h", b"<html>", "utf-8")], [], {})
    fresh_warehouse.store_fetch_results([bad], [], [], {})
    row = fresh_warehouse.query("SELECT ok, http_status, content_hash FROM pages").row(0)
    assert row == (True, 200, "h")
    assert fresh_warehouse.raw_html("h") == b"<html>"


def test_bad_sql_is_a_warehouse_error(fresh_warehouse):
    with pytest.raises(WarehouseError, match="nope"):
        fresh_warehouse.query("SELECT * FROM nope")


def test_reading_a_missing_file_names_it(tmp_path):
    with pytest.raises(WarehouseError, match="no warehouse"):
        Warehouse(tmp_path / "missing.duckdb").query("SELECT 1")


def test_an_existing_snapshot_is_refreshed_when_stale(fresh_warehouse):
    import os

    fresh_warehouse.replace_events({"a": [_event("a", 1)]})
    assert not fresh_warehouse.snapshot_path.exists()  # nobody asked for one: no copies
    fresh_warehouse.snapshot()
    fresh_warehouse.replace_events({"b": [_event("b", 1)]})
    assert fresh_warehouse.query("SELECT count(*) AS n FROM events", snapshot=True)["n"][0] == 1  # fresh enough
    old = fresh_warehouse.snapshot_path.stat().st_mtime - 120
    os.utime(fresh_warehouse.snapshot_path, (old, old))
    fresh_warehouse.replace_events({"c": [_event("c", 1)]})
    assert fresh_warehouse.query("SELECT count(*) AS n FROM events", snapshot=True)["n"][0] == 3


def test_bulk_upsert_of_frames_is_idempotent(fresh_warehouse):
    import polars as pl

    n = 25_000  # above the bulk threshold: exercises the plain-INSERT path, then the replace path
    frame = pl.DataFrame({"event_id": [f"e{i}" for i in range(n)], "doc_id": ["d"] * n,
                          "event_type": ["battles"] * n, "sub_event_type": ["Armed clash"] * n,
                          "fatalities": list(range(n))})
    assert fresh_warehouse.upsert("events", frame) == n
    fresh_warehouse.upsert("events", frame.with_columns(pl.col("fatalities") + 1).to_arrow())
    got = fresh_warehouse.query("SELECT count(*) AS n, sum(fatalities) AS s FROM events").row(0)
    assert got == (n, sum(range(n)) + n)


def test_list_values_are_stored_as_json_text(fresh_warehouse):
    fresh_warehouse.upsert("events", [{"event_id": "x", "doc_id": "d", "event_type": "battles",
                                       "sub_event_type": "Armed clash", "actor1": ["A", "B"]}])
    assert fresh_warehouse.query("SELECT actor1 FROM events")["actor1"][0] == '["A", "B"]'
