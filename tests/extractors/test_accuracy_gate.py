"""Accuracy gate: the real extractor on ../shared's dev set and CASE 2021 snippets, scored by the shared scorers.

Floors sit slightly below the figures measured when they were last raised (comment below); a change
that lowers accuracy fails here. Skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("eval_events", ROOT / "bench" / "eval_events.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# measured (extractor 0.8.5): event F1 0.959, type 0.948, country 1.0, date 0.940, fatalities 0.948,
# injuries 0.983, admin1 0.964, location 0.854 (these two also move with extractors.places.geo), actor1 0.902,
# actor2 0.864, dedup 0.941; CASE weighted F1 0.787 with 9/64 non-conflict snippets giving an event.
DEV_FLOORS = {"event_f1": 0.93}
FIELD_FLOORS = {"event_type": 0.91, "country": 0.95, "event_date": 0.90, "fatalities": 0.92, "admin1": 0.91,
                "location": 0.79, "actor1": 0.86, "actor2": 0.82, "injuries": 0.94}


@pytest.mark.shared
def test_dev_set_scores_hold(shared_dir):
    result = _bench().score_dev(shared_dir)
    for key, floor in DEV_FLOORS.items():
        assert result[key] >= floor, (key, result[key])
    for field, floor in FIELD_FLOORS.items():
        assert result["field_accuracy"][field] >= floor, (field, result["field_accuracy"][field])
    assert result["negative_documents_with_events"] <= 0.1 * result["negative_documents"]
    assert result["dedup_pair_f1"] >= 0.90


@pytest.mark.shared
def test_case2021_typing_holds(shared_dir):
    if not (shared_dir / "golddata" / "case2021_task2_acled" / "task2_dev.tsv").is_file():
        pytest.skip("CASE 2021 data absent")
    result = _bench().score_case(shared_dir)
    assert result["weighted_f1"] >= 0.76, result["weighted_f1"]
    assert result["non_conflict_with_event"] <= 0.20 * result["non_conflict_snippets"]
