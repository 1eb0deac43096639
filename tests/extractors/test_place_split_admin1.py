"""DR Congo's 2015 provinces: a town of a split province is in its successor (Bunia in Ituri, not the old
Orientale), in the shipped gazetteer and in the build step that makes it. Sentences written here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document

ROOT = Path(__file__).resolve().parents[2]


def _build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("town", "admin1"), [
    ("Bunia", "Ituri"), ("Djugu", "Ituri"), ("Kisangani", "Tshopo"), ("Kolwezi", "Lualaba"),
    ("Kalemie", "Tanganyika"), ("Lubumbashi", "Haut-Katanga"), ("Kikwit", "Kwilu"), ("Kananga", "Kasai-Central"),
])
def test_a_town_of_a_split_province_is_in_its_successor(town, admin1):
    text = f"Militiamen attacked a village near {town} in the Democratic Republic of Congo on Sunday, killing six civilians."
    events = extract_events(Document(doc_id="t", text=text, published="2024-03-05", language="en"))
    assert [(e.country, e.admin1) for e in events] == [("COD", admin1)]


def test_the_build_step_moves_towns_to_the_nearest_successor_and_places_the_new_regions():
    build = _build_script()
    rows = [
        ("A", "Ituri", "", "COD", "Ituri", "", "", 0, ""),
        ("P", "Bunia", "", "COD", "Orientale", 1.5594, 30.2522, 900000, ""),
        ("P", "Kisangani", "", "COD", "Orientale", 0.5153, 25.191, 500000, ""),
        ("P", "Mambasa", "", "COD", "Orientale", 1.36, 29.05, 1000, ""),  # nearer Bunia than Kisangani
        ("P", "Kikwit", "", "COD", "Bandundu", -5.041, 18.8162, 400000, ""),  # a fact beats the nearest capital
        ("P", "Goma", "", "COD", "North Kivu", -1.68, 29.22, 600000, ""),  # not split: unchanged
    ]
    out = {r[1]: r for r in build.split_admin1(rows)}
    assert out["Mambasa"][4] == "Ituri" and out["Kisangani"][4] == "Tshopo"
    assert out["Kikwit"][4] == "Kwilu" and out["Goma"][4] == "North Kivu"
    assert out["Ituri"][5:7] == (1.5594, 30.2522)
