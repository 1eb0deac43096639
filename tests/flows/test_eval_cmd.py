"""`conflict-events eval` with the project's own scorer, its rules, and agreement with the reference scorer."""

from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from flows.cli import main
from flows.evaluation import fields_agree, match_events, score

# A labelled set written for these tests: two reports of one incident, and a document with no event.
DOCS = [
    {"doc_id": "a", "url": "https://wire.example.org/a", "published": "2024-05-07",
     "text": "Fighting broke out on Monday between army troops and militants near the town of Mopti in Mali, "
             "officials said. Three soldiers were killed in the clashes."},
    {"doc_id": "b", "url": "https://news.example.com/b", "published": "2024-05-07",
     "text": "Three Malian soldiers died on Monday in clashes with militants near Mopti, the army said."},
    {"doc_id": "c", "url": "https://news.example.com/c", "published": "2024-05-07",
     "text": "The central bank kept its main interest rate unchanged on Tuesday, citing slowing inflation."},
]
GOLD_EVENT = {"event_date": "2024-05-06", "event_type": "battles", "sub_event_type": "Armed clash",
              "country": "MLI", "admin1": ["Mopti", "Mopti Region"], "location": "Mopti",
              "actor1": ["Military Forces of Mali", "army troops"], "actor2": "militants", "fatalities": 3,
              "injuries": None}
GOLD = [{"doc_id": "a", "cluster": "mopti", "events": [GOLD_EVENT]},
        {"doc_id": "b", "cluster": "mopti", "events": [GOLD_EVENT]},
        {"doc_id": "c", "cluster": None, "events": []}]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_eval_scores_with_the_projects_scorer(tmp_path):
    docs, gold = _jsonl(tmp_path / "docs.jsonl", DOCS), _jsonl(tmp_path / "gold.jsonl", GOLD)
    result = CliRunner().invoke(main, ["eval", str(docs), str(gold), "--json",
                                       "--predictions", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == 3 and report["gold_events"] == 2 and report["negative_documents"] == 1
    assert report["event_recall"] > 0 and report["field_accuracy"]["country"] == 1.0
    assert report["throughput"]["documents"] == 3
    text = CliRunner().invoke(main, ["eval", str(docs), str(gold)]).output
    assert "event P" in text and "dedup pairs" in text and "documents/s" in text


def test_matching_and_field_rules():
    pred = {"event_date": "2024-05-07", "event_type": "battles", "sub_event_type": "armed clash",
            "country": "MLI", "admin1": "Mopti Region", "location": "Mopti town", "actor1": "Mali army troops",
            "actor2": "Militants (Mali)", "fatalities": 3, "injuries": 0}
    assert all(fields_agree(f, GOLD_EVENT, pred) for f in ("sub_event_type", "admin1", "location", "actor1",
                                                            "actor2", "fatalities", "injuries"))
    assert fields_agree("event_date", GOLD_EVENT, pred) is False  # a day off: matchable, not equal
    assert fields_agree("admin1", {**GOLD_EVENT, "admin1": None}, pred) is None  # unknown gold: not scored
    assert fields_agree("actor1", {"actor1": "US forces"}, {"actor1": "Military Forces of United States"})
    far = {**pred, "event_date": "2024-05-20"}
    other = {**pred, "country": "NER", "event_type": "protests"}
    assert match_events([GOLD_EVENT], [far, other]) == []
    assert match_events([GOLD_EVENT], [other, pred]) == [(GOLD_EVENT, pred)]


def test_dedup_pairs_and_negatives(tmp_path):
    gold = _jsonl(tmp_path / "gold.jsonl", GOLD)
    same = {**GOLD_EVENT, "admin1": "Mopti", "actor1": "army troops", "cluster_id": "k1"}
    preds = _jsonl(tmp_path / "p.jsonl", [{"doc_id": "a", **same}, {"doc_id": "b", **same},
                                           {"doc_id": "c", "events": [{**same, "cluster_id": "k2"}]}])
    result = score(gold, preds)
    assert (result["event_precision"], result["event_recall"]) == (0.667, 1.0)
    assert result["negative_documents_with_events"] == 1
    assert (result["dedup_pair_precision"], result["dedup_pair_recall"]) == (1.0, 1.0)


@pytest.mark.shared
def test_own_scorer_equals_the_reference_scorer_on_the_dev_set(shared_dir, tmp_path):
    """The shared score_events.py stays the reference: same numbers on the same predictions."""
    from flows.offline import extract_jsonl

    spec = importlib.util.spec_from_file_location("reference", shared_dir / "eval" / "score_events.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    for split in ("dev", "devtest"):
        folder = shared_dir / "eval" / split
        if not (folder / "gold.jsonl").is_file():
            continue
        pred = tmp_path / f"{split}.jsonl"
        extract_jsonl(str(folder / "docs.jsonl"), pred)
        assert score(folder / "gold.jsonl", pred) == reference.score(str(folder / "gold.jsonl"), str(pred)), split
    result = CliRunner().invoke(main, ["eval", str(shared_dir / "eval" / "dev" / "docs.jsonl"),
                                       str(shared_dir / "eval" / "dev" / "gold.jsonl"),
                                       "--scorer", str(shared_dir / "eval" / "score_events.py")])
    assert result.exit_code == 0 and "event P" in result.output
