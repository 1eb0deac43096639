"""The Ukrainian lexicon on sentences written for these tests (no shared text, no training data).

The pipeline runs in "rules" mode: these tests check the lexicon's words, not the learned models.
"""

from __future__ import annotations

import pytest

from extractors.events.counts import combine, sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.drafts import Options
from extractors.events.pipeline import extract_events
from extractors.events.segment import language_of
from extractors.events.triggers import classify
from extractors.lexicons import lexicon
from extractors.records import Document

UK = lexicon("uk")
RULES = Options(mode="rules")


def _events(text: str, published: str = "2024-03-14"):
    return extract_events(Document(doc_id="t-uk", text=text, published=published, language="uk"), RULES)


def _killed_injured(sentence: str) -> tuple[int | None, int | None]:
    counts = [sentence_counts(sentence, UK)]
    return combine(counts, "killed")[0], combine(counts, "injured")[0]


def test_lexicon_is_registered_and_complete():
    assert UK is not None and UK.lang == "uk"
    assert UK.rules and UK.function_words and UK.dates.parse_number("дев’ятьох") == 9


def test_drone_strike_with_casualties():
    (ev,) = _events("Російські ударні безпілотники у вівторок увечері атакували порт в Ізмаїлі, загинули двоє "
                    "людей, ще 9 поранені, повідомив начальник ОВА.")
    assert (ev.event_type, ev.sub_event_type) == ("explosions_remote_violence", "Air/drone strike")
    assert (ev.fatalities, ev.injuries) == (2, 9)
    assert ev.event_date == "2024-03-12"  # Tuesday before a Thursday publication


def test_missile_strike_toll_update():
    (ev,) = _events("Ракета в середу влучила в п’ятиповерховий будинок у Кривому Розі. Станом на ранок кількість "
                    "загиблих зросла до шести, ще 14 людей поранено.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.fatalities, ev.injuries) == (6, 14)


def test_shelling_of_a_town():
    (ev,) = _events("Окупанти в понеділок обстріляли Херсон з артилерії, поранено чотирьох мирних жителів.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.injuries == 4 and ev.event_date == "2024-03-11"


def test_battle_with_soldiers_killed():
    (ev,) = _events("Прикордонники вступили в бій з диверсійною групою біля кордону, у перестрілці загинули "
                    "троє військових.")
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert ev.fatalities == 3


@pytest.mark.parametrize(("text", "killed"), [
    ("Бойовики на мотоциклах напали на село і вбили дев'ятьох мешканців.", 9),
    ("Невідомі зупинили автобус на трасі й розстріляли 11 пасажирів.", 11),
])
def test_killing_of_civilians_counts_in_words_and_digits(text, killed):
    (ev,) = _events(text)
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert ev.fatalities == killed


def test_peaceful_protest():
    (ev,) = _events("Кілька сотень мешканців у неділю вийшли на мітинг біля міськради з вимогою відремонтувати "
                    "дамбу.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Peaceful protest")
    assert ev.event_date == "2024-03-10"


def test_protest_dispersed_with_water_cannon():
    (ev,) = _events("Поліція застосувала водомети й розігнала акцію біля парламенту, затримано 20 людей.")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrest():
    (ev,) = _events("Співробітники СБУ затримали в Одесі чоловіка, який коригував ракетні удари по місту.")
    assert (ev.event_type, ev.sub_event_type) == ("strategic_developments", "Arrests")


@pytest.mark.parametrize("text", [
    "Командування пригрозило завдати ударів по аеродромах, якщо обстріли міста триватимуть.",
    "Аналітики вважають, що ворог може перекинути резерви під Покровськ.",
    "В ОВА заявили, що вибухів у місті вночі не було.",
    "Суд заочно засудив російського командира до довічного ув'язнення за обстріл Харкова.",
])
def test_threats_plans_denials_and_trials_yield_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "З початку року в області на мінах підірвалися 40 цивільних.",
    "Від початку повномасштабного вторгнення в області загинули понад тисячу мирних мешканців.",
])
def test_running_totals_yield_no_event(text):
    assert _events(text) == []


def test_accident_is_no_event():
    assert _events("На трасі автобус зіткнувся з вантажівкою, загинули шестеро людей.") == []


@pytest.mark.parametrize(("expr", "published", "day"), [
    ("вчора ввечері", "2024-03-14", "2024-03-13"),
    ("напередодні", "2024-03-14", "2024-03-13"),
    ("два дні тому", "2024-03-14", "2024-03-12"),
    ("3 березня 2024 року", "2024-03-14", "2024-03-03"),
    ("3 березня", "2024-03-14", "2024-03-03"),
    ("у п’ятницю", "2024-03-14", "2024-03-08"),
    ("минулої середи", "2024-03-13", "2024-03-06"),
    # the night takes the day it began
    ("у ніч проти понеділка", "2024-03-11", "2024-03-10"),
    ("у ніч на понеділок", "2024-03-11", "2024-03-10"),
    ("у ніч із суботи на неділю", "2024-03-11", "2024-03-09"),
])
def test_relative_dates_resolve_against_publication(expr, published, day):
    assert resolve_date(f"Вибух пролунав {expr} біля будівлі адміністрації.", published, UK)[:2] == (day, "day")


def test_report_day_is_not_the_event_day():
    assert resolve_date("Удару завдали по складу, повідомив у понеділок голова ОВА.", "2024-03-14",
                        UK)[2] is False


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("Унаслідок обстрілу загинули 5 людей.", 5, None),
    ("5 людей загинули, ще двоє поранені.", 5, 2),
    ("На місці удару 5 загиблих і 11 поранених.", 5, 11),
    ("Поранено десятьох мешканців селища.", None, 10),
    ("Загинули щонайменше дев’ятеро людей, ще 17 отримали поранення.", 9, 17),
    ("У перестрілці загинули п'ятеро силовиків і щонайменше троє нападників.", 8, None),
    ("Пошкоджено два будинки, постраждалих немає.", 0, 0),
    ("Загинула 71-річна жінка.", 1, None),
    ("Двоє військових отримали травми, одного з них госпіталізовано.", None, 2),
])
def test_counts(sentence, killed, injured):
    assert _killed_injured(sentence) == (killed, injured)


def test_typing_of_remote_violence_and_territory():
    assert classify("Дрон скинув вибухівку на автомобіль.", UK).sub_event_type == "Air/drone strike"
    assert classify("Вантажівка підірвалася на міні на околиці села.", UK).sub_event_type == \
        "Remote explosive/landmine/IED"
    assert classify("Сили ППО збили над областю вісім безпілотників.", UK).sub_event_type == \
        "Disrupted weapons use"
    assert classify("Повстанці захопили місто після дводенних боїв.", UK).sub_event_type == \
        "Non-state actor overtakes territory"
    assert classify("Російський військовий затримав і вивіз у невідомому напрямку волонтера.",
                    UK).sub_event_type == "Abduction/forced disappearance"


def test_two_distinct_incidents_in_one_text():
    text = ("Нікополь • Тест. У понеділок ворожий дрон атакував автобус у Нікополі, поранено трьох пасажирів.\n"
            "Окремо у вівторок на околиці Куп’янська на міні підірвався трактор, загинув водій.")
    first, second = _events(text, "2024-03-13")
    assert (first.sub_event_type, first.event_date, first.injuries) == ("Air/drone strike", "2024-03-11", 3)
    assert (second.sub_event_type, second.event_date, second.fatalities) == (
        "Remote explosive/landmine/IED", "2024-03-12", 1)


def test_undeclared_ukrainian_is_recognised_by_function_words():
    text = ("У понеділок увечері безпілотник атакував автобус на околиці міста, загинули двоє людей, ще п'ятеро "
            "отримали поранення, повідомили в адміністрації. Це вже третій удар по місту за тиждень.")
    assert language_of(Document(doc_id="d", text=text)) == "uk"
