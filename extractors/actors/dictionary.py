"""Actor mentions, normalized with the editable dictionaries in ``data/``.

Named groups and countries come from ``data/actors.yaml`` (aliases in every language sit in one list);
country names and nationality words of other languages from ``data/countries_i18n.yaml``; the nouns of
unnamed actors from each language's lexicon (English ones from actors.yaml). Unnamed actors get ACLED-style
English names whatever the language: "Military Forces of Mali", "Police Forces of Kenya", "Civilians (Mali)",
"Protesters (Kenya): Students", "Gunmen (Nigeria)".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extractors.lexicons import Lexicon, lexicon
from extractors.text import fastre

DATA = Path(__file__).resolve().parent / "data"
# libyaml's loader reads the YAML ~5x faster than the pure-Python one (same safe subset, same result)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KIND_TYPE = {"military": "state forces", "police": "state forces", "rebels": "rebel group",
             "gunmen": "political militia", "protesters": "protesters", "rioters": "rioters",
             "civilians": "civilians", "group": None}
_SHORT_ALIASES = ("IS", "PDF", "CAR", "SLA", "OLA", "G9", "EI")  # only next to a confirming word
_CONFIRM = re.compile(r"(?:group|militants?|fighters?|jihadists?|attack|assault|offensive|claimed|\(|groupe|"
                      r"combattants|attaque|revendiqu)", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    name: str
    type: str | None
    country: str | None
    kind: str  # generic kind or "group"
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    lang: str
    country_name: dict[str, str]  # ISO3 -> English display name
    country_re: re.Pattern  # names only; group "c_<iso3>" tells which
    adj_re: re.Pattern  # nationality words; group "a_<iso3>"
    group_re: re.Pattern
    groups: dict[str, dict]
    generic: dict[str, tuple[str, str]]  # lower-case noun phrase -> (kind, English noun)
    generic_stems: tuple[tuple[str, tuple[str, str]], ...]  # ("военнослужащ", (kind, noun)): prefix matches
    first_words: frozenset[str]
    adj_before_re: re.Pattern  # a nationality word just before a noun ("Malian soldiers")
    adj_after_re: re.Pattern  # a nationality word just after a noun ("soldats maliens")
    name_before_re: re.Pattern  # a country's name used as a modifier ("U.S. troops", "Russia's army")
    word_re: re.Pattern
    strip_prefix: re.Pattern | None  # clitics glued to a word (Arabic "wa-", "al-")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.load((DATA / "actors.yaml").read_text(encoding="utf-8"), Loader=_YAML_LOADER)


@functools.lru_cache(maxsize=1)
def _i18n() -> dict:
    """Country names of other languages: read by the first non-English text only (~0.06 s)."""
    path = DATA / "countries_i18n.yaml"
    return (yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) if path.is_file() else None) or {}


def _named(prefix: str, by_iso: dict[str, list[str]], flags: str = "") -> str:
    parts = []
    for iso, pats in sorted(by_iso.items()):
        if pats:
            body = "|".join(sorted(set(pats), key=len, reverse=True))
            parts.append(f"(?P<{prefix}_{iso.lower()}>{flags}{body})")
    return "|".join(parts) or "(?!x)x"


@functools.lru_cache(maxsize=8)
def gazetteer(lang: str = "en") -> Gazetteer:
    base = _data()
    lex = lexicon(lang) or lexicon("en")
    names: dict[str, list[str]] = {}
    adjs: dict[str, list[str]] = {}
    display = {}
    for iso, entry in base["countries"].items():
        display[iso] = entry["names"][0]
        names.setdefault(iso, []).extend(re.escape(n) for n in entry["names"])
        adjs.setdefault(iso, []).extend(re.escape(a) for a in entry.get("adj") or [])
    if lang != "en":
        for iso, langs in _i18n().items():  # regexes, so inflected forms fit in one entry ("Украин\w*")
            entry = (langs or {}).get(lang) or {}
            names.setdefault(iso, []).extend(entry.get("names") or [])
            adjs.setdefault(iso, []).extend(entry.get("adj") or [])
    groups = {}
    for g in base["groups"]:
        for a in g["aliases"]:
            groups[a] = g
    generic: dict[str, tuple[str, str]] = {}
    stems = []
    if lex.actors.generic:
        for noun, value in lex.actors.generic.items():
            kind, _, english = value.partition("/")
            entry = (kind, english or noun.lower())
            if noun.endswith("*"):
                stems.append((noun[:-1].lower(), entry))
            else:
                generic.setdefault(noun.lower(), entry)
    else:
        for kind, nouns in base["generic"].items():
            for n in nouns:
                generic.setdefault(n.lower(), (kind, n.lower()))
    pre = lex.actors.clitics
    bound_l = rf"(?<![\w-]){pre}" if pre else r"(?<![\w-])"
    adj_pattern = _named("a", adjs)
    aflags = 0 if lang == "en" else re.I  # nationality words are lower case in most languages
    word = r"[A-Za-z][A-Za-z'\u2019-]*" if lang == "en" else r"[^\W\d_][\w'\u2019-]*"
    return Gazetteer(
        lang=lang,
        country_name=display,
        country_re=fastre.compile(rf"{bound_l}(?:{_named('c', names)})(?![\w-])"),
        adj_re=fastre.compile(rf"{bound_l}(?:{adj_pattern})(?![\w-])", aflags),
        group_re=fastre.compile(rf"{bound_l}(?:{_alt(groups)})(?![\w-])"),
        groups=groups,
        generic=generic,
        generic_stems=tuple(sorted(stems, key=lambda s: -len(s[0]))),
        first_words=frozenset(k.split(" ")[0] for k in generic) | frozenset(s for s, _ in stems),
        adj_before_re=fastre.compile(rf"(?<![\w-])(?:{adj_pattern})(?![\w-])(?:\s+[\w-]+){{0,2}}\s*$", aflags),
        adj_after_re=fastre.compile(rf"(?:\s+[\w-]+)?\s+{pre}(?:{adj_pattern})(?![\w-])", aflags),
        name_before_re=fastre.compile(rf"(?<![\w-])(?:{_named('c', names)})(?:['\u2019]s)?\s+(?:[A-Z][\w-]+\s+)?$"),
        word_re=fastre.compile(word),
        strip_prefix=re.compile(pre) if pre else None,
    )


def _iso(m: re.Match) -> str:
    return m.lastgroup.split("_", 1)[1].upper()


def _gz(lex: Lexicon | None) -> Gazetteer:
    return gazetteer(lex.lang if lex is not None else "en")


def find_countries(text: str, lex: Lexicon | None = None) -> list[tuple[str, int, int]]:
    """Country names (not nationality words) in ``text`` as (ISO3, start, end)."""
    return [(_iso(m), m.start(m.lastgroup), m.end()) for m in _gz(lex).country_re.finditer(text)]


def find_adjectives(text: str, lex: Lexicon | None = None) -> list[tuple[str, int, int]]:
    return [(_iso(m), m.start(m.lastgroup), m.end()) for m in _gz(lex).adj_re.finditer(text)]


def country_name(iso: str | None) -> str | None:
    return gazetteer("en").country_name.get(iso) if iso else None


def find_actors(sentence: str, default_country: str | None, lex: Lexicon | None = None) -> list[Mention]:
    """Actor mentions in a sentence, normalized, in text order."""
    out = []
    for name, typ, country, kind, noun, start, end in _find_actors(sentence, lex.lang if lex else "en"):
        if kind == "group":
            out.append(Mention(name, typ, country or default_country, kind, start, end))
        else:
            country = country or default_country
            out.append(Mention(_generic_name(kind, noun, country), typ, country, kind, start, end))
    return out


def has_actors(sentence: str, lex: Lexicon | None = None) -> bool:
    return bool(_find_actors(sentence, lex.lang if lex else "en"))


def clear_cache() -> None:
    _find_actors.cache_clear()


_FORCES = ("forces", "patrol", "checkpoint", "officers")
_OCCUPATIONS = ("students", "farmers", "teachers", "doctors", "traders", "workers")
_FORCES_QUALIFIER = re.compile(r"(?:security|government|state|army|police|regime|federal|national)\s+$", re.I)


@functools.lru_cache(maxsize=1024)
def _find_actors(sentence: str, lang: str) -> tuple[tuple, ...]:
    """(group name, type, own country, kind, noun, start, end) per mention; the document's country is
    filled in by ``find_actors``, so one sentence is scanned once whatever country it is read with."""
    gz = gazetteer(lang)
    lex = lexicon(lang) or lexicon("en")
    protest_words = fastre.compile(lex.actors.protest_words)
    out: list[tuple] = []
    taken: list[tuple[int, int]] = []
    for m in gz.group_re.finditer(sentence):
        alias = m.group(0)
        if gz.strip_prefix is not None and alias not in gz.groups:
            alias = alias[gz.strip_prefix.match(alias).end():]
        g = gz.groups.get(alias)
        if g is None:
            continue
        if alias in _SHORT_ALIASES and not _CONFIRM.search(sentence[m.end():m.end() + 25]):
            continue  # short all-caps aliases only next to a confirming word
        out.append((g["name"], g.get("type"), g.get("country"), "group", "", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for start, end, (kind, noun) in _generic_matches(sentence, gz):
        if any(a < end and start < b for a, b in taken):
            continue
        before = sentence[max(0, start - 40):start]
        adj = gz.adj_before_re.search(before)
        adj_start = adj.start() + max(0, start - 40) if adj else None
        if adj and any(a < start and adj_start < b for a, b in taken):
            adj = None  # "Nigerian soldiers fought militants": the adjective belongs to the soldiers
        iso = _iso(adj) if adj else None
        if adj is None:
            named = gz.name_before_re.search(before)  # "U.S. troops", "Russia's army"
            if named and not any(a < start and named.start() + max(0, start - 40) < b for a, b in taken):
                adj, adj_start, iso = named, named.start() + max(0, start - 40), _iso(named)
        span_end = end
        if iso is None and lang != "en":
            after = gz.adj_after_re.match(sentence, end)
            if after:  # "les soldats maliens", "militares colombianos"
                iso, span_end = _iso(after), after.end()
        if kind in ("protesters", "civilians") and noun in _OCCUPATIONS:
            # "aid workers", "market workers": civilians, unless the sentence says they protested or struck
            kind = "protesters" if protest_words.search(sentence) else "civilians"
        if noun in _FORCES and not iso and not _FORCES_QUALIFIER.search(before):
            continue  # bare "forces"/"officers" says too little
        out.append((None, KIND_TYPE[kind], iso, kind, noun, adj_start if adj else start, span_end))
        taken.append((start, span_end))
    weapons = _state_weapons(sentence, gz, lex) if lang == "en" else _state_weapons_i18n(sentence, gz, lex)
    if weapons:  # "a Russian drone attack", "Russia launched missiles": a state's armed forces as the actor
        for start, end, iso in weapons:
            if any(a < end and start < b for a, b in taken):
                continue
            out.append((None, "state forces", iso, "military", "", start, end))
            taken.append((start, end))
    out.sort(key=lambda x: x[5])
    return tuple(out)


def _lookup(gz: Gazetteer, phrase: str) -> tuple[str, str] | None:
    hit = gz.generic.get(phrase)
    if hit is None and " " not in phrase:
        hit = next((v for stem, v in gz.generic_stems if phrase.startswith(stem)), None)
    return hit


def _generic_matches(sentence: str, gz: Gazetteer) -> list[tuple[int, int, tuple[str, str]]]:
    """Generic actor nouns by dictionary lookup of 1-3 word windows (faster than a big alternation)."""
    words = []
    for m in gz.word_re.finditer(sentence):
        w = m.group(0).lower()
        start = m.start()
        if gz.strip_prefix is not None and w not in gz.first_words:
            cut = gz.strip_prefix.match(w).end()
            if 0 < cut < len(w) - 1:
                w, start = w[cut:], start + cut
        words.append((start, m.end(), w))
    first = gz.first_words
    stems = gz.generic_stems
    out, i = [], 0
    while i < len(words):
        wd = words[i][2]
        if wd not in first and not (stems and any(wd.startswith(s) for s, _ in stems)):
            i += 1  # no noun phrase starts here: skip the joins
            continue
        for n in (3, 2, 1):
            if i + n <= len(words):
                hit = _lookup(gz, " ".join(w[2] for w in words[i:i + n]))
                if hit is not None:
                    out.append((words[i][0], words[i + n - 1][1], hit))
                    i += n
                    break
        else:
            i += 1
    return out


_STATE_VERB = fastre.compile(r"\b(?:also\s+|has\s+|had\s+)?(?:launched|fired|attacked|struck|shelled|bombed|hit|"
                             r"targeted)\b")
_BEFORE_WORDS = fastre.compile(r"((?:[A-Z][\w.'-]*\s+){1,3})$")


def names_weapon(span: str, lex: Lexicon | None = None) -> bool:
    """Whether an actor mention's text names weapons or aircraft ("Israeli shells"), not people."""
    weapons = (lex or lexicon("en")).actors.weapons
    return bool(weapons) and _weapon_re(weapons).search(span) is not None


@functools.lru_cache(maxsize=16)
def _weapon_re(pattern: str) -> re.Pattern:
    return fastre.compile(pattern, re.I)


def _state_weapons_i18n(sentence: str, gz: Gazetteer, lex: Lexicon) -> list[tuple[int, int, str]]:
    """A language's weapons with a nationality word after them ("frappes aériennes russes", "غارات جوية
    روسية", "un dron turco") or before them ("российские беспилотники"): that state's forces."""
    if not lex.actors.weapons:
        return []
    out = []
    for m in _weapon_re(lex.actors.weapons).finditer(sentence):
        after = gz.adj_after_re.match(sentence, m.end())
        if after:
            out.append((m.start(), after.end(), _iso(after)))
            continue
        before = gz.adj_before_re.search(sentence[max(0, m.start() - 40):m.start()])
        if before:
            out.append((max(0, m.start() - 40) + before.start(), m.end(), _iso(before)))
    return out


def _state_weapons(sentence: str, gz: Gazetteer, lex: Lexicon) -> list[tuple[int, int, str]]:
    out = []
    for m in _weapon_re(lex.actors.weapons).finditer(sentence):
        head = sentence[max(0, m.start() - 40):m.start()].split()
        for word in head[-2:]:
            a = gz.adj_re.fullmatch(word)
            if a and not gz.country_re.fullmatch(word):
                out.append((m.start() - 1 - len(" ".join(head[head.index(word):])), m.end(), _iso(a)))
                break
    for m in _STATE_VERB.finditer(sentence):
        before = _BEFORE_WORDS.search(sentence[max(0, m.start() - 40):m.start()])
        if before:
            name = before.group(1).strip()
            for k in range(len(name.split())):
                cand = " ".join(name.split()[k:])
                c = gz.country_re.fullmatch(cand)
                if c:
                    start = m.start() - len(before.group(1)) + before.group(1).index(cand)
                    out.append((start, start + len(cand), _iso(c)))  # the verb stays outside
                    break
    return out


def generic_name(kind: str, noun: str, country: str | None) -> str:
    """ACLED-style name for an unnamed actor of a kind ("Police Forces of Kenya", "Gunmen (Mali)")."""
    return _generic_name(kind, noun, country)


def _generic_name(kind: str, noun: str, country: str | None) -> str:
    cname = country_name(country)
    suffix = f" ({cname})" if cname else ""
    if kind == "military":
        return f"Military Forces of {cname}" if cname else "Military Forces"
    if kind == "police":
        return f"Police Forces of {cname}" if cname else "Police Forces"
    if kind == "protesters":
        label = f"Protesters{suffix}"
        return label if noun in ("protesters", "protestors", "demonstrators", "marchers") else \
            f"{label}: {noun.title()}"
    if kind == "rioters":
        return f"Rioters{suffix}"
    if kind == "civilians":
        return f"Civilians{suffix}"
    return f"{noun.title()}{suffix}"
