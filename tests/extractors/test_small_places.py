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
