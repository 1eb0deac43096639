"""The relevance gate on pages written for these tests: conflict news passes in every language, other
news is rejected, and what the gate cannot read passes to the cleaner."""

from __future__ import annotations

import pytest

from extractors.gate import GATE_VERSION, gate, gate_text

FILLER = "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/sport'>Sport</a></nav>"


def page(title: str, *paragraphs: str, lang: str = "en") -> str:
    body = "".join(f"<p class='story'>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title} | Example Daily</title>"
            f"<script>var p = '<p>not text</p>';</script></head><body>{FILLER}<article>{body}</article>"
            "<footer><p>Copyright Example Daily, all rights reserved worldwide.</p></footer></body></html>")


CONFLICT = {
    "en": page("Gunmen kill seven villagers in Zamfara",
               "Gunmen on motorcycles attacked the village of Kadawa in Zamfara state on Sunday, killing seven "
               "people and abducting twelve others, police said.",
               "Residents said the attackers burned houses and fled before soldiers arrived."),
    "fr": page("Mali : trois soldats tués dans une embuscade",
               "Trois soldats maliens ont été tués et cinq blessés lundi dans une embuscade tendue par des "
               "hommes armés près de Douentza, a annoncé l'armée.",
               "Les assaillants ont pris la fuite après des combats qui ont duré deux heures.", lang="fr"),
    "es": page("Enfrentamiento armado deja cuatro muertos en Michoacán",
               "Cuatro presuntos integrantes de un grupo armado murieron el martes en un enfrentamiento con "
               "militares en el municipio de Aguililla, informaron las autoridades.",
               "Un soldado resultó herido durante el tiroteo.", lang="es"),
    "ru": page("Обстрел Белгорода: двое погибших",
               "В результате ракетного обстрела Белгорода в среду погибли два человека, ещё пятеро получили "
               "ранения, сообщил губернатор.",
               "Военные заявили, что сбили несколько ракет над городом.", lang="ru"),
    "ar": page("مقتل خمسة جنود في هجوم مسلح شمال مالي",
               "قتل خمسة جنود وأصيب ثلاثة آخرون في هجوم شنه مسلحون على نقطة تفتيش للجيش قرب مدينة غاو يوم "
               "الاثنين، بحسب مصادر أمنية.",
               "وقال مسؤول محلي إن المهاجمين فروا بعد اشتباكات استمرت ساعة.", lang="ar"),
}

OTHER = {
    "sport": page("United edge City in a five-goal thriller",
                  "A late header from the captain gave United a 3-2 win over City on Saturday, lifting the "
                  "club to fourth place in the league table after a breathless second half.",
                  "The manager praised his young midfielders and said the squad was growing in confidence.",
                  "Next week the team travels north for a cup tie that supporters have awaited all season."),
    "business": page("Chipmaker shares jump on record quarterly sales",
                     "Shares of the chipmaker rose nine per cent in early trading after it reported record "
                     "sales for the quarter and raised its forecast for the rest of the year.",
                     "Analysts said demand from data centres and carmakers had been stronger than expected.",
                     "The company will pay a higher dividend and buy back shares worth two billion dollars."),
    "recipe": page("A lemon tart for spring weekends",
                   "This tart needs a crisp pastry shell, a silky lemon curd and a dusting of icing sugar; "
                   "make the pastry a day ahead and keep it chilled overnight.",
                   "Bake the shell blind for fifteen minutes, then fill it and bake until just set.",
                   "Serve it cold with whipped cream or a spoonful of thick yoghurt."),
    "culture_fr": page("Le festival de jazz de Marciac fête ses quarante ans",
                       "Le festival accueille cette année plus de cent concerts sous le grand chapiteau et dans "
                       "les rues du village, avec des musiciens venus du monde entier.",
                       "Les organisateurs espèrent dépasser le record de fréquentation de l'an dernier.",
                       lang="fr"),
    "culture_es": page("El museo del Prado presenta una gran exposición de Goya",
                       "La muestra reúne más de doscientas obras del pintor aragonés, entre cuadros, dibujos y "
                       "grabados, y estará abierta al público hasta el mes de marzo.",
                       "Los comisarios destacan la restauración de varios retratos de la familia real.",
                       lang="es"),
}


@pytest.mark.parametrize("lang", sorted(CONFLICT))
def test_conflict_news_passes_in_every_language(lang):
    decision = gate(CONFLICT[lang])
    assert decision.passed, decision
    assert decision.language == lang and decision.score >= 1.0
    assert decision.gate_version == GATE_VERSION


@pytest.mark.parametrize("kind", sorted(OTHER))
def test_other_news_is_rejected(kind):
    decision = gate(OTHER[kind])
    assert not decision.passed, decision
    assert decision.score < 1.0 and "conflict words" in decision.reason


def test_bytes_in_their_charset_and_a_declared_language():
    raw = CONFLICT["fr"].replace("<head>", "<head><meta charset='windows-1252'>").encode("cp1252")
    assert gate(raw).passed and gate(raw).language == "fr"
    assert gate(CONFLICT["fr"], declared_language="fr-FR").language == "fr"


def test_a_language_without_a_lexicon_is_rejected_and_an_unreadable_page_passes():
    german = page("Drei Soldaten bei Angriff getötet",
                  "Bei einem Angriff auf einen Armeeposten sind am Montag drei Soldaten getötet und vier "
                  "weitere verletzt worden, teilte das Verteidigungsministerium mit.",
                  "Die Angreifer seien nach einem Feuergefecht geflohen, hieß es.", lang="de")
    decision = gate(german)
    assert not decision.passed and decision.reason == "no lexicon for de"
    blank = gate("<html><body><img src='a.png'><script>app()</script></body></html>")
    assert blank.passed and blank.reason == "no text to judge"


def test_the_text_pass_reads_title_descriptions_and_paragraphs_not_scripts():
    html = ("<html><head><title>Headline here</title><meta property='og:description' content='A summary "
            "of the story'></head><body><script>var s = '<p>script text</p>';</script>"
            "<p>First paragraph of the story, long enough to count.</p><div>Text in a div only.</div>"
            "<p>Second paragraph, unclosed and long enough to count as well<p>Third one, also long enough.</p>"
            "</body></html>")
    text = gate_text(html)
    assert "Headline here" in text and "A summary of the story" in text
    assert "First paragraph" in text and "Second paragraph" in text and "Third one" in text
    assert "script text" not in text.split("\n")[2:]  # paragraphs come from <p>, not from a script string
