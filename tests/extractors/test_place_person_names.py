"""A first name before a surname ("Ramón Muchacho") and a guard corps ("la Guardia Nacional") are no towns, in
Spanish, Portuguese and French as in English. Sentences written here."""

from __future__ import annotations

import pytest

from extractors.places.geo import find_places


@pytest.mark.parametrize(("text", "not_a_place"), [
    ("Los manifestantes se enfrentaron en Caracas con la Guardia Nacional, según escribió el alcalde de "
     "Chacao, Ramón Muchacho.", {"Guardia", "Ramón"}),
    ("A Guarda Nacional dispersou os manifestantes em Luanda, disse o porta-voz José Ramos.", {"Guarda", "José"}),
    ("Le porte-parole Jean Dupont a indiqué que la Garde nationale patrouillait à Niamey.", {"Jean", "Garde"}),
])
def test_first_names_and_guard_corps_are_no_towns(text, not_a_place):
    found = {text[p.start:p.end] for p in find_places(text)}
    assert not found & not_a_place
    assert found  # the real town is still found


def test_a_town_named_like_a_first_name_stands_alone():
    text = "Clashes broke out in San Pedro on Monday, police said."
    found = {text[p.start:p.end] for p in find_places(text)}
    assert "San Pedro" in found
