"""The offline gazetteer: loads ``data/gazetteer.tsv.gz`` once and indexes it by folded name.

The file is built by ``scripts/build_gazetteer.py`` from GeoNames-derived package data (CC-BY 4.0, see
docs/places.md). Nothing here touches the network; the first call in a process costs ~0.1 s with the built
index cached per user (``gazetteer_cache``: its big tables are then read a part at a time, as names are
looked up), ~0.9 s building it, later calls nothing.
"""

from __future__ import annotations

import functools
import gzip
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from extractors.places import gazetteer_cache
from extractors.places.gazetteer_cache import CACHE_ENV, CACHE_FORMAT  # noqa: F401 - where the cache lives

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
    # on an alternate name rather than the entry's own. From the cache, ``index`` and ``heads`` are
    # ``gazetteer_cache.Shards``: read them with ``get`` only.
    index: dict[str, int | list[int]] | gazetteer_cache.Shards
    common: set[tuple[int, str]]  # (entry, folded name) pairs where the name is a common English word
    max_words: int
    iso2_to_iso3: dict[str, str]
    country_by_iso3: dict[str, int]
    heads: dict[str, int] | gazetteer_cache.Shards  # first word of any name -> most words a name with it has
    by_country: dict[str, list[int]]  # ISO3 -> entry indexes
    _skeletons: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # per country, built on use
    _consonants: dict[str, dict[str, list[tuple[int, int]]]] = field(default_factory=dict)  # the same

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

    def by_consonants(self, cons: str, country: str) -> list[tuple[int, int]]:
        """[(entry, vowel gaps)] of the towns and regions of ``country`` one of whose names has these
        consonants (see ``consonants``), most populous first."""
        table = self._consonants.get(country)
        if table is None:
            table = {}
            for i in self.by_country.get(country, ()):
                row = self.entries.row(i)
                if row[0] not in (KIND_PLACE, KIND_ADMIN1):
                    continue
                keys = row[2].split("|")
                keys[0] = keys[0] or row[1].lower()
                for k in keys:
                    c, gaps = consonants(k)
                    if len(c) >= 3:
                        lst = table.setdefault(c, [])
                        if all(j != i or g != gaps for j, g in lst):
                            lst.append((i, gaps))
            self._consonants[country] = table
        return table.get(cons, [])


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


_LATIN_SOUNDS = (("tch", "C"), ("sch", "C"), ("ch", "C"), ("sh", "C"), ("kh", "k"), ("gh", "g"), ("th", "t"),
                 ("dh", "d"), ("ph", "f"), ("dj", "j"), ("dz", "z"), ("ck", "k"), ("ce", "se"), ("ci", "si"),
                 ("c", "k"), ("q", "k"), ("x", "ks"), ("p", "b"), ("v", "f"), ("w", "u"), ("y", "i"))


def consonants(key: str) -> tuple[str, int]:
    """A folded Latin name as a script that writes few vowels (Arabic) would: its consonants, with the
    sounds Arabic does not tell apart merged ("sh"/"ch" -> "C", p -> b, v -> f, c -> k or s), doubles once,
    a word's closing "h" after a vowel dropped ("Hudaydah"), and a bit mask of the gaps that hold a vowel
    (bit g: before the g-th consonant; bit len: at the end). "Tessit" -> ("tst", 0b110)."""
    words = []
    for w in key.replace("'", "").split():
        if len(w) > 2 and w[-1] == "h" and w[-2] in "aeiou":
            w = w[:-1]
        words.append(w)
    k = "".join(words)
    for a, b in _LATIN_SOUNDS:
        if a in k:
            k = k.replace(a, b)
    out: list[str] = []
    gaps = 0
    vowel = False
    for ch in k:
        if ch in "aeiou":
            vowel = True
            continue
        if vowel:
            gaps |= 1 << len(out)
        elif out and out[-1] == ch:
            continue
        vowel = False
        out.append(ch)
    if vowel:
        gaps |= 1 << len(out)
    return "".join(out), gaps


def fold(text: str) -> str:
    """ASCII, lower case, hyphens as spaces, single spaces: the key names are looked up by."""
    text = text.replace("’", "'").replace("‘", "'").replace("-", " ")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(text.lower().split())


def _num(s: str) -> float | None:
    return float(s) if s else None


def _read_lines(raw: bytes) -> list[str]:
    text = gzip.decompress(raw).decode("utf-8")
    if "\r" in text:
        return [line.rstrip("\r") for line in text.split("\n") if line and line[0] != "#"]
    return [line for line in text.split("\n") if line and line[0] != "#"]


def _build(lines: list[str]) -> tuple:
    """The index structures from the file's rows, in one pass (the slow part of the first call; its output
    is what the cache stores)."""
    index: dict[str, int | list[int]] = {}
    common: list[tuple[int, str]] = []
    country_by_iso3: dict[str, int] = {}
    iso2: dict[str, str] = {}
    by_country: dict[str, list[int]] = {}
    get = index.get
    for i, line in enumerate(lines):
        kind, name, keys_col, iso3, rest = line.split("\t", 4)
        if kind == KIND_COUNTRY:
            country_by_iso3[iso3] = i
            iso2[rest.partition("\t")[0]] = iso3
        lst = by_country.get(iso3)
        if lst is None:
            by_country[iso3] = [i]
        else:
            lst.append(i)
        if rest[-1] != "\t":  # the last column (common-word keys) is empty on all but a few thousand rows
            common.extend((i, key) for key in rest.rpartition("\t")[2].split("|"))
        if not keys_col:  # most rows: the only key is the name in lower case
            key = name.lower()
            cur = get(key)
            if cur is None:
                index[key] = i
            elif cur.__class__ is int:
                index[key] = [cur, i]
            else:
                cur.append(i)
            continue
        keys = keys_col.split("|")  # folded at build time, the primary name's key first
        if not keys[0]:
            keys[0] = name.lower()  # left out of the file when it is just the name in lower case
        ref = i
        for key in keys:
            cur = get(key)
            if cur is None:
                index[key] = ref
            elif cur.__class__ is int:
                index[key] = [cur, ref]
            else:
                cur.append(ref)
            ref = ~i  # every key after the first is an alternate name
    # first word of a name -> most words (up to 6) a name starting with it has; one-word names give 1
    heads = dict.fromkeys([k for k in index if " " not in k], 1)
    hget = heads.get
    for key in index:
        if " " in key:
            head, _, rest = key.partition(" ")
            words = min(rest.count(" ") + 2, 6)
            if words > hget(head, 0):
                heads[head] = words
    return index, common, iso2, country_by_iso3, heads, by_country


def _cache_file(raw: bytes) -> Path | None:
    return gazetteer_cache.cache_file(raw)


def _cache_read(path: Path | None) -> tuple | None:
    """The built index from the cache file (its two big tables read a part at a time), or None."""

    @functools.cache
    def rebuild() -> tuple:  # only if a part of the file turns out corrupt
        raw = DATA_FILE.read_bytes()
        if _cache_file(raw) != path:  # the rows in memory are those of the file the cache was built from
            raise RuntimeError(f"{DATA_FILE} changed while the gazetteer was in use")
        return _build(_read_lines(raw))

    return gazetteer_cache.read(path, rebuild)


def _load() -> Gazetteer:
    raw = DATA_FILE.read_bytes()
    cache = _cache_file(raw)
    built = _cache_read(cache)
    if built is None:
        lines = _read_lines(raw)
        index, common, iso2, country_by_iso3, heads, by_country = _build(lines)
        gazetteer_cache.write(cache, (lines, index, common, iso2, country_by_iso3, heads, by_country))
        built = (lines, index, common, iso2, country_by_iso3, heads, by_country, max(heads.values(), default=1))
    lines, index, common, iso2, country_by_iso3, heads, by_country, max_words = built
    return Gazetteer(_Entries(lines), index, set(common), max_words, iso2, country_by_iso3, heads, by_country)


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
