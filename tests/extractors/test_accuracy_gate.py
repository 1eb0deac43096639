"""Accuracy gate: the real extractor on ../shared's dev and devtest sets and on CASE 2021 snippets, scored by the
shared scorers.

Floors sit slightly below the figures measured when they were last raised (comment below); a change that
lowers accuracy fails here. Dev is the set the extractor is tuned on; devtest is only measured (its floors keep
a change from trading held-out accuracy for dev accuracy). Skipped when ../shared is absent.
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


# measured (extractor 0.9.7, combined pipeline):
#   dev     event F1 0.888, type 0.90, date 0.91, country 1.00, admin1 0.93, location 0.93, actor1 0.88,
#           actor2 0.83, fatalities 0.90, injuries 0.96, negatives 0/7, dedup 0.96
#   devtest event F1 0.753, type 0.86, date 0.93, country 0.91, admin1 0.63, location 0.65, actor1 0.66,
#           fatalities 0.49
#   CASE    weighted F1 0.795, 9/64 non-conflict snippets with an event
FLOORS = {
    "dev": {"event_f1": 0.86, "event_type": 0.87, "country": 0.97, "event_date": 0.88, "fatalities": 0.83,
            "admin1": 0.89, "location": 0.86, "actor1": 0.84, "actor2": 0.78, "injuries": 0.92},
    "devtest": {"event_f1": 0.75, "event_type": 0.80, "country": 0.88, "event_date": 0.88, "fatalities": 0.44,
                "admin1": 0.56, "location": 0.56, "actor1": 0.61},
}


@pytest.fixture(scope="module")
def scored(shared_dir):
    bench = _bench()
    return {name: bench.score_set(shared_dir, name) for name in FLOORS}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_event_sets_score_above_their_floors(scored, name):
    result = scored[name]
    floors = FLOORS[name]
    assert result["event_f1"] >= floors["event_f1"], (name, "event_f1", result["event_f1"])
    for field, floor in floors.items():
        if field != "event_f1":
            assert result["field_accuracy"][field] >= floor, (name, field, result["field_accuracy"][field])
    assert result["negative_documents_with_events"] <= max(1, round(0.2 * result["negative_documents"]))


@pytest.mark.shared
def test_dev_dedup_holds(scored):
    assert scored["dev"]["dedup_pair_f1"] >= 0.70


@pytest.mark.shared
def test_case2021_typing_holds(shared_dir):
    if not (shared_dir / "golddata" / "case2021_task2_acled" / "task2_dev.tsv").is_file():
        pytest.skip("CASE 2021 data absent")
    result = _bench().score_case(shared_dir)
    assert result["weighted_f1"] >= 0.78, result["weighted_f1"]
    assert result["non_conflict_with_event"] <= 0.20 * result["non_conflict_snippets"]


@pytest.mark.shared
def test_gva_casualty_counts_hold(shared_dir):
    """Counts on real local shooting news (bench/eval_counts.py; val split 0.876 killed / 0.722 injured exact,
    2.5 % of articles without deaths given a toll, when last raised)."""
    if not (shared_dir / "golddata" / "gva_news_casualties").is_dir():
        pytest.skip("GVA casualty data absent")
    spec = importlib.util.spec_from_file_location("eval_counts", ROOT / "bench" / "eval_counts.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.score(bench.load(shared_dir, "val"))
    assert result["killed_acc"] >= 0.85, result
    assert result["injured_acc"] >= 0.69, result
    assert result["spurious_killed"] <= 0.05, result


@pytest.mark.shared
def test_muc_all_caps_wire_copy_holds(shared_dir):
    """Old all-upper-case, hard-wrapped wire copy (bench/eval_muc.py, MUC-3/4 tuning split TST1+TST2, ~20 s):
    relevance F1 0.735, country 0.741, type 0.759, fatalities (sum) 0.275 when last raised (extractor 0.9.5;
    0.712 / 0.491 / 0.776 / 0.157 before the text was re-cased and unwrapped, 0.196 before one-victim tolls)."""
    if not (shared_dir / "golddata" / "muc4").is_dir():
        pytest.skip("MUC-3/4 data absent")
    import sys

    spec = importlib.util.spec_from_file_location("eval_muc", ROOT / "bench" / "eval_muc.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_muc", bench)  # its dataclasses look their module up
    spec.loader.exec_module(bench)
    result = bench.score(bench.load(shared_dir, "tuning"))
    assert result["f1"] >= 0.71, result
    assert result["country"] >= 0.70, result
    assert result["type"] >= 0.72, result
    assert result["fat_sum"] >= 0.24, result
