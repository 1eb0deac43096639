"""Hashed text features shared by the learned stages (detection, typing) and their training script.

A sentence becomes a sparse binary vector: lower-cased words, word bigrams, character 3-5-grams inside
word boundaries (they carry inflections and spelling variants across languages: "attaqu", "tué", "قتل"),
plus any symbolic features a caller adds (the rules that fired, the filters that matched). Features are
hashed with CRC-32 into a fixed number of buckets, so the model needs no vocabulary and the same text gives
the same vector on every machine. Values are 1/sqrt(n), so long and short sentences weigh alike.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
_DIGITS = re.compile(r"\d")
# Arabic diacritics (harakat, tatweel) and letter variants news spells either way
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0649": "\u064a",
                          "\u0629": "\u0647", "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3",
                          "\u0664": "4", "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8",
                          "\u0669": "9"})


def normalize(text: str) -> str:
    """Lower case, Arabic diacritics dropped and letter variants folded, digits kept."""
    text = unicodedata.normalize("NFC", text).lower()
    if any("\u0600" <= c <= "\u06ff" for c in text):
        text = _AR_MARKS.sub("", text).translate(_AR_FOLD)
    return text


def words(text: str) -> list[str]:
    return [_DIGITS.sub("0", w) for w in _WORD.findall(normalize(text))]


def text_features(text: str) -> list[str]:
    """Feature strings of one text (unhashed, for inspection and tests)."""
    toks = words(text)
    out = [f"w:{t}" for t in toks]
    out += [f"b:{a}_{b}" for a, b in zip(toks, toks[1:], strict=False)]
    for t in toks:
        if len(t) < 3 or t.isdigit():
            continue
        padded = f"<{t}>"
        for n in (3, 4, 5):
            out += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return out


def hashed(features: Iterable[str], bits: int) -> np.ndarray:
    """Unique bucket indexes of the features (sorted), for ``Linear.scores``."""
    mask = (1 << bits) - 1
    return np.unique(np.fromiter((zlib.crc32(f.encode("utf-8")) & mask for f in features), dtype=np.int64))


def vectorize(text: str, extra: Iterable[str] = (), bits: int = 18) -> np.ndarray:
    return hashed([*text_features(text), *extra], bits)
