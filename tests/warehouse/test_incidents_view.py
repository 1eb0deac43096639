"""View incidents: one row per incident, every report kept, and the same consensus as extractors/incidents."""

from __future__ import annotations

import datetime as dt

from extractors.incidents import build_incidents
from flows.pipeline import read_events

COLUMNS = ("event_type", "sub_event_type", "country", "location", "latitude", "fatalities", "fatalities_min",
           "fatalities_max", "n_reports", "n_outlets", "sources", "event_id", "actor1", "actor2")


def test_one_row_per_incident_with_acled_fatalities(sample_warehouse):
    rows = {r["incident_id"]: r for r in sample_warehouse.query("SELECT * FROM incidents").to_dicts()}
    assert set(rows) == {"c1", "c2", "e5"}
    c1 = rows["c1"]
    assert c1["event_date"] == dt.date(2024, 1, 5)
    # 4 and 7 are credible, 900 comes from a confidence-0.1 report: ACLED keeps the lowest credible figure.
    assert (c1["fatalities"], c1["fatalities_min"], c1["fatalities_max"]) == (4, 4, 900)
    assert (c1["n_reports"], c1["n_outlets"]) == (3, 3)
    assert c1["sources"] == "news-a.example; news-b.example; rumours.example"
    assert c1["report_ids"] == ["e1", "e2", "e3"] and len(c1["source_urls"]) == 3
    assert c1["evidence"] == ["report e1", "report e2", "report e3"]
    assert c1["first_report"] <= c1["last_report"]
    assert sample_warehouse.query("SELECT count(*) AS n FROM events")["n"][0] == 5  # every report kept


def test_the_view_and_the_python_consensus_agree(sample_warehouse):
    view = {r["incident_id"]: r for r in sample_warehouse.query("SELECT * FROM incidents").to_dicts()}
    for inc in build_incidents(read_events(sample_warehouse)):
        got = view[inc.incident_id]
        assert {k: got[k] for k in COLUMNS} == {k: getattr(inc, k) for k in COLUMNS}
        assert got["event_date"].isoformat() == inc.event_date
        assert got["report_ids"] == list(inc.report_ids) and got["source_urls"] == list(inc.source_urls)
