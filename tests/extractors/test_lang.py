"""detect_language on sentences written for these tests."""

from __future__ import annotations

import pytest

from extractors.text.lang import detect_language


@pytest.mark.parametrize(("text", "lang"), [
    ("Gunmen attacked a police checkpoint on the outskirts of the city on Monday, killing three officers.", "en"),
    ("Des hommes armés ont attaqué un poste de police lundi, tuant trois agents selon les autorités.", "fr"),
    ("Hombres armados atacaron un puesto policial el lunes y mataron a tres agentes, según las autoridades.", "es"),
    ("Bewaffnete griffen am Montag einen Polizeiposten an und töteten drei Beamte, teilten die Behörden mit.", "de"),
    ("Вооружённые люди напали на полицейский пост в понедельник, убив трёх сотрудников.", "ru"),
    ("هاجم مسلحون نقطة تفتيش للشرطة يوم الاثنين وقتلوا ثلاثة من عناصرها بحسب السلطات", "ar"),
])
def test_detects_common_news_languages(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [None, "", "   ", "Kabul", "12:30 — 2024", "OK!"])
def test_short_or_empty_text_is_unknown(text):
    assert detect_language(text) is None
