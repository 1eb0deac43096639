"""Language of a text (ISO 639-1), offline: py3langid's bundled model, loaded once on first use.

Returns None when the text is too short to tell or the model is unsure, so callers can keep a
language they already know (e.g. from the page's <html lang>) instead of trusting a guess.
"""

from __future__ import annotations

import re
import threading

MIN_LETTERS = 20  # below this, n-gram guesses on names and numbers are noise
MIN_PROB = 0.80
_SAMPLE = 2000  # the first characters decide; the rest only costs time

_LOCK = threading.Lock()
_IDENT = None
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)


def _identifier():
    global _IDENT
    if _IDENT is None:
        with _LOCK:
            if _IDENT is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENT = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENT


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when too short or unsure."""
    if not text:
        return None
    sample = text[:_SAMPLE]
    if len(_LETTERS.findall(sample)) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(sample)
    if prob < MIN_PROB:
        return None
    return lang
