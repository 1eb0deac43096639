"""Case restoration and line unwrapping of wire copy (extractors.text.truecase), on sentences written for these
tests, and the all-caps path through the event extractor."""

from __future__ import annotations

from extractors import Document, extract_events
from extractors.text.truecase import restore, restore_case, unwrap_lines, upper_runs

CAPS = ("BOGOTA, 3 MAR 91 (WIRE) -- [TEXT] GUERRILLAS OF THE NATIONAL LIBERATION ARMY [ELN] KILLED FOUR "
        "SOLDIERS TODAY IN AN AMBUSH NEAR THE TOWN OF SARAVENA, IN ARAUCA DEPARTMENT, THE COLOMBIAN ARMY SAID. "
        "THE U.S. EMBASSY SAID IT WAS NOT INFORMED.")


def test_upper_case_text_is_recased_with_names_and_acronyms():
    out = restore_case(CAPS)
    assert len(out) == len(CAPS)
    assert out.lower() == CAPS.lower()  # only the case of letters changes
    assert out.startswith("Bogota, 3 Mar 91")
    assert "Guerrillas of the National Liberation Army [ELN] killed four soldiers today" in out
    assert "the town of Saravena, in Arauca department, the Colombian army said." in out
    assert "The U.S. embassy said" in out  # initials stay, and a sentence does not start after them


def test_acronyms_given_in_brackets_stay_upper_case_everywhere():
    text = ("MEMBERS OF THE PEOPLE'S FRONT (XPF) ATTACKED A POLICE POST LAST NIGHT AND BURNED TWO TRUCKS. A "
            "SPOKESMAN SAID THE XPF HAD WARNED DRIVERS. THE 8TH BRIGADE WAS SENT TO THE AREA ON TUESDAY.")
    out = restore_case(text)
    assert out.count("XPF") == 2
    assert "The 8th brigade" in out  # no acronym glued to a number
    assert "on Tuesday." in out


def test_common_words_are_not_made_names():
    text = ("THE CAR BOMB EXPLODED AT NOON OUTSIDE A GRAY BUILDING AND A MAN WAS HURT, WITNESSES TOLD REPORTERS "
            "IN LIMA, WHERE POLICE SAID THEY WOULD LET NOBODY NEAR THE SITE.")
    out = restore_case(text)
    assert "The car bomb" in out and "a gray building" in out and "would let nobody" in out  # CAR, LeT: acronyms
    assert "in Lima," in out
    poles = restore_case("REBELS BLEW UP SEVERAL ELECTRICITY POLES WITH DYNAMITE NEAR THE CAPITAL LAST NIGHT, CAUSING "
                         "POWER OUTAGES IN VARIOUS SECTORS OF THE CITY, THE POLICE SAID TODAY.")
    assert "electricity poles" in poles  # a demonym the gazetteer lists under Poland, and an ordinary word


def test_mixed_case_text_and_short_capital_runs_are_left_alone():
    normal = "Gunmen killed three people in Kano on Monday, police said.\nTHE MAYOR CONDEMNED THE ATTACK."
    assert restore(normal) is normal
    assert upper_runs(normal) == []
    headline = "BREAKING: BLAST HITS MARKET\nA bomb exploded in a crowded market in Kabul on Sunday, killing two."
    assert restore(headline) is headline


def test_a_long_upper_case_paragraph_inside_a_normal_text_is_recased():
    text = ("Police said on Monday that the statement below was sent to the newsroom.\n"
            + CAPS + "\nNo group has commented since.")
    out = restore_case(text)
    assert out.startswith("Police said on Monday")
    assert out.endswith("No group has commented since.")
    assert "near the town of Saravena" in out


def test_hard_wrapped_lines_are_joined_within_paragraphs_only():
    para1 = ("THE ARMY SAID THAT A PATROL CLASHED WITH A REBEL\nCOLUMN IN THE MOUNTAINS NORTH OF THE CAPITAL AND\n"
             "THAT TWO SOLDIERS WERE WOUNDED IN THE FIGHTING,\nWHICH LASTED ABOUT THREE HOURS ON SUNDAY NIGHT.")
    para2 = ("A SPOKESMAN ADDED THAT THE REBELS FLED TOWARD THE\nBORDER CARRYING THEIR DEAD AND WOUNDED WITH THEM\n"
             "AND THAT TROOPS WERE STILL SEARCHING THE AREA FOR\nTHEM THIS MORNING.")
    text = para1 + "\n\n" + para2
    out = unwrap_lines(text)
    assert len(out) == len(text)
    assert out.count("\n") == 2 and "\n\n" in out
    assert "REBEL COLUMN" in out
    prose = "First paragraph of an article.\nSecond paragraph, which is longer than the first one.\nThird."
    assert unwrap_lines(prose) is prose


def test_all_caps_article_gives_the_event_with_the_original_text_as_evidence():
    text = ("LIMA, 12 JUN 90 (WIRE) -- [TEXT] SUSPECTED REBELS KILLED THREE POLICEMEN IN AN ATTACK ON A POLICE\n"
            "STATION IN THE TOWN OF HUANTA, IN AYACUCHO DEPARTMENT, EARLY TODAY, THE\n"
            "INTERIOR MINISTRY REPORTED. THE ATTACKERS ALSO BURNED TWO VEHICLES AND\n"
            "FLED INTO THE HILLS.\n")
    events = extract_events(Document(doc_id="caps1", text=text, published="1990-06-12", language="en"))
    assert events
    ev = events[0]
    assert ev.country == "PER"
    assert ev.fatalities == 3
    assert text[ev.evidence_start:ev.evidence_end] == ev.evidence
    assert ev.evidence.isupper()
