"""The counts stage's parser: fatality and injury counts from sentences, in any lexicon's words.

Conventions (docs/events.md): "at least/more than N" -> N; ranges "N to M" -> N with low/high; vague words
("dozens", "several") -> no value, only bounds; an explicit "no casualties" -> 0. Counts for the same
side are not added across sentences (the largest wins, so a headline and its repetition are not double
counted); counts for attackers ("seven Taliban were also killed") are added to the victims' count.
The patterns are built once per language from ``Lexicon.counts`` (``extractors.lexicons.CountWords``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from extractors.events.dates import date_number_spans
from extractors.lexicons import CountWords, Lexicon, lexicon, rx


@dataclass(frozen=True)
class _Patterns:
    words: CountWords
    passive: dict[str, re.Pattern]
    active: dict[str, re.Pattern]
    noun_dead: dict[str, re.Pattern]
    one: dict[str, re.Pattern]
    none: dict[str, re.Pattern]
    kind: dict[str, re.Pattern]
    toll: re.Pattern
    list_before: re.Pattern
    list_item: re.Pattern
    list_after: re.Pattern  # "killed 17 soldiers and four civilians": the items after an active verb
    attacker_after: re.Pattern  # "seven bodies of the attackers", "7 corps des terroristes"
    negated: re.Pattern
    attackers: re.Pattern
    side: re.Pattern
    generic: re.Pattern
    others: re.Pattern
    time_noun: re.Pattern
    aggregate: re.Pattern
    hedge: re.Pattern
    also_after: re.Pattern | None  # "left 42 gunmen dead, as well as one police officer": one more victim group
    fate_after: re.Pattern  # what follows such a group when it met another fate ("as well as 12 wounded")
    left: re.Pattern
    left_check: re.Pattern
    not_counts: re.Pattern | None
    maybe_dead: re.Pattern | None
    one_named: re.Pattern | None
    partitive: dict[str, re.Pattern] | None  # "three gunmen ..., one of whom was killed"
    one_person: re.Pattern | None  # a list item of one victim: "a civilian", "the mayor"
    list_verb: dict[str, re.Pattern]  # the verb after a list of victims, past an appositive name
    number_item: re.Pattern  # a list item with a number: "three policemen"
    one_after: re.Pattern | None  # "killed three soldiers and a policeman": one more victim after the verb's list
    antecedent: re.Pattern  # the last "N noun" before a partitive: the group it is a share of


@functools.cache
def _patterns(w: CountWords) -> _Patterns:
    vague = "|".join(sorted((re.escape(k) for k in w.vague if k not in ("others", "autres")), key=len, reverse=True))
    qual = rf"(?:(?:{w.qualifiers})\s+)?"
    num = rf"(?:{w.number}|{vague})" if vague else rf"(?:{w.number})"
    rng = rf"(?P<num>{num})(?:\s*(?:-|\u2013|{w.range_link})\s*(?P<num2>{num}))?"
    noun = (rf"(?P<noun>(?:\s+(?!(?:{w.noun_stop})(?!\w))[\w'\u2019\u064b-\u065f\u0670-]+){{0,5}}?"
            rf"(?:,?\s+(?:{w.including})\s+[^,.;]{{1,60}}?,?)?{w.noun_place})")
    aux = rf"(?:\s+(?:{w.aux})){{0,3}}"
    word_list = rf"(?:\s+(?!(?:{w.list_stop})(?!\w))[\w'\u064b-\u065f\u0670-]+)"
    i = re.I
    re_c = rx  # case-insensitive through fastre
    return _Patterns(
        words=w,
        passive={"killed": re_c(rf"(?<![\w-]){qual}{rng}{noun}{aux}\s+(?:{w.kill_passive})(?!\w)", i),
                 "injured": re_c(rf"(?<![\w-]){qual}{rng}{noun}{aux}\s+(?:{w.hurt_passive})(?!\w)", i)},
        active={"killed": re_c(rf"(?<!\w)(?:{w.kill_active})\s+{qual}{rng}{noun}", i),
                "injured": re_c(rf"(?<!\w)(?:{w.hurt_active})\s+{qual}{rng}{noun}", i)},
        noun_dead={"killed": re_c(rf"(?<![\w-]){qual}{rng}\s+(?:{w.dead_nouns})(?!\w)", i),
                   "injured": re_c(rf"(?<![\w-]){qual}{rng}\s+(?:{w.hurt_nouns})(?!\w)", i)},
        one={"killed": re_c(w.one_killed, i), "injured": re_c(w.one_hurt, i)},
        none={"killed": re_c(w.none_killed, i), "injured": re_c(w.none_hurt, i)},
        kind={"killed": re_c(w.kind_killed, i), "injured": re_c(w.kind_hurt, i)},
        toll=re_c(rf"(?:{w.toll})\s*{qual}{rng}", i),
        list_before=re_c(rf"(?:{qual}(?P<n>{w.number}){word_list}{{0,3}}?\s*(?:,|{w.conj}|,\s*{w.conj})\s*)+$", i),
        list_item=re_c(rf"(?<![\w-])(?P<n>{w.number})(?P<noun>{word_list}{{0,3}}?)\s*(?:,|{w.conj})", i),
        list_after=re_c(rf"(?:\s+(?!(?:{w.noun_stop})(?!\w))[\w'\u2019-]+){{0,4}}?\s*,?\s*(?:{w.conj}|,)\s+{qual}"
                        rf"(?P<n>{w.number})(?P<noun>{word_list}{{1,3}})", i),
        attacker_after=re_c(rf"^\s*(?:(?:of|among|from|in|de|des|du|d['\u2019]|parmi|del|dos|das|da|do|entre|из|среди|"
                            rf"серед|من)\s+(?:(?:the|les?|la|los|las|os|as)\s+|l['\u2019])?(?:[\w'\u2019-]+\s+){{0,2}}?)?"
                            rf"(?:{w.attackers})(?!\w)", i),
        negated=re_c(rf"(?:{w.negated})\s+(?:\S+\s+){{0,3}}$", i),
        attackers=re_c(rf"(?<!\w)(?:{w.attackers})(?!\w)", i),
        side=re_c(rf"(?<!\w)(?:{w.side_nouns})(?!\w)", i),
        generic=re_c(rf"\s*(?:{w.generic_nouns})(?!\w)", i),
        others=re_c(rf"\s*(?:{w.others})(?!\w)", i),
        time_noun=re_c(rf"^\s*(?:{w.time_nouns})(?!\w)", i),
        aggregate=re_c(w.aggregate, i),
        hedge=re_c(w.hedge, i),
        also_after=re_c(rf"(?:\s+(?!(?:{w.noun_stop})(?!\w))[\w'\u2019-]+|\s+(?:dead|killed|injured|wounded)){{0,3}}?"
                        rf"\s*,?\s+(?:{w.also})\s+{qual}(?P<n>{w.number}|an?)(?P<noun>{word_list}{{1,4}})", i)
        if w.also else None,
        fate_after=re_c(rf"\s*(?:,\s*)?(?:(?:were|was|are|is)\s+)?(?:{w.list_stop}|{w.kill_passive}|{w.hurt_passive})"
                        rf"(?!\w)", i),
        left=re_c(rf"^(?:{w.left})(?!\w)", i),
        left_check=re_c(rf"[^.;]{{0,20}}(?<!\w)(?:{w.left_check})", i),
        not_counts=re.compile(w.not_counts) if w.not_counts else None,
        maybe_dead=re.compile(w.hurt_maybe_dead, re.I | re.S) if w.hurt_maybe_dead else None,
        one_named=re.compile(w.one_named) if w.one_named else None,
        partitive={"killed": re_c(rf"{w.partitive}{aux}\s+(?:{w.kill_passive})(?!\w)", i),
                   "injured": re_c(rf"{w.partitive}{aux}\s+(?:{w.hurt_passive})(?!\w)", i)}
        if w.partitive else None,
        one_person=re_c(rf"^(?:{w.one_person})$", i) if w.one_person else None,
        list_verb={k: re_c(rf"(?:,\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){{0,3}},)?{aux}\s+(?:{v})(?!\w)")
                   for k, v in (("killed", w.kill_passive), ("injured", w.hurt_passive))},
        one_after=re_c(rf"(?:\s+(?!(?:{w.noun_stop})(?!\w))[\w'\u2019-]+){{0,4}}?\s*,?\s*(?:{w.conj})\s+"
                       rf"(?:{w.one_person})(?!\w)(?!\s+(?:{w.list_stop}|is|are|who|whose)(?!\w))", i)
        if w.one_person else None,
        number_item=re_c(rf"^{qual}(?P<n>{w.number})(?P<noun>(?:\s+[\w'\u2019-]+){{1,3}})$", i),
        antecedent=re_c(rf"(?<![\w-])(?:{w.number})(?P<noun>(?:\s+[\w'\u2019-]+){{1,3}})(?!.*(?<![\w-])(?:{w.number})\s)", i),
    )


def _lex(lex: Lexicon | None) -> Lexicon:
    return lex if lex is not None else lexicon("en")


@dataclass(frozen=True, slots=True)
class Count:
    kind: str  # "killed" | "injured"
    value: int | None  # None for vague counts
    low: int | None
    high: int | None
    attacker: bool  # the dead/wounded are the attackers (added to victims)
    start: int
    generic: bool  # "people" or no noun: may already include every side
    maybe_dead: bool = False  # "was shot": wounded, unless another sentence says the victim died


def _value(token: str | None, w: CountWords) -> tuple[int | None, int | None, int | None]:
    if not token:
        return None, None, None
    v = w.parse_number(token)
    if v is not None:
        return v, v, v
    b = w.vague.get(re.sub(r"\s+", " ", token.lower().strip()))
    return (None, b[0], b[1]) if b else (None, None, None)


def _noun_side(noun: str, prev: Count | None, p: _Patterns) -> tuple[bool, bool]:
    """(the count is of attackers, the count is generic "people" that may include every side)."""
    noun = noun or ""
    if p.others.match(noun) and prev is not None and not p.side.search(noun):
        return prev.attacker, prev.generic
    attacker = bool(p.attackers.search(noun)) and not p.side.search(noun)
    generic = not noun.strip() or bool(p.generic.match(noun))
    return attacker, generic


def sentence_counts(sentence: str, lex: Lexicon | None = None) -> tuple[Count, ...]:
    """Counts of one sentence; hedged figures keep only their bounds (never the best estimate). Memoized:
    detection, the learned features and grouping all ask for the same sentences."""
    return _counts(sentence, _lex(lex))


@functools.lru_cache(maxsize=4096)
def _counts(sentence: str, lex: Lexicon) -> tuple[Count, ...]:
    p = _patterns(lex.counts)
    counts = _sentence_counts(sentence, _mask(sentence, lex, p), p)
    if counts and p.hedge.search(sentence):
        return tuple(Count(c.kind, None, None, c.value if c.value is not None else c.high, c.attacker, c.start,
                           c.generic) for c in counts)
    return tuple(counts)


def is_aggregate(sentence: str, lex: Lexicon | None = None) -> bool:
    """A total over a period ("since January", "so far this year"), not one incident's toll."""
    return bool(_patterns(_lex(lex).counts).aggregate.search(sentence))


def _mask(sentence: str, lex: Lexicon, p: _Patterns) -> str:
    """The sentence with the digits of dates, ages, addresses and phone numbers replaced by letters (same
    length, so offsets hold): "On 22 March 2018 ten people were killed" must not give a toll of 22, nor
    "killed 37-year-old Danny" one of 37, nor "In 2014 militants killed 40" one of 2,054. A ``blank``
    group of ``CountWords.not_counts`` becomes spaces instead."""
    spans = list(date_number_spans(sentence, lex)) if any(c.isdigit() for c in sentence) else []
    blanks: list[tuple[int, int]] = []
    if p.not_counts is not None and any(c.isdigit() for c in sentence):
        for m in p.not_counts.finditer(sentence):
            if m.group("blank") if "blank" in m.re.groupindex else None:
                blanks.append(m.span("blank"))
                continue
            groups = [m.span(g) for g, v in m.groupdict().items() if v is not None]
            spans += groups or [m.span()]
    if not spans and not blanks:
        return sentence
    chars = list(sentence)
    for a, b in blanks:  # a phrase the victims' noun reads past ("two youths aged 16 and 19 were wounded")
        chars[a:b] = " " * (b - a)
    for a, b in spans:
        for k in range(a, b):
            if chars[k].isdigit():
                chars[k] = "N"
    return "".join(chars)


def _sentence_counts(original: str, sentence: str, p: _Patterns) -> list[Count]:
    """Every killed/injured count stated in one sentence (aggregates over long periods are skipped).
    ``sentence`` is the masked text (``_mask``) the numbers are read from; ``original`` the words."""
    w = p.words
    kinds = [k for k in ("killed", "injured") if p.kind[k].search(original)]
    if not kinds or p.aggregate.search(original):
        return []
    out: list[Count] = []
    spans: list[tuple[int, int]] = []
    for kind in kinds:
        found: list[Count] = []
        shares: list[int] = []
        if p.one_person is not None:
            for c, span in _listed(sentence, kind, p):
                found.append(c)
                spans.append(span)
        if p.partitive is not None:
            for m in p.partitive[kind].finditer(sentence):
                if any(a <= m.start("pn") < b for a, b in spans):
                    continue
                v = w.parse_number(m.group("pn"))
                group = p.antecedent.search(sentence[max(0, m.start() - 120):m.start()])
                if v is None or group is None:
                    continue
                att, gen = _noun_side(group.group("noun"), None, p)
                found.append(Count(kind, v, v, v, att, m.start("pn"), gen))
                spans.append((m.start("pn"), m.end("pn")))
                shares.append(m.start())
        for rxp in (p.passive[kind], p.active[kind], p.noun_dead[kind]):
            for m in rxp.finditer(sentence):
                if any(a <= m.start("num") < b for a, b in spans) or any(m.start() < k < m.end() for k in shares):
                    continue  # a number read already, or the group a share of which is counted
                noun = m.groupdict().get("noun") or ""
                if p.time_noun.match(noun) or p.time_noun.match(sentence[m.end("num"):]):
                    continue
                if rxp is p.active[kind] and p.left.match(m.group(0)) and not p.left_check.match(
                        sentence[m.end():] + " " + noun):
                    continue
                if p.negated.search(sentence[max(0, m.start("num") - 40):m.start("num")]):
                    continue
                v, lo, hi = _value(m.group("num"), w)
                if lo is None:
                    continue
                if m.group("num2"):
                    v2, lo2, hi2 = _value(m.group("num2"), w)
                    if v is not None and v2 is not None and v2 > v:
                        hi = v2
                earlier = [c for c in out + found if c.start < m.start("num")]
                prev = max(earlier, key=lambda c: c.start) if earlier else None
                att, gen = _noun_side(noun, prev, p)
                if not att and not noun.strip() and p.attacker_after.match(sentence[m.end():]):
                    att = True  # "seven bodies of the attackers were found", "7 corps des terroristes"
                maybe = kind == "injured" and p.maybe_dead is not None and bool(p.maybe_dead.match(m.group(0)))
                found.append(Count(kind, v, lo, hi, att, m.start("num"), gen, maybe))
                spans.append((m.start("num"), m.end("num")))
                # "left 42 gunmen dead, as well as one federal police officer": one more victim group
                if p.also_after is not None and (am := p.also_after.match(sentence, m.end())) is not None:
                    tok = am.group("n")
                    av = 1 if tok.lower() in ("a", "an") else w.parse_number(tok)
                    if (av is not None and not p.time_noun.match(am.group("noun"))
                            and not p.fate_after.match(sentence, am.end())):
                        a_att, a_gen = _noun_side(am.group("noun"), None, p)
                        found.append(Count(kind, av, av, av, a_att, am.start("n"), a_gen))
                        spans.append((am.start("n"), am.end("n")))
                # "killed 17 soldiers and four civilians": later list items share the verb
                if rxp is p.active[kind]:
                    pos = m.end()
                    while (la := p.list_after.match(sentence, pos)) is not None:
                        lv = w.parse_number(la.group("n"))
                        if lv is None or p.time_noun.match(la.group("noun")):
                            break
                        la_att, la_gen = _noun_side(la.group("noun"), None, p)
                        found.append(Count(kind, lv, lv, lv, la_att, la.start("n"), la_gen))
                        spans.append((la.start("n"), la.end("n")))
                        pos = la.end()
                    if p.one_after is not None and (oa := p.one_after.match(sentence, pos)) is not None:
                        o_att, _gen = _noun_side(oa.group(0), None, p)
                        found.append(Count(kind, 1, 1, 1, o_att, oa.start(), False))
                # "two policemen and three civilians were killed": earlier list items share the verb.
                if rxp is p.passive[kind]:
                    base = max(0, m.start() - 80)
                    lm = p.list_before.search(sentence[base:m.start()])
                    if lm:
                        for nm in p.list_item.finditer(lm.group(0)):
                            nv = w.parse_number(nm.group("n"))
                            if nv is not None and not p.time_noun.match(nm.group("noun")):
                                a2, g2 = _noun_side(nm.group("noun"), None, p)
                                found.append(Count(kind, nv, nv, nv, a2, base + lm.start() + nm.start(), g2))
        if kind == "killed":
            m = p.toll.search(sentence)
            if m and not any(a <= m.start("num") < b for a, b in spans):
                v, lo, hi = _value(m.group("num"), w)
                if lo is not None:
                    found.append(Count(kind, v, lo, hi, False, m.start("num"), True))
        if not found:
            one = p.one[kind].search(original) or (
                p.one_named.search(original) if kind == "killed" and p.one_named is not None else None)
            if one and not p.negated.search(original[max(0, one.start() - 40):one.start()]):
                att, gen = _noun_side(one.group(0), None, p)
                maybe = kind == "injured" and p.maybe_dead is not None and bool(p.maybe_dead.match(one.group(0)))
                found.append(Count(kind, 1, 1, 1, att, one.start(), False, maybe))
        if not found:
            none = p.none[kind].search(original)
            if none:
                found.append(Count(kind, 0, 0, 0, False, none.start(), True))
        out.extend(found)
    return out


_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_CLAUSE = re.compile(r".*(?:[;:(]|\b(?:when|after|as|while|that|which|who|where|said|says|says that)\s)", re.S)


def _listed(sentence: str, kind: str, p: _Patterns) -> list[tuple[Count, tuple[int, int]]]:
    """The victims of a list that names some of them one by one, before a passive verb: "three policemen and
    a civilian were killed" (3 + 1), "two soldiers and the mayor, Juan Perez, were killed" (2 + 1), "the mayor
    and his bodyguard were killed" (1 + 1). A list of numbers only is read by the list patterns."""
    out: list[tuple[Count, tuple[int, int]]] = []
    for v in p.list_verb[kind].finditer(sentence):
        base = max(0, v.start() - 120)
        head = _CLAUSE.match(sentence, base, v.start())
        start = head.end() if head else base
        subject = sentence[start:v.start()]
        pieces, pos = [], 0
        for sep in _LIST_SPLIT.finditer(subject):
            pieces.append((pos, subject[pos:sep.start()]))
            pos = sep.end()
        pieces.append((pos, subject[pos:]))
        if len(pieces) < 2 or not pieces[0][1].strip():
            continue
        items, ones = [], 0
        for off, text in pieces:
            text_s = text.strip()
            lead = off + len(text) - len(text.lstrip())
            if (m := p.number_item.match(text_s)) and (n := p.words.parse_number(m.group("n"))) is not None \
                    and not p.time_noun.match(m.group("noun")):
                items.append((n, m.group("noun"), start + lead + m.start("n"), start + lead + m.end("n")))
            elif p.one_person.match(text_s):
                items.append((1, text_s, start + lead, start + lead + len(text_s)))
                ones += 1
            else:
                break
        else:
            if ones:
                for n, noun, a, b in items:
                    att, gen = _noun_side(noun, None, p)
                    out.append((Count(kind, n, n, n, att, a, gen), (a, b)))
    return out


def wounded_alive(per_sentence: list[list[Count]], injured: int | None, killed: int | None) -> int | None:
    """The wounded when every figure of them only says they were "shot": those of them who died (another
    sentence: "he later died") are not also wounded. None when that leaves nobody said to be wounded."""
    if not injured or not killed:
        return injured
    exact = [c for cs in per_sentence for c in cs if c.kind == "injured" and c.value is not None]
    if not exact or not all(c.maybe_dead for c in exact):
        return injured
    return (injured - killed) or None if injured > killed else None


def combine(per_sentence: list[list[Count]], kind: str) -> tuple[int | None, int | None, int | None]:
    """(best, low, high) for one event from the counts of its sentences, without double counting.

    Within a sentence, victim counts add up ("two policemen and three civilians were killed"); across
    sentences the largest victim figure wins (headline and detail repeat each other) and the largest
    attacker figure is added on top ("seven Taliban were also killed"), unless it comes in a breakdown of
    both sides that fits within a toll of "people" given elsewhere, or equals it (a restatement of that toll).
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
        if a and not v and a in totals:
            # "US airstrike kills 3" then "killing three fighters": the same toll, told of the fighters
            victim_sums.append(a)
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
