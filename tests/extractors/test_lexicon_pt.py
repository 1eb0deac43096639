"""The Portuguese lexicon through the whole pipeline, on sentences written for these tests (no shared
text)."""

from __future__ import annotations

import dataclasses

import pytest

from extractors.actors.dictionary import find_actors, find_adjectives
from extractors.events.counts import combine, sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.pipeline import extract_events
from extractors.events.segment import language_of
from extractors.lexicons import Lexicon, lexicon
from extractors.records import Document

LEX = lexicon("pt")
PUBLISHED = "2024-03-08"  # a Friday


def _events(text: str, published: str | None = PUBLISHED):
    return extract_events(Document(doc_id="pt-test", text=text, published=published, language="pt"))


def test_lexicon_has_every_field():
    assert LEX is not None and LEX.lang == "pt"
    for f in dataclasses.fields(Lexicon):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            assert getattr(LEX, f.name) is not None, f.name
    assert {"não", "com", "e", "às"} <= LEX.function_words


def test_numbers_in_words_and_digits():
    (k,) = sentence_counts("Vinte e dois civis foram mortos na aldeia.", LEX)
    assert (k.kind, k.value) == ("killed", 22)
    (k,) = sentence_counts("Pelo menos 11 pessoas morreram no ataque.", LEX)
    assert (k.kind, k.value) == ("killed", 11)
    (k,) = sentence_counts("Dezasseis pessoas ficaram feridas.", LEX)  # European spelling
    assert (k.kind, k.value) == ("injured", 16)
    (k,) = sentence_counts("Dezesseis pessoas ficaram feridas.", LEX)  # Brazilian spelling
    assert (k.kind, k.value) == ("injured", 16)
    counts = sentence_counts("Dois soldados e quatro rebeldes morreram nos confrontos.", LEX)
    assert combine([counts], "killed")[0] == 6


def test_killing_of_civilians_in_words():
    (ev,) = _events("Insurgentes mataram sete civis na terça-feira na aldeia de Nangololo, no distrito de "
                    "Muidumbe, em Cabo Delgado, disseram hoje à Lusa fontes locais.")
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert (ev.fatalities, ev.event_date, ev.country) == (7, "2024-03-05", "MOZ")
    assert ev.actor2_type == "civilians"


def test_killing_of_civilians_in_digits():
    (ev,) = _events("Pelo menos 12 civis foram mortos ontem por homens armados numa aldeia do distrito de "
                    "Macomia, em Cabo Delgado.")
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert (ev.fatalities, ev.event_date) == (12, "2024-03-07")
    assert ev.actor1_type == "political militia"


def test_ambush_of_soldiers_is_a_battle():
    (ev,) = _events("Três soldados morreram e cinco ficaram feridos quando insurgentes emboscaram uma coluna "
                    "militar na estrada entre Mueda e Awasse, na segunda-feira.")
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert (ev.fatalities, ev.injuries, ev.event_date) == (3, 5, "2024-03-04")


def test_drone_strike():
    (ev,) = _events("Um ataque com drones contra um mercado de Kupiansk matou duas pessoas e feriu outras "
                    "nove, segundo as autoridades regionais.")
    assert (ev.event_type, ev.sub_event_type) == ("explosions_remote_violence", "Air/drone strike")
    assert (ev.fatalities, ev.injuries) == (2, 9)


def test_peaceful_protest():
    (ev,) = _events("Milhares de professores marcharam ontem pacificamente pelas ruas de Lisboa para exigir "
                    "melhores salários.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Peaceful protest")
    assert ev.event_date == "2024-03-07"
    assert (ev.actor1_type, ev.actor2) == ("protesters", None)


def test_protest_dispersed_with_tear_gas():
    (ev,) = _events("A polícia dispersou com gás lacrimogéneo uma marcha de vendedores ambulantes no centro "
                    "de Maputo, na quarta-feira.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Protest with intervention")
    assert ev.event_date == "2024-03-06"


def test_arrest():
    (ev,) = _events("A Polícia Judiciária deteve na segunda-feira, em Loures, um homem suspeito de recrutar "
                    "combatentes para o Estado Islâmico.")
    assert (ev.event_type, ev.sub_event_type) == ("strategic_developments", "Arrests")
    assert ev.event_date == "2024-03-04"


def test_abduction():
    (ev,) = _events("Um empresário foi raptado há dois dias à porta de casa, na Matola, por um grupo de "
                    "homens armados.")
    assert ev.event_type == "violence_against_civilians"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.event_date == "2024-03-06"


@pytest.mark.parametrize("text", [
    # a threat, a plan, a denial
    "O líder da Junta Militar ameaçou voltar a atacar as estradas de Sofala se o Governo não negociar.",
    "Os sindicatos convocaram uma greve geral para a próxima semana em todo o país.",
    "O porta-voz das forças armadas negou que tenha havido confrontos em Mocímboa da Praia.",
    # a running total
    "Desde o início da insurgência, mais de 4.000 pessoas morreram em Cabo Delgado.",
    "A violência no norte do país já fez centenas de mortos este ano, segundo a ONU.",
    # accidents and disasters
    "Catorze pessoas morreram e 22 ficaram feridas num acidente entre um autocarro e um camião em Inhambane.",
    "As cheias do rio Púnguè mataram três pessoas na Beira.",
])
def test_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("sentence,date", [
    ("Um polícia foi morto ontem em Nampula.", "2024-03-07"),
    ("Um polícia foi morto ontem à noite em Nampula.", "2024-03-07"),
    ("Um polícia foi morto na segunda-feira em Nampula.", "2024-03-04"),
    ("Um polícia foi morto nesta terça em Nampula.", "2024-03-05"),
    ("Um polícia foi morto há três dias em Nampula.", "2024-03-05"),
    ("Um polícia foi morto a 2 de março em Nampula.", "2024-03-02"),
])
def test_relative_dates(sentence, date):
    assert resolve_date(sentence, PUBLISHED, LEX)[:2] == (date, "day")


def test_short_weekday_needs_a_dating_word():
    # "segunda" alone is "second", not Monday
    assert resolve_date("Foi a segunda vez que a aldeia foi atacada.", PUBLISHED, LEX)[2] is False


def test_reporting_date_is_not_the_event_date():
    # "disse hoje" dates the report; the attack was on Sunday
    assert resolve_date("Seis civis foram mortos no domingo, disse hoje à Lusa uma fonte local.", PUBLISHED,
                        LEX)[0] == "2024-03-03"


def test_dateline_date_is_not_the_event_date():
    (ev,) = _events("PEMBA, 8 mar (Lusa) - Dois militares moçambicanos morreram na quarta-feira quando o "
                    "camião em que seguiam accionou uma mina na estrada de Mocímboa da Praia, disseram hoje "
                    "fontes militares.")
    assert ev.event_type == "explosions_remote_violence"
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.event_date, ev.fatalities) == ("2024-03-06", 2)


def test_two_incidents_in_one_text():
    text = ("Ataque em Ancuabe e confrontos em Meza\nPEMBA, 8 mar (Lusa) - Pelo menos cinco civis foram "
            "mortos na segunda-feira por insurgentes na aldeia de Nanjua, no distrito de Ancuabe, disseram "
            "hoje à Lusa fontes locais.\nNa quarta-feira, militares das Forças Armadas de Defesa de "
            "Moçambique envolveram-se em combates com um grupo de insurgentes nas imediações de Meza, e dois "
            "soldados morreram.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Attack", "Armed clash"]
    assert [e.event_date for e in events] == ["2024-03-04", "2024-03-06"]
    assert [e.fatalities for e in events] == [5, 2]


def test_nationality_word_after_the_noun_is_found():
    text = "Três soldados moçambicanos ficaram feridos."
    assert [iso for iso, _s, _e in find_adjectives(text, LEX)] == ["MOZ"]
    (mention,) = find_actors("Um soldado angolano ficou ferido.", None, LEX)
    assert mention.kind == "military"


def test_nationality_word_after_the_noun_gives_the_country():
    (mention,) = find_actors("Três soldados moçambicanos morreram na fronteira com a Tanzânia.", "TZA", LEX)
    assert (mention.name, mention.country) == ("Military Forces of Mozambique", "MOZ")


def test_undeclared_portuguese_is_recognised():
    text = ("Os moradores disseram à Lusa que os homens armados chegaram de madrugada e incendiaram as casas "
            "da aldeia, mas não houve mortos, segundo a administração do distrito.")
    assert language_of(Document(doc_id="x", text=text)) == "pt"
