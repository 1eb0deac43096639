"""Find place mentions in news text and resolve each to one gazetteer entry. Pure, offline.

``find_places`` looks up capitalised word runs (up to six words) in the gazetteer, drops the ones that
are more likely ordinary words or people's names, then picks one candidate per mention by population
plus the document's context: the countries it names most, its dateline ("KABUL, Afghanistan (AP) —"),
the admin1 regions it names, and an explicit "Town, Region" pattern.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from extractors.places import geo_words as gw  # word lists, kept apart to keep this module small
from extractors.places.gazetteer import (
    KIND_ADMIN1,
    KIND_COUNTRY,
    KIND_COUNTY,
    Gazetteer,
    fold,
    get_gazetteer,
)
from extractors.places.geo_scan import Mention, is_cap, respelled, scan, sentence_start


@dataclass(frozen=True)
class Place:
    name: str  # the gazetteer's name (e.g. "Maiduguri"), not the text's spelling
    country: str  # ISO3
    admin1: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str  # 'city' | 'admin1' | 'country'
    start: int  # span of the mention in the text
    end: int
    population: int = 0
    aliases: int = 0  # the gazetteer's other names for it: many for a famous town ("Timbuktu": 16)


_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z .'’-]{1,40}?)(?:,\s*([A-Z][A-Za-z .'’-]{1,40}?))?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s")
# A dateline after a headline that was kept with the text: only in capitals ("Title. MANSFIELD — ...").
_DATELINE_LATER = re.compile(
    r"(?:\n|[.!?]\s)\s*([A-Z][A-Z .'’-]{2,40}?)(?:,\s*([A-Z][A-Za-z .'’-]{1,40}?))?\s*(?:\([^)]{1,40}\))?"
    r"\s*[—–-]{1,2}\s")
_STATE_ABBR_RE = re.compile(r",\s*(" + "|".join(re.escape(k) for k in gw.US_STATE_ABBR) + r")(?!\w)")

_PRECISION = {KIND_COUNTRY: "country", KIND_ADMIN1: "admin1", KIND_COUNTY: "admin1"}


def _drop(m: Mention, text: str, gaz: Gazetteer, context: Counter) -> bool:
    """True when the mention is more likely an ordinary word, a person or an organisation."""
    if m.key in gw.NEVER and not m.admin_hint:
        return True
    best = gaz.entries[m.cands[0][0]]
    kinds = {gaz.entries[c].kind for c, _ in m.cands}
    single = m.tokens == 1
    prev, nxt, gap = m.prev, m.next, m.next_gap
    sent_start = sentence_start(text, m.start)
    if nxt is not None and gap.strip() == "" and nxt[2].lower() in gw.MEDIA:
        return True  # "New York Times", "Kano Pillars", "Minsk agreement"
    if single and prev is not None and not sent_start:
        p = prev[2]
        between = text[prev[1]:m.start]
        if between.strip() == "" and is_cap(p) and p.lower() not in gw.QUALIFIERS and not p.isupper():
            return True  # "Michael Jordan", "President Buhari", "Lake Chad"
        if between.strip() in ("", ".") and p.lower().rstrip(".") in gw.TITLES:
            return True
    if single and m.key in gw.GIVEN and nxt is not None and gap.strip() == "" and is_cap(nxt[2]) \
            and nxt[2].lower() not in gw.ADMIN_SUFFIX and nxt[2].lower() not in gw.INSTITUTION:
        return True  # "Chad Johnson", but not "Georgia Bureau of Investigation"
    common = all(gaz.is_common(c, m.key) for c, _ in m.cands if gaz.entries[c].kind != KIND_COUNTRY) \
        and KIND_COUNTRY not in kinds
    if common:
        if m.admin_hint or m.within:
            return False
        if sent_start or not m.cue:
            return True
        if best.population < 50000 and best.country not in context:
            return True
    return False


def _score(gaz: Gazetteer, idx: int, primary: bool, m: Mention, ctx: Counter, total: float,
           admins: Counter, dateline: str | None) -> float:
    e = gaz.entries[idx]
    s = math.log10(e.population + 10)
    if e.kind == KIND_COUNTRY:
        s += 3.0
    elif e.kind in (KIND_ADMIN1, KIND_COUNTY):
        # a bare "Kandahar" or "Idlib" is more often the town than its province
        s += 6.0 if m.admin_hint else -3.0 if m.town_hint else -1.0
    if not primary:
        s -= 1.5
    if total:
        s += 5.0 * ctx.get(e.country, 0) / total
    if dateline and e.country == dateline:
        s += 2.0
    if e.kind != KIND_COUNTRY:
        s += min(admins[(e.country, e.admin1)], 1.0) * 2.5
    if m.within is not None:
        c, a = m.within
        if e.country == c and (a is None or fold(e.admin1 or "") == fold(a)):
            s += 12.0
    return s


# Scholarly transliteration marks (macron, dot/macron below, breve, cedilla, dot above, ayn/hamza) that
# news and conflict datasets never write: "Al Ḩasakah" -> "Al Hasakah", "Spīn Bōldak" -> "Spin Boldak".
# Accents of European spellings ("Michoacán", "Düsseldorf") stay.
_TRANSLIT_MARKS = {0x0304, 0x0323, 0x0331, 0x0306, 0x0327, 0x0307, 0x02BF, 0x02BE, 0x02BB, 0x02BC}


def _plain(name: str | None) -> str | None:
    if not name or name.isascii():
        return name
    decomposed = unicodedata.normalize("NFD", name)
    kept = "".join(ch for ch in decomposed if ord(ch) not in _TRANSLIT_MARKS)
    return unicodedata.normalize("NFC", kept)


def _place(gaz: Gazetteer, idx: int, start: int, end: int) -> Place:
    e = gaz.entries[idx]
    aliases = gaz.entries.row(idx)[2].count("|")
    return Place(_plain(e.name), e.country, _plain(e.admin1), e.latitude, e.longitude,
                 _PRECISION.get(e.kind, "city"), start, end, e.population, aliases)


def _dateline(text: str, gaz: Gazetteer) -> tuple[str | None, tuple[int, int, str] | None]:
    """The dateline's country, and the span and key of its place ("KABUL, Afghanistan (AP) —").

    A bare dateline gives a country only when one reading dwarfs the others ("MOGADISHU —"); for
    "MANSFIELD —" the rest of the article decides.
    """
    m = _DATELINE.match(text, 0, 120) or _DATELINE_LATER.search(text, 0, 300)
    if not m:
        return None, None
    place, region = m.group(1).strip(), (m.group(2) or "").strip()
    span = (m.start(1), m.start(1) + len(m.group(1).rstrip()), fold(place))
    if region:
        region = gw.US_STATE_ABBR.get(region, region)
        for idx, _ in gaz.lookup(fold(region)):
            e = gaz.entries[idx]
            if e.kind in (KIND_COUNTRY, KIND_ADMIN1):
                return e.country, span
    cands = gaz.lookup(fold(place))
    if not cands:
        return None, span
    top = gaz.entries[cands[0][0]]
    rival = max((gaz.entries[i].population for i, _ in cands if gaz.entries[i].country != top.country), default=0)
    return (top.country if top.population >= 5 * rival else None), span


def find_places(text: str, *, published: str | None = None, title: str | None = None,
                context: Counter | None = None) -> list[Place]:
    """Every place mention in ``text``, resolved to one gazetteer entry each (see module doc).

    ``context`` adds countries the caller read in the text (the country names and nationality words of the
    article's language, which the English gazetteer keys do not hold) to the evidence that picks readings."""
    if not text:
        return []
    gaz = get_gazetteer()
    misses: list[tuple[int, int, int]] = []
    mentions = scan(text, gaz, misses)
    abbrevs = []
    for a in _STATE_ABBR_RE.finditer(text):
        # "Alexandria, La.": a mention for the state itself, which the town before it will be tied to
        cands = gaz.lookup(fold(gw.US_STATE_ABBR[a.group(1)]))
        cands = [c for c in cands if gaz.entries[c[0]].kind == KIND_ADMIN1 and gaz.entries[c[0]].country == "USA"]
        if cands:
            abbrevs.append(Mention(a.start(1), a.end(1), fold(gw.US_STATE_ABBR[a.group(1)]), cands, admin_hint=True))
    if abbrevs:  # "Kan." is Kansas here, not a town called Kan
        mentions = [m for m in mentions if not any(a.start <= m.start < a.end for a in abbrevs)] + abbrevs
    mentions.sort(key=lambda x: x.start)
    dl_country, dl_span = _dateline(text, gaz)

    # Context from mentions that need no context: countries and demonyms, "X State", big unique towns.
    ctx: Counter = Counter(context or {})
    if dl_country:
        ctx[dl_country] += 2
    if title:
        for m in scan(title, gaz):
            e = gaz.entries[m.cands[0][0]]
            if e.kind == KIND_COUNTRY and m.key not in gw.GIVEN:
                ctx[e.country] += 1
    for m in mentions:
        e = gaz.entries[m.cands[0][0]]
        if e.kind == KIND_COUNTRY and m.key not in gw.GIVEN:
            ctx[e.country] += 1
        elif m.admin_hint:
            ctx[e.country] += 1
        elif e.population >= 100000 and len({gaz.entries[c].country for c, _ in m.cands[:20]}) == 1:
            ctx[e.country] += 0.5

    if misses and ctx:
        mentions = sorted(mentions + respelled(text, gaz, misses, ctx), key=lambda x: x.start)

    # "Town, Region" / "Town, Country": tie the town to what follows the comma.
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        gap = text[m.end:m.end + 3]
        if gap.startswith(", "):
            nxt = by_start.get(m.end + 2)
            if nxt is not None:
                for c, _ in nxt.cands:
                    e = gaz.entries[c]
                    if e.kind in (KIND_COUNTRY, KIND_ADMIN1):
                        m.within = (e.country, e.admin1 if e.kind == KIND_ADMIN1 else None)
                        nxt.cue = True
                        break
    kept = [m for m in mentions if not _drop(m, text, gaz, ctx)]
    admins: Counter = Counter()
    for m in kept:
        e = gaz.entries[m.cands[0][0]]
        if e.kind in (KIND_ADMIN1, KIND_COUNTY) and (m.admin_hint or len(m.cands) == 1):
            admins[(e.country, e.admin1)] += 1
    picks = [_best(gaz, m, ctx, admins, dl_country) for m in kept]
    # Second pass: what the first pass resolved is context for the rest ("Alexandria" in an article
    # that also names "Rapides Parish" and "Pineville" is the Louisiana one), without a name
    # counting as evidence for itself.
    ctx2, admins2, by_key = Counter(ctx), Counter(), {}
    for m, idx in zip(kept, picks, strict=True):
        e = gaz.entries[idx]
        w = 1.0 if e.kind != "P" else 0.5
        ctx2[e.country] += w
        admins2[(e.country, e.admin1)] += w
        own = by_key.setdefault(m.key, [Counter(), Counter()])
        own[0][e.country] += w
        own[1][(e.country, e.admin1)] += w
    # Regions that several different names could lie in ("Huntsville" and "Walker County" both have a
    # Texas reading) support each other's readings there, even where the first pass chose otherwise.
    regions: dict[str, set] = {}
    for m in kept:
        regions.setdefault(m.key, set()).update(
            (gaz.entries[i].country, gaz.entries[i].admin1) for i, _ in m.cands[:30] if gaz.entries[i].admin1)
    support: Counter = Counter()
    for rs in regions.values():
        support.update(rs)
    named: dict[str, Counter] = {}  # regions the article itself names or resolved to, without the support
    for key, (own_c, own_a) in by_key.items():
        c2, a2 = Counter(ctx2), admins2 + admins
        c2.subtract(own_c)
        a2.subtract(own_a)
        named[key] = Counter(a2)
        for r in regions[key]:
            a2[r] += 0.4 * min(support[r] - 1, 3)
        by_key[key] = (c2, a2)
    trusted, trusted_own = Counter(ctx), {}
    for m, idx in zip(kept, picks, strict=True):
        e = gaz.entries[idx]
        own = trusted_own.setdefault(m.key, Counter())
        if e.kind == "P" and (e.population >= 20000 or m.tokens > 1):
            trusted[e.country] += 0.5
            own[e.country] += 0.5
    trusted_total = sum(trusted.values())
    named_countries = [(gaz.entries[m.cands[0][0]].country, m.start) for m in kept
                       if gaz.entries[m.cands[0][0]].kind == KIND_COUNTRY]
    out: list[Place] = []
    for m in kept:
        c2, a2 = by_key[m.key]
        idx = _best(gaz, m, c2, a2, dl_country)
        e = gaz.entries[idx]
        # Towns outside the countries the article is about are usually a misreading ("Salvador" the
        # name, "Morena" the party): a passing "United States" does not let in every US village.
        # judged on evidence that needs no context (country names, "X State", datelines) and on towns
        # big enough to vouch, not on villages vouching for each other ("By Joseph" ... "Venus")
        tc = trusted[e.country] - trusted_own[m.key][e.country]
        about = tc > 0 and tc / (trusted_total - sum(trusted_own[m.key].values())) >= 0.2 \
            or named[m.key][(e.country, e.admin1)] >= 1 \
            or any(c == e.country and abs(pos - m.start) <= 150 for c, pos in named_countries)  # "in northern Syria"
        if e.kind == KIND_ADMIN1 and m.tokens == 1 and not (m.admin_hint or m.within or m.cue or about):
            continue  # a bare "Guerrero" or "Meta" far from the article's countries is a name
        if e.kind not in (KIND_COUNTRY, KIND_ADMIN1, KIND_COUNTY) and not m.within and not about \
                and not (dl_span and dl_span[0] == m.start):
            if m.tokens == 1 and m.next is not None and m.next_gap.strip() == "" and m.next[2][:1].isupper() \
                    and m.next[2].lower() not in gw.ADMIN_SUFFIX and m.next[2].lower() not in gw.INSTITUTION:
                continue  # "Salvador Cienfuegos", "Boni Yayi": a name, far from the article's places
            primary = next((p for i, p in m.cands if i == idx), True)
            if m.tokens > 1:
                floor = 20000
            else:
                floor = 100000 if m.cue else 500000
            if e.population < (floor if primary else 5 * floor):
                continue
        out.append(_place(gaz, idx, m.start, m.end))
    return out


def _best(gaz: Gazetteer, m: Mention, ctx: Counter, admins: Counter, dateline: str | None) -> int:
    if len(m.cands) == 1:
        return m.cands[0][0]
    total = float(sum(ctx.values()))
    best_idx, best_s = m.cands[0][0], -1e9
    for idx, primary in m.cands[:30]:  # most populous first; the tail never wins
        s = _score(gaz, idx, primary, m, ctx, total, admins, dateline)
        if s > best_s:
            best_idx, best_s = idx, s
    return best_idx


def document_country(places: list[Place]) -> str | None:
    """The country the document is mostly about: most mentioned, earliest mention breaking ties.

    Towns and regions count double a country name or demonym, which often names an actor ("the U.S.
    ambassador", "Mexican newsman") rather than where things happen (MUC-3/4 documents: 0.754 against
    0.742 with near-equal weights; the dateline gets no extra weight, it names where the reporter is).
    """
    if not places:
        return None
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for i, p in enumerate(places):
        counts[p.country] += 0.5 if p.geo_precision == "country" else 1.0
        first.setdefault(p.country, i)
    return max(counts, key=lambda c: (counts[c], -first[c]))


def geocode(name: str, country: str | None = None) -> Place | None:
    """One name to its most likely entry (countries, then admin1, then the most populous town)."""
    if not name or not name.strip():
        return None
    gaz = get_gazetteer()
    want = None
    if country:
        c = country.strip()
        want = gaz.iso2_to_iso3.get(c.upper()) or (c.upper() if c.upper() in gaz.country_by_iso3 else None)
        if want is None:
            hits = [i for i, _ in gaz.lookup(fold(c)) if gaz.entries[i].kind == KIND_COUNTRY]
            want = gaz.entries[hits[0]].country if hits else None
    key = fold(name)
    cands = gaz.lookup(key)
    admin_hint = False
    if not cands:
        words = key.split()
        if len(words) > 1 and words[-1] in gw.ADMIN_SUFFIX:
            cands, admin_hint = gaz.lookup(" ".join(words[:-1])), True
    if want:
        cands = [c for c in cands if gaz.entries[c[0]].country == want]
    if not cands:
        return None
    m = Mention(0, len(name), key, cands, admin_hint=admin_hint)
    best = max(cands, key=lambda t: _score(gaz, t[0], t[1], m, Counter(), 0.0, Counter(), None))
    return _place(gaz, best[0], 0, len(name))
