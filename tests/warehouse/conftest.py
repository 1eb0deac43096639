"""Warehouse fixtures: a small, hand-written set of pages, articles and events."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.records import Event


def sample_events() -> list[Event]:
    """Three real-world events reported by five articles, in two countries and two months."""

    def ev(eid, doc, cluster, date, etype, sub, country, loc, lat, lon, fat, conf, a1=None, a2=None,
           host="news-a.example"):
        return Event(event_id=eid, doc_id=doc, url=f"https://www.{host}/{doc}", event_date=date,
                     date_precision="day", event_type=etype, sub_event_type=sub, actor1=a1, actor2=a2,
                     country=country, location=loc, latitude=lat, longitude=lon, fatalities=fat,
                     confidence=conf, cluster_id=cluster, evidence=f"report {eid}", extractor_version="t1",
                     published=date)

    return [
        ev("e1", "d1", "c1", "2024-01-05", "battles", "Armed clash", "SYR", "Aleppo", 36.2, 37.15, 4, 0.9,
           "Military Forces of Syria", "HTS"),
        ev("e2", "d2", "c1", "2024-01-05", "battles", "Armed clash", "SYR", "Aleppo", 36.2, 37.15, 7, 0.8,
           "Military Forces of Syria", "HTS", host="news-b.example"),
        ev("e3", "d3", "c1", "2024-01-05", "battles", "Armed clash", "SYR", None, None, None, 900, 0.1,
           host="rumours.example"),
        ev("e4", "d4", "c2", "2024-02-10", "explosions_remote_violence", "Air/drone strike", "SYR", "Idlib",
           35.93, 36.63, 2, 0.7, "Military Forces of Russia"),
        ev("e5", "d5", None, "2024-02-11", "protests", "Peaceful protest", "UKR", "Kyiv", 50.45, 30.52,
           None, 0.6, "Protesters (Ukraine)"),
    ]


def fill(wh) -> None:
    events = sample_events()
    now = dt.datetime(2024, 3, 1, 12)
    pages = [{"page_id": e.doc_id, "url": e.url, "canonical_url": e.url, "source_id": None, "ok": True,
              "http_status": 200, "content_hash": f"h{e.doc_id}", "fetched_at": now} for e in events]
    pages.append({"page_id": "bad1", "url": "https://www.news-a.example/x", "canonical_url":
                  "https://www.news-a.example/x", "ok": False, "http_status": 500, "error_reason": "http 500",
                  "transient": True, "fetched_at": now})
    pages.append({"page_id": "bad2", "url": "https://news-b.example/y", "canonical_url":
                  "https://news-b.example/y", "ok": False, "error_reason": "timeout", "transient": True,
                  "fetched_at": now})
    articles = [{"doc_id": e.doc_id, "url": e.url, "title": f"t {e.doc_id}", "text": "x"} for e in events]
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    wh.store_fetch_results(pages, [], articles, by_doc)


@pytest.fixture
def sample_warehouse(fresh_warehouse):
    """A migrated warehouse holding ``sample_events()`` and two failed pages."""
    fill(fresh_warehouse)
    return fresh_warehouse
