"""Incidents from clustered reports: consensus fields and ACLED-style fatalities."""

from __future__ import annotations

from extractors.incidents import build_incidents, conservative_fatalities
from extractors.records import Event


def _r(eid, doc, fat=None, conf=0.8, date="2024-01-05", etype="battles", sub="Armed clash", loc="Aleppo",
       lat=None, url=None, published=None, cluster="c1") -> Event:
    return Event(event_id=eid, doc_id=doc, url=url or f"https://www.{doc}.example/x", event_date=date,
                 date_precision="day" if date else None, event_type=etype, sub_event_type=sub, country="SYR",
                 location=loc, latitude=lat, longitude=lat, fatalities=fat, confidence=conf, cluster_id=cluster,
                 evidence=f"said {eid}", published=published)


def test_fatalities_are_the_lowest_credible_figure():
    assert conservative_fatalities([_r("a", "d1", 4), _r("b", "d2", 7), _r("c", "d3", 1, conf=0.1)]) == 4
    assert conservative_fatalities([_r("a", "d1", 0), _r("b", "d2", 7)]) == 7  # the first toll was not yet known
    assert conservative_fatalities([_r("a", "d1", 0), _r("b", "d2")]) == 0
    assert conservative_fatalities([_r("a", "d1"), _r("b", "d2")]) is None


def test_one_incident_per_cluster_with_the_consensus_of_its_reports():
    reports = [
        _r("a", "d1", 4, date="2024-01-05", lat=36.2, published="2024-01-05T10:00:00"),
        _r("b", "d2", 7, date="2024-01-05", published="2024-01-06T08:00:00"),
        _r("c", "d3", 900, conf=0.9, date="2024-01-04", etype="explosions_remote_violence",
           sub="Air/drone strike", loc=None, published="2024-01-05T12:00:00"),
        _r("d", "d4", 1, cluster=None),
    ]
    first, alone = build_incidents(reports)
    assert (first.incident_id, first.n_reports, first.n_outlets) == ("c1", 3, 3)
    assert (first.event_type, first.sub_event_type, first.event_date) == ("battles", "Armed clash", "2024-01-05")
    assert (first.location, first.latitude) == ("Aleppo", 36.2)
    assert (first.fatalities, first.fatalities_min, first.fatalities_max) == (4, 4, 900)
    assert first.sources == "d1.example; d2.example; d3.example"
    assert (first.first_report, first.last_report) == ("2024-01-05T10:00:00", "2024-01-06T08:00:00")
    assert first.evidence == ("said a", "said c", "said b") and first.report_ids == ("a", "b", "c")
    assert first.event_id == "c"  # the most confident report
    assert (alone.incident_id, alone.n_reports) == ("d", 1)
    assert first.to_dict()["source_urls"] == list(first.source_urls)
