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


@pytest.mark.parametrize(("raw", "want"), [
    ("What is Rust and why is it so popular? - Stack Overflow Blog", "What is Rust and why is it so popular?"),
    ("Gunmen kill 10 in Borno village | Daily Example", "Gunmen kill 10 in Borno village"),
    ("Warum Wien zu blöd für eine staufreie Mahü ist - Helge.at", "Warum Wien zu blöd für eine staufreie Mahü ist"),
    ("Chapter 1: Prologue - Murdered - Melas", "Chapter 1: Prologue - Murdered"),
    # kept: a lower-case tail is part of the headline; too little would be left
    ("Ten killed in Borno attack - police", "Ten killed in Borno attack - police"),
    ("Iraq - Kirkuk Update", "Iraq - Kirkuk Update"),
    ("Clash in the hills", "Clash in the hills"),
])
def test_site_name_is_trimmed_from_titles(raw, want):
    from extractors.text.clean import _trim_title

    assert _trim_title(raw, None, "https://news.example.org/a/1") == want


def test_title_trim_uses_the_site_name():
    from extractors.text.clean import _trim_title

    got = _trim_title("Troops retake the town - the example herald", "The Example Herald", "https://x.org/")
    assert got == "Troops retake the town"
