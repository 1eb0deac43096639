"""The shipped learned models: present, small, trained on the training data in this checkout."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from extractors.events import learned
from extractors.learn.linear import DATA

ROOT = Path(__file__).resolve().parents[2]


def _train_script():
    spec = importlib.util.spec_from_file_location("train_models", ROOT / "scripts" / "train_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_models_are_shipped_small_and_current():
    detector, typer = learned.models()
    assert detector is not None and typer is not None, "run scripts/train_models.py"
    assert set(typer.classes) == set(learned.SUB_TYPES)
    digest = _train_script().data_digest(_train_script().training_files())
    for model in (detector, typer):
        assert model.meta["features_version"] == learned.FEATURES_VERSION
        # the training sentences changed since the models were trained: retrain (scripts/train_models.py)
        assert model.meta["data_sha256"] == digest
        assert set(model.meta["languages"]) == {"ar", "en", "es", "fr", "pt", "ru", "uk"}
    total = sum(p.stat().st_size for p in DATA.glob("*.npz"))
    assert total < 20e6


def test_detector_separates_an_event_from_a_threat():
    from extractors.lexicons import lexicon

    lex = lexicon("en")
    event = learned.p_event(learned.sentence_features("Gunmen killed twelve villagers in Zamfara on Monday.", lex))
    threat = learned.p_event(learned.sentence_features("The militants threatened to attack the capital.", lex))
    assert event > 0.5 > threat


def test_typer_reads_other_languages():
    from extractors.lexicons import lexicon

    idx = learned.sentence_features("Un drone a frappé un véhicule près de Gao, tuant trois personnes.", lexicon("fr"))
    scores = learned.type_scores([idx], [1.0])
    assert max(scores, key=scores.get) == "Air/drone strike"


def test_same_incident_model_is_shipped_and_current():
    from extractors.events import same_incident

    model = same_incident.model()
    assert model is not None, "run scripts/train_models.py --only group"
    assert model.meta["data_sha256"] == _train_script().data_digest(_train_script().article_files())
    # the grouping rules settle "same incident?" unless dev says the model does better (thresholds.json)
    assert learned.thresholds()["group"] is None or 0 < learned.thresholds()["group"] < 1
