"""The event extractor on sentences written for these tests (no shared text)."""

from __future__ import annotations

import pytest

from extractors.dedup import assign_clusters
from extractors.events.counts import combine, sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.pipeline import EXTRACTOR_VERSION, extract_events
from extractors.events.triggers import classify as _classify
from extractors.lexicons import lexicon
from extractors.records import EVENT_TYPES, Document, cameo_plover
from extractors.text.numwords import parse_number


def classify(text):
    return _classify(text, lexicon("en"))


def _doc(text: str, published: str | None = "2024-03-08", doc_id: str = "t1") -> Document:
    return Document(doc_id=doc_id, text=text, published=published)


def test_number_words_and_digits():
    assert parse_number("twenty-five") == 25
    assert parse_number("1,200") == 1200
    assert parse_number("a dozen") == 12
    assert parse_number("Eleven") == 11
    assert parse_number("dozens") is None


def test_counts_at_least_and_vague_words():
    (k, i) = (c for c in sentence_counts("At least 12 villagers were killed and dozens were wounded."))
    assert (k.kind, k.value) == ("killed", 12)
    assert (i.kind, i.value, i.low) == ("injured", None, 24)


def test_counts_sum_sides_without_double_counting():
    per_sentence = [
        sentence_counts("Four police officers were killed when gunmen stormed the post."),
        sentence_counts("The officials said four policemen died in the raid."),
        sentence_counts("Three of the attackers were also killed and two others were wounded."),
    ]
    assert combine(per_sentence, "killed")[0] == 7
    assert combine(per_sentence, "injured")[0] == 2


def test_a_toll_restated_as_the_attackers_killed_is_not_added_twice():
    per_sentence = [sentence_counts("Navy drone strike kills 4"),
                    sentence_counts("The navy said it carried out a drone strike on the camp, killing four militants.")]
    assert combine(per_sentence, "killed")[0] == 4
    per_sentence = [sentence_counts("Six people were killed when gunmen attacked the market."),
                    sentence_counts("Two of the attackers were also killed.")]
    assert combine(per_sentence, "killed")[0] == 8  # a different figure: deaths on top of the toll


def test_list_of_victim_groups_adds_up():
    counts = sentence_counts("He said two soldiers and three civilians were killed in the blast.")
    assert combine([counts], "killed")[0] == 5


def test_no_casualties_is_zero():
    counts = sentence_counts("No casualties were reported after the shelling.")
    assert combine([counts], "killed")[0] == 0


def test_dates_resolve_against_publication():
    assert resolve_date("Gunmen attacked the village on Tuesday.", "2024-03-08")[:2] == ("2024-03-05", "day")
    assert resolve_date("The blast happened yesterday.", "2024-03-08")[:2] == ("2024-03-07", "day")
    assert resolve_date("Fighting broke out on March 2.", "2024-03-08")[:2] == ("2024-03-02", "day")
    assert resolve_date("Protests took place last week.", "2024-03-08")[:2] == (None, "month")
    # a day after publication can only be last year's
    assert resolve_date("The raid on 20 December killed two.", "2024-03-08")[0] == "2023-12-20"


def test_typing_rules():
    assert classify("A roadside bomb struck a convoy.")[:2] == ("explosions_remote_violence",
                                                                 "Remote explosive/landmine/IED")
    assert classify("Warplanes carried out airstrikes on the town.")[1] == "Air/drone strike"
    assert classify("Police fired tear gas to disperse the protesters.")[1] == "Protest with intervention"
    assert classify("Hundreds of teachers marched peacefully to parliament.")[1] == "Peaceful protest"
    assert cameo_plover("Peaceful protest") == ("14", "PROTEST")


def test_attack_on_soldiers_is_a_battle_with_actors():
    text = ("Militants attacked an army checkpoint in northern Kandar on Monday, killing six soldiers, "
            "a military spokesman said. Two of the militants were also killed.")
    (ev,) = extract_events(_doc(text, "2024-03-06"))
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert ev.event_date == "2024-03-04" and ev.date_precision == "day"
    assert ev.fatalities == 8
    assert ev.actor1 and "Militants" in ev.actor1 and ev.actor1_type == "rebel group"
    assert ev.actor2 and "Military Forces" in ev.actor2
    assert ev.cameo_root == "19" and ev.plover == "ASSAULT"


def test_killing_villagers_is_violence_against_civilians_in_country():
    text = "Gunmen killed 14 villagers in Nigeria's Zamfara state on Saturday, police said."
    (ev,) = extract_events(_doc(text, "2024-03-10"))
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert ev.country == "NGA" and ev.fatalities == 14
    assert ev.actor2 == "Civilians (Nigeria)"


def test_evidence_offsets_point_into_text():
    text = "Header line\n\nSoldiers clashed with rebels near the border on Friday, leaving nine dead. More text."
    for ev in extract_events(_doc(text)):
        assert text[ev.evidence_start:ev.evidence_end] == ev.evidence
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.extractor_version == EXTRACTOR_VERSION
        assert ev.sub_event_type in EVENT_TYPES[ev.event_type]


def test_non_events_yield_nothing():
    for text in (
        "The militants threatened to attack the capital if talks fail.",
        "The government will launch an operation against the rebels next month.",
        "The bowler's attack ripped through the batting line-up as the team won the cricket test match "
        "by an innings; the striker of the league side scored twice in the tournament.",
        "Shares fell sharply on Monday after the central bank raised interest rates.",
        "The civil war, which began in 2011, has killed more than 300,000 people.",
    ):
        assert extract_events(_doc(text)) == [], text


def test_separate_attack_is_a_second_event():
    text = ("Gunmen killed five farmers in the village of Abaro on Tuesday, residents said. "
            "In another attack on Thursday, bandits killed three traders on a highway.")
    events = extract_events(_doc(text, "2024-03-08"))
    assert [e.event_date for e in events] == ["2024-03-05", "2024-03-07"]
    assert [e.fatalities for e in events] == [5, 3]


def test_unhandled_language_gives_no_events():
    doc = Document(doc_id="x", text="Bewaffnete Männer haben am Montag fünf Soldaten getötet.", language="de")
    assert extract_events(doc) == []


def test_dedup_links_same_incident_across_documents():
    a = extract_events(_doc("A car bomb exploded in Mogadishu, Somalia on Monday, killing seven people.",
                            "2024-03-05", "a"))
    b = extract_events(_doc("Seven people died when a car bomb went off on Monday in Somalia's capital Mogadishu.",
                            "2024-03-05", "b"))
    c = extract_events(_doc("Protesters marched in Nairobi, Kenya on Monday.", "2024-03-05", "c"))
    out = assign_clusters(a + b + c)
    assert len(out) == 3
    assert out[0].cluster_id == out[1].cluster_id != out[2].cluster_id


def test_report_day_is_not_the_event_day():
    text = ("Gunmen killed four traders in a market in Kandar on Saturday, police said on Monday. "
            "The attackers fled on motorbikes.")
    (ev,) = extract_events(_doc(text, "2024-03-11"))
    assert ev.event_date == "2024-03-09"
    assert resolve_date("Militants stormed the base, officials said on Monday.", "2024-03-11")[2] is False


def test_accidents_and_disasters_are_not_conflict_events():
    for text in (
        "At least 12 people were killed when a gas tanker exploded on a highway on Tuesday.",
        "Floods killed 30 people and injured dozens in the north of the country, officials said.",
        "Two workers were injured after a boiler exploded at a chemical plant.",
    ):
        assert extract_events(_doc(text)) == [], text


def test_hedged_toll_does_not_replace_the_official_one():
    text = ("Militants killed nine soldiers in an attack on a base on Sunday, the army said. "
            "Residents estimated that at least 20 soldiers had been killed.")
    (ev,) = extract_events(_doc(text, "2024-03-11"))
    assert ev.fatalities == 9 and ev.fatalities_high == 20


def test_follow_up_sentences_about_the_attack_fold_into_it():
    text = ("Gunmen attacked a police post in the town of Malu on Friday, killing three officers. "
            "The attack lasted two hours, a police spokesman said. "
            "Two of the gunmen were also killed, he added.")
    (ev,) = extract_events(_doc(text, "2024-03-09"))
    assert ev.fatalities == 5 and ev.event_date == "2024-03-08"
    assert ev.location == "Malu"


def test_a_named_earlier_attack_is_a_separate_event():
    text = ("Gunmen killed six villagers in the village of Tora on Friday, officials said. "
            "The attack comes three days after bandits killed eleven farmers in the village of Guri.")
    events = extract_events(_doc(text, "2024-03-09"))
    assert [(e.event_date, e.fatalities, e.location) for e in events] == [
        ("2024-03-08", 6, "Tora"), ("2024-03-05", 11, "Guri")]


def test_protests_arrests_and_territory_types():
    assert extract_events(_doc("Police arrested 40 protesters during a march in the capital on Monday."))[0] \
        .sub_event_type == "Protest with intervention"
    assert extract_events(_doc("Security forces arrested five suspected smugglers on Monday."))[0] \
        .sub_event_type == "Arrests"
    ev = extract_events(_doc("Rebels seized control of the town of Dari on Monday after government troops left."))[0]
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    ev = extract_events(_doc("Government troops recaptured the town of Dari from the rebels on Tuesday."))[0]
    assert ev.sub_event_type == "Government regains territory"


def test_text_without_punctuation_is_cut_into_bounded_sentences():
    from extractors.text.sentences import MAX_CHARS, split_sentences

    text = " ".join(["soldiers clashed with rebels near the border and twelve people were killed"] * 300)
    parts = split_sentences(text)
    assert all(len(p.text) <= MAX_CHARS for p in parts)
    assert all(text[p.start:p.end] == p.text for p in parts)
    for ev in extract_events(_doc(text)):
        assert text[ev.evidence_start:ev.evidence_end] == ev.evidence


def test_single_victims_and_negated_counts():
    def counts(text):
        return combine([sentence_counts(text)], "killed")[0], combine([sentence_counts(text)], "injured")[0]

    assert counts("A local council candidate was fatally shot outside his home.") == (1, None)
    assert counts("The gunmen killed a teacher and wounded another in the raid.") == (1, 1)
    assert counts("Neither the driver nor his two passengers were injured in the blast.") == (None, None)
    assert counts("Three separate attacks killed four villagers.")[0] == 4


def test_protest_organiser_is_the_actor():
    (ev,) = extract_events(_doc("The National Union of Teachers staged a march in Kano, Nigeria on Monday.",
                                "2024-03-12"))
    assert ev.event_type == "protests" and ev.actor1 == "National Union of Teachers"
    assert ev.actor1_type == "protesters"


def test_undated_lead_takes_the_date_of_the_next_sentences():
    text = ("The Teachers' Union has started an indefinite sit-in protest outside the education office to press "
            "for unpaid salaries.\n"
            "There was a scuffle at the gate on Thursday when guards stopped the teachers from entering.")
    ev = extract_events(_doc(text, "2024-03-08"))[0]
    assert ev.event_date == "2024-03-07"


def test_undated_lead_ignores_old_dates_nearby():
    text = ("The Teachers' Union has started an indefinite sit-in protest outside the education office.\n"
            "The union first raised the salary issue on January 3.")
    ev = extract_events(_doc(text, "2024-03-08"))[0]
    assert ev.event_date == "2024-03-08"  # publication day, not a date two months back


def test_said_an_official_on_day_is_the_report_day():
    assert resolve_date("Rebels killed 14 villagers, said a local official on Saturday.", "2024-03-11")[2] is False
    assert resolve_date("Police said gunmen attacked the village on Saturday.", "2024-03-11")[0] == "2024-03-09"


def test_region_only_event_takes_the_articles_town():
    text = ("Gunmen attacked a police post in Kano State on Monday, killing three officers, police said.\n"
            "The attack happened near the central market.\n"
            "Residents of Kano said the town had been calm for weeks, and traders in Kano closed their shops.")
    (ev,) = extract_events(_doc(text, "2024-03-12"))
    assert ev.country == "NGA"
    assert ev.location == "Kano" and ev.geo_precision == "city"


def test_descriptions_are_not_place_names():
    text = "Stones were pelted at a rally as it passed through a Muslim-dominated locality on Saturday, police said."
    for ev in extract_events(_doc(text, "2024-03-12")):
        assert ev.location != "Muslim-dominated"


def test_headline_passive_without_auxiliary_names_the_victims():
    from extractors.actors.roles import assign_roles

    a1, a2 = assign_roles(["Three Iraqi soldiers killed"], "IRQ", "battles", "Armed clash")
    assert a1 is None and a2.name == "Military Forces of Iraq"
    a1, _ = assign_roles(["Gunmen killed at least five villagers"], "NGA", "violence_against_civilians", "Attack")
    assert a1.name == "Gunmen (Nigeria)"


def test_photo_captions_are_not_events():
    text = "Troops clash with rebels near Beni in North Kivu province. /Reuters\nResidents said the town was calm on Friday."
    assert extract_events(_doc(text, "2024-03-11")) == []


def test_attack_on_a_guarded_prison_is_a_battle():
    text = "The attack on a Kurdish-run prison in Hasakeh on Friday killed seven inmates."
    (ev,) = extract_events(_doc(text, "2024-03-11"))
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")


def test_short_group_alias_confirmed_by_assault():
    from extractors.actors.dictionary import find_actors

    assert any(m.kind == "group" for m in find_actors("An IS assault on the prison freed dozens.", "SYR"))
    assert not any(m.kind == "group" for m in find_actors("It IS what it is.", "SYR"))


def test_called_off_protests_are_no_events():
    text = "On Thursday the teachers' union withdrew all protests after the ministry agreed to pay arrears."
    assert extract_events(_doc(text, "2024-03-11")) == []
    text = "Teachers protested outside the ministry on Thursday to demand unpaid salaries."
    assert extract_events(_doc(text, "2024-03-11"))


def test_breakdown_of_a_toll_is_not_added_to_it():
    total = sentence_counts("Troops fought jihadists near Damboa, leaving 20 people dead, including four soldiers.")
    breakdown = sentence_counts("Sixteen militants and four soldiers were killed, the officers said.")
    assert combine([total, breakdown], "killed")[0] == 20
    # sides listed on their own still add up
    sides = sentence_counts("Five police and seven Taliban fighters were killed in a gunfight.")
    assert combine([sides], "killed")[0] == 12
    also = sentence_counts("Three of the attackers were also killed.")
    assert combine([sentence_counts("Four police officers were killed in the raid."), also], "killed")[0] == 7


def test_troops_fighting_insurgents_with_a_people_toll_is_a_battle():
    text = ("Nigerian troops clashed with jihadists near the town of Damboa late on Wednesday, leaving 20 people "
            "dead, including four soldiers, army sources said on Thursday.")
    (ev,) = extract_events(_doc(text))
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert (ev.actor1_type, ev.actor2_type) == ("state forces", "rebel group")
    text = "At least 10 people were killed when Nigerian soldiers fought militants outside Damboa on Wednesday."
    (ev,) = extract_events(_doc(text))
    assert ev.event_type == "battles"
    assert (ev.actor1, ev.actor2_type) == ("Military Forces of Nigeria", "rebel group")


def test_workers_are_civilians_and_never_strike_perpetrators():
    text = "GOMA, Congo, March 5 (Test Wire) - Gunmen kidnapped three aid workers near Rutshuru on Tuesday."
    (ev,) = extract_events(_doc(text))
    assert ev.actor2_type == "civilians" and not ev.actor2.startswith("Protesters")
    text = ("An airstrike hit a market in the town of Atarib west of Aleppo on Tuesday, killing seven "
            "civilians, including market workers, rescuers said.")
    (ev,) = extract_events(_doc(text))
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.actor1_type not in ("civilians", "protesters") and ev.actor2_type == "civilians"
    text = "Shelling hit a square in Talbiseh in Syria on Tuesday, wounding six vegetable sellers and two workers."
    (ev,) = extract_events(_doc(text))
    assert ev.actor1 is None and ev.actor2_type == "civilians"
    # workers who strike are protesters
    text = "Hundreds of dock workers went on strike and marched through Mombasa on Tuesday."
    (ev,) = extract_events(_doc(text))
    assert ev.event_type == "protests" and ev.actor1.startswith("Protesters")


def test_details_of_the_lead_attack_fold_into_it():
    text = ("MOGADISHU, March 7 (Test Wire) - Al Shabaab fighters stormed a Somali army base near Baidoa early on "
            "Thursday, sparking fighting that killed six people, an official said.\n\n"
            "The militants opened fire on the camp at Awdinle, about 30 km west of the town, and fought troops for "
            "two hours before withdrawing, the official said.\n\nFour militants and two soldiers were killed, he said.")
    (ev,) = extract_events(_doc(text))
    assert (ev.event_type, ev.fatalities, ev.event_date) == ("battles", 6, "2024-03-07")
    # "hours before" still marks an earlier, separate incident
    text = ("Gunmen killed four villagers in Kaura in Kaduna state on Tuesday, police said. Hours before, bandits "
            "had abducted ten travellers near Kajuru in Kaduna state.")
    assert len(extract_events(_doc(text))) == 2


def test_all_caps_dateline_place_is_not_spelled_in_capitals():
    text = "GOMA, Congo, March 5 (Test Wire) - Gunmen killed four villagers near GOMA on Tuesday, officials said."
    (ev,) = extract_events(_doc(text))
    assert ev.location == "Goma"


def test_fighters_named_as_the_dead_are_not_a_new_incident():
    text = ("A drone strike hit a pickup truck on a road south of Marib in Yemen on Thursday, killing four people, "
            "local officials said.\n\nThe officials said those killed were fighters heading to the front at Harib.")
    (ev,) = extract_events(_doc(text))
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 4


def test_dateline_with_country_and_date_is_not_the_event_place():
    text = ("HOMS, Syria, March 5 (Test Wire) - Shelling hit a square in the town of Talbiseh on Tuesday, "
            "wounding six civilians, rescuers said.")
    (ev,) = extract_events(_doc(text))
    assert ev.location == "Talbiseh"


def test_victims_described_by_workplace_are_counted():
    (c,) = sentence_counts("Three guards at the depot near Kupiansk were wounded and taken to hospital.")
    assert (c.kind, c.value) == ("injured", 3)
    text = ("Overnight shelling damaged a water plant in Ukraine's Kharkiv region on Thursday, officials said. "
            "Three guards at the depot near Kupiansk were wounded, the governor said.")
    (ev,) = extract_events(_doc(text))
    assert ev.injuries == 3


def test_injured_plant_workers_after_shelling_are_its_casualties():
    text = ("Overnight shelling damaged a water plant in Ukraine's Kharkiv region on Thursday, officials said. "
            "Four workers at the plant near Balakliia were injured, the governor said.")
    (ev,) = extract_events(_doc(text))
    assert ev.injuries == 4 and ev.actor2_type == "civilians"
    # the same words alone are still an industrial accident, not an event
    assert extract_events(_doc("Four workers at the chemical plant near Balakliia were injured in a gas leak on "
                               "Thursday, the governor said.")) == []


def test_abducted_herders_are_civilians():
    text = "Gunmen abducted five herders and stole their cattle near Mopti in Mali on Tuesday, an official said."
    (ev,) = extract_events(_doc(text))
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert (ev.actor2, ev.actor2_type) == ("Civilians (Mali)", "civilians")


def test_french_article_gives_its_events():
    text = ("BAMAKO, 5 mars (Test) - Des hommes armés ont tué sept civils lundi soir dans la région de Mopti, "
            "a indiqué mardi un responsable local.")
    (ev,) = extract_events(Document(doc_id="f", text=text, published="2024-03-05", language="fr"))
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert ev.event_date == "2024-03-04"  # "lundi soir", not the dateline's day nor the report's "mardi"
    assert (ev.country, ev.admin1, ev.fatalities) == ("MLI", "Mopti", 7)
    assert ev.language == "fr" and ev.actor2 == "Civilians (Mali)"


@pytest.mark.parametrize("text, lang, actors", [
    ("JUBA — South Sudan on Tuesday signed a peace agreement with the rebels after months of talks in Juba.",
     "en", "Government of South Sudan"),
    ("Chad's government and a coalition of armed groups signed a ceasefire on Monday in N'Djamena.",
     "en", "Government of Chad"),
    ("Le gouvernement malien a signé jeudi à Bamako un accord de paix avec les groupes armés du nord.",
     "fr", "Government of Mali"),
])
def test_a_state_that_signs_an_agreement_is_its_government(text, lang, actors):
    (ev,) = extract_events(Document(doc_id="g", text=text, published="2024-03-07", language=lang))
    assert ev.sub_event_type == "Agreement"
    assert ev.actor1 == actors
    assert ev.actor2 != "Military Forces of " + actors.removeprefix("Government of ")


def test_a_wire_dateline_with_a_double_hyphen_is_where_the_story_was_filed():
    text = ("NAIROBI, March 6 (Wire) -- Gunmen killed four herders on Tuesday near the town of Mandera, a county "
            "official said. The attackers crossed from the border area, residents said.")
    (ev,) = extract_events(Document(doc_id="w", text=text, published="2024-03-06"))
    assert (ev.country, ev.location, ev.event_date, ev.fatalities) == ("KEN", "Mandera", "2024-03-05", 4)


def test_the_dateline_town_is_the_place_only_when_the_article_names_no_other():
    text = ("ABUJA, March 6 (Wire) -- Troops killed six militants on Tuesday while retaking a town in the north-east. "
            "The army said the town of Damboa in Borno State was cleared after two days of fighting.")
    (ev,) = extract_events(Document(doc_id="w", text=text, published="2024-03-06"))
    assert (ev.country, ev.admin1, ev.location) == ("NGA", "Borno", "Damboa")
    text = "KABUL, March 6 (Wire) -- A bomb exploded in a crowded market on Tuesday, killing nine people, police said."
    (ev,) = extract_events(Document(doc_id="k", text=text, published="2024-03-06"))
    assert (ev.country, ev.location, ev.fatalities) == ("AFG", "Kabul", 9)


@pytest.mark.parametrize("sentence", [
    "The U.N. says more than 3,200 people were killed across Kandaria in the first six months of the year.",
    "Some 450 people were killed in the first half of 2024, the monitor said.",
    "Between January and June, 120 civilians were killed in the province.",
    "Clashes killed 900 people last year, according to the ministry.",
    "More than 60 people were killed across the country in such raids.",
])
def test_period_totals_are_no_incidents_toll(sentence):
    assert not sentence_counts(sentence, lexicon("en"))


def test_a_strong_trigger_at_another_place_is_another_incident():
    text = ("Militants stormed an army base in Gao, Mali, on Monday, killing six soldiers, the army said.\n"
            "The attackers arrived on motorbikes before dawn, residents said.\n"
            "Further south, gunmen shot dead four villagers in Mopti on Monday evening.")
    events = extract_events(_doc(text, "2024-03-12"))
    assert sorted((e.location, e.fatalities) for e in events) == [("Gao", 6), ("Mopti", 4)]


@pytest.mark.parametrize("opener", ["Further south,", "Across the border,", "Also Monday,",
                                    "In the northeast,", "Hours after the raid,"])
def test_discourse_markers_open_another_incident(opener):
    text = ("Militants stormed an army base in Gao, Mali, on Monday, killing six soldiers, the army said.\n"
            f"{opener} gunmen killed four villagers in Mopti on Monday evening, officials said.")
    events = extract_events(_doc(text, "2024-03-12"))
    assert len(events) == 2 and sorted(e.fatalities for e in events) == [4, 6], [(e.location, e.fatalities)
                                                                                 for e in events]


def test_a_road_crash_is_no_event_but_a_ramming_into_a_crowd_is():
    crash = "Five people were killed when a commercial bus rammed into a stationary truck near Ibadan on Sunday."
    assert extract_events(_doc(crash, "2024-03-12")) == []
    ramming = "A car rammed into a crowd of protesters in Lagos on Sunday, killing two, police said."
    assert extract_events(_doc(ramming, "2024-03-12"))


def test_martyred_counts_as_killed():
    counts = sentence_counts("Three policemen were martyred and four others injured when militants attacked "
                             "a police post.", lexicon("en"))
    assert sorted((c.kind, c.value) for c in counts) == [("injured", 4), ("killed", 3)]


def test_vigilantes_killed_in_an_ambush_are_victims_of_a_clash_not_a_mob():
    text = "Eight vigilantes were killed on Monday when bandits ambushed them near Gusau in Zamfara state, Nigeria."
    (ev,) = extract_events(_doc(text, "2024-03-12"))
    assert ev.sub_event_type != "Mob violence" and ev.fatalities == 8
    (mob,) = extract_events(_doc("Angry villagers lynched two suspected thieves in Kano, Nigeria, on Monday.",
                                 "2024-03-12"))
    assert mob.sub_event_type == "Mob violence"


@pytest.mark.parametrize(("text", "fatalities", "injuries"), [
    # another victim group joined after the toll's noun: one toll, both groups
    ("Security forces killed 14 gunmen, as well as one police officer, in a raid on a hideout near Maiduguri, "
     "Nigeria, on Tuesday, officials said.", 15, None),
    ("Troops killed nine militants along with two civilians near Gao, Mali, on Monday, the army said.", 11, None),
    # a group joined the same way that met another fate is not a toll of the dead
    ("The clash in Kidal, Mali, left 9 soldiers dead, as well as 12 wounded, the army said on Friday.", 9, 12),
])
def test_a_victim_group_joined_by_as_well_as_adds_to_the_toll(text, fatalities, injuries):
    (event,) = extract_events(_doc(text))
    assert (event.fatalities, event.injuries) == (fatalities, injuries)


def test_a_city_named_as_its_region_yields_to_a_town_in_the_same_sentence():
    text = ("Militants attacked two villages in southwest Kirkuk near Dibis on Thursday, killing five Peshmerga "
            "fighters, officials said.")
    (ev,) = extract_events(_doc(text, "2024-03-09"))
    assert ev.location == "Dibis" and ev.country == "IRQ"
    alone = "Government forces dropped barrel bombs in eastern Aleppo on Thursday, killing five civilians."
    (ev,) = extract_events(_doc(alone, "2024-03-09"))
    assert ev.location == "Aleppo"


@pytest.mark.parametrize(("text", "location"), [
    ("Zamora is minutes from Yurecuaro, where gunmen shot dead a local councillor on Monday, in Michoacan, "
     "Mexico.", "Yurecuaro"),
    ("Gunmen shot dead a local councillor in Zamora, 20 minutes from Yurecuaro, in Michoacan, Mexico, on Monday.",
     "Zamora"),
])
def test_the_town_of_a_where_clause_is_the_place_and_a_reference_town_is_not(text, location):
    (ev,) = extract_events(_doc(text, "2024-03-12"))
    assert ev.location == location
