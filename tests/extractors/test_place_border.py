"""Countries that do not say where an event happened: a ship's flag, the other side of a border ("on the border with
Nigeria"), and a country named without a locative when the article is about another ("the Central Command of
the United States said"). Sentences written here."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("en", "Gunmen attacked an army post in Amchide, on the border with Nigeria, on Sunday, killing three "
           "Cameroonian soldiers.", "CMR"),
    ("fr", "Un poste de l'armée a été attaqué dimanche à Amchidé, à la frontière avec le Nigeria, par des "
           "combattants. Trois soldats camerounais ont été tués.", "CMR"),
    ("fr", "Les rebelles sont entrés dimanche dans la cité de Kamanyola, à la frontière avec le Rwanda et le "
           "Burundi, tuant deux civils congolais.", "COD"),
    ("es", "Hombres armados mataron a cuatro soldados venezolanos el lunes cerca de la frontera con Colombia.",
     "VEN"),
    ("ar", "قتل ثلاثة جنود لبنانيين في قصف على بلدة قرب الحدود مع سوريا يوم الاثنين.", "LBN"),
], ids=["en", "fr", "fr-two-countries", "es", "ar"])
def test_the_country_across_a_border_is_not_the_place(lang, text, country):
    events = extract_events(Document(doc_id="t", text=text, published="2024-04-20", language=lang))
    assert events, text
    assert {e.country for e in events} == {country}


def test_a_country_named_as_the_place_still_counts():
    text = "Gunmen killed four soldiers in northern Nigeria on Sunday, near the border with Niger."
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-04-20", language="en"))
    assert ev.country == "NGA"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Islamic State fighters ambushed a patrol in Deir ez-Zor province in eastern Syria on Saturday, killing "
           "four fighters. On Sunday a drone strike killed a senior commander riding a motorbike, the Central "
           "Command of the United States said."),
    ("uk", "Бойовики «Ісламської держави» в суботу влаштували засідку на патруль у провінції Дейр-ез-Зор на сході "
           "Сирії, загинули четверо бійців. У неділю удар безпілотника знищив одного з ватажків угруповання, "
           "повідомило Центральне командування США."),
], ids=["en", "uk"])
def test_a_country_named_without_a_locative_names_an_actor_not_the_place(lang, text):
    # the second event's only country is the source's ("the Central Command of the United States said")
    events = extract_events(Document(doc_id="t", text=text, published="2024-04-20", language=lang))
    assert len(events) == 2
    assert {e.country for e in events} == {"SYR"}


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Un misil lanzado por los hutíes alcanzó el miércoles a un carguero con bandera de Liberia frente a las "
           "costas de Yemen, hiriendo a dos marineros."),
    ("en", "A missile fired by the Houthis hit a Liberia-flagged cargo ship off the coast of Yemen on Wednesday, "
           "wounding two sailors."),
    ("fr", "Un missile tiré par les Houthis a touché mercredi un cargo battant pavillon du Panama au large du "
           "Yémen, blessant deux marins."),
], ids=["es", "en", "fr"])
def test_a_ships_flag_is_not_the_place(lang, text):
    events = extract_events(Document(doc_id="t", text=text, published="2024-04-20", language=lang))
    assert events, text
    assert {e.country for e in events} == {"YEM"}
