"""The offline gazetteer: loads ``data/gazetteer.tsv.gz`` once and indexes it by folded name.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames-derived package data (CC-BY 4.0, see
docs/places.md). Nothing here touches the network; the first call costs about a second, later ones nothing.
"""

from __future__ import annotations

import gzip
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# next to this module (package data), not via importlib.resources: tests/extractors would shadow the name
DATA_FILE = Path(__file__).resolve().parent / "data" / "gazetteer.tsv.gz"
KIND_COUNTRY, KIND_ADMIN1, KIND_COUNTY, KIND_PLACE = "C", "A", "B", "P"


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    name: str
    country: str  # ISO3
    admin1: str | None
    latitude: float | None
    longitude: float | None
    population: int


@dataclass(slots=True)
class Gazetteer:
    entries: list[Entry]
    # folded name -> [(entry index, matched on the primary name?)], most populous first
    index: dict[str, list[tuple[int, bool]]]
    common: set[tuple[int, str]]  # (entry, folded name) pairs where the name is a common English word
    max_words: int
    iso2_to_iso3: dict[str, str]
    country_by_iso3: dict[str, int]
    heads: dict[str, int]  # first word of any name -> most words a name starting with it has


    def lookup(self, key: str) -> list[tuple[int, bool]]:
        return self.index.get(key, [])

    def is_common(self, idx: int, key: str) -> bool:
        return (idx, key) in self.common


def fold(text: str) -> str:
    """ASCII, lower case, hyphens as spaces, single spaces: the key names are looked up by."""
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def _num(s: str) -> float | None:
    return float(s) if s else None


def _load() -> Gazetteer:
    entries: list[Entry] = []
    index: dict[str, list[tuple[int, bool]]] = {}
    common: set[tuple[int, str]] = set()
    country_by_iso3: dict[str, int] = {}
    iso2: dict[str, str] = {}
    max_words = 1
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            kind, name, alts, iso3, admin1, lat, lon, pop, com = line.rstrip("\n").split("\t")
            i = len(entries)
            if kind == KIND_COUNTRY:  # the admin1 column of a country row holds its ISO2 code
                country_by_iso3[iso3] = i
                iso2[admin1] = iso3
                admin1 = ""
            entries.append(Entry(kind, name, iso3, admin1 or None, _num(lat), _num(lon), int(pop or 0)))
            seen: set[str] = set()
            for n, primary in [(name, True)] + [(a, False) for a in alts.split("|") if a]:
                key = fold(n)
                if not key or key in seen:
                    continue
                seen.add(key)
                index.setdefault(key, []).append((i, primary))
                max_words = max(max_words, key.count(" ") + 1)
            for key in com.split("|"):
                if key:
                    common.add((i, key))
    for lst in index.values():
        if len(lst) > 1:
            lst.sort(key=lambda t: -entries[t[0]].population)
    heads: dict[str, int] = {}
    for key in index:
        words = key.split(" ")
        if len(words) > heads.get(words[0], 0):
            heads[words[0]] = min(len(words), 6)
    return Gazetteer(entries, index, common, min(max_words, 6), iso2, country_by_iso3, heads)


_LOCK = threading.Lock()
_GAZ: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _GAZ
    if _GAZ is None:
        with _LOCK:
            if _GAZ is None:
                _GAZ = _load()
    return _GAZ
