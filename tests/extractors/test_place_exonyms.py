"""A big or famous town named in another language than English ("Mogadiscio", "Damas", "Tombouctou") is coded
by the gazetteer's name, as the data spell it; other towns keep the article's spelling. Sentences written here."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


def _events(text: str, lang: str):
    return extract_events(Document(doc_id="t", text=text, published="2024-03-05", language=lang))


@pytest.mark.parametrize(("lang", "text", "location"), [
    ("es", "Un coche bomba estalló el lunes frente a un hotel de Mogadiscio y mató a seis personas, según la "
           "policía somalí.", "Mogadishu"),
    ("pt", "Um carro armadilhado explodiu na segunda-feira junto a um hotel de Mogadíscio, matando seis pessoas.",
     "Mogadishu"),
    ("fr", "Un obus est tombé lundi sur un marché de Damas, tuant quatre civils, selon l'agence officielle.",
     "Damascus"),
    ("fr", "Des jihadistes ont attaqué lundi la ville de Tombouctou, tuant trois soldats maliens.",
     "Timbuktu"),
], ids=["es-mogadiscio", "pt-mogadiscio", "fr-damas", "fr-tombouctou"])
def test_a_big_or_famous_town_takes_the_gazetteers_name(lang, text, location):
    assert [e.location for e in _events(text, lang)] == [location]


def test_an_english_article_keeps_its_own_spelling():
    (ev,) = _events("Israeli troops killed two Palestinians during a raid in Jenin on Monday, the health ministry "
                    "said.", "en")
    assert ev.location == "Jenin"
