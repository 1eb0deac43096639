"""Multi-outlet scenarios for the cross-outlet linker, written for the project (no third-party text).

Each test names a class of report disagreement that real clusters show, and near-duplicates that must
stay apart (the same place on another day, another town on the same day).
"""

from __future__ import annotations

import dataclasses

from extractors.dedup import assign_clusters
from tests.extractors.test_linking import _report


def _labels(events) -> list[int]:
    ids = [e.cluster_id for e in assign_clusters(events)]
    return [ids.index(i) for i in ids]


def _at(event, lat: float, lon: float, precision: str = "city"):
    return dataclasses.replace(event, latitude=lat, longitude=lon, geo_precision=precision)


def test_a_village_and_the_town_next_to_it_are_one_place_at_two_levels():
    """One outlet names the village, another the district town 8 km away: one incident."""
    village = _at(_report("a", location="Intahaka", evidence="Gunmen attacked soldiers in Intahaka"), 16.35, 0.23)
    town = _at(_report("b", location="Tessit", evidence="Soldiers attacked near Tessit"), 16.40, 0.29)
    assert _labels([village, town]) == [0, 0]


def test_towns_of_one_region_far_apart_stay_two_incidents():
    """The same region and day but towns 60 km apart: two attacks."""
    one = _at(_report("a", location="Intahaka"), 16.35, 0.23)
    other = _at(_report("b", location="Ansongo"), 15.66, 0.50)
    assert _labels([one, other]) == [0, 1]


def test_a_nearby_town_on_another_day_or_without_geocodes_stays_apart():
    village = _at(_report("a", location="Intahaka"), 16.35, 0.23)
    assert _labels([village, _at(_report("b", "2024-03-09", location="Tessit"), 16.40, 0.29)]) == [0, 1]
    assert _labels([village, _report("b", location="Tessit")]) == [0, 1]  # no coordinates: no telling
    region = _at(_report("b", location="Tessit"), 16.40, 0.29, precision="admin1")  # a region's centre
    assert _labels([village, region]) == [0, 1]


SHELLING = {"etype": "explosions_remote_violence", "sub": "Shelling/artillery/missile attack",
            "actor1": "Military Forces of Russia", "actor2": "Civilians (Ukraine)", "fatalities": 4}


def _country_only(doc: str, date: str = "2024-03-04", **kw):
    """A report whose only place is the country of its actors' nationality (no region, no town)."""
    return _report(doc, date, country="RUS", admin1=None, location=None,
                   **{**SHELLING, "actor2": "Civilians (Russia)", **kw})


def test_a_report_placed_only_by_its_actors_nationality_joins_across_the_country_line():
    """One outlet says 'Russian shelling killed four civilians' and names no town the gazetteer knows:
    its country is Russia. Two others place the same shelling in a Ukrainian town that day."""
    town = _report("b", country="UKR", admin1="Donetsk", location="Avdiivka", **SHELLING)
    other = _report("c", "2024-03-05", country="UKR", admin1="Donetsk", location="Avdiivka",
                    language="fr", **SHELLING)
    assert _labels([_country_only("a"), town, other]) == [0, 0, 0]


def test_across_the_country_line_day_toll_type_and_perpetrator_must_all_agree():
    town = _report("b", country="UKR", admin1="Donetsk", location="Avdiivka", **SHELLING)
    assert _labels([_country_only("a", "2024-03-07"), town]) == [0, 1]  # another day
    assert _labels([_country_only("a", fatalities=2), town]) == [0, 1]  # another toll
    assert _labels([_country_only("a", actor1="Military Forces of Ukraine"), town]) == [0, 1]
    assert _labels([_country_only("a", etype="battles", sub="Armed clash"), town]) == [0, 1]
    # both placed in their own country: two incidents, however alike
    belgorod = _report("a", country="RUS", admin1="Belgorod", location="Belgorod", **SHELLING)
    assert _labels([belgorod, town]) == [0, 1]
