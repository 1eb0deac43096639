"""Actors: who attacked whom, normalized with the editable dictionary in ``data/actors.yaml``.

Named groups come from the dictionary; unnamed actors ("Malian soldiers", "gunmen", "villagers") get
ACLED-style names: "Military Forces of Mali", "Police Forces of Kenya", "Civilians (Mali)",
"Protesters (Kenya): Students", "Gunmen (Nigeria)". actor1 is the attacker/initiator, actor2 the target.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from extractors.text import fastre

DATA = Path(__file__).resolve().parent / "data" / "actors.yaml"
# libyaml's loader reads actors.yaml ~5x faster than the pure-Python one (same safe subset, same result)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KIND_TYPE = {"military": "state forces", "police": "state forces", "rebels": "rebel group",
             "gunmen": "political militia", "protesters": "protesters", "rioters": "rioters",
             "civilians": "civilians", "group": None}


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
    country_name: dict[str, str]  # ISO3 -> display name
    country_re: re.Pattern  # names only
    adj_re: re.Pattern
    lookup: dict[str, str]  # surface (name or adjective) -> ISO3
    group_re: re.Pattern
    groups: dict[str, dict]
    generic_re: re.Pattern
    generic: dict[str, str]  # lowercase noun -> kind
    adj_before_re: re.Pattern  # a nationality adjective just before a noun
    state_weapon_re: re.Pattern  # "a Russian drone attack", "Russia launched"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def gazetteer(path: str = str(DATA)) -> Gazetteer:
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    names, adjs, lookup, display = [], [], {}, {}
    for iso, entry in data["countries"].items():
        display[iso] = entry["names"][0]
        for n in entry["names"]:
            names.append(n)
            lookup[n] = iso
        for a in entry.get("adj") or []:
            adjs.append(a)
            lookup.setdefault(a, iso)
    groups = {}
    for g in data["groups"]:
        for a in g["aliases"]:
            groups[a] = g
    generic = {}
    for kind, nouns in data["generic"].items():
        for n in nouns:
            generic.setdefault(n.lower(), kind)
    return Gazetteer(
        country_name=display,
        country_re=fastre.compile(rf"(?<![\w-])(?:{_alt(names)})(?![\w-])"),
        adj_re=fastre.compile(rf"(?<![\w-])(?:{_alt(adjs)})(?![\w-])"),
        lookup=lookup,
        group_re=fastre.compile(rf"(?<![\w-])(?:{_alt(groups)})(?![\w-])"),
        groups=groups,
        generic_re=fastre.compile(rf"(?<![\w-])(?:{_alt(generic)})(?![\w-])", re.I),
        generic=generic,
        adj_before_re=fastre.compile(rf"((?<![\w-])(?:{_alt(adjs)})(?![\w-]))(?:\s+[\w-]+){{0,2}}\s*$"),
        state_weapon_re=fastre.compile(
            rf"(?:((?<![\w-])(?:{_alt(adjs)}))\s+(?:[\w-]+\s+)?(?:drones?|missiles?|air\s*strikes?|airstrikes?|"
            rf"shelling|artillery|warplanes?|jets?|strikes?|bombardment|attack\s+drones?|rockets?)|"
            rf"((?<![\w-])(?:{_alt(names)}))\s+(?:also\s+|has\s+|had\s+)?(?:launched|fired|attacked|struck|"
            rf"shelled|bombed|hit|targeted))\b"),
    )


def find_countries(text: str) -> list[tuple[str, int, int]]:
    """Country names (not adjectives) in ``text`` as (ISO3, start, end)."""
    gz = gazetteer()
    return [(gz.lookup[m.group(0)], m.start(), m.end()) for m in gz.country_re.finditer(text)]


def find_adjectives(text: str) -> list[tuple[str, int, int]]:
    gz = gazetteer()
    return [(gz.lookup[m.group(0)], m.start(), m.end()) for m in gz.adj_re.finditer(text)]


def country_name(iso: str | None) -> str | None:
    return gazetteer().country_name.get(iso) if iso else None


def find_actors(sentence: str, default_country: str | None) -> list[Mention]:
    """Actor mentions in a sentence, normalized, in text order."""
    out = []
    for name, typ, country, kind, noun, start, end in _find_actors(sentence):
        if kind == "group":
            out.append(Mention(name, typ, country or default_country, kind, start, end))
        else:
            country = country or default_country
            out.append(Mention(_generic_name(kind, noun, country), typ, country, kind, start, end))
    return out


def has_actors(sentence: str) -> bool:
    return bool(_find_actors(sentence))


def clear_cache() -> None:
    _find_actors.cache_clear()


@functools.lru_cache(maxsize=512)
def _find_actors(sentence: str) -> tuple[tuple, ...]:
    """(group name, type, own country, kind, noun, start, end) per mention; the document's country is
    filled in by ``find_actors``, so one sentence is scanned once whatever country it is read with."""
    gz = gazetteer()
    out: list[tuple] = []
    taken: list[tuple[int, int]] = []
    for m in gz.group_re.finditer(sentence):
        g = gz.groups[m.group(0)]
        if m.group(0) in ("IS", "PDF", "CAR", "SLA", "OLA", "G9") and not re.search(
                r"(?:group|militants?|fighters?|jihadists?|attack|assault|offensive|claimed|\()", sentence[m.end():m.end() + 25]):
            continue  # short all-caps aliases only next to a confirming word
        out.append((g["name"], g.get("type"), g.get("country"), "group", "", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for start, end, noun in _generic_matches(sentence, gz):
        if any(a < end and start < b for a, b in taken):
            continue
        kind = gz.generic[noun]
        before = sentence[max(0, start - 40):start]
        adj = gz.adj_before_re.search(before)
        if adj and any(a < start and adj.start() + max(0, start - 40) < b for a, b in taken):
            adj = None  # "Nigerian soldiers fought militants": the adjective belongs to the soldiers
        iso = gz.lookup[adj.group(1)] if adj else None
        if kind in ("protesters", "civilians") and noun in ("students", "farmers", "teachers", "doctors", "traders",
                                                            "workers"):
            # "aid workers", "market workers": civilians, unless the sentence says they protested or struck
            kind = "protesters" if _PROTEST_WORDS.search(sentence) else "civilians"
        if noun in ("forces", "patrol", "checkpoint", "officers") and not iso and not re.search(
                r"(?:security|government|state|army|police|regime|federal|national)\s+$", before, re.I):
            continue  # bare "forces"/"officers" says too little
        out.append((None, KIND_TYPE[kind], iso, kind, noun, (adj.start() + max(0, start - 40)) if adj else start, end))
        taken.append((start, end))
    # "a Russian drone attack", "Russia launched missiles": a state's armed forces as the actor
    for start, end, iso in _state_weapons(sentence, gz):
        if any(a < end and start < b for a, b in taken):
            continue
        out.append((None, "state forces", iso, "military", "", start, end))
        taken.append((start, end))
    out.sort(key=lambda x: x[5])
    return tuple(out)


_PROTEST_WORDS = re.compile(r"\b(?:[Pp]rotest\w*|[Dd]emonstrat\w*|march(?:ed|ing|es)?|[Rr]all(?:y|ied|ies|ying)|"
                            r"placards?|sit-ins?|picket\w*|walk(?:ed)?\s+out|walkouts?|striking|strikers)\b|"
                            r"\b(?:on|general|labou?r|national|nationwide|indefinite|went|go|a)\s+strikes?\b")
_WORD = fastre.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_WEAPON = fastre.compile(r"\b(?:drones?|missiles?|air\s*strikes?|airstrikes?|shelling|artillery|warplanes?|jets?|"
                     r"strikes?|bombardment|rockets?)\b", re.I)
_STATE_VERB = fastre.compile(r"\b(?:also\s+|has\s+|had\s+)?(?:launched|fired|attacked|struck|shelled|bombed|hit|"
                         r"targeted)\b")
_BEFORE_WORDS = fastre.compile(r"((?:[A-Z][\w.'-]*\s+){1,3})$")


_FIRST: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def _first_words(gz: Gazetteer) -> frozenset[str]:
    """First words of the generic noun phrases, per dictionary."""
    hit = _FIRST.get(id(gz))
    if hit is None or hit[0] is not gz:
        hit = _FIRST[id(gz)] = (gz, frozenset(k.split(" ")[0] for k in gz.generic))
    return hit[1]


def _generic_matches(sentence: str, gz: Gazetteer) -> list[tuple[int, int, str]]:
    """Generic actor nouns by dictionary lookup of 1-3 word windows (faster than a big alternation)."""
    words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(sentence)]
    first = _first_words(gz)
    out, i = [], 0
    while i < len(words):
        if words[i][2] not in first:  # no noun phrase starts here: skip the joins
            i += 1
            continue
        for n in (3, 2, 1):
            if i + n <= len(words):
                phrase = " ".join(w[2] for w in words[i:i + n])
                if phrase in gz.generic:
                    out.append((words[i][0], words[i + n - 1][1], phrase))
                    i += n
                    break
        else:
            i += 1
    return out


def _state_weapons(sentence: str, gz: Gazetteer) -> list[tuple[int, int, str]]:
    out = []
    for m in _WEAPON.finditer(sentence):
        head = sentence[max(0, m.start() - 40):m.start()].split()
        for word in head[-2:]:
            if word in gz.lookup and word not in gz.country_name.values() and gz.adj_re.fullmatch(word):
                out.append((m.start() - 1 - len(" ".join(head[head.index(word):])), m.end(), gz.lookup[word]))
                break
    for m in _STATE_VERB.finditer(sentence):
        before = _BEFORE_WORDS.search(sentence[max(0, m.start() - 40):m.start()])
        if before:
            name = before.group(1).strip()
            for k in range(len(name.split())):
                cand = " ".join(name.split()[k:])
                if gz.country_re.fullmatch(cand):
                    start = m.start() - len(before.group(1)) + before.group(1).index(cand)
                    out.append((start, start + len(cand), gz.lookup[cand]))  # the verb stays outside
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


_AGENT_BEFORE = fastre.compile(r"\b(?:by|blamed\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|from)\s+"
                           r"(?:the\s+|a\s+|an\s+|suspected\s+|some\s+|alleged\s+|unidentified\s+|unknown\s+|"
                           r"[\w-]+\s+){0,3}$", re.I)
_ACTIVE_AFTER = fastre.compile(
    r"^[^,.;]{0,40}?\b(?:attacked|attack|attacks|killed|kill|kills|stormed|raided|ambushed|opened\s+fire|shot|"
    r"fired|launched|struck|strike|targeted|abducted|kidnapped|seized|burned|burnt|torched|shelled|bombed|hurled|"
    r"pelted|clashed|fought|battled|arrested|detained|committed|carried\s+out|set|staged|overran|captured|looted|executed|"
    r"massacred|claimed|protested|marched|rallied|demonstrated|gathered|blocked|took\s+to)\b", re.I)
_PASSIVE_AFTER = fastre.compile(r"^[^,.;]{0,50}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|being)\s+"
                            r"(?:\w+\s+)?(?:killed|injured|wounded|attacked|targeted|shot|abducted|kidnapped|hurt|"
                            r"ambushed|dead|slain|arrested|detained)", re.I)
# headline passives without "were": "Three soldiers killed", "Gunmen killed in clash with police"
_PASSIVE_BARE = fastre.compile(r"^\s*(?:killed|wounded|injured|hurt|abducted|kidnapped|dead)(?=\s*$|\s*[,.;:]|\s+(?:in|"
                               r"as|after|when|by|during|near|while|at(?!\s+least))\b)", re.I)
_TARGET_BEFORE = fastre.compile(r"\b(?:on|against|targeting|targeted|killing|killed|kill|wounding|injuring|at|"
                            r"attacked|ambushed|abducted|kidnapped|shot|stormed|raided|arrested|detained|"
                            r"clash(?:ed|ing)\s+with|fought|fighting|battled|battling|"
                            r"between\s+[^,.;]{0,60}?\band)\s+(?:the\s+|a\s+|an\s+|their\s+|two\s+|three\s+|"
                            r"(?!(?:when|as|after|while|before|because|since|until)\s)[\w-]+\s+){0,3}$", re.I)


def assign_roles(sentences: list[str], default_country: str | None, event_type: str,
                 sub_event_type: str) -> tuple[Mention | None, Mention | None]:
    """(actor1, actor2) from the evidence sentence first, then the event's other sentences."""
    actor1 = actor2 = None
    # bystanders cannot be the perpetrators of a strike, shelling or bomb (nor protesters of a battle)
    unarmed = ("civilians", "protesters") if event_type in ("explosions_remote_violence", "battles") else ()
    for s in sentences:
        mentions = find_actors(s, default_country)
        if not mentions and event_type not in ("protests", "riots"):
            continue
        a1, a2 = _roles_in(s, mentions, event_type, sub_event_type)
        if a1 is not None and a1.type in unarmed:
            a1, a2 = None, a2 or a1
        actor1 = actor1 or a1
        if actor2 is None and a2 is not None and (actor1 is None or a2.name != actor1.name):
            actor2 = a2
        if actor1 and actor2:
            break
    return actor1, actor2


_ORGANISATION = fastre.compile(
    r"((?:(?:[A-Z][\w'\u2019-]+|of|for|and|the)\s+){0,6}(?:Union|Association|Movement|Party|Federation|Congress|"
    r"Council|Alliance|Front|Committee|Organi[sz]ation|Forum|League|Confederation|Syndicate|Guild)"
    r"(?:\s+(?:of|for)\s+(?:[A-Z][\w'\u2019-]+\s?){1,3})?)\b"
    r"(?=[^.]{0,80}\b(?:protest\w*|demonstrat\w*|rall\w+|march\w*|sit-in|strike|picket\w*|boycott\w*))")
_HERDERS = re.compile(r"\b(?:herders|herdsmen)\b", re.I)
_OPPONENT_BEFORE = fastre.compile(r"\b(?:clash(?:ed|ing)\s+with|fought|fighting|battled|battling)\s+(?:the\s+|"
                                 r"[\w-]+\s+){0,2}$", re.I)
_TOLL_PEOPLE = re.compile(r"(?:[A-Z]\w+\s+)?(?:people|persons)", re.I)
_LEFT_BEFORE = fastre.compile(r"\b(?:left|leaving)\s+(?:\S+\s+){0,3}$", re.I)
_DEAD_AFTER = fastre.compile(r"^[^,.;]{0,40}?\b(?:dead|injured|wounded)\b", re.I)


def _drop_appositions(mentions: list[Mention], s: str) -> list[Mention]:
    """"extremist rebels, al-Shabab, have claimed": the named group stands for the generic noun."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if m.kind != "group" and nxt is not None and nxt.kind == "group" and \
                re.fullmatch(r"\s*[,(\u2013\u2014-]\s*", s[m.end:nxt.start]):
            continue
        out.append(m)
    return out


def _roles_in(s: str, mentions: list[Mention], event_type: str, sub: str) -> tuple[Mention | None, Mention | None]:
    mentions = _drop_appositions(mentions, s)
    agents, victims = [], []
    between = re.search(r"\bbetween\s+", s, re.I)
    for m in mentions:
        before, after = s[:m.start], s[m.end:]
        if _AGENT_BEFORE.search(before) or re.match(r"^[^.;]{0,30}\bclaimed\s+responsibility", after, re.I):
            agents.append(m)
        elif _PASSIVE_AFTER.match(after) or _PASSIVE_BARE.match(after) or _TARGET_BEFORE.search(before) or (
                _LEFT_BEFORE.search(before) and _DEAD_AFTER.match(after)):
            victims.append(m)
        elif _ACTIVE_AFTER.match(after):
            agents.append(m)
    if between and len(mentions) >= 2:
        pair = [m for m in mentions if m.start > between.start()][:2]
        if len(pair) == 2:
            a, b = pair
            if b.type == "state forces" and a.type != "state forces":
                a, b = b, a
            return a, b
    if event_type in ("protests", "riots"):
        crowd = [m for m in mentions if m.kind in ("protesters", "rioters", "group") and m.type in (
            "protesters", "rioters", None) or m.kind in ("protesters", "rioters")]
        org = _ORGANISATION.search(s)
        if org and (not crowd or org.start() <= crowd[0].start):
            # "The Farmers' Union (FU) has started a sit-in": the organisation that called the protest
            crowd.insert(0, Mention(re.sub(r"^(?:The|the)\s+", "", org.group(1).strip()), "protesters", mentions[0].country if mentions else None,
                                    "protesters", org.start(1), org.end(1)))
        a1 = crowd[0] if crowd else None
        if a1 and event_type == "riots" and a1.kind == "protesters":
            a1 = Mention(a1.name.replace("Protesters", "Rioters").split(":")[0], "rioters", a1.country,
                         "rioters", a1.start, a1.end)
        police = [m for m in mentions if m.type == "state forces"]
        a2 = police[0] if police and (sub != "Peaceful protest") else None
        return a1, a2
    a1 = agents[0] if agents else None
    # "leaving 14 people dead": a toll of "people" counts whoever died, not a civilian target; a named
    # opponent ("clashed with insurgents") is the better actor2
    if any(_OPPONENT_BEFORE.search(s[:v.start]) for v in victims):
        victims.sort(key=lambda v: _TOLL_PEOPLE.fullmatch(s[v.start:v.end]) is not None)
    a2 = next((v for v in victims if a1 is None or v.name != a1.name), None)
    if a1 is None and a2 is not None:
        others = [m for m in mentions if m.name != a2.name and m.kind not in ("civilians",)]
        a1 = others[0] if others else None
    if a2 is None and a1 is not None:
        others = [m for m in mentions if m.name != a1.name and m.start > a1.start]
        a2 = others[0] if others else None
    if a1 is None and a2 is None and mentions:
        # with no verb to go by, an armed non-state actor is the likelier attacker; state forces and
        # civilians named alone are more often the targets of what is reported
        a1 = next((m for m in mentions if m.kind in ("group", "rebels", "gunmen") and m.type != "protesters"), None)
        a2 = next((m for m in mentions if a1 is None or m.name != a1.name), None)
    if sub == "Arrests" and a1 is None:
        a1 = next((m for m in mentions if m.type == "state forces"), None)
    if a2 is not None and _HERDERS.search(s[a2.start:a2.end]) and not _OPPONENT_BEFORE.search(s[:a2.start]):
        # herders are listed as an armed actor for "herdsmen attacked"; abducted or killed, they are civilians
        a2 = Mention(_generic_name("civilians", "", a2.country), "civilians", a2.country, "civilians", a2.start,
                     a2.end)
    return a1, a2
