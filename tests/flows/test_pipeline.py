from extractors.records import Event
from flows.pipeline import recluster


def _event(doc_id: str, n: int, country: str, date: str, cluster: str) -> Event:
    return Event(event_id=f"{doc_id}-{n}", doc_id=doc_id, url=None, event_date=date, date_precision="day",
                 event_type="battles", sub_event_type="Armed clash", country=country, admin1="Borno",
                 location="Maiduguri", fatalities=3, cluster_id=cluster, evidence="x")


def test_recluster_links_sources_and_writes_only_changed_rows(fresh_warehouse):
    fresh_warehouse.replace_events({
        "a": [_event("a", 1, "NGA", "2024-03-01", "ca")],
        "b": [_event("b", 1, "NGA", "2024-03-02", "cb")],
        "c": [_event("c", 1, "MLI", "2024-03-01", "cc")],
    })
    changed = recluster(fresh_warehouse)
    rows = dict(fresh_warehouse.query("SELECT event_id, cluster_id FROM events").iter_rows())
    assert rows["a-1"] == rows["b-1"] != rows["c-1"]
    assert changed >= 1
    assert recluster(fresh_warehouse) == 0  # stable: a second pass changes nothing
    assert fresh_warehouse.counts()["events"] == 3


def test_recluster_after_a_mark_only_reads_the_new_events_neighbourhood(fresh_warehouse):
    from flows.pipeline import events_mark

    fresh_warehouse.replace_events({"old": [_event("old", 1, "NGA", "2020-01-01", "c-old")],
                                    "a": [_event("a", 1, "NGA", "2024-03-01", "ca")]})
    recluster(fresh_warehouse)
    mark = events_mark(fresh_warehouse)
    fresh_warehouse.replace_events({"b": [_event("b", 1, "NGA", "2024-03-02", "cb")]})
    # Make the far-away old event look unclustered: an incremental pass must not touch it.
    fresh_warehouse.set_cluster_ids({"old-1": "stale"})
    assert recluster(fresh_warehouse, after=mark) == 1
    rows = dict(fresh_warehouse.query("SELECT event_id, cluster_id FROM events").iter_rows())
    assert rows["a-1"] == rows["b-1"]
    assert rows["old-1"] == "stale"


def test_an_undated_new_report_joins_a_stored_incident_by_its_publication_day(fresh_warehouse):
    import dataclasses

    from flows.pipeline import events_mark

    fresh_warehouse.replace_events({"a": [_event("a", 1, "NGA", "2024-03-01", "ca")]})
    recluster(fresh_warehouse)
    mark = events_mark(fresh_warehouse)
    undated = dataclasses.replace(_event("b", 1, "NGA", None, None), date_precision=None, published="2024-03-02")
    fresh_warehouse.replace_events({"b": [undated]})
    assert recluster(fresh_warehouse, after=mark) == 1
    rows = dict(fresh_warehouse.query("SELECT event_id, cluster_id FROM events").iter_rows())
    assert rows["a-1"] == rows["b-1"]
    incident = fresh_warehouse.query("SELECT n_reports, event_date::VARCHAR AS d FROM incidents").row(0)
    assert incident == (2, "2024-03-01")


def test_a_page_in_an_unhandled_language_is_stored_with_its_language_and_no_events():
    from extractors.records import Page
    from flows.pipeline import process_pages

    html = ("<html><body><article><p>Bewaffnete Männer haben am Dienstag ein Dorf im Norden Malis angegriffen und "
            "dabei mindestens sieben Zivilisten getötet, teilten die örtlichen Behörden mit. Soldaten wurden in "
            "das Gebiet entsandt, und eine Untersuchung des Angriffs wurde eingeleitet.</p></article></body>"
            "</html>").encode()
    page = Page(url="https://example.org/de/angriff", fetched_at="2024-05-02T10:00:00", status=200,
                content_type="text/html", body=html, encoding="utf-8")
    batch = process_pages([page])
    assert batch.articles[0]["language"] == "de"
    assert batch.n_events == 0


def test_a_french_page_gives_its_events_with_its_language():
    from extractors.records import Page
    from flows.pipeline import process_pages

    html = ("<html><body><article><p>Des hommes armés ont attaqué un village dans le nord du Mali mardi, tuant "
            "au moins sept civils, ont indiqué les autorités locales. Des soldats ont été déployés dans la zone "
            "et une enquête a été ouverte sur cette attaque.</p></article></body></html>").encode()
    page = Page(url="https://example.org/fr/attaque", fetched_at="2024-05-02T10:00:00", status=200,
                content_type="text/html", body=html, encoding="utf-8")
    batch = process_pages([page])
    assert batch.articles[0]["language"] == "fr"
    (ev,) = [e for evs in batch.events.values() for e in evs]
    assert (ev.language, ev.country, ev.fatalities) == ("fr", "MLI", 7)


def test_an_incremental_pass_links_a_country_level_report_across_the_border(fresh_warehouse):
    """A report placed only by its actors' nationality (Russia, no region or town) joins, in an incremental
    pass, the incident two stored Ukrainian reports of that day, type, toll and perpetrator make."""
    import dataclasses

    from flows.pipeline import events_mark

    def shelling(doc, country, admin1, location, cluster):
        return dataclasses.replace(
            _event(doc, 1, country, "2024-03-04", cluster), event_type="explosions_remote_violence",
            sub_event_type="Shelling/artillery/missile attack", admin1=admin1, location=location, fatalities=4,
            actor1="Military Forces of Russia", actor2=f"Civilians ({'Ukraine' if country == 'UKR' else 'Russia'})")

    fresh_warehouse.replace_events({"b": [shelling("b", "UKR", "Donetsk", "Avdiivka", None)],
                                    "c": [shelling("c", "UKR", "Donetsk", "Avdiivka", None)]})
    recluster(fresh_warehouse)
    mark = events_mark(fresh_warehouse)
    fresh_warehouse.replace_events({"a": [shelling("a", "RUS", None, None, None)]})
    recluster(fresh_warehouse, after=mark)
    rows = dict(fresh_warehouse.query("SELECT event_id, cluster_id FROM events").iter_rows())
    assert rows["a-1"] == rows["b-1"] == rows["c-1"]
    assert recluster(fresh_warehouse) == 0  # the same incidents as a full pass
