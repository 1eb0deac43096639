"""Every lexicon has every field and all its patterns compile.

``fastre.compile`` compiles a pattern on its first use, so a wrong pattern in a language no test text
reaches would only fail in production: here every pattern of every lexicon is compiled now, with the
patterns the stages build from the lexicons' words (counts, dates, roles, actor names).
"""

from __future__ import annotations

import re

import pytest

from extractors.actors import dictionary, roles
from extractors.events import counts, dates
from extractors.lexicons import LANGUAGES, LEXICON_FIELDS, lexicon
from extractors.text import fastre


def _patterns(value):
    if isinstance(value, (re.Pattern, fastre.FastPattern)):
        yield value
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _patterns(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _patterns(v)


def _compile_all(obj) -> int:
    n = 0
    names = getattr(obj, "__slots__", None) or vars(obj)
    for value in (getattr(obj, name) for name in names):
        for p in _patterns(value):
            fastre.check(p)
            n += 1
    return n


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_field_is_there_and_compiles(lang):
    lex = lexicon(lang)
    assert lex is not None and lex.lang == lang
    assert all(hasattr(lex, f) for f in LEXICON_FIELDS)
    n = 0
    for f in LEXICON_FIELDS:
        for p in _patterns(getattr(lex, f)):
            fastre.check(p)
            n += 1
    assert n > 20
    for built in (counts._patterns(lex.counts), dates._patterns(lex.dates), roles._patterns(lex),
                  dictionary.gazetteer(lang)):
        assert _compile_all(built) > 0


def test_a_wrong_pattern_fails_on_first_use():
    p = fastre.compile(r"\b(?:gunmen", re.I)
    with pytest.raises(re.error):
        p.search("gunmen")
