"""Villages, posts and areas the gazetteer lacks are the event's location when the sentence says what they
are ("the military camp at X", "the X area of", "in X, central Mali", "near X in Zamfara state"), with the
region and country of the places around them (sentences written here)."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


@pytest.mark.parametrize(("text", "location", "country"), [
    ("Jihadists stormed the Dioura army camp in the Mopti region of Mali on Sunday, killing ten soldiers.",
     "Dioura", "MLI"),
    ("The jihadists attacked the military camp at Bintagoungou in the Timbuktu region of Mali on Sunday, "
     "killing three soldiers.", "Bintagoungou", "MLI"),
    ("Two soldiers were killed when their vehicle hit a landmine in Boni, central Mali, on Monday.", "Boni", "MLI"),
    ("Gunmen shot dead a village chief in Farabougou, in the Ségou region of Mali, late Sunday.", "Farabougou",
     "MLI"),
    ("A roadside bomb struck an Iraqi army patrol in the Wadi al-Shay area of Kirkuk province late Friday, "
     "killing three soldiers.", "Wadi al-Shay", "IRQ"),
    ("Bandits ambushed vigilantes near Kanoma in Zamfara state, Nigeria, on Monday, killing eight.", "Kanoma",
     "NGA"),
    ("Jets bombed a bandit hideout in the Dansadau forest in Zamfara state, Nigeria, on Saturday, killing 20 "
     "bandits.", "Dansadau", "NGA"),
])
def test_a_named_spot_the_gazetteer_lacks_is_the_location(text, location, country):
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert (ev.location, ev.country) == (location, country)


def test_a_region_named_before_its_country_is_not_a_village():
    text = "Gunmen killed nine villagers in Borno, northeastern Nigeria, on Sunday, officials said."
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert ev.location != "Borno" and ev.country == "NGA"


@pytest.mark.parametrize(("text", "lang", "location", "admin1"), [
    # the region of the town named beside it
    ("Este lunes, hombres armados atacaron la base militar del corregimiento de Zorrilla, en Villavicencio, "
     "y mataron a dos soldados.", "es", "Zorrilla", "Meta"),
    # the region the article's other places all lie in
    ("Des rebelles ont tué six civils jeudi dans la localité de Kabunga.\n"
     "L'administrateur du territoire de Beni a confirmé le bilan. Beni est situé dans le Nord-Kivu.", "fr",
     "Kabunga", "North Kivu"),
])
def test_a_village_the_gazetteer_lacks_takes_the_region_of_the_places_around_it(text, lang, location, admin1):
    evs = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language=lang))
    assert (evs[0].location, evs[0].admin1) == (location, admin1)


def test_a_village_in_an_article_about_several_regions_gets_none():
    from extractors.events.place import _region_of
    from extractors.places.resolve import GeoView, PlaceInfo

    def town(name, admin1, start):
        return PlaceInfo(name, "NGA", admin1, 1.0, 1.0, "city", start, start + len(name))

    spot = PlaceInfo("Tungan Kwara", "NGA", None, None, None, "city", 0, 12)
    geo = GeoView([town("Kaduna", "Kaduna", 300), town("Sokoto", "Sokoto", 400), town("Gusau", "Zamfara", 500)],
                  "NGA")
    assert _region_of(geo, "NGA", spot, []) is None
    geo = GeoView([town("Kaduna", "Kaduna", 300), town("Zaria", "Kaduna", 400), town("Kafanchan", "Kaduna", 500)],
                  "NGA")
    assert _region_of(geo, "NGA", spot, []).admin1 == "Kaduna"


@pytest.mark.parametrize(("text", "lang", "location"), [
    ("Homens armados atacaram Muhande, aldeia remota no distrito de Macomia, em Moçambique, e queimaram vinte "
     "casas.", "pt", "Muhande"),
    ("Des hommes armés ont attaqué Kologo, un village du cercle de Bankass au Mali, tuant six civils.", "fr",
     "Kologo"),
])
def test_a_village_named_in_apposition_is_the_location(text, lang, location):
    evs = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language=lang))
    assert evs[0].location == location
