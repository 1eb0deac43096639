"""extractors.text.fastre must give exactly the matches of the plain IGNORECASE pattern."""

from __future__ import annotations

import re

import pytest

from extractors.text import fastre

TEXTS = [
    "Gunmen KILLED three soldiers near the base on Monday.",
    "Protesters will March to the capital; they march to parliament.",
    "İstanbul: police detained İbrahim and ſome \u212aurds at a rally",
    "Nobody was hurt, officials said \u2014 \u201cno casualties\u201d.",
    "The death toll rose to 12 (twelve) in Kandahar province.",
    "",
    "x-gas exploded; GAS cylinders, propane-tank blast",
]
PATTERNS = [
    r"\b(?:killed|dead|died)\b",
    r"(?<![\w-])(?P<num>\d+|twelve|three)(?P<noun>\s+\w+)?\s+(?:soldiers|in)\b",
    r"\b(?:protest\w*|(?-i:march)(?=\s+to\b)|rall(?:y|ies))",
    r"\b(?:nobody|no\s+one)\s+was\s+(?:hurt|injured)|\bno\s+casualties\b",
    r"\b(?:death\s+)?toll\b[^.;]{0,40}?\b(?:to|of)\s+(\d+)",
    r"\b(?:gas|propane|cylinders?)\b",
    r"^(?:in\s+another|elsewhere)|\bdetained\b",
    r"(?-i:[A-Z][a-z]+)\s+province",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_ignorecase(pattern):
    fast, plain = fastre.compile(pattern, re.I), re.compile(pattern, re.I)
    assert isinstance(fast, fastre.FastPattern)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
        for got, want in ((fast.search(text), plain.search(text)), (fast.match(text), plain.match(text)),
                          (fast.search(text, 5, 30), plain.search(text, 5, 30))):
            assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))
        assert fast.findall(text) == plain.findall(text)


def test_groups_keep_original_case():
    m = fastre.compile(r"\b(gunmen)\b", re.I).search("Gunmen fled")
    assert m.group(1) == "Gunmen"


def test_case_sensitive_patterns_are_plain():
    assert isinstance(fastre.compile(r"[A-Z]\w+"), re.Pattern)


def test_prefilter_words():
    fast = fastre.compile(r"\b(?:shot\s+dead|killed|lost\s+their\s+lives)\b", re.I)
    assert fast.need is not None and "killed" in fast.need
    assert fast.search("no one was hurt") is None


def test_compiled_on_first_use_only():
    p = fastre.compile(r"\b(?:ambush\w*)\b", re.I)
    assert type(p) is fastre._Pending  # nothing compiled yet
    assert p.search("no event here") is None
    assert type(p) is fastre.FastPattern
    assert p.search("An AMBUSH near Gao").group(0) == "AMBUSH"


def test_no_lower_cased_form_falls_back_to_the_original():
    p = fastre.compile(r"\N{LATIN SMALL LETTER A}mbush", re.I)
    assert p.search("An Ambush").span() == (3, 9)
    assert type(p) is fastre._Plain and p.findall("ambush AMBUSH") == ["ambush", "AMBUSH"]
