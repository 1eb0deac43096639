"""Every schema version upgrades to the current one on open, keeping its rows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import duckdb
import pytest

from extractors.records import EVENT_FIELDS, Event
from warehouse import SCHEMA_VERSION, Warehouse
from warehouse.schema import MIGRATIONS, event_column_type, migrate


def _old_database(path, version: int) -> None:
    """A file as release ``version`` left it, with a row in every table that version had."""
    con = duckdb.connect(str(path))
    migrate(con, target=version)
    now = dt.datetime(2024, 1, 1)
    con.execute("INSERT INTO sources (source_id, name, kind, url) VALUES ('s1', 'S', 'rss', 'http://s/feed')")
    con.execute("INSERT INTO pages (page_id, url, canonical_url, source_id, ok, fetched_at) "
                "VALUES ('p1', 'http://s/1', 'http://s/1', 's1', TRUE, ?)", [now])
    con.execute("INSERT INTO raw_html (content_hash, body) VALUES ('h1', 'x'::BLOB)")
    con.execute("INSERT INTO articles (doc_id, url, text) VALUES ('p1', 'http://s/1', 'text')")
    con.execute("INSERT INTO events (event_id, doc_id, event_date, event_type, sub_event_type, country, "
                "fatalities) VALUES ('e1', 'p1', '2024-01-01', 'battles', 'Armed clash', 'SYR', 3)")
    con.close()


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_earlier_version_upgrades_without_losing_rows(tmp_path, version):
    path = tmp_path / f"v{version}.duckdb"
    _old_database(path, version)
    wh = Warehouse(path)
    wh.init()
    assert wh.query("SELECT max(version) AS v FROM schema_version")["v"][0] == SCHEMA_VERSION
    assert wh.counts() == {"sources": 1, "pages": 1, "raw_html": 1, "articles": 1, "events": 1}
    row = wh.query("SELECT event_id, fatalities, country FROM events").row(0)
    assert row == ("e1", 3, "SYR")
    # The current code can write to the upgraded file and read it through the views.
    wh.replace_events({"p2": [Event(event_id="e2", doc_id="p2", url=None, event_date="2024-01-02",
                                    date_precision="day", event_type="battles", sub_event_type="Armed clash",
                                    country="SYR", fatalities=1)]})
    assert wh.query("SELECT sum(events) AS n FROM monthly_counts")["n"][0] == 2


def test_v1_is_a_literal_snapshot_not_generated_from_the_dataclass():
    v1_events = next(s for s in MIGRATIONS[0] if "CREATE TABLE events" in s)
    assert "EVENT_FIELDS" not in v1_events and "plover VARCHAR" in v1_events


def test_new_event_fields_get_columns_on_open(tmp_path):
    """An Event field the file lacks (as after the extraction helper adds one) is added by migrate()."""
    path = tmp_path / "old.duckdb"
    _old_database(path, SCHEMA_VERSION)
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE events DROP COLUMN plover")
    con.execute("ALTER TABLE events DROP COLUMN fatalities_high")
    con.close()
    wh = Warehouse(path)
    wh.init()
    cols = dict(wh.query("SELECT column_name, data_type FROM information_schema.columns "
                         "WHERE table_name = 'events'").iter_rows())
    assert set(EVENT_FIELDS) <= set(cols)
    assert cols["plover"] == "VARCHAR" and cols["fatalities_high"] == "INTEGER"
    assert wh.counts()["events"] == 1


def test_column_types_follow_annotations():
    @dataclasses.dataclass
    class Extra:
        a: int | None = None
        b: float = 0.0
        c: bool = False
        d: str | None = None
        e: tuple[str, ...] = ()

    types = {f.name: event_column_type(f) for f in dataclasses.fields(Extra)}
    assert types == {"a": "INTEGER", "b": "DOUBLE", "c": "BOOLEAN", "d": "VARCHAR", "e": "VARCHAR"}


def test_a_newer_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.duckdb"
    Warehouse(path).init()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION + 1])
    con.close()
    from warehouse import WarehouseError

    with pytest.raises(WarehouseError, match="newer than this code"):
        Warehouse(path).init()


def test_readers_upgrade_an_old_file_too(tmp_path):
    """`conflict-events sql` on a file from an older release sees the current views."""
    path = tmp_path / "v1.duckdb"
    _old_database(path, 1)
    assert Warehouse(path).query("SELECT sum(events) AS n FROM monthly_counts")["n"][0] == 1


def test_readers_leave_foreign_duckdb_files_alone(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t AS SELECT 1 AS x")
    con.close()
    assert Warehouse(path).query("SELECT x FROM t")["x"][0] == 1
    tables = Warehouse(path).query("SELECT table_name FROM information_schema.tables")["table_name"].to_list()
    assert tables == ["t"]


# Fingerprints of released migrations: databases in the field ran exactly these statements.
RELEASED = {1: "9f64da9234fc4738", 2: "4b6fc2735096613a", 3: "c4cc454db3da5941", 4: "9b7ff2ac6b5500cf",
            5: "fe3b7fb2ae401068", 6: "904d9de49a0b3a7e", 7: "3175c588044e42f0", 8: "7e5f3b853ed1756a"}


def test_released_migrations_are_never_edited():
    import hashlib

    for version, fingerprint in RELEASED.items():
        got = hashlib.sha256("\n;\n".join(MIGRATIONS[version - 1]).encode()).hexdigest()[:16]
        assert got == fingerprint, (f"migration v{version} changed: released migrations are append-only; "
                                    "revert the edit and append a new migration instead")


def test_v5_types_dates_as_date_and_timestamps_as_timestamp(tmp_path):
    """Text dates written by releases up to v4 become DATE / UTC TIMESTAMP; unreadable ones NULL."""
    path = tmp_path / "v4.duckdb"
    _old_database(path, 4)
    con = duckdb.connect(str(path))
    con.execute("UPDATE events SET published = '2024-01-02T08:30:00+02:00'")
    con.execute("INSERT INTO events (event_id, doc_id, event_date, published) VALUES ('bad', 'p1', 'soon', 'x')")
    con.execute("UPDATE articles SET published = '2024-01-02'")
    con.close()
    wh = Warehouse(path)
    types = dict(wh.query("SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                          "WHERE column_name IN ('event_date', 'published', 'codec') "
                          "AND table_name IN ('events', 'articles', 'raw_html')").iter_rows())
    assert types == {"events.event_date": "DATE", "events.published": "TIMESTAMP",
                     "articles.published": "TIMESTAMP", "raw_html.codec": "VARCHAR"}
    rows = dict((r[0], r[1:]) for r in wh.query("SELECT event_id, event_date, published FROM events").iter_rows())
    assert rows == {"e1": (dt.date(2024, 1, 1), dt.datetime(2024, 1, 2, 6, 30)), "bad": (None, None)}
    assert wh.query("SELECT published FROM articles")["published"][0] == dt.datetime(2024, 1, 2)
    # SQL that failed on the text columns
    month = wh.query("SELECT date_trunc('month', event_date) AS m FROM events WHERE event_date >= DATE '2024-01-01'")
    assert month["m"].to_list() == [dt.datetime(2024, 1, 1)]


def test_event_records_keep_iso_text_and_the_table_keeps_types(fresh_warehouse):
    fresh_warehouse.replace_events({"d": [Event(event_id="x", doc_id="d", url=None, event_date="2024-03-05",
                                                date_precision="day", event_type="battles",
                                                sub_event_type="Armed clash", published="2024-03-06T10:00:00Z")]})
    row = fresh_warehouse.query("SELECT event_date, published FROM events").row(0)
    assert row == (dt.date(2024, 3, 5), dt.datetime(2024, 3, 6, 10, 0))
    from flows.pipeline import read_events

    (event,) = read_events(fresh_warehouse)
    assert (event.event_date, event.published) == ("2024-03-05", "2024-03-06T10:00:00")
