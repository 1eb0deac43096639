"""A sea, gulf, lake or river named like a state, town or country ("the Red Sea", "the Gulf of Aden", "Lake
Chad") is a body of water, not that place; "Red Sea state" still is the state. Sentences written here."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


def _events(text: str, lang: str = "en"):
    return extract_events(Document(doc_id="t", text=text, published="2024-03-05", language=lang))


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Houthi forces fired two missiles at a cargo ship in the Red Sea off Yemen on Tuesday. No one was hurt.",
     "YEM"),
    ("en", "Militants attacked a fishing boat in the Gulf of Aden on Monday, killing two fishermen, Somali "
           "officials said.", "SOM"),
    ("en", "Fighters of Boko Haram attacked fishermen near Lake Chad on Sunday, killing nine, local officials in "
           "Borno said.", "NGA"),
    ("fr", "Des miliciens ont attaqué lundi un bateau de pêche dans le golfe d'Aden, tuant deux pêcheurs "
           "somaliens.", "SOM"),
], ids=["red-sea", "gulf-of", "lake", "fr-golfe"])
def test_a_body_of_water_is_not_the_place_of_its_name(lang, text, country):
    events = _events(text, lang)
    assert events, text
    assert {e.country for e in events} == {country}
    assert not {e.location for e in events} & {"Aden", "Red Sea"}


def test_the_state_named_after_the_sea_is_still_the_state():
    (ev,) = _events("Protesters blocked a road in Red Sea state on Monday, officials in Port Sudan said.")
    assert (ev.country, ev.admin1) == ("SDN", "Red Sea")


def test_a_country_named_before_river_is_the_river():
    (ev,) = _events("Gunmen killed three fishermen on the banks of the Niger River near Mopti in Mali on Sunday.")
    assert ev.country == "MLI"
