"""Fatality and injury counts from sentences.

Conventions (docs/events.md): "at least/more than N" -> N; ranges "N to M" -> N with low/high; vague words
("dozens", "several") -> no value, only bounds; an explicit "no casualties" -> 0. Counts for the same
side are not added across sentences (the largest wins, so a headline and its repetition are not double
counted); counts for attackers ("seven Taliban were also killed") are added to the victims' count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.text import fastre
from extractors.text.numwords import NUMBER_RE, VAGUE, parse_number

_QUAL = r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|approximately|some|up\s+to|as\s+many\s+as|" \
        r"roughly|an\s+estimated|a\s+total\s+of|a\s+further|another)\s+)?"
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE if k != "others"), key=len, reverse=True))
_NUM = rf"(?:{NUMBER_RE}|{_VAGUE})"
_RANGE = rf"(?P<num>{_NUM})(?:\s*(?:-|\u2013|to|or)\s*(?P<num2>{_NUM}))?"
_NOUN = r"(?P<noun>(?:\s+(?!(?:were|was|have|has|had|are|is|been|and|in|on|at|when|after|who|while|killed|"\
        r"injured|wounded|dead|died)\b)[\w'\u2019-]+){0,5}?(?:,?\s+including\s+[^,.;]{1,60}?,?)?" \
        r"(?:\s+at\s+(?:the|a)\s+[a-z][\w-]+" \
        r"(?:\s+near\s+[A-Z][\w'-]+)?)?)"
_AUX = r"(?:\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|reportedly|also|all|later|" \
       r"confirmed|reported|allegedly|feared|believed|to\s+have\s+been|now|been)){0,3}"
_KILL_P = r"(?:killed|dead|died|slain|murdered|massacred|shot\s+dead|fatally\s+(?:shot|stabbed|wounded)|" \
          r"hacked\s+to\s+death|burned\s+to\s+death|" \
          r"beheaded|executed|lost\s+their\s+lives|perished|lynched|gunned\s+down|confirmed\s+dead)"
_HURT_P = r"(?:injured|wounded|hurt|hospitali[sz]ed|maimed)"
_KILL_A = r"(?:kill|kills|killed|killing|leaving|left|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of)"
_HURT_A = r"(?:injure|injures|injured|injuring|wound|wounds|wounded|wounding)"
# one named or described victim: "a soldier was killed", "killing a policeman", "a 13-year-old boy died"
_PERSON = r"(?:man|woman|boy|girl|person|child|baby|teen\w*|officer|soldier|policeman|policewoman|civilian|student|" \
          r"resident|guard|driver|worker|victim|journalist|farmer|villager|leader|candidate|commander|official|" \
          r"priest|imam|teacher|doctor|trader|member|fighter|militant|gunman|attacker|suspect|protester|youth)"
_ONE = {
    "killed": fastre.compile(rf"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,4}}?{_PERSON}\b(?:\s+\w+){{0,8}}?\s+(?:was|has\s+been|"
                         rf"had\s+been|is)?\s*(?:\w+\s+)?{_KILL_P}\b|\b(?:killing|killed|kills)\s+(?:a|an)\s+"
                         rf"(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b", re.I),
    "injured": fastre.compile(rf"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,4}}?{_PERSON}\b(?:\s+\w+){{0,8}}?\s+(?:was|has\s+been|"
                          rf"had\s+been|is)\s+(?:\w+\s+)?{_HURT_P}\b|\b(?:wounding|injuring|wounded|injured)\s+"
                          rf"(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_PERSON}\b|\b(?:and|while)\s+(?:critically\s+|"
                          rf"seriously\s+)?(?:wounded|injured|wounding|injuring)\s+another\b", re.I),
}
# "Neither ... nor their three children were injured", "none of the 40 passengers was hurt"
_NEGATED_COUNT = fastre.compile(r"\b(?:neither|nor|none\s+of|no|not)\s+(?:\S+\s+){0,3}$", re.I)

_PASSIVE = {
    "killed": fastre.compile(rf"(?<![\w-]){_QUAL}{_RANGE}{_NOUN}{_AUX}\s+{_KILL_P}\b", re.I),
    "injured": fastre.compile(rf"(?<![\w-]){_QUAL}{_RANGE}{_NOUN}{_AUX}\s+{_HURT_P}\b", re.I),
}
_ACTIVE = {
    "killed": fastre.compile(rf"\b{_KILL_A}\s+{_QUAL}{_RANGE}{_NOUN}", re.I),
    "injured": fastre.compile(rf"\b{_HURT_A}\s+{_QUAL}{_RANGE}{_NOUN}", re.I),
}
_TOLL = fastre.compile(rf"\b(?:death\s+toll|toll)\b[^.;]{{0,40}}?\b(?:to|of|at|is|was|reached|hit)\s+{_QUAL}{_RANGE}",
                   re.I)
_NOUN_DEAD = {
    "killed": fastre.compile(rf"(?<![\w-]){_QUAL}{_RANGE}\s+(?:deaths|fatalities|dead\b|bodies|people\s+dead)", re.I),
    "injured": fastre.compile(rf"(?<![\w-]){_QUAL}{_RANGE}\s+(?:injuries|injured\s+people|casualties\s+injured)", re.I),
}
_LIST_WORD = r"(?:\s+(?!(?:were|was|have|has|had|are|is|been|killed|injured|wounded|dead|died|and)\b)[\w'-]+)"
_LIST_BEFORE = fastre.compile(rf"(?:{_QUAL}(?P<n>{NUMBER_RE}){_LIST_WORD}{{0,3}}?\s*(?:,|\band\b|,\s*and\b)\s*)+$",
                          re.I)
_NONE = {
    "killed": fastre.compile(r"\bno\s+(?:one|body|casualties|fatalities|deaths|lives)\b[^.]{0,40}?"
                         r"(?:killed|reported|lost|died|recorded)?|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
                         r"casualties\b|\bwithout\s+casualties\b|\bnobody\s+was\s+(?:killed|hurt|injured)", re.I),
    "injured": fastre.compile(r"\bno\s+(?:one|body)\s+was\s+(?:hurt|injured)|\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?"
                          r"(?:casualties|injuries)\b|\bwithout\s+casualties\b|\bnobody\s+was\s+(?:hurt|injured)",
                          re.I),
}
ATTACKER_NOUNS = fastre.compile(
    r"\b(gunm[ae]n|militants?|insurgents?|attackers?|assailants?|jihadists?|terrorists?|rebels?|bandits?|"
    r"taliban|fighters?|suicide\s+bombers?|bombers?|kidnappers?|gang\s+members?|cartel\s+members?|hitmen|"
    r"criminals|suspects?|extremists?|shabaab|shabab|isis|daesh|guerrillas?|dissidents)\b", re.I)
_TIME_NOUN = fastre.compile(r"^\s*(?:days?|weeks?|months?|years?|hours?|minutes?|times|percent|per\s+cent|%|km|kilomet|"
                        r"shootings|attacks|incidents|explosions|blasts|bombings|raids|separate|different|cases|"
                        r"occasions|rounds|shots|bullets|vehicles|cars|houses|homes|buildings|villages|towns|"
                        r"miles?|metres?|meters?|am|pm|o'clock)\b", re.I)
AGGREGATE = fastre.compile(r"\b(?:since\s+(?:the\s+(?:start|beginning)|january|february|march|april|may|june|july|"
                        r"august|september|october|november|december|\d{4}|last\s+year|then)|so\s+far\s+this|"
                        r"this\s+year|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks?|"
                        r"months?|years?)|in\s+total|altogether|a\s+total\s+of\s+[\d,]+\s+people\s+have|"
                        r"war\s+has\s+killed|conflict\s+has\s+killed|have\s+been\s+killed\s+in\s+the\s+(?:war|"
                        r"conflict|fighting))", re.I)


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # "killed" | "injured"
    value: int | None  # None for vague counts
    low: int | None
    high: int | None
    attacker: bool  # the dead/wounded are the attackers (added to victims)
    start: int
    generic: bool  # "people" or no noun: may already include every side


def _value(token: str | None) -> tuple[int | None, int | None, int | None]:
    if not token:
        return None, None, None
    v = parse_number(token)
    if v is not None:
        return v, v, v
    b = VAGUE.get(re.sub(r"\s+", " ", token.lower().strip()))
    return (None, b[0], b[1]) if b else (None, None, None)


def _noun_side(noun: str, prev: Count | None) -> tuple[bool, bool]:
    noun = noun or ""
    if re.match(r"\s*(?:others?|more)\b", noun, re.I) and prev is not None and not re.search(
            r"\bother\s+(?:police|soldiers?|civilians?)", noun, re.I):
        return prev.attacker, prev.generic
    attacker = bool(ATTACKER_NOUNS.search(noun)) and not re.search(r"\b(?:by|of\s+the\s+)?(?:police|soldiers?|"
                                                                    r"civilians?)\b", noun, re.I)
    generic = not noun.strip() or bool(re.match(r"\s*(?:people|persons|others|individuals)\b", noun, re.I))
    return attacker, generic


_KIND_WORDS = {
    "killed": fastre.compile(r"kill|dead|died|slain|murder|massacr|lives|perish|lynch|gunned|behead|execut|toll|fatally|"
                         r"deaths|fatalit|bodies|burned\s+to|hacked|casualt|nobody|no\s+one", re.I),
    "injured": fastre.compile(r"injur|wound|hurt|hospitali|maim|casualt|nobody|no\s+one", re.I),
}


# "residents estimated", "could not confirm reports that 15 died": a figure that only bounds the toll
_HEDGE = fastre.compile(r"\b(?:could\s+not\s+(?:confirm|verify|be\s+verified)|unconfirmed|unverified|estimated|"
                    r"rumou?rs?)\b", re.I)


def sentence_counts(sentence: str) -> list[Count]:
    """Counts of one sentence; hedged figures keep only their bounds (never the best estimate)."""
    counts = _sentence_counts(sentence)
    if counts and _HEDGE.search(sentence):
        return [Count(c.kind, None, None, c.value if c.value is not None else c.high, c.attacker, c.start,
                      c.generic) for c in counts]
    return counts


def _sentence_counts(sentence: str) -> list[Count]:
    """Every killed/injured count stated in one sentence (aggregates over long periods are skipped)."""
    kinds = [k for k in ("killed", "injured") if _KIND_WORDS[k].search(sentence)]
    if not kinds or AGGREGATE.search(sentence):
        return []
    out: list[Count] = []
    spans: list[tuple[int, int]] = []
    for kind in kinds:
        found: list[Count] = []
        for rx in (_PASSIVE[kind], _ACTIVE[kind], _NOUN_DEAD[kind]):
            for m in rx.finditer(sentence):
                if any(a <= m.start("num") < b for a, b in spans):
                    continue
                noun = m.groupdict().get("noun") or ""
                if _TIME_NOUN.match(noun) or _TIME_NOUN.match(sentence[m.end("num"):]):
                    continue
                if rx is _ACTIVE[kind] and m.group(0).lower().startswith(("left", "leaving")) and not re.match(
                        r"[^.;]{0,20}\b(?:dead|killed|injured|wounded)", sentence[m.end():] + " " + noun):
                    continue
                if _NEGATED_COUNT.search(sentence[max(0, m.start("num") - 40):m.start("num")]):
                    continue
                v, lo, hi = _value(m.group("num"))
                if lo is None:
                    continue
                if m.group("num2"):
                    v2, lo2, hi2 = _value(m.group("num2"))
                    if v is not None and v2 is not None and v2 > v:
                        hi = v2
                earlier = [c for c in out + found if c.start < m.start("num")]
                prev = max(earlier, key=lambda c: c.start) if earlier else None
                att, gen = _noun_side(noun, prev)
                found.append(Count(kind, v, lo, hi, att, m.start("num"), gen))
                spans.append((m.start("num"), m.end("num")))
                # "two policemen and three civilians were killed": earlier list items share the verb.
                if rx is _PASSIVE[kind]:
                    base = max(0, m.start() - 80)
                    head = sentence[base:m.start()]
                    lm = _LIST_BEFORE.search(head)
                    if lm:
                        for nm in re.finditer(rf"(?<![\w-])(?P<n>{NUMBER_RE})(?P<noun>{_LIST_WORD}{{0,3}}?)"
                                              rf"\s*(?:,|\band\b)", lm.group(0), re.I):
                            nv = parse_number(nm.group("n"))
                            if nv is not None and not _TIME_NOUN.match(nm.group("noun")):
                                a2, g2 = _noun_side(nm.group("noun"), None)
                                found.append(Count(kind, nv, nv, nv, a2, base + lm.start() + nm.start(), g2))
        for m in ([_TOLL.search(sentence)] if kind == "killed" else []):
            if m and not any(a <= m.start("num") < b for a, b in spans):
                v, lo, hi = _value(m.group("num"))
                if lo is not None:
                    found.append(Count(kind, v, lo, hi, False, m.start("num"), True))
        if not found:
            one = _ONE[kind].search(sentence)
            if one and not _NEGATED_COUNT.search(sentence[max(0, one.start() - 40):one.start()]):
                att, gen = _noun_side(one.group(0), None)
                found.append(Count(kind, 1, 1, 1, att, one.start(), False))
        if not found and _NONE[kind].search(sentence):
            found.append(Count(kind, 0, 0, 0, False, _NONE[kind].search(sentence).start(), True))
        out.extend(found)
    return out


def combine(per_sentence: list[list[Count]], kind: str) -> tuple[int | None, int | None, int | None]:
    """(best, low, high) for one event from the counts of its sentences, without double counting.

    Within a sentence, victim counts add up ("two policemen and three civilians were killed"); across
    sentences the largest victim figure wins (headline and detail repeat each other) and the largest
    attacker figure is added on top ("seven Taliban were also killed"), unless it comes in a breakdown of
    both sides that fits within a toll of "people" given elsewhere (a restatement of that toll).
    """
    victim_sums, attacker_sums, lows, highs = [], [], [], []
    vague_lo, vague_hi = [], []
    sides: list[tuple[int, int]] = []
    totals: list[int] = []  # "14 people were killed": a toll that may already count every side
    for counts in per_sentence:
        cs = [c for c in counts if c.kind == kind]
        exact = [c for c in cs if c.value is not None]
        vague_lo += [c.low for c in cs if c.value is None and c.low is not None]
        vague_hi += [c.high for c in cs if c.value is None and c.high is not None]
        if not exact:
            continue
        v = sum(c.value for c in exact if not c.attacker)
        a = sum(c.value for c in exact if c.attacker)
        if not a and all(c.generic for c in exact):
            totals.append(v)
        sides.append((v, a))
        lows += [c.low for c in exact if c.low is not None]
        highs += [c.high for c in exact if c.high is not None]
    for v, a in sides:
        if a and v and any(v + a <= t for t in totals):
            # "Eleven attackers and three soldiers were killed" after "14 people dead": a breakdown of
            # the toll already given, not deaths on top of it
            victim_sums.append(v + a)
            continue
        if v or not a:
            victim_sums.append(v)
        if a:
            attacker_sums.append(a)
    if not victim_sums and not attacker_sums:
        if vague_lo:
            return None, max(vague_lo), max(vague_hi) if vague_hi else None
        return None, None, None
    best = (max(victim_sums) if victim_sums else 0) + (max(attacker_sums) if attacker_sums else 0)
    spread = (max(victim_sums) - min(victim_sums)) if victim_sums else 0  # conflicting tolls
    low = min([best - spread] + [lo for lo, hi in zip(lows, highs, strict=False) if hi != lo])
    high = max([best] + highs + vague_hi)  # hedged figures ("residents estimated 20") widen the range
    return best, low, high
