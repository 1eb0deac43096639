"""Actors named by their weapons: a state's shells, aircraft, helicopters or tanks are its armed forces,
and with no verb that says who did what they are the attacker, not the target; people named by their trade
(fishermen, miners, commuters, aid workers) are civilians (sentences written here)."""

from __future__ import annotations

import pytest

from extractors.events.pipeline import extract_events
from extractors.records import Document


@pytest.mark.parametrize(("text", "actor1"), [
    ("Israeli shells fell on the outskirts of the coastal town of Naqoura in Lebanon on Thursday, wounding "
     "two farmers.", "Military Forces of Israel"),
    ("Russian aircraft dropped guided bombs on the Ukrainian town of Kupiansk on Monday, killing an elderly "
     "man.", "Military Forces of Russia"),
    ("Turkish helicopters attacked positions near Amedi in northern Iraq on Sunday, killing four fighters.",
     "Military Forces of Turkey"),
    ("Israeli tanks fired on a crowd near Rafah in the Gaza Strip on Monday, killing three people.",
     "Military Forces of Israel"),
])
def test_a_states_weapons_are_its_forces_and_the_attacker(text, actor1):
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert ev.actor1 == actor1, (ev.actor1, ev.actor2)
    assert ev.actor2 != actor1


def test_weapons_shot_down_do_not_make_their_state_the_attacker():
    text = "Air defences shot down two Iranian drones over the Gulf of Oman on Tuesday, the navy said."
    for ev in extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en")):
        assert ev.actor1 != "Military Forces of Iran" or ev.sub_event_type != "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "Air defenses destroyed seven drones over the Kursk region overnight, the ministry said.",
    "The ministry said its air defences had destroyed four drones over Kyiv on Tuesday.",
])
def test_drones_brought_down_over_a_place_are_disrupted_weapons_use(text):
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert ev.sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize(("text", "group"), [
    ("Gunmen killed five villagers in Tillia, Niger, on Monday. Officials blamed the attack on the Islamic State "
     "Sahel Province.", "Islamic State Sahel Province"),
    ("Gunmen killed five villagers in Tillia, Niger, on Monday. Residents said the attackers were members of "
     "Boko Haram.", "Boko Haram"),
])
def test_a_group_held_responsible_names_the_gunmen(text, group):
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert ev.actor1 == group and ev.actor2 == "Civilians (Niger)"


def test_settlers_are_an_actor_of_their_state():
    text = ("Dozens of Israeli settlers entered the village of Al-Mughayyir near Ramallah on Sunday, setting fire to "
            "five cars.")
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language="en"))
    assert ev.actor1 == "Settlers (Israel)"


@pytest.mark.parametrize(("lang", "text", "actor1"), [
    ("fr", "Des frappes aériennes russes ont touché un marché de Koupiansk lundi, tuant quatre civils.",
     "Military Forces of Russia"),
    ("es", "Un dron turco alcanzó un vehículo cerca de Qamishli el martes y mató a dos personas.",
     "Military Forces of Turkey"),
    ("pt", "Um ataque aéreo americano atingiu uma casa perto de Mogadíscio na sexta-feira, matando três pessoas.",
     "Military Forces of United States"),
    ("ar", "قتل ثلاثة مدنيين يوم الاثنين في غارات جوية روسية على قرية قرب مدينة إدلب.", "Military Forces of Russia"),
    ("ru", "Российские беспилотники атаковали Харьков в среду, погибли два человека.", "Military Forces of Russia"),
    ("uk", "Російські ракети влучили в Одесу в четвер, загинули троє людей.", "Military Forces of Russia"),
])
def test_a_states_weapons_are_its_forces_in_other_languages(lang, text, actor1):
    events = extract_events(Document(doc_id="t", text=text, published="2024-05-06", language=lang))
    assert events, text
    assert events[0].actor1 == actor1, (events[0].actor1, events[0].actor2)


@pytest.mark.parametrize("text", [
    "Militants attacked a fishing boat on Monday, killing two fishermen, Somali officials said.",
    "Fighters of Boko Haram attacked gold miners near Maiduguri on Sunday, killing nine.",
    "Gunmen opened fire on a bus near Kaduna on Sunday, killing four commuters and the driver.",
    "Assailants attacked aid workers on the road to Goma in North Kivu on Friday, killing two.",
])
def test_people_named_by_their_trade_are_civilians(text):
    events = extract_events(Document(doc_id="t", text=text, published="2024-03-05", language="en"))
    assert events, text
    assert {e.event_type for e in events} == {"violence_against_civilians"}, text
    assert any((e.actor2 or "").startswith("Civilians") for e in events), text


def test_aid_workers_are_civilians_in_french_too():
    text = "Des hommes armés ont tué deux humanitaires vendredi sur la route de Goma, dans le Nord-Kivu."
    (ev,) = extract_events(Document(doc_id="t", text=text, published="2024-03-05", language="fr"))
    assert (ev.actor2 or "").startswith("Civilians")
