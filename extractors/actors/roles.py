"""Actor roles: who attacked whom in an incident's sentences (actor1 the attacker or initiator, actor2 the target).

The actor mentioned after "by" or before "claimed responsibility" is the perpetrator; the one before "were
killed", after "attack on" or "clashed with" is the target; in "clashes between A and B" the state forces
come first. For protests the crowd is actor1 and the police actor2 when they intervened. The words are the
lexicon's (``Lexicon.actors``); the mentions come from ``extractors.actors.dictionary``.
"""

from __future__ import annotations

import re

from extractors.actors.dictionary import (
    Mention,
    _generic_name,
    country_name,
    find_actors,
    find_adjectives,
    find_countries,
    names_weapon,
)
from extractors.lexicons import Lexicon, lexicon
from extractors.text import fastre, nlp


def assign_roles(sentences: list[str], default_country: str | None, event_type: str,
                 sub_event_type: str, lex: Lexicon | None = None,
                 linguistic: bool = True) -> tuple[Mention | None, Mention | None]:
    """(actor1, actor2) from the evidence sentence first, then the event's other sentences. With the
    linguistic layer, the parse decides who acts and who undergoes where it can (passives, "ambushed by",
    "police said"); the word patterns decide the rest."""
    lex = lex or lexicon("en")
    actor1 = actor2 = None
    # bystanders cannot be the perpetrators of a strike, shelling or bomb (nor protesters of a battle)
    unarmed = ("civilians", "protesters") if event_type in ("explosions_remote_violence", "battles") else ()
    for s in sentences:
        mentions = find_actors(s, default_country, lex)
        if not mentions and event_type not in ("protests", "riots"):
            continue
        # a headline ("Three soldiers killed") parses as if the soldiers killed: the word patterns know better
        headline = len(s.split()) <= 12 and not s.rstrip().endswith((".", "!", "?", '"', "\u201d"))
        parsed = nlp.arguments(s, lex.lang) if linguistic and not headline and nlp.available(lex.lang) else None
        a1, a2 = _roles_in(s, mentions, event_type, sub_event_type, _patterns(lex), parsed)
        if a1 is not None and a1.type in unarmed:
            a1, a2 = None, a2 or a1
        actor1 = actor1 or a1
        if actor2 is None and a2 is not None and (actor1 is None or a2.name != actor1.name):
            actor2 = a2
        if actor1 and actor2:
            break
    if actor1 is not None and actor1.kind in _UNNAMED_ARMED and actor1.type != "state forces":
        actor1 = _attributed(sentences, default_country, lex, actor2) or actor1
    if event_type in ("protests", "riots") and sub_event_type != "Excessive force against protesters" \
            and actor1 is None:
        # a protest always has a crowd, named or not: "Protesters (Kenya)", "Rioters (Haiti)"
        kind = "rioters" if event_type == "riots" else "protesters"
        actor1 = Mention(_generic_name(kind, kind, default_country), kind, default_country, kind, 0, 0)
    return actor1, actor2


_UNNAMED_ARMED = ("gunmen", "rebels")
# "whom prosecutors identified as members of X", "blamed on X", "X claimed responsibility"
_ATTRIBUTED_BEFORE = {
    "en": fastre.compile(r"\b(?:identified\s+as|believed\s+to\s+(?:be|belong\s+to)|suspected\s+(?:of\s+being\s+)?"
                         r"(?:members\s+of|fighters\s+of)|(?:blamed|pinned)\s+(?:[\w-]+\s+){0,3}?on|attributed\s+(?:[\w-]+\s+){0,3}?to|"
                         r"(?:members|fighters|militants|gunmen)\s+(?:of|from|loyal\s+to|belonging\s+to))\s+"
                         r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I),
}


def _attributed(sentences: list[str], country: str | None, lex: Lexicon, actor2: Mention | None) -> Mention | None:
    """A named armed group the incident's sentences hold responsible, to name an attacker described only as
    "gunmen" or "the attackers"."""
    before = _ATTRIBUTED_BEFORE.get(lex.lang)
    p = _patterns(lex)
    for s in sentences:
        for m in find_actors(s, country, lex):
            if m.kind != "group" or m.type in ("state forces", "civilians", "protesters") or (
                    actor2 is not None and m.name == actor2.name):
                continue
            if p.claimed_after.match(s[m.end:]) or (before is not None and before.search(s[:m.start])):
                return m
    return None


class _Patterns:
    """The lexicon's role words, compiled once per language."""

    def __init__(self, lex: Lexicon):
        w = lex.actors
        self.agent_before = fastre.compile(w.agent_before, re.I)
        self.claimed_after = fastre.compile(w.claimed_after, re.I)
        self.active_after = fastre.compile(w.active_after, re.I)
        self.passive_after = fastre.compile(w.passive_after, re.I)
        self.passive_bare = fastre.compile(w.passive_bare, re.I)
        self.target_before = fastre.compile(w.target_before, re.I)
        self.between = fastre.compile(w.between, re.I)
        self.organisation = fastre.compile(w.organisation) if w.organisation else None
        self.herders = fastre.compile(w.herders, re.I) if w.herders else None
        self.opponent_before = fastre.compile(w.opponent_before, re.I)
        self.toll_people = fastre.compile(w.toll_people, re.I)
        self.left_before = fastre.compile(w.left_before, re.I)
        self.dead_after = fastre.compile(w.dead_after, re.I)
        self.article = re.compile(w.article) if w.article else None
        self.lex = lex


_COMPILED: dict[str, _Patterns] = {}


def _patterns(lex: Lexicon) -> _Patterns:
    p = _COMPILED.get(lex.lang)
    if p is None:
        p = _COMPILED[lex.lang] = _Patterns(lex)
    return p


_OF_GROUP = re.compile(r"\s+(?:of|from|de|des|du|del|da|do)\s+(?:the\s+|la\s+|le\s+|l['\u2019])?(?:[\w-]+\s+)?$",
                       re.I)


_QUOTES = " \t«»\"'\u201c\u201d\u2018\u2019\u201e"


def _drop_appositions(mentions: list[Mention], s: str) -> list[Mention]:
    """The named group stands for the generic noun next to it: "extremist rebels, al-Shabab, have claimed",
    "Peshmerga fighters", "fighters of the paramilitary Rapid Support Forces"."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i else None
        if m.kind != "group" and nxt is not None and nxt.kind == "group" and (
                re.fullmatch(r"\s*[,(\u2013\u2014-]\s*", s[m.end:nxt.start])
                or _OF_GROUP.fullmatch(s[m.end:nxt.start])):
            continue
        if m.kind != "group" and prev is not None and prev.kind == "group" and not s[prev.end:m.start].strip(_QUOTES):
            continue
        if m.kind != "group" and nxt is not None and nxt.kind == "group" and not s[m.end:nxt.start].strip(_QUOTES):
            continue  # "the armed gang Gran Grif", "le groupe jihadiste JNIM"
        out.append(m)
    return out


def _inside(m: Mention, spans) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _roles_in(s: str, mentions: list[Mention], event_type: str, sub: str, p: _Patterns,
              parsed=None) -> tuple[Mention | None, Mention | None]:
    mentions = _drop_appositions(mentions, s)
    agents, victims = [], []
    between = p.between.search(s)
    for m in mentions:
        before, after = s[:m.start], s[m.end:]
        if p.agent_before.search(before) or p.claimed_after.match(after):
            agents.append(m)
        elif p.passive_after.match(after) or p.passive_bare.match(after) or p.target_before.search(before) or (
                p.left_before.search(before) and p.dead_after.match(after)):
            victims.append(m)
        elif p.active_after.match(after):
            agents.append(m)
    if parsed is not None and (parsed.agents or parsed.patients):
        # the parse knows the subject of a passive and the source of a quote better than word order
        by_parse = [m for m in mentions if _inside(m, parsed.agents)]
        undergo = [m for m in mentions if _inside(m, parsed.patients) and m not in by_parse]
        quoted = [m for m in mentions if _inside(m, parsed.sources) and m not in by_parse and m not in undergo]
        if by_parse or undergo:
            agents = sorted({*by_parse, *(m for m in agents if m not in undergo and m not in quoted)},
                            key=lambda m: m.start)
            victims = sorted({*undergo, *(m for m in victims if m not in by_parse)}, key=lambda m: m.start)
            named_source = next((m for m in quoted if m.kind == "group"), None)
            if named_source is not None and agents and agents[0].kind in ("rebels", "gunmen"):
                agents.insert(0, named_source)  # "the KIA said its fighters overran a base": the KIA
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
        org = p.organisation.search(s) if p.organisation else None
        if org and (not crowd or org.start() <= crowd[0].start):
            # "The Farmers' Union (FU) has started a sit-in": the organisation that called the protest
            name = org.group(1).strip()
            name = p.article.sub("", name) if p.article else name
            crowd.insert(0, Mention(name, "protesters", mentions[0].country if mentions else None,
                                    "protesters", org.start(1), org.end(1)))
        a1 = crowd[0] if crowd else None
        if a1 and event_type == "riots" and a1.kind == "protesters":
            a1 = Mention(a1.name.replace("Protesters", "Rioters").split(":")[0], "rioters", a1.country,
                         "rioters", a1.start, a1.end)
        police = [m for m in mentions if m.type == "state forces"]
        a2 = police[0] if police and (sub != "Peaceful protest") else None
        if sub == "Excessive force against protesters" and a2 is not None:
            return a2, a1  # the forces that fired on the crowd are the perpetrators
        return a1, a2
    if p.herders:
        # herders are listed as an armed actor for "herdsmen attacked"; abducted or killed, they are civilians
        victims = [Mention(_generic_name("civilians", "", v.country), "civilians", v.country, "civilians", v.start,
                           v.end) if p.herders.search(s[v.start:v.end]) and not p.opponent_before.search(s[:v.start])
                   else v for v in victims]
    a1 = agents[0] if agents else None
    # "leaving 14 people dead": a toll of "people" counts whoever died, not a civilian target; a named
    # opponent ("clashed with insurgents") is the better actor2
    if any(p.opponent_before.search(s[:v.start]) for v in victims):
        victims.sort(key=lambda v: p.toll_people.fullmatch(s[v.start:v.end]) is not None)
    a2 = next((v for v in victims if a1 is None or v.name != a1.name), None)
    if a1 is None and a2 is not None:
        others = [m for m in mentions if m.name != a2.name and m.kind not in ("civilians",)]
        a1 = others[0] if others else None
    if a2 is None and a1 is not None:
        others = [m for m in mentions if m.name != a1.name and m.start > a1.start]
        a2 = others[0] if others else None
    if a1 is None and a2 is None and mentions:
        # with no verb to go by, a state's weapons ("Russian aircraft", "Israeli shells") or else an armed non-state actor is the likelier attacker; state forces
        # and civilians named alone are more often the targets of what is reported
        a1 = next((m for m in mentions if m.kind == "military" and names_weapon(s[m.start:m.end], p.lex)), None) \
            if sub != "Disrupted weapons use" else None
        a1 = a1 or next((m for m in mentions if m.kind in ("group", "rebels", "gunmen") and m.type != "protesters"),
                        None)
        a2 = next((m for m in mentions if a1 is None or m.name != a1.name), None)
    if sub == "Arrests" and a1 is None:
        a1 = next((m for m in mentions if m.type == "state forces"), None)
    if a2 is not None and p.herders and p.herders.search(s[a2.start:a2.end]) and not p.opponent_before.search(s[:a2.start]):
        # herders are listed as an armed actor for "herdsmen attacked"; abducted or killed, they are civilians
        a2 = Mention(_generic_name("civilians", "", a2.country), "civilians", a2.country, "civilians", a2.start,
                     a2.end)
    return a1, a2


def incident_roles(d, country: str | None, previous, lex: Lexicon,
                   linguistic: bool = True) -> tuple[Mention | None, Mention | None]:
    """Roles of one incident (a ``Draft``): its sentences' actors, with what the article says around them."""
    a1, a2 = assign_roles([s.text for s in d.sentences], country, d.event_type, d.sub_event_type, lex, linguistic)
    if previous is not None and previous.actor1_type not in (None, "state forces", "civilians") \
            and lex.same_group.match(d.anchor.text):
        # "The militant group also claimed ...": the group named in the previous event
        if a1 is not None and a2 is None:
            a2 = a1
        a1 = Mention(previous.actor1, previous.actor1_type, previous.actor1_country, "group", 0, 0)
        if a2 is not None and a2.name == a1.name:
            a2 = None
    if d.sub_event_type == "Suicide bomb" and (a1 is None or a1.type == "state forces"):
        if a1 is not None and a2 is None:
            a2 = a1
        a1 = Mention(_generic_name("gunmen", "suicide bomber", country), "political militia", country, "gunmen", 0, 0)
    return a1, a2


# Strategic developments whose parties are states: a country that signs or hands over is its government.
_STATE_SUBS = ("Agreement", "Non-violent transfer of territory")
_SUBJECT_LEAD = re.compile(r"^\W*(?:the\s+)?$", re.I)


def _government(iso: str, start: int = 0, end: int = 0) -> Mention:
    return Mention(f"Government of {country_name(iso) or iso}", "state forces", iso, "government", start, end)


def state_parties(sentences: list[str], country: str | None, lex: Lexicon) -> list[Mention]:
    """Governments named as parties in an incident's sentences, in order: a country name as the subject at
    the head of a sentence ("The Central African Republic on Sunday signed ...") and the government word with
    its country ("Mozambique's government", "the Iraqi government", "le gouvernement malien"; else the
    article's country)."""
    gov = fastre.compile(lex.actors.government, re.I) if lex.actors.government else None
    out: list[Mention] = []
    for s in sentences:
        dl = lex.dateline.match(s)
        head = dl.end() if dl else 0
        names = find_countries(s, lex)
        for iso, a, b in names:
            if _SUBJECT_LEAD.match(s[head:a]):
                out.append(_government(iso, a, b))
        words = list(gov.finditer(s)) if gov is not None else []
        countries = names + find_adjectives(s, lex) if words else []
        for m in words:
            near = [(iso, a, b) for iso, a, b in countries
                    if m.start() - 30 <= b <= m.start() or m.end() <= a <= m.end() + 12]
            iso = near[0][0] if near else country
            if iso:
                out.append(_government(iso, m.start(), m.end()))
    seen, parties = set(), []
    for g in out:
        if g.name not in seen:
            seen.add(g.name)
            parties.append(g)
    return parties


def with_governments(d, sub_event_type: str, a1: Mention | None, a2: Mention | None, country: str | None,
                     lex: Lexicon) -> tuple[Mention | None, Mention | None]:
    """Roles of an agreement or a handover (its final type): the first government named is the initiator where
    the words found none (or only its own army); the army of the same state is no opposite party to it."""
    agreement = sub_event_type == "Agreement"
    if sub_event_type not in _STATE_SUBS or (a1 is not None and a2 is not None and a1.kind != "military"
                                              and not agreement):
        return a1, a2
    parties = state_parties([s.text for s in d.sentences], country, lex)
    if not parties:
        return a1, a2
    g = parties[0]
    if a1 is None or (a1.kind == "military" and a1.country == g.country):
        a1 = g
    elif agreement and a1.kind != "government":  # the state first, as in a clash with state forces
        a1, a2 = g, a1
    elif a2 is None and a1.name != g.name:
        a2 = g
    if a2 is not None and (a2.name == a1.name or (a2.kind == "military" and a2.country == a1.country)):
        a2 = None
    if a2 is None:
        a2 = next((p for p in parties[1:] if p.country != a1.country), None)
    return a1, a2
