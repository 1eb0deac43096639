"""One toll per incident everywhere (schema v8): the views built on events_dedup and event_facts count an
incident's fatalities as the incidents view does (ACLED: the lowest credible figure), on a fresh warehouse
and on one created at v7 and migrated."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import duckdb
import pytest

from extractors.incidents import conservative_fatalities
from extractors.records import Event
from warehouse import SCHEMA_VERSION, Warehouse, api
from warehouse.report import gather
from warehouse.schema import MIGRATIONS, migrate
from warehouse.views import INCIDENT_FATALITIES_V8, VIEWS_V8

# Three reports of one incident: 5 and 7 from confident reports, 40 from a rumour (confidence 0.1).
REPORTS = [("r1", "d1", 5, 0.9, "https://news-a.example/1"), ("r2", "d2", 7, 0.9, "https://news-b.example/2"),
           ("r3", "d3", 40, 0.1, "https://rumours.example/3")]
DAY = dt.date(2024, 1, 5)


def _insert_sql(con) -> None:
    """The three reports as plain rows (columns every version since v1 has)."""
    for eid, doc, fat, conf, url in REPORTS:
        con.execute("INSERT INTO events (event_id, doc_id, url, event_date, date_precision, event_type, "
                    "sub_event_type, actor1, actor2, country, location, latitude, longitude, fatalities, "
                    "confidence, cluster_id) VALUES (?, ?, ?, '2024-01-05', 'day', 'battles', 'Armed clash', "
                    "'Military Forces of Syria', 'HTS', 'SYR', 'Aleppo', 36.2, 37.15, ?, ?, 'c1')",
                    [eid, doc, url, fat, conf])


def _tolls(wh: Warehouse) -> dict[str, int]:
    one = lambda sql: wh.query(sql).rows()  # noqa: E731
    return {
        "incidents": one("SELECT fatalities FROM incidents"),
        "events_dedup": one("SELECT fatalities FROM events_dedup"),
        "event_facts": one("SELECT fatalities FROM event_facts"),
        "daily_counts": one("SELECT day, events, fatalities, reports FROM daily_counts"),
        "monthly_counts": one("SELECT month, events, fatalities, reports FROM monthly_counts"),
        "actor_dyads": one("SELECT events, fatalities FROM actor_dyads"),
    }


EXPECTED = {"incidents": [(5,)], "events_dedup": [(5,)], "event_facts": [(5,)],
            "daily_counts": [(DAY, 1, 5, 3)], "monthly_counts": [(dt.date(2024, 1, 1), 1, 5, 3)],
            "actor_dyads": [(1, 5)]}


def test_every_view_gives_the_incident_the_conservative_toll(fresh_warehouse):
    fresh_warehouse.replace_events({doc: [Event(
        event_id=eid, doc_id=doc, url=url, event_date="2024-01-05", date_precision="day", event_type="battles",
        sub_event_type="Armed clash", actor1="Military Forces of Syria", actor2="HTS", country="SYR",
        location="Aleppo", latitude=36.2, longitude=37.15, fatalities=fat, confidence=conf, cluster_id="c1")]
        for eid, doc, fat, conf, url in REPORTS})
    assert _tolls(fresh_warehouse) == EXPECTED
    # and what reads them: the Python API and the HTML report
    assert api.daily_counts(fresh_warehouse).select("events", "fatalities").rows() == [(1, 5)]
    assert api.monthly_counts(fresh_warehouse, by_type=False).select("fatalities").rows() == [(5,)]
    assert api.actor_dyads(fresh_warehouse).select("fatalities").rows() == [(5,)]
    assert api.events(fresh_warehouse)["fatalities"].to_list() == [5]
    parts = gather(fresh_warehouse)
    assert (parts["span"]["n"], parts["span"]["fat"], parts["span"]["reports"]) == (1, 5, 3)
    assert parts["events"]["fat"].to_list() == [5]
    # the range over the reports stays in events_dedup
    assert fresh_warehouse.query("SELECT min_fatalities, max_fatalities FROM events_dedup").rows() == [(5, 40)]


def test_a_v7_warehouse_migrated_to_v8_gives_the_same(tmp_path):
    path = tmp_path / "v7.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, target=7)
    _insert_sql(con)
    # as v7 left it: the incidents view said 5, the older views the largest credible figure
    assert con.execute("SELECT fatalities FROM incidents").fetchall() == [(5,)]
    assert con.execute("SELECT fatalities FROM events_dedup").fetchall() == [(7,)]
    assert con.execute("SELECT fatalities FROM daily_counts").fetchall() == [(7,)]
    con.close()
    wh = Warehouse(path)
    wh.init()
    assert wh.query("SELECT max(version) AS v FROM schema_version")["v"][0] == SCHEMA_VERSION >= 8
    assert _tolls(wh) == EXPECTED


def test_the_rule_is_written_once_and_shared_by_the_v8_views():
    assert MIGRATIONS[7] is VIEWS_V8
    names = [stmt.split("VIEW ", 1)[1].split(" ", 1)[0] for stmt in VIEWS_V8]
    assert names == ["incidents", "events_dedup", "event_facts"]
    for stmt, (f, conf) in zip(VIEWS_V8, [("e.fatalities", "e.conf"), ("fatalities", "conf"),
                                          ("fatalities", "conf")], strict=True):
        assert INCIDENT_FATALITIES_V8.format(f=f, conf=conf) in stmt
        assert "max(fatalities) FILTER" not in stmt and "credible_low" not in stmt


@pytest.mark.parametrize("figures", [
    [(5, 0.9), (7, 0.9), (40, 0.1)],       # the lowest credible figure
    [(40, 0.1), (12, 0.2)],                # nobody credible: the lowest figure above 0
    [(0, 0.9), (9, 0.1)],                  # a credible 0 and a rumoured 9: 9 (0 only when nobody says more)
    [(0, 0.9), (0, 0.1), (None, 0.5)],     # only zeros: 0
    [(None, 0.9), (None, None)],           # no figure at all: NULL
    [(3, None), (8, 0.3)],                 # no confidence counts as 0; 0.3 is credible
])
def test_views_and_python_agree_on_every_case(fresh_warehouse, figures):
    events = [Event(event_id=f"r{i}", doc_id=f"d{i}", url=None, event_date="2024-01-05", date_precision="day",
                    event_type="battles", sub_event_type="Armed clash", country="SYR", fatalities=fat,
                    confidence=conf, cluster_id="c1") for i, (fat, conf) in enumerate(figures)]
    fresh_warehouse.replace_events({e.doc_id: [e] for e in events})
    want = conservative_fatalities(events)
    for view in ("incidents", "events_dedup", "event_facts"):
        assert fresh_warehouse.query(f"SELECT fatalities FROM {view}").rows() == [(want,)], view
    daily = fresh_warehouse.query("SELECT fatalities FROM daily_counts").rows()
    assert daily == [(want or 0,)]


def test_the_documented_agreement_query_finds_no_disagreement(sample_warehouse):
    doc = (Path(__file__).resolve().parents[2] / "docs" / "warehouse.md").read_text(encoding="utf-8")
    (sql,) = [b for b in re.findall(r"```sql\n(.*?)```", doc, re.S) if "IS DISTINCT FROM d.fatalities" in b]
    assert sample_warehouse.query(sql).is_empty()
    # the same query on a v7 file (before the migration) finds the incident the views disagreed on
    con = duckdb.connect()
    migrate(con, target=7)
    _insert_sql(con)
    assert con.execute(sql).fetchall() == [("c1", 5, 7, 7)]
