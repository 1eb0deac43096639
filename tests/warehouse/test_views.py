"""The analysis views on a small hand-written warehouse."""

from __future__ import annotations

import datetime as dt

from warehouse import api
from warehouse.views import VIEW_NAMES


def test_every_view_answers(sample_warehouse):
    for view in VIEW_NAMES:
        sample_warehouse.query(f"SELECT * FROM {view}")


def test_events_dedup_gives_one_row_per_cluster(sample_warehouse):
    rows = {r["cluster_id"]: r for r in sample_warehouse.query("SELECT * FROM events_dedup").to_dicts()}
    assert set(rows) == {"c1", "c2", "e5"}  # an unclustered event stands for itself
    c1 = rows["c1"]
    assert c1["event_date"] == dt.date(2024, 1, 5)
    assert (c1["location"], c1["latitude"]) == ("Aleppo", 36.2)  # the located report wins over the vague one
    assert (c1["actor1"], c1["actor2"]) == ("Military Forces of Syria", "HTS")
    # 4 and 7 are credible, 900 comes from a confidence-0.1 report: as in incidents (ACLED), the lowest
    # credible figure, 4.
    assert (c1["fatalities"], c1["max_fatalities"], c1["min_fatalities"]) == (4, 900, 4)
    assert (c1["n_sources"], c1["n_reports"]) == (3, 3)
    assert c1["sources"] == "news-a.example; news-b.example; rumours.example"
    assert c1["first_seen"] <= c1["last_seen"]


def test_counts_by_month_and_day(sample_warehouse):
    monthly = api.monthly_counts(sample_warehouse, by_type=False)
    assert monthly.rows() == [(dt.date(2024, 1, 1), "SYR", 1, 4, 3), (dt.date(2024, 2, 1), "SYR", 1, 2, 1),
                              (dt.date(2024, 2, 1), "UKR", 1, 0, 1)]
    daily = api.daily_counts(sample_warehouse, country="syr", start="2024-02-01")
    assert daily.rows() == [(dt.date(2024, 2, 10), "SYR", "explosions_remote_violence", 1, 2, 1)]
    view = sample_warehouse.query("SELECT sum(events) AS n FROM daily_counts")["n"][0]
    assert view == 3


def test_dyads_and_crawl_health(sample_warehouse):
    dyads = api.actor_dyads(sample_warehouse, country="SYR")
    assert ("Military Forces of Syria", "HTS", 1, 4) in [r[:4] for r in dyads.rows()]
    cov = {r["source"]: r for r in api.source_coverage(sample_warehouse).to_dicts()}
    assert cov["news-a.example"]["pages"] == 4 and cov["news-a.example"]["pages_failed"] == 1
    assert cov["news-a.example"]["last_success"] == dt.datetime(2024, 3, 1, 12)
    fails = api.crawl_failures(sample_warehouse).select("source", "error_reason", "pages").rows()
    assert sorted(fails) == [("news-a.example", "http 500", 1), ("news-b.example", "timeout", 1)]


def test_events_api_filters(sample_warehouse):
    assert api.events(sample_warehouse, country="SYR").height == 2
    assert api.events(sample_warehouse.path, start="2024-02-01", end="2024-02-10").height == 1
    assert api.events(sample_warehouse, dedup=False).height == 5


def test_bad_filter_dates_are_named(sample_warehouse):
    import pytest

    from warehouse import WarehouseError

    with pytest.raises(WarehouseError, match="bad start date '2024-13-01'"):
        api.events(sample_warehouse, start="2024-13-01")
    with pytest.raises(WarehouseError, match="after end"):
        api.events(sample_warehouse, start="2024-03-01", end="2024-01-01")


def test_event_facts_agree_with_events_dedup(sample_warehouse):
    cols = "cluster_id, event_date, country, event_type, fatalities, n_reports"
    facts = sample_warehouse.query(f"SELECT {cols} FROM event_facts ORDER BY 1")
    dedup = sample_warehouse.query(f"SELECT {cols} FROM events_dedup ORDER BY 1")
    assert facts.rows() == dedup.rows()


def test_events_dedup_and_event_facts_agree_with_incidents_on_fatalities(sample_warehouse):
    sql = "SELECT {key} AS id, fatalities FROM {view} ORDER BY 1"
    incidents = sample_warehouse.query(sql.format(key="incident_id", view="incidents"))
    for view in ("events_dedup", "event_facts"):
        assert sample_warehouse.query(sql.format(key="cluster_id", view=view)).rows() == incidents.rows(), view
