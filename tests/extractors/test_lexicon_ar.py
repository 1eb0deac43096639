"""The Arabic lexicon through the whole pipeline, on sentences written for these tests (no shared text).

The events are extracted with the rules alone (``Options(mode="rules")``): these tests check the lexicon,
and a retrained detector must not make them flaky. One test runs the default pipeline as well.
"""

from __future__ import annotations

import dataclasses

import pytest

from extractors.actors.dictionary import find_actors
from extractors.events.counts import combine, sentence_counts
from extractors.events.dates import resolve_date
from extractors.events.drafts import Options
from extractors.events.pipeline import extract_events
from extractors.events.triggers import classify
from extractors.lexicons import Lexicon, lexicon
from extractors.lexicons.ar import ar
from extractors.records import Document
from extractors.text.numbers import parser

LEX = lexicon("ar")
PUBLISHED = "2024-03-08"  # a Friday
RULES = Options(mode="rules")


def _events(text: str, published: str | None = PUBLISHED, options: Options = RULES):
    return extract_events(Document(doc_id="ar-test", text=text, published=published, language="ar"), options)


def _counts(text: str) -> tuple[int | None, int | None]:
    counts = sentence_counts(text, LEX)
    return combine([counts], "killed")[0], combine([counts], "injured")[0]


def _date(text: str) -> tuple[str | None, str | None]:
    return resolve_date(text, PUBLISHED, LEX)[:2]


# ------------------------------------------------------------------------------------------- the lexicon


def test_lexicon_has_every_field():
    assert LEX is not None and LEX.lang == "ar"
    for f in dataclasses.fields(Lexicon):
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            assert getattr(LEX, f.name) is not None, f.name
    assert LEX.actors.clitics
    assert {"في", "من", "على"} <= LEX.function_words


def test_patterns_take_marks_letter_variants_and_clitics():
    pattern = ar(r"(?<!\w)(?:[وف]?(?:لل|[بلك]?(?:ال)?))(?:قذيفة|إصابة)(?!\w)")
    for text in ("قذيفة", "قذيفه", "قَذِيفَةٌ", "بالقذيفة", "والقذيفة", "للقذيفة", "اصابة", "إصابة",
                 "وإصابة"):
        assert pattern.search(text), text
    assert not pattern.search("قذيفتين")
    # a hamza that starts a word is kept: "ألقى" is not the article of "القرية"
    assert ar(r"ألقى").search("ألقى") and not ar(r"ألق").search("القرية")
    # a mark written in a pattern is required: the drone "مسيّرة", not the march "مسيرة"
    assert ar(r"مسيّرة").search("مسيّرة") and not ar(r"مسيّرة").search("مسيرة")


# ------------------------------------------------------------------------------------------- numbers


def test_number_words_digits_and_duals():
    p = parser("ar")
    assert (p("ثلاثة"), p("عشر"), p("ثلاثة عشر"), p("اثنا عشر"), p("خمسة وعشرون")) == (3, 10, 13, 12, 25)
    assert (p("١٢"), p("1,200")) == (12, 1200)
    number = LEX.counts.parse_number
    assert number("و٢٠") == 20 and number("بخمسة") == 5
    assert (number("جنديان"), number("طفلين"), number("امرأتان")) == (2, 2, 2)
    assert number("رجل وزوجته") == 2  # "a man and his wife"
    assert number("ثلاثة آلاف") == 3000 and number("آلاف") is None  # "thousands" alone is vague


@pytest.mark.parametrize("text,killed,injured", [
    ("أفادت مصادر طبية بمقتل 5 مدنيين في القصف.", 5, None),
    ("قتل مسلحون خمسة أشخاص في هجوم على قرية.", 5, None),
    ("سقوط 12 قتيلا في الاشتباكات.", 12, None),
    ("وأسفر الانفجار عن 12 قتيلا و20 جريحا.", 12, 20),
    ("انفجرت العبوة ما أسفر عن مقتل ثلاثة جنود وإصابة أربعة آخرين.", 3, 4),
    ("قُتل جنديان وأصيب ثالث في الكمين.", 2, 1),
    ("لقي ١١ شخصاً حتفهم في الهجوم.", 11, None),
    ("قُتِلَ سبعةُ مدنيين وأُصيبَ عشرون آخرون.", 7, 20),
    ("قُتل ما لا يقل عن ثلاثين مدنياً.", 30, None),
    ("أصيب العشرات في المواجهات.", None, None),
    ("سقط صاروخ في منطقة مفتوحة دون أن يسفر عن إصابات.", 0, 0),
])
def test_casualty_counts(text, killed, injured):
    assert _counts(text) == (killed, injured)


# ------------------------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text,date,precision", [
    ("قُتل شاب مساء أمس.", "2024-03-07", "day"),
    ("قصفت الطائرات البلدة الليلة الماضية.", "2024-03-07", "day"),
    ("اندلعت اشتباكات فجر اليوم.", "2024-03-08", "day"),
    ("هاجم مسلحون القرية يوم الاثنين.", "2024-03-04", "day"),
    ("اعتقلت الشرطة ناشطين الثلاثاء.", "2024-03-05", "day"),
    ("سقطت قذائف على السوق الجمعة الماضية.", "2024-03-01", "day"),
    ("انفجرت العبوة قبل ثلاثة أيام.", "2024-03-05", "day"),
    ("وقع الهجوم في ٣ آذار.", "2024-03-03", "day"),
    ("وقع الهجوم في 2 كانون الثاني 2024.", "2024-01-02", "day"),
    ("وقع الهجوم في ٢٩ فبراير.", "2024-02-29", "day"),
    ("قُتل جندي الأسبوع الماضي.", None, "month"),
])
def test_relative_and_calendar_dates(text, date, precision):
    assert _date(text) == (date, precision)


def test_a_reported_date_dates_the_statement():
    # "a security source said on Sunday that ...": Sunday is when it was said
    assert _date("وقال مصدر أمني، الأحد، إن مسلحين هاجموا الحاجز.")[0] is None


# ------------------------------------------------------------------------------------------- actors


def test_actor_nouns_with_clitics():
    names = [m.name for m in find_actors("اشتبك الجنود والمسلحون مع الشرطة وللمتظاهرين مطالب.", "IRQ", LEX)]
    assert names == ["Military Forces of Iraq", "Unidentified Armed Group (Iraq)", "Police Forces of Iraq",
                     "Protesters (Iraq)"]


# ------------------------------------------------------------------------------------------- events


def test_killing_of_civilians_in_words():
    (ev,) = _events("قتل مسلحون مجهولون خمسة مدنيين، بينهم طفلان، مساء أمس في هجوم على سوق شعبي في بلدة قرب "
                    "مدينة ميناكا شمال شرقي مالي.")
    assert (ev.event_type, ev.sub_event_type) == ("violence_against_civilians", "Attack")
    assert (ev.fatalities, ev.event_date) == (5, "2024-03-07")
    assert (ev.actor1_type, ev.actor2_type) == ("political militia", "civilians")


def test_killing_of_civilians_in_western_digits():
    (ev,) = _events("أفادت مصادر طبية بمقتل 14 مدنياً وإصابة 23 آخرين، الأربعاء، عندما فتح مسلحون النار على "
                    "المصلين في قرية بولاية النيل الأزرق.")
    assert (ev.sub_event_type, ev.fatalities, ev.injuries, ev.event_date) == ("Attack", 14, 23, "2024-03-06")


def test_killing_of_civilians_in_arabic_indic_digits():
    (ev,) = _events("لقي ١٢ شخصاً حتفهم وأصيب ٢٠ آخرون في هجوم شنه مسلحون على قرية في ريف دير الزور "
                    "الشرقي، فجر اليوم.")
    assert (ev.sub_event_type, ev.fatalities, ev.injuries, ev.event_date) == ("Attack", 12, 20, "2024-03-08")


def test_ambush_of_soldiers_is_a_battle():
    (ev,) = _events("قُتل جنديان وأصيب ثلاثة آخرون، مساء الثلاثاء، في كمين نصبه مسلحون لدورية للجيش قرب بلدة "
                    "عيل بور وسط الصومال.")
    assert (ev.event_type, ev.sub_event_type) == ("battles", "Armed clash")
    assert (ev.fatalities, ev.injuries, ev.event_date) == (2, 3, "2024-03-05")
    assert ev.actor2_type == "state forces"


def test_drone_strike():
    (ev,) = _events("استهدفت طائرة مسيرة سيارة على طريق ريفي قرب مأرب، ظهر اليوم، ما أسفر عن مقتل ثلاثة "
                    "أشخاص كانوا بداخلها.")
    assert (ev.event_type, ev.sub_event_type) == ("explosions_remote_violence", "Air/drone strike")
    assert (ev.fatalities, ev.event_date) == (3, "2024-03-08")


def test_peaceful_protest():
    (ev,) = _events("تظاهر مئات الطلاب، الخميس، أمام مقر وزارة التعليم العالي في الخرطوم للمطالبة بإعادة فتح "
                    "الجامعات، وتفرقوا بهدوء.")
    assert (ev.event_type, ev.sub_event_type, ev.event_date) == ("protests", "Peaceful protest", "2024-03-07")
    assert ev.actor1_type == "protesters"


def test_protest_dispersed_with_tear_gas():
    (ev,) = _events("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق مئات المحتجين الذين تجمعوا أمام مبنى "
                    "المحافظة في البصرة، أمس، احتجاجاً على انقطاع الكهرباء.")
    assert (ev.event_type, ev.sub_event_type, ev.event_date) == ("protests", "Protest with intervention",
                                                                 "2024-03-07")
    assert (ev.actor1_type, ev.actor2_type) == ("protesters", "state forces")


def test_protesters_who_burn_and_throw_stones_riot():
    (ev,) = _events("أغلق محتجون غاضبون الطرق بالإطارات المشتعلة ورشقوا قوات الأمن بالحجارة في مدينة صفاقس "
                    "ليلة الأحد.")
    assert (ev.event_type, ev.sub_event_type) == ("riots", "Violent demonstration")
    assert ev.event_date == "2024-03-03"


def test_arrest():
    (ev,) = _events("اعتقلت قوات الأمن العراقية، فجر اليوم، أربعة أشخاص يشتبه في انتمائهم إلى تنظيم داعش "
                    "خلال مداهمة في قضاء الحويجة.")
    assert (ev.event_type, ev.sub_event_type, ev.event_date) == ("strategic_developments", "Arrests",
                                                                 "2024-03-08")
    assert ev.actor1_type == "state forces"


def test_abduction():
    (ev,) = _events("اختطف مسلحون مجهولون، مساء الاثنين، أربعة عمال على الطريق بين سبها وأوباري، واقتادوهم "
                    "إلى جهة مجهولة.")
    assert ev.event_type == "violence_against_civilians"
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert (ev.event_date, ev.actor1_type) == ("2024-03-04", "political militia")


@pytest.mark.parametrize("text", [
    # a threat
    "هددت جماعة مسلحة باستهداف المنشآت النفطية في المنطقة إذا لم تنسحب القوات الحكومية خلال أسبوع.",
    "توعدت الحركة بشن هجمات جديدة على القواعد العسكرية.",
    # a running total
    "قُتل أكثر من ٤٠٠ مدني في الهجمات على قرى الإقليم منذ بداية العام، وفق إحصائية للأمم المتحدة.",
    "وأسفرت الحرب عن مقتل آلاف الأشخاص وتشريد الملايين.",
    # an accident
    "لقي سبعة أشخاص حتفهم وأصيب عشرة آخرون في حادث تصادم بين حافلة وشاحنة على الطريق الصحراوي، مساء أمس.",
    "انفجرت أسطوانة غاز في مطعم بحي الكرادة، ما أدى إلى إصابة أربعة عمال.",
    # a denial, a condemnation, a trial, background
    "نفى الجيش تنفيذ أي غارة على السوق يوم الخميس.",
    "أدانت الجامعة العربية استهداف المدنيين في المدينة.",
    "قضت المحكمة العسكرية بإعدام ثلاثة متهمين بتفجير الكنيسة.",
    "أحيا الأهالي الذكرى العاشرة للمجزرة التي راح ضحيتها مئات المدنيين.",
])
def test_no_event(text):
    assert _events(text) == []


def test_relative_dates_resolve_against_publication():
    (ev,) = _events("قصفت قوات النظام الليلة الماضية بلدة كفرنبل بالمدفعية الثقيلة، ما أسفر عن مقتل امرأة "
                    "وطفلها.")
    assert (ev.sub_event_type, ev.event_date, ev.fatalities) == ("Shelling/artillery/missile attack",
                                                                 "2024-03-07", 2)
    (ev,) = _events("انفجرت عبوة ناسفة بسيارة عسكرية قبل ثلاثة أيام قرب بلدة طفس، ما أدى إلى إصابة جنديين.",
                    published="2024-05-20")
    assert (ev.event_date, ev.injuries) == ("2024-05-17", 2)


def test_two_distinct_incidents_in_one_text():
    evs = _events("قُتل ثلاثة جنود في هجوم على نقطة تفتيش للجيش قرب مدينة العريش، صباح الأربعاء.\n"
                  "وفي تطور آخر، اعتقلت قوات الأمن خمسة أشخاص في مدينة الإسماعيلية، أمس الخميس.")
    assert [(e.sub_event_type, e.event_date) for e in evs] == [("Armed clash", "2024-03-06"),
                                                                ("Arrests", "2024-03-07")]
    assert evs[0].fatalities == 3


def test_the_next_day_is_another_event_one_day_later():
    evs = _events("أعلنت قوات الدعم السريع، مساء الخميس، سيطرتها على بلدة في ولاية الجزيرة بعد معارك مع "
                  "الجيش.\nوفي اليوم التالي، شن طيران الجيش غارات على تجمعات للدعم السريع في محيط البلدة.")
    assert [(e.sub_event_type, e.event_date) for e in evs] == [
        ("Non-state actor overtakes territory", "2024-03-07"), ("Air/drone strike", "2024-03-08")]


def test_headline_and_dateline():
    evs = _events("مقتل جنديين بانفجار عبوة ناسفة في الأنبار\n"
                  "الرمادي – خاص: قُتل جنديان وأصيب ثالث، أمس، بانفجار عبوة ناسفة استهدفت دورية للجيش "
                  "العراقي على طريق صحراوي غربي الرمادي.")
    assert len(evs) == 1
    assert (evs[0].sub_event_type, evs[0].fatalities, evs[0].injuries, evs[0].event_date) == (
        "Remote explosive/landmine/IED", 2, 1, "2024-03-07")


def test_specific_weapons():
    assert classify("ألقى مجهول قنبلة يدوية على محل للصرافة.", LEX).sub_event_type == "Grenade"
    assert classify("فجّر انتحاري حزامه الناسف وسط السوق.", LEX).sub_event_type == "Suicide bomb"
    assert classify("قصف بغاز الكلور على البلدة.", LEX).sub_event_type == "Chemical weapon"
    assert classify("اعترضت الدفاعات الجوية صاروخاً.", LEX).sub_event_type == "Disrupted weapons use"
    assert classify("مسيرة سلمية في وسط المدينة.", LEX).sub_event_type == "Peaceful protest"


def test_default_pipeline_reads_arabic():
    (ev,) = _events("قُتل جنديان وأصيب ثلاثة آخرون، مساء الثلاثاء، في كمين نصبه مسلحون لدورية للجيش قرب بلدة "
                    "عيل بور وسط الصومال.", options=None)
    assert ev.event_type == "battles" and ev.fatalities == 2
