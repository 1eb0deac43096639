"""Floor for main-text cleaning on the article-extraction benchmark (../shared; skipped without it).

Measured 0.966 F1 with bench/eval_text.py (trafilatura defaults: 0.953-0.960); the floor leaves room for
library updates but catches a regression such as losing favor_precision or the table text.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.shared


def test_clean_html_main_text_f1_floor(shared_dir):
    if not (shared_dir / "golddata" / "scrapinghub_aeb").is_dir():
        pytest.skip("scrapinghub_aeb is not present")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_text
    finally:
        sys.path.remove(str(ROOT / "bench"))
    gold, pages = eval_text.load_pages(shared_dir)
    pred, _, failed = eval_text.run_clean(gold, pages)
    got = eval_text.score(eval_text._scorer(shared_dir), gold, pred)
    assert failed <= 2
    assert got["f1"] >= 0.96, got
