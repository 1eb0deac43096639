"""The Spanish lexicon through the whole pipeline, on sentences written for these tests (no shared text)."""

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

LEX = lexicon("es")
PUBLISHED = "2024-03-08"  # a Friday


def _events(text: str, published: str | None = PUBLISHED):
    return extract_events(Document(doc_id="es-test", text=text, published=published, language="es"))


def test_lexicon_has_every_field():
    assert LEX is not None and LEX.lang == "es"
    for f in dataclasses.fields(Lexicon):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            assert getattr(LEX, f.name) is not None, f.name
    assert {"el", "los", "del", "y"} <= LEX.function_words


def test_numbers_in_words_and_digits():
    (k,) = sentence_counts("Siete campesinos fueron asesinados en una vereda de Tumaco.", LEX)
    assert (k.kind, k.value) == ("killed", 7)
    (k,) = sentence_counts("Al menos 12 civiles murieron en el ataque.", LEX)
    assert (k.kind, k.value) == ("killed", 12)
    (k,) = sentence_counts("Treinta y cinco personas resultaron heridas.", LEX)
    assert (k.kind, k.value) == ("injured", 35)
    # "un grupo armado" is an article, not a count of one
    counts = sentence_counts("Dos soldados y tres integrantes de un grupo armado murieron en el combate.",
                             LEX)
    assert combine([counts], "killed")[0] == 5


def test_killing_of_civilians_in_words():
    (ev,) = _events("Hombres armados mataron a seis campesinos el martes en una vereda de Argelia, en el "
                    "Cauca, informaron las autoridades.")
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert (ev.fatalities, ev.event_date) == (6, "2024-03-05")
    assert ev.actor2_type == "civilians"


def test_killing_of_civilians_in_digits():
    (ev,) = _events("Al menos 14 civiles murieron ayer cuando sicarios abrieron fuego contra los clientes de "
                    "un bar en Uruapan, Michoacán.")
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert (ev.fatalities, ev.event_date, ev.country) == (14, "2024-03-07", "MEX")


def test_ambush_of_soldiers_is_a_battle():
    (ev,) = _events("Cuatro soldados murieron y otros tres resultaron heridos en una emboscada de la "
                    "guerrilla contra una patrulla del Ejército en zona rural de Tibú, informó anoche la "
                    "Segunda División.")
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert (ev.fatalities, ev.injuries) == (4, 3)


def test_drone_strike():
    (ev,) = _events("Un ataque con drones cargados de explosivos contra la estación de policía de Suárez "
                    "dejó dos uniformados heridos el miércoles.")
    assert (ev.event_type, ev.sub_event_type) == ("explosions_remote_violence", "Air/drone strike")
    assert (ev.injuries, ev.event_date) == (2, "2024-03-06")


def test_peaceful_protest():
    (ev,) = _events("Miles de maestros marcharon el jueves por el centro de Bogotá para exigir mejoras "
                    "salariales; la jornada transcurrió sin incidentes.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Peaceful protest")
    assert ev.event_date == "2024-03-07"
    assert (ev.actor1_type, ev.actor2) == ("protesters", None)


def test_protest_dispersed_with_tear_gas():
    (ev,) = _events("La policía dispersó con gases lacrimógenos a cientos de estudiantes que protestaban "
                    "frente al Congreso en Tegucigalpa.")
    assert (ev.event_type, ev.sub_event_type) == ("protests", "Protest with intervention")
    assert ev.actor2_type == "state forces"


def test_arrest():
    (ev,) = _events("La Policía Nacional detuvo el lunes en Guayaquil a tres presuntos integrantes de una "
                    "banda dedicada a la extorsión.")
    assert (ev.event_type, ev.sub_event_type) == ("strategic_developments", "Arrests")
    assert ev.event_date == "2024-03-04"
    assert ev.actor1_type == "state forces"


def test_abduction():
    (ev,) = _events("Hombres armados secuestraron hace tres días a un comerciante en la vía que conduce a "
                    "Saravena, en Arauca.")
    assert ev.event_type == "violence_against_civilians"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.event_date == "2024-03-05"


@pytest.mark.parametrize("text", [
    # a threat, a plan, a call, a denial
    "El grupo armado amenazó con atacar a los soldados que entren en el cañón del Micay.",
    "Los sindicatos convocaron una huelga general para el próximo jueves en Madrid.",
    "El Ejército negó haber bombardeado un campamento con menores en el Guaviare.",
    # a running total
    "En lo que va del año, 45 líderes sociales han sido asesinados en Colombia, según la Defensoría.",
    "Desde el inicio de la guerra, más de 20.000 civiles han muerto en el país.",
    # accidents and disasters
    "Doce personas murieron y veinte resultaron heridas al volcarse un bus en la vía a Cuenca.",
    "Una explosión de gas en un edificio de Sevilla dejó dos muertos y siete heridos.",
])
def test_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize("sentence,date", [
    ("Un policía fue asesinado ayer en Cúcuta.", "2024-03-07"),
    ("Un policía fue asesinado anoche en Cúcuta.", "2024-03-07"),
    ("Un policía fue asesinado el martes en Cúcuta.", "2024-03-05"),
    ("Un policía fue asesinado la madrugada de este miércoles en Cúcuta.", "2024-03-06"),
    ("Un policía fue asesinado hace dos días en Cúcuta.", "2024-03-06"),
    ("Un policía fue asesinado el 2 de marzo en Cúcuta.", "2024-03-02"),
])
def test_relative_dates(sentence, date):
    assert resolve_date(sentence, PUBLISHED, LEX)[:2] == (date, "day")


def test_reporting_date_is_not_the_event_date():
    # "informó este viernes" dates the report; the killing was on Wednesday
    text = "Dos soldados murieron el miércoles en Tame, informó este viernes el Ejército."
    assert resolve_date(text, PUBLISHED, LEX)[0] == "2024-03-06"


def test_dateline_date_is_not_the_event_date():
    (ev,) = _events("BOGOTÁ, 8 mar (EFE).- Dos policías murieron el martes en un ataque con explosivos "
                    "contra una patrulla en zona rural de Jamundí, informaron las autoridades.")
    assert ev.event_date == "2024-03-05"
    assert ev.fatalities == 2


def test_two_incidents_in_one_text():
    text = ("Combates en el Catatumbo y secuestro en Arauca\nCÚCUTA (EFE).- Al menos cinco guerrilleros del "
            "ELN murieron el lunes en combates con el Ejército en zona rural de Tibú, en Norte de Santander, "
            "según un comunicado militar.\nPor otra parte, hombres armados secuestraron el miércoles a dos "
            "ingenieros de una petrolera en Saravena, Arauca, informó la Gobernación.")
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Armed clash", "Abduction/forced disappearance"]
    assert [e.event_date for e in events] == ["2024-03-04", "2024-03-06"]
    assert events[0].fatalities == 5


def test_nationality_word_after_the_noun_is_found():
    text = "Dos militares colombianos murieron en la frontera."
    assert [iso for iso, _s, _e in find_adjectives(text, LEX)] == ["COL"]
    (mention,) = find_actors("Un soldado ecuatoriano resultó herido.", None, LEX)
    assert mention.kind == "military"


def test_nationality_word_after_the_noun_gives_the_country():
    (mention,) = find_actors("Dos militares colombianos murieron en la frontera con Venezuela.", "VEN", LEX)
    assert (mention.name, mention.country) == ("Military Forces of Colombia", "COL")


def test_undeclared_spanish_is_recognised():
    text = ("Las autoridades informaron que los hombres armados llegaron en dos camionetas y dispararon "
            "contra los vecinos del barrio, según el relato de los testigos.")
    assert language_of(Document(doc_id="x", text=text)) == "es"
