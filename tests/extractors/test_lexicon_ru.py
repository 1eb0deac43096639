"""The Russian lexicon on sentences written for these tests (no shared text, no training data).

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

RU = lexicon("ru")
RULES = Options(mode="rules")


def _events(text: str, published: str = "2024-03-14"):
    return extract_events(Document(doc_id="t-ru", text=text, published=published, language="ru"), RULES)


def _killed_injured(sentence: str) -> tuple[int | None, int | None]:
    counts = [sentence_counts(sentence, RU)]
    return combine(counts, "killed")[0], combine(counts, "injured")[0]


def test_lexicon_is_registered_and_complete():
    assert RU is not None and RU.lang == "ru"
    assert RU.rules and RU.function_words and RU.dates.parse_number("пятерых") == 5


def test_drone_strike_with_casualties():
    (ev,) = _events("Российский беспилотник во вторник вечером атаковал рынок в Ахтырке, погибли три человека, "
                    "еще 12 ранены, сообщил глава военной администрации.")
    assert (ev.event_type, ev.sub_event_type) == ("explosions_remote_violence", "Air/drone strike")
    assert (ev.fatalities, ev.injuries) == (3, 12)
    assert ev.event_date == "2024-03-12"  # Tuesday before a Thursday publication


def test_missile_strike_toll_update():
    (ev,) = _events("Баллистическая ракета в среду попала в жилой дом на окраине Сум. К утру число погибших "
                    "выросло до семи, еще девять человек госпитализированы.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert (ev.fatalities, ev.injuries) == (7, 9)


def test_shelling_of_a_town():
    (ev,) = _events("Украинская артиллерия в понедельник обстреляла Токмак, ранены пятеро мирных жителей.")
    assert ev.sub_event_type == "Shelling/artillery/missile attack"
    assert ev.injuries == 5 and ev.event_date == "2024-03-11"


def test_battle_with_soldiers_killed():
    (ev,) = _events("Подразделения армии вступили в бой с боевиками у деревни Бони, в перестрелке погибли "
                    "четверо военнослужащих.")
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert ev.fatalities == 4


@pytest.mark.parametrize(("text", "killed"), [
    ("Вооруженные люди ворвались в деревню под Хомсом и застрелили семерых мирных жителей.", 7),
    ("Неизвестные остановили автобус на трассе и расстреляли 12 пассажиров.", 12),
])
def test_killing_of_civilians_counts_in_words_and_digits(text, killed):
    (ev,) = _events(text)
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert ev.fatalities == killed


def test_peaceful_protest():
    (ev,) = _events("Несколько тысяч человек в воскресенье вышли на митинг у здания парламента, требуя "
                    "отставки правительства.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Peaceful protest")
    assert ev.event_date == "2024-03-10"


def test_protest_dispersed_with_tear_gas():
    (ev,) = _events("Полиция применила слезоточивый газ и разогнала акцию у здания мэрии, задержаны 14 человек.")
    assert ev.sub_event_type == "Protest with intervention"


def test_arrest():
    (ev,) = _events("Сотрудники ФСБ задержали в Курске двоих мужчин, подозреваемых в подготовке поджога "
                    "военкомата.")
    assert (ev.event_type, ev.sub_event_type) == ("strategic_developments", "Arrests")


@pytest.mark.parametrize("text", [
    "Боевики пригрозили атаковать колонны на трассе, если армия не уйдет из района.",
    "Эксперты полагают, что наступление на город может начаться уже весной.",
    "В администрации заявили, что ракетных ударов по городу ночью не было.",
    "Суд заочно приговорил командира к пожизненному сроку за обстрел жилых кварталов.",
])
def test_threats_plans_denials_and_trials_yield_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("text", [
    "С начала вторжения в области погибли более 300 мирных жителей.",
    "Всего за минувшую неделю над регионом было сбито более 60 беспилотников.",
])
def test_running_totals_yield_no_event(text):
    assert _events(text) == []


def test_accident_is_no_event():
    assert _events("На трассе рейсовый автобус столкнулся с фурой, погибли шесть человек.") == []


@pytest.mark.parametrize(("expr", "published", "day"), [
    ("вчера вечером", "2024-03-14", "2024-03-13"),
    ("накануне", "2024-03-14", "2024-03-13"),
    ("три дня назад", "2024-03-14", "2024-03-11"),
    ("3 марта 2024 года", "2024-03-14", "2024-03-03"),
    ("3 марта", "2024-03-14", "2024-03-03"),
    ("в пятницу", "2024-03-14", "2024-03-08"),
    ("в прошлую среду", "2024-03-13", "2024-03-06"),
    # the night takes the day it began
    ("в ночь на понедельник", "2024-03-11", "2024-03-10"),
    ("в ночь с субботы на воскресенье", "2024-03-11", "2024-03-09"),
])
def test_relative_dates_resolve_against_publication(expr, published, day):
    assert resolve_date(f"Взрыв прогремел {expr} у здания администрации.", published, RU)[:2] == (day, "day")


def test_report_day_is_not_the_event_day():
    assert resolve_date("Удар был нанесен по складу, сообщил в понедельник губернатор.", "2024-03-14",
                        RU)[2] is False


@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("В результате обстрела погибли 5 человек.", 5, None),
    ("5 человек погибли, еще двое ранены.", 5, 2),
    ("На месте удара 5 погибших и 11 раненых.", 5, 11),
    ("Ранены десять жителей поселка.", None, 10),
    ("Погиб один военнослужащий, еще двое получили ранения.", 1, 2),
    ("В перестрелке погибли пять силовиков и не менее трех нападавших.", 8, None),
    ("Разрушены два дома, жертв нет.", 0, 0),
    ("Смертельно ранен водитель.", 1, None),
    ("Погибла 68-летняя женщина.", 1, None),
])
def test_counts(sentence, killed, injured):
    assert _killed_injured(sentence) == (killed, injured)


def test_typing_of_remote_violence_and_territory():
    assert classify("Дрон сбросил взрывное устройство на автомобиль.", RU).sub_event_type == "Air/drone strike"
    assert classify("Грузовик подорвался на мине на окраине села.", RU).sub_event_type == \
        "Remote explosive/landmine/IED"
    assert classify("Средства ПВО сбили над областью восемь беспилотников.", RU).sub_event_type == \
        "Disrupted weapons use"
    assert classify("Повстанцы захватили город после двухдневных боев.", RU).sub_event_type == \
        "Non-state actor overtakes territory"


def test_two_distinct_incidents_in_one_text():
    text = ("ДОНЕЦК, 13 марта. /Тест/. В понедельник беспилотник атаковал рейсовый автобус в Горловке, ранены "
            "трое пассажиров.\nКроме того, во вторник на окраине Докучаевска на мине подорвался грузовик, "
            "погиб водитель.")
    first, second = _events(text, "2024-03-13")
    assert (first.sub_event_type, first.event_date, first.injuries) == ("Air/drone strike", "2024-03-11", 3)
    assert (second.sub_event_type, second.event_date, second.fatalities) == (
        "Remote explosive/landmine/IED", "2024-03-12", 1)


def test_undeclared_russian_is_recognised_by_function_words():
    text = ("В понедельник вечером беспилотник атаковал автобус на окраине города, погибли два человека, еще "
            "пять человек получили ранения, сообщили в администрации. Это уже третий удар по городу за неделю.")
    assert language_of(Document(doc_id="d", text=text)) == "ru"
