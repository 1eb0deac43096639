"""Floors for place resolution on the LGL corpus (../shared; skipped without it). See bench/eval_places.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.shared


def test_lgl_country_and_admin1_floors(shared_dir):
    path = shared_dir / "golddata" / "geoparsing_lgl_gwn" / "lgl.xml.gz"
    if not path.exists():
        pytest.skip("LGL is not present")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_places
    finally:
        sys.path.remove(str(ROOT / "bench"))
    r = eval_places.evaluate(eval_places.load_lgl(path), eval_places._admin_equal(shared_dir))
    assert r["toponyms"] > 4000
    assert r["country_acc"] >= 0.82, r["country_acc"]  # missed toponyms count as wrong
    assert r["country_acc_resolved"] >= 0.95, r["country_acc_resolved"]
    assert r["admin1_acc"] >= 0.57, r["admin1_acc"]
