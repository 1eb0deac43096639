"""A named part of a town ("the Hamidiya neighbourhood of Homs", "Bamako's Niamakoro district") is coded the
way ACLED codes it: "Homs - Hamidiya", with the town's region. Sentences written here."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


def _events(text: str, lang: str = "en"):
    return extract_events(Document(doc_id="t", text=text, published="2024-03-05", language=lang))


@pytest.mark.parametrize(("lang", "text", "location"), [
    ("en", "Government aircraft bombed the rebel-held al-Hamidiya neighbourhood in eastern Homs on Monday, "
           "killing four civilians, activists said.", "Homs - Hamidiya"),
    ("en", "Gunmen shot dead two traders in the Niamakoro district of Bamako on Sunday, police said.",
     "Bamako - Niamakoro"),
    ("en", "Police fired tear gas at protesters in Mombasa's crowded suburb of Likoni on Tuesday.",
     "Mombasa - Likoni"),
    ("fr", "Des hommes armés ont tué trois commerçants lundi dans le quartier de Sébénikoro à Bamako.",
     "Bamako - Sébénikoro"),
    ("es", "Pandilleros asesinaron a dos jóvenes el domingo en el barrio Soyapango de San Salvador.",
     "San Salvador - Soyapango"),
    ("en", "Gang members killed five people in the Port-au-Prince suburb of Carrefour-Feuilles on Saturday, "
           "witnesses said.", "Port-au-Prince - Carrefour-Feuilles"),
], ids=["en-of", "en-district", "en-possessive", "fr-quartier", "es-barrio", "en-city-suburb-of"])
def test_a_named_part_of_a_town_is_town_dash_part(lang, text, location):
    events = _events(text, lang)
    assert [e.location for e in events] == [location]


@pytest.mark.parametrize("text", [
    # no name: "a poor neighbourhood"
    "Gunmen killed two traders in a poor neighbourhood of Bamako on Sunday, police said.",
    # a region, not a town: "the Bankass district of Mopti region"
    "Gunmen killed two traders in the Bankass district of Mopti region on Sunday, officials said.",
    # a town of its own in the city's region, far from it: "the Bankass district of Mopti"
    "Gunmen killed two traders in the Bankass district of Mopti on Sunday, officials said.",
    # two parts of the town in one incident: the town alone
    "Shelling hit the Hamidiya and Khaldiya neighbourhoods of Homs and the Jobar district of Homs on Monday, "
    "killing four civilians.",
], ids=["unnamed", "region", "district-town", "two-parts"])
def test_no_part_without_one_named_part_of_a_known_town(text):
    events = _events(text)
    assert events
    assert all(" - " not in (e.location or "") for e in events)


@pytest.mark.parametrize(("lang", "text", "location"), [
    ("en", "Three men were killed during a raid on the Balata refugee camp near Nablus on Tuesday, the health "
           "ministry said.", "Balata"),
    ("en", "A drone strike hit the Abu Shouk displacement camp near El Fasher on Friday, killing eight people.",
     "Abu Shouk"),
    ("fr", "Des obus sont tombés lundi sur le camp de déplacés de Kanyaruchinya, près de Goma, dans le Nord-Kivu, "
           "tuant cinq civils.", "Kanyaruchinya"),
], ids=["en-refugee-camp", "en-displacement-camp", "fr-camp-de-deplaces"])
def test_a_camp_for_refugees_or_the_displaced_is_the_place(lang, text, location):
    assert [e.location for e in _events(text, lang)] == [location]
