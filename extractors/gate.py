"""The relevance gate: can this page report a conflict event? Decided on the raw HTML, before cleaning.

Cleaning (trafilatura) is ~90 % of the pipeline's CPU, and most news is not about conflict. The gate reads
a cheap text pass of the page (the title, meta descriptions and the text of the first ``<p>`` paragraphs,
~4,000 characters, found with ``str.find`` and one tag-stripping regex: no HTML parser), picks the lexicon
of the text's language (the lexicons' function words, else py3langid, as the extractor does) and counts the
lexicon's own conflict words in it: ``violence``, ``armed_target``, ``hostile``, ``clash_words``, ``lethal``
and the protest words. When those alone do not pass the page, the lexicon's trigger rules (``Lexicon.rules``,
what the extractor's detection starts from: arrests, seizures, agreements, transfers of territory use few
violent words) run over the sentences of the first ``RULES_LIMIT`` characters that pass its ``context``
prefilter, each sentence with a trigger counting ``TRIGGER_HITS``. A page passes when it has ``MIN_HITS``,
or ``MIN_DENSITY`` per 1,000 characters (short texts, snippets). Thresholds were set for recall on ../shared/eval/dev (every document
with a gold event passes with a margin); measured in ``bench/gate_bench.py``.

A page in a language without a lexicon is rejected (the extractor would give it no events); a page whose
text the pass cannot find is passed (the cleaner decides). Pure: no I/O.
"""

from __future__ import annotations

import functools
import html as htmllib
import re
from dataclasses import dataclass

from extractors.lexicons import LANGUAGES, lexicon, rx
from extractors.lexicons.function_words import FUNCTION_WORDS

__all__ = ["GATE_VERSION", "GateDecision", "gate", "gate_text", "warm_patterns"]

GATE_VERSION = "gate-1"  # bump when the decision can change: pages it rejected are then re-judged
MIN_HITS = 8  # dev: the fewest conflict words in a document with an event is 4
MIN_DENSITY = 1.5  # per 1,000 characters (texts under 300 count as 300); dev's lowest is 3.1
TRIGGER_HITS = 4  # a sentence with a trigger rule weighs as much as four conflict words
TEXT_LIMIT = 4000
RULES_LIMIT = 2000  # the trigger rules read only the start: they cost ~100x a word count
_SCAN = 400_000  # characters of HTML the pass reads at most, from <body> on

_TITLE = re.compile(r"<title[^>]*>(.*?)</title", re.S | re.I)
_META = re.compile(r"<meta\b[^>]*?(?:name|property)\s*=\s*[\"'](?:og:|twitter:)?(?:description|title)[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.I)
_P_OPEN = re.compile(r"<[pP][\s>]")
_TAG = re.compile(r"<[^>]*>")
_NOT_TEXT = re.compile(r"<(script|style|noscript|svg|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE = re.compile(r"(?<=[.!?\u061f])\s+|\n")


@dataclass(frozen=True, slots=True)
class GateDecision:
    passed: bool
    score: float  # >= 1.0 passes: max(hits / MIN_HITS, density / MIN_DENSITY)
    reason: str
    language: str | None
    gate_version: str = GATE_VERSION


def _plain(fragment: str) -> str:
    return " ".join(_TAG.sub(" ", fragment).split())


def gate_text(html: str) -> str:
    """Title, meta descriptions and the first paragraphs' text: what the gate reads."""
    head = html[:100_000]
    parts = [m.group(1) for m in [_TITLE.search(head)] if m]
    parts += [c.group(1) or c.group(2) or "" for m in _META.finditer(head) for c in [_CONTENT.search(m.group(0))] if c]
    # pages may carry hundreds of kB of inline CSS and scripts before <body>: start there
    body = max(html.find("<body"), html.find("<BODY"), 0)
    size, i, end_scan = 0, body, min(len(html), body + _SCAN)
    while size < TEXT_LIMIT:
        m = _P_OPEN.search(html, i, end_scan)
        if m is None:
            break
        start = html.find(">", m.start()) + 1
        # a paragraph ends at </p>, at the next <p (unclosed ones), or after 3,000 characters
        ends = [x for x in (html.find("</p", start, start + 3000), html.find("<p", start, start + 3000)) if x >= 0]
        i = min(ends, default=start + 3000)
        text = _plain(html[start:i])
        if len(text) >= 25:
            parts.append(text)
            size += len(text)
    if size < 300:  # no paragraphs (text in divs): the whole body's text, scripts and styles left out
        parts.append(_plain(_NOT_TEXT.sub(" ", html[body:end_scan]))[:TEXT_LIMIT])
    return htmllib.unescape("\n".join(parts))


_FW_CODES = tuple(code for code in LANGUAGES if code in FUNCTION_WORDS)
_FW_INDEX: dict[str, tuple[str, ...]] = {}  # function word -> the lexicon languages it belongs to
for _code in _FW_CODES:
    for _word in FUNCTION_WORDS[_code]:
        _FW_INDEX[_word] = (*_FW_INDEX.get(_word, ()), _code)


def _language(text: str, declared: str | None) -> str | None:
    if declared:
        return declared.strip().lower().replace("_", "-").split("-")[0] or None
    words = _LETTERS.findall(text[:3000].lower())
    # the function-word table, not the lexicons: importing every lexicon costs seconds per process
    counts = dict.fromkeys(_FW_CODES, 0)
    for w in words:  # one look-up per word, not one per word and language
        for code in _FW_INDEX.get(w, ()):
            counts[code] += 1
    shares = {code: n / max(len(words), 1) for code, n in counts.items()}
    best = max(shares, key=shares.get, default=None)
    if best is not None and shares[best] >= 0.15:
        return best
    from extractors.text.lang import detect_language

    guess = detect_language(text[:2000])
    if guess not in LANGUAGES and best is not None and shares[best] >= 0.08:
        return best  # nav and names confuse the model: a lexicon language's function words win
    return guess


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern, ...]:
    lex = lexicon(lang)
    protest = [rx(lex.actors.protest_words)] if lex.actors.protest_words else []
    return (lex.violence, lex.armed_target, lex.hostile, lex.clash_words, lex.lethal, *protest)


def warm_patterns(lang: str) -> None:
    """Compile the conflict-word patterns of ``lang`` now rather than on its first page (worker warm-up)."""
    if lexicon(lang) is None:
        return
    for p in _patterns(lang):
        p.search("")


def gate(html: bytes | str, *, declared_language: str | None = None) -> GateDecision:
    """Decide whether a page can report a conflict event (cheap: a few per cent of cleaning it)."""
    if isinstance(html, bytes):
        from extractors.text.clean import decode_html

        html, _ = decode_html(html)
    text = gate_text(html)
    if len(_LETTERS.findall(text[:2000])) < 5:
        return GateDecision(True, 1.0, "no text to judge", None)
    lang = _language(text, declared_language)
    lex = lexicon(lang or "en")  # unknown language: English, as the extractor
    if lex is None:
        return GateDecision(False, 0.0, f"no lexicon for {lang}", lang)
    hits = sum(len(p.findall(text)) for p in _patterns(lex.lang))
    score = _score(hits, len(text))
    triggers = 0
    if score < 1.0:
        from extractors.events.triggers import classify_all

        sentences = [s for s in _SENTENCE.split(text[:RULES_LIMIT]) if len(s) >= 15 and lex.context(s)]
        triggers = sum(next(classify_all(s, lex), None) is not None for s in sentences)
        score = _score(hits + TRIGGER_HITS * triggers, len(text))
    words = f"{hits} conflict words and {triggers} trigger sentences in {len(text)} characters"
    return GateDecision(score >= 1.0, score, words, lex.lang)


def _score(hits: int, size: int) -> float:
    return round(max(hits / MIN_HITS, hits * 1000 / max(size, 300) / MIN_DENSITY), 3)
