"""The offline gazetteer: loads ``data/gazetteer.tsv.gz`` once and indexes it by folded name.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames-derived package data (CC-BY 4.0, see
docs/places.md). Nothing here touches the network; the first call costs about a second, later ones nothing.
"""

from __future__ import annotations

import gzip
import threading
import unicodedata
from dataclasses import dataclass, field
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


class _Entries:
    """Rows of the file kept as raw lines, turned into ``Entry`` objects only when first read (a few
    hundred per article): 240,000 parsed rows would cost ~150 MB, the lines ~40 MB."""

    __slots__ = ("_lines", "_made")

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._made: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def row(self, i: int) -> list[str]:
        return self._lines[i].split("\t")

    def __getitem__(self, i: int) -> Entry:
        e = self._made.get(i)
        if e is None:
            kind, name, _keys, iso3, admin1, lat, lon, pop, _common = self.row(i)
            if kind == KIND_COUNTRY:
                admin1 = ""  # the admin1 column of a country row holds its ISO2 code
            e = self._made[i] = Entry(kind, name, iso3, admin1 or None, _num(lat), _num(lon), int(pop or 0))
        return e


@dataclass(slots=True)
class Gazetteer:
    entries: _Entries
    # folded name -> entry index, or indexes most populous first (the file's order); ~i marks a match
    # on an alternate name rather than the entry's own
    index: dict[str, int | list[int]]
    common: set[tuple[int, str]]  # (entry, folded name) pairs where the name is a common English word
    max_words: int
    iso2_to_iso3: dict[str, str]
    country_by_iso3: dict[str, int]
    heads: dict[str, int]  # first word of any name -> most words a name starting with it has
    by_country: dict[str, list[int]]  # ISO3 -> entry indexes
    _skeletons: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # per country, built on use

    def lookup(self, key: str) -> list[tuple[int, bool]]:
        """[(entry index, matched on its own name?)], most populous first."""
        lst = self.index.get(key)
        if lst is None:
            return []
        if isinstance(lst, int):  # most names have one entry: stored bare, saving a list each
            return [(lst, True) if lst >= 0 else (~lst, False)]
        return [(i, True) if i >= 0 else (~i, False) for i in lst]

    def is_common(self, idx: int, key: str) -> bool:
        return (idx, key) in self.common

    def by_skeleton(self, skel: str, country: str) -> list[int]:
        """Towns and regions of ``country`` whose name has this consonant skeleton (see ``skeleton``)."""
        table = self._skeletons.get(country)
        if table is None:
            table = {}
            for i in self.by_country.get(country, ()):
                row = self.entries.row(i)
                if row[0] not in (KIND_PLACE, KIND_ADMIN1):
                    continue
                keys = row[2].split("|")
                keys[0] = keys[0] or row[1].lower()
                for k in keys:
                    sk = skeleton(k)
                    if len(sk) >= 4:
                        lst = table.setdefault(sk, [])
                        if i not in lst:
                            lst.append(i)
            self._skeletons[country] = table
        return table.get(skel, [])


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"), ("ph", "f"),
             ("q", "k"), ("w", "u"), ("y", "i"))


def skeleton(key: str) -> str:
    """A spelling-blind key for transliterated names: "Spin Bolduk" and "Spin Boldak" -> "spnbldk",
    "Makhmour" and "Makhmur" -> "mkmr". First letter, then consonants, doubled letters once."""
    k = key.replace(" ", "").replace("'", "")
    for a, b in _DIGRAPHS:
        k = k.replace(a, b)
    if not k:
        return ""
    out = [k[0]]
    for ch in k[1:]:
        if ch in "aeiou" or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """ASCII, lower case, hyphens as spaces, single spaces: the key names are looked up by."""
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def _num(s: str) -> float | None:
    return float(s) if s else None


def _load() -> Gazetteer:
    index: dict[str, int | list[int]] = {}
    common: set[tuple[int, str]] = set()
    country_by_iso3: dict[str, int] = {}
    iso2: dict[str, str] = {}
    heads: dict[str, int] = {}
    by_country: dict[str, list[int]] = {}
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        lines = [line.rstrip("\r") for line in fh.read().split("\n") if line and line[0] != "#"]
    for i, line in enumerate(lines):
        kind, name, keys_col, iso3, admin1, _lat, _lon, _pop, com = line.split("\t")
        if kind == KIND_COUNTRY:
            country_by_iso3[iso3] = i
            iso2[admin1] = iso3
        by_country.setdefault(iso3, []).append(i)
        keys = keys_col.split("|")  # folded at build time, the primary name's key first
        if not keys[0]:
            keys[0] = name.lower()  # left out of the file when it is just the name in lower case
        ref = i
        for key in keys:
            cur = index.get(key)
            if cur is None:
                index[key] = ref
                head, _, rest = key.partition(" ")
                words = rest.count(" ") + 2 if rest else 1
                if words > heads.get(head, 0):
                    heads[head] = words
            elif isinstance(cur, int):
                index[key] = [cur, ref]
            else:
                cur.append(ref)
            ref = ~i  # every key after the first is an alternate name
        if com:
            for key in com.split("|"):
                common.add((i, key))
    heads = {k: min(v, 6) for k, v in heads.items()}
    max_words = max(heads.values(), default=1)
    return Gazetteer(_Entries(lines), index, common, max_words, iso2, country_by_iso3, heads, by_country)


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
