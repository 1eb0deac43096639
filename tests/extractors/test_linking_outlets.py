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
