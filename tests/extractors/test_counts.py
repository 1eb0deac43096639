"""The counts stage on sentences written for these tests: numbers that are not tolls, and tolls around them."""

from __future__ import annotations

import pytest

from extractors.events.counts import sentence_counts
from extractors.events.dates import date_number_spans
from extractors.lexicons import lexicon


def _counts(sentence: str, lang: str = "en") -> list[tuple[str, int | None]]:
    return sorted((c.kind, c.value) for c in sentence_counts(sentence, lexicon(lang)))


@pytest.mark.parametrize(("sentence", "expected"), [
    # the digits of a date are no toll, and the toll after them is still read
    ("On 22 March 2024 ten villagers were killed when gunmen raided Dogo.", [("killed", 10)]),
    ("March 22, 2024 Two soldiers died in the ambush, the army said.", [("killed", 2)]),
    ("In 2019 militants killed 40 herders near the river.", [("killed", 40)]),
    ("Le 3 mars 2024, six soldats ont été tués dans une embuscade.", [("killed", 6)]),
    ("En 2015, des jihadistes ont tué 12 personnes près de Gao.", [("killed", 12)]),
])
def test_date_digits_are_never_a_toll(sentence, expected):
    assert _counts(sentence, "fr" if sentence.startswith(("Le ", "En ")) else "en") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an age describes one victim
    ("Gunmen shot and killed 34-year-old Amos Bako outside his shop on Monday.", [("killed", 1)]),
    ("The blast killed 8-year-old Rahim and his uncle.", [("killed", 1)]),
    ("Soldiers wounded 19-year-old Musa during the raid.", [("injured", 1)]),
    # a count of people of one age keeps its count
    ("Two 17-year-olds were killed in the crossfire.", [("killed", 2)]),
    ("The attack killed 14 people, including a 7-year-old girl.", [("killed", 14)]),
])
def test_an_age_is_one_victim_not_a_toll(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He was found at 2210 Harbour Road After the attack he was taken to hospital and wounded officers stayed.",
    "Residents who called 112 to report that two men had been wounded waited an hour.",
    "Anyone with information on the killing should call 555-214-9087.",
    "Police found a body in the 1900 block of Ridge Street, where several shots were fired and one man died.",
])
def test_addresses_and_phone_numbers_are_no_toll(sentence):
    assert all(v is None or v < 10 for _, v in _counts(sentence)), _counts(sentence)


def test_a_total_so_far_in_a_month_is_no_incident_toll():
    assert _counts("Nine people have been killed and 30 wounded in shootings in the city so far in June.") == []


def test_date_number_spans_cover_day_and_year_only():
    s = "On 22 March 2024, 15 people were killed; in 2019 another 40 died."
    spans = [s[a:b] for a, b in date_number_spans(s, lexicon("en"))]
    assert sorted(spans) == ["2019", "2024", "22"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # shot and alive is wounded; shot dead, fatally or "and later died" is killed, never both
    ("A soldier was shot in the leg at a checkpoint near Kidal on Monday.", [("injured", 1)]),
    ("Three villagers were shot as they fled the raid.", [("injured", 3)]),
    ("Three villagers were shot dead as they fled the raid.", [("killed", 3)]),
    ("The driver was fatally shot by militiamen at a roadblock.", [("killed", 1)]),
    ("The trader who was shot twice on Friday later died in hospital.", [("killed", 1)]),
    ("A policeman wanted on a bribery-related warrant was fatally shot by soldiers.", [("killed", 1)]),
    # shooting at someone, or down an aircraft, harms no one by itself
    ("Gunmen shot at a patrol near the border but missed.", []),
])
def test_shot_is_wounded_unless_the_victim_died(sentence, expected):
    assert _counts(sentence) == expected


def test_ages_given_as_aged_or_a_range_are_no_toll():
    assert _counts("Four other boys, between the ages of 15-17, were also injured.") == [("injured", 4)]
    assert _counts("Two youths aged 16 and 19 were wounded by soldiers.") == [("injured", 2)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two soldiers later succumbed to their injuries, the army said.", [("killed", 2)]),
    ("Three civilians were pronounced dead at the district hospital.", [("killed", 3)]),
])
def test_deaths_told_as_succumbing_or_pronounced_dead(sentence, expected):
    assert _counts(sentence) == expected


def test_a_victim_shot_who_later_died_is_not_also_wounded():
    from extractors.events.pipeline import extract_events
    from extractors.records import Document

    def tolls(text):
        (ev,) = extract_events(Document(doc_id="c1", text=text, published="2024-05-06"))
        return ev.fatalities, ev.injuries

    died = ("Gunmen attacked a police checkpoint in Kidal, Mali, on Sunday. A policeman was shot in the chest. "
            "He later died in hospital, the army said.")
    assert tolls(died) == (1, None)
    two = ("Gunmen attacked a police checkpoint in Kidal, Mali, on Sunday, and three policemen were shot. "
           "One of them died in hospital, the army said.")
    assert tolls(two) == (1, 2)
    wounded = ("Gunmen attacked a police checkpoint in Kidal, Mali, on Sunday, killing one policeman. "
               "Two other policemen were wounded, the army said.")
    assert tolls(wounded) == (1, 2)


@pytest.mark.parametrize("sentence", [
    "Amara Diallo, 56, was killed when a bomb planted under his car exploded.",
    "The mayor was shot dead outside the town hall on Friday evening.",
    "Local councillor Ruth Okafor was assassinated outside her home in the capital.",
    "Gunmen killed radio presenter Tomas Ferreira as he left the studio.",
    "a provincial judge was later murdered by men on motorbikes.",
])
def test_one_victim_whoever_it_is(sentence):
    assert _counts(sentence) == [("killed", 1)]


@pytest.mark.parametrize("sentence", [
    "Troops killed Boko Haram fighters near the lake, the army said.",
    "Soldiers killed militants in North Kivu on Sunday, the army said.",
    "A roadside bomb killed policemen in Helmand Province.",
    "The mayor was not killed in the ambush, his office said.",
    "The mayor was almost killed when the convoy came under fire.",
    "A search warrant was executed at the house on Tuesday.",
])
def test_not_one_victim(sentence):
    assert ("killed", 1) not in _counts(sentence)


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    # a share of a group counted before it: the share died, on the group's side
    ("Four gunmen stormed the checkpoint at dawn, one of whom was killed by the guards.", "en", [("killed", 1, True)]),
    ("Six traders were wounded, two of whom later died in hospital.", "en",
     [("injured", 6, False), ("killed", 2, False)]),
    ("Trois assaillants ont ouvert le feu sur le poste, dont un a été tué par les militaires.", "fr",
     [("killed", 1, True)]),
    ("Llegaron cuatro sicarios al mercado, uno de los cuales murió en el enfrentamiento.", "es",
     [("killed", 1, True)]),
    ("Cinco homens armados atacaram a aldeia, dois deles foram mortos pela polícia.", "pt", [("killed", 2, True)]),
    # a share that met no fate is no count
    ("Two soldiers and three civilians were killed, one of whom was a child.", "en",
     [("killed", 2, False), ("killed", 3, False)]),
])
def test_a_share_of_a_group_is_counted_on_its_side(sentence, lang, expected):
    assert sorted((c.kind, c.value, c.attacker) for c in sentence_counts(sentence, lexicon(lang))) == expected


def test_a_share_of_the_attackers_adds_to_the_victims_toll():
    from extractors.events.counts import combine
    sentences = ["Gunmen attacked a police post on Friday, killing four officers.",
                 "Two attackers opened fire at the gate, one of whom was shot dead by the guards."]
    assert combine([list(sentence_counts(s)) for s in sentences], "killed")[0] == 5


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Villagers collected the dead body and took it to the district hospital.", [("killed", 1)]),
    ("Her body was found on Tuesday in a ditch outside the town.", [("killed", 1)]),
    ("The body of a kidnapped teacher was recovered by soldiers near the market.", [("killed", 1)]),
    ("The body of Amos Kariuki was discovered two days later.", [("killed", 1)]),
    # a body that is no corpse
    ("The electoral body was found to have acted within its powers.", []),
    ("Investigators said they found a body of evidence against the commander.", []),
])
def test_a_body_found_is_one_death(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a list that names some victims one by one: each of them counts 1
    ("Three policemen and a civilian were killed when gunmen opened fire on the checkpoint.", 4),
    ("Two soldiers and the mayor, Amadou Diallo, were killed in the ambush.", 3),
    ("The governor and his bodyguard were killed as their convoy passed.", 2),
    ("Gunmen killed three soldiers and a policeman near the border post.", 4),
    ("The strike killed 17 soldiers, four civilians and a police officer.", 22),
    # no victim added: another clause, another fate
    ("The blast killed four people and a child was among the wounded.", 4),
    ("On Monday a car bomb exploded and two people were killed.", 2),
])
def test_victims_listed_one_by_one_add_up(sentence, expected):
    assert sum(v for k, v in _counts(sentence) if k == "killed") == expected


def test_a_listed_victim_who_was_wounded_counts_as_wounded():
    assert _counts("A soldier and two civilians were wounded by the mortar round.") == [("injured", 1), ("injured", 2)]


def _article(text: str):
    from extractors.events.pipeline import extract_events
    from extractors.records import Document

    return extract_events(Document(doc_id="t", text=text, published="2024-03-05", language="en"))


LEAD = ("Authorities in central Mali say at least nine people are dead after gunmen attacked an army post near "
        "Douentza on Sunday. The attackers came on motorbikes at dawn and fled after a long exchange of fire, a "
        "local official said. ")


def test_a_sentence_restating_the_toll_brings_its_wounded_to_the_incident():
    (ev,) = _article(LEAD + "A resident who spoke on condition of anonymity for fear of reprisals confirms that "
                            "nine people were dead and 15 others wounded.")
    assert (ev.fatalities, ev.injuries) == (9, 15)


def test_a_sentence_with_another_toll_brings_nothing():
    (ev,) = _article(LEAD + "A resident who spoke on condition of anonymity for fear of reprisals confirms that "
                            "four people were dead and 15 others wounded in a village last year.")
    assert (ev.fatalities, ev.injuries) == (9, None)
