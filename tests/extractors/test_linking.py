"""Cross-outlet linking (extractors/linking, via assign_clusters): which reports become one incident."""

from __future__ import annotations

import dataclasses

from extractors.dedup import assign_clusters
from extractors.linking.score import same_place_name
from extractors.records import Event, make_event_id


def _report(doc: str, date: str | None = "2024-03-04", *, etype="battles", sub="Armed clash", country="MLI",
            admin1="Gao", location="Tessit", fatalities=None, actor1="Jihadists (Mali)",
            actor2="Military Forces of Mali", published="2024-03-05", evidence="", language="en", k=0) -> Event:
    return Event(event_id=make_event_id(doc, etype, sub, date, location, k), doc_id=doc,
                 url=f"https://{doc}.example/a", event_date=date, date_precision="day" if date else None,
                 event_type=etype, sub_event_type=sub, country=country, admin1=admin1, location=location,
                 fatalities=fatalities, actor1=actor1, actor2=actor2, published=published, evidence=evidence,
                 language=language, confidence=0.8)


def _same(events: list[Event]) -> list[bool]:
    out = assign_clusters(events)
    return [out[0].cluster_id == e.cluster_id for e in out[1:]]


def test_outlets_differing_by_a_day_and_a_spelling_are_one_incident():
    assert _same([_report("a"), _report("b", "2024-03-05", location="Tessett", admin1=None)]) == [True]


def test_an_undated_report_joins_by_its_publication_window():
    assert _same([_report("a"), _report("b", None, published="2024-03-06")]) == [True]


def test_village_and_region_levels_of_one_hierarchy_meet():
    assert _same([_report("a", location="Albushahab", admin1="Kirkuk", country="IRQ"),
                  _report("b", location=None, admin1="Kirkuk", country="IRQ")]) == [True]


def test_type_within_one_family_links_in_the_same_town_and_day():
    assert _same([_report("a"), _report("b", etype="explosions_remote_violence",
                                        sub="Remote explosive/landmine/IED")]) == [True]


def test_contradictions_keep_incidents_apart():
    base = _report("a")
    assert _same([base, _report("b", location="Ansongo")]) == [False]  # another town of the region
    assert _same([base, _report("b", admin1="Mopti", location="Sevare")]) == [False]  # another region
    assert _same([base, _report("b", country="NER", admin1=None)]) == [False]
    assert _same([base, _report("b", etype="protests", sub="Peaceful protest")]) == [False]
    assert _same([base, _report("b", "2024-03-09")]) == [False]  # five days apart


def test_same_place_on_another_day_is_another_incident_even_through_an_undated_report():
    """A date-less report that fits two dated incidents at one place joins neither of them."""
    first, second = _report("a", "2024-03-04"), _report("b", "2024-03-20", published="2024-03-21")
    undated = _report("c", None, published=None)
    out = assign_clusters([first, second, undated])
    assert len({e.cluster_id for e in out}) == 3
    # alone with one of them, it joins it (region, type and actors agree)
    out = assign_clusters([first, undated])
    assert out[0].cluster_id == out[1].cluster_id


def test_no_incident_holds_two_reports_of_one_article():
    a1, a2 = _report("a", k=1), _report("a", k=2, fatalities=3)
    out = assign_clusters([a1, a2, _report("b", fatalities=3)])
    assert out[0].cluster_id != out[1].cluster_id


def test_a_big_cluster_needs_no_pairwise_agreement_on_everything():
    """Nine outlets: different days within the window, places at two levels, one without a date."""
    reports = [_report(f"o{i}", f"2024-03-0{4 + i % 2}", location=None if i % 3 == 0 else "Tessit",
                       fatalities=10 + i) for i in range(8)]
    reports.append(_report("o9", None, published="2024-03-06", location=None))
    assert all(_same(reports))


def test_clusters_are_stable_when_rerun():
    events = [_report("a"), _report("b", "2024-03-05"), _report("c", location="Ansongo")]
    once = assign_clusters(events)
    assert [e.cluster_id for e in assign_clusters(once)] == [e.cluster_id for e in once]
    assert [dataclasses.replace(e, cluster_id=None) for e in once] == events


def test_place_spellings():
    assert same_place_name("tessit", "tessett") and same_place_name("marte", "new marte")
    assert not same_place_name("tessit", "tessalit") and not same_place_name("gao", "goa")


def test_an_article_without_a_date_on_its_page_is_placed_by_its_url():
    from extractors.linking.features import url_day

    assert url_day("https://x.example/2022/08/09/mali-attack") == url_day("https://y.example/a-20220809.html")
    assert url_day("https://x.example/news/1144255/x") is None and url_day("https://x.example/2022/13/40/") is None
    undated = dataclasses.replace(_report("b", None, published=None), url="https://b.example/2024/03/05/story")
    assert _same([_report("a"), _report("c", "2024-03-20", location="Ansongo"), undated]) == [False, True]


def test_a_calendar_day_without_a_year_picks_the_incident_of_that_day():
    """An article with no publication date writes "mardi 9 avril" but no year: of two attacks on one town in
    different years it joins the one of that day, and a week or more off is never the same incident."""
    spring = _report("a", "2023-04-09", published="2023-04-10")
    autumn = _report("b", "2024-10-02", published="2024-10-03", actor1="Islamic State")
    undated = _report("c", None, published=None, language="fr", actor1="Islamic State",
                      evidence="Des hommes armés ont attaqué mardi 9 avril le camp militaire de Tessit.")
    out = assign_clusters([spring, autumn, undated])
    assert out[2].cluster_id == out[0].cluster_id != out[1].cluster_id
    # the same report against the autumn attack alone: its day is months off, so it stays apart
    out = assign_clusters([autumn, undated])
    assert out[0].cluster_id != out[1].cluster_id


def test_calendar_days_are_read_in_each_language_with_or_without_a_year():
    from extractors.events.dates import calendar_days
    from extractors.lexicons import lexicon

    assert calendar_days("Le camp a été attaqué mardi 9 avril.", lexicon("fr")) == ((4, 9),)
    assert calendar_days("Gunmen struck on April 9, 2023 and again on 2 May.", lexicon("en")) == ((4, 9), (5, 2))
    assert calendar_days("Nothing dated here.", lexicon("en")) == ()


def test_numbers_are_evidence_across_languages_and_differing_tolls_are_not_against():
    from extractors.linking.features import features, numbers
    from extractors.linking.score import pair_score

    assert numbers("Le bilan: 12 morts le 3 avril 2023 et ١٤ blessés", 12, None) == frozenset({12, 3, 14})
    fr = _report("a", location=None, language="fr", evidence="Douze soldats tués et 9 blessés à Tessit.",
                 fatalities=12)
    same = _report("b", location=None, language="ar", evidence="مقتل 12 جنديا", fatalities=12)
    other = _report("b", location=None, language="ar", evidence="مقتل 30 جنديا", fatalities=30)
    silent = _report("b", location=None, language="ar", evidence="هجوم على الجيش")
    f = [features(i, e) for i, e in enumerate([fr, same, other, silent])]
    assert pair_score(f[0], f[1]) > pair_score(f[0], f[2]) == pair_score(f[0], f[3])
