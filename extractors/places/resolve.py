"""Places for events: a thin adapter over ``extractors.places.geo`` (place resolution, owned separately).

When ``extractors.places.geo`` is not installed yet, a fallback finds country names (actors.yaml) and
capitalized place names after locative words, without coordinates or admin1.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.actors import dictionary as act
from extractors.text import fastre

_RANK = {"city": 0, "admin1": 1, "country": 2}


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    name: str
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    precision: str  # city | admin1 | country
    start: int
    end: int
    population: int = 0  # the gazetteer's, 0 for a name it lacks
    aliases: int = 0  # how many other names the gazetteer has for it

    @property
    def key(self) -> str:
        return f"{self.country}|{self.admin1}|{self.name}".lower() if self.precision == "city" else \
            f"{self.country}|{self.name}".lower()


_NAME = r"((?:al-|el-)?[A-ZÀ-Ý][\w'\u2019-]+(?:[ -](?:(?:de|del|da|do|du|la|el)\s+)?(?:al-|el-)?[A-ZÀ-Ý][\w'\u2019-]+){0,2})"
# "the village of X" / "X village", and the Romance "le village de X", "la vereda X", "a aldeia de X"
_SETTLEMENT = fastre.compile(
    r"\b(?:village|town|city|camp|locality|settlement|neighbou?rhood|suburb|township|localité|hameau|quartier|"
    r"commune|ville|pueblo|poblado|vereda|corregimiento|localidad|caserío|barrio|comunidad|aldeia|povoado|vila|"
    r"localidade|bairro|comunidade|cidade)\s+(?:of|de|del|da|do|d['’])\s*" + _NAME +
    r"|\b(?:vereda|corregimiento|barrio|bairro)\s+" + _NAME +
    r"|\b" + _NAME + r"\s+(?:(?:refugee|displacement|displaced|IDPs?|idp)\s+)?(?:village|town|camp|district|township|locality|market|neighbou?rhood|hamlet|area|forest|"
    r"(?:army\s+|military\s+)?(?:camp|base|post|outpost|garrison|barracks))\b"
    # military posts and camps, which ACLED codes by their village: "the military camp at X", "le poste de X"
    r"|\b(?:hamlet|forest|(?:(?:army|military|police|security)\s+)?(?:camp|base|post|outpost|garrison|"
    r"barracks))\s+(?:of|at)\s+" + _NAME +
    r"|\b(?:poste|camp|base|garnison|caserne)(?:\s+(?:militaire|de\s+sécurité|avancée?|de\s+réfugiés|de\s+déplacés|"
    r"de\s+refugiados|de\s+desplazados|de\s+deslocados))?\s+(?:de|d['’])\s*" + _NAME +
    # in apposition: "X, aldeia remota no distrito de Y", "X, un village du cercle de Y", "X, a village in"
    r"|\b" + _NAME + r",\s+(?:(?:a|an|un|une|uma|um|una)\s+)?(?:small\s+|remote\s+|petit\s+|pequeña\s+|pequena\s+)?"
    r"(?:village|hamlet|localité|hameau|aldeia|povoado|vereda|caserío|poblado|localidad|localidade)\b")
# "in X, central Mali", "near X in Zamfara state": a name the gazetteer lacks, placed in a region or country
# the article names right after it
_APPOSED = fastre.compile(r"\b(?:in|near|at|outside|around)\s+" + _NAME + r"(?:,\s+(?:in\s+)?|\s+in\s+)(?:the\s+)?"
                          r"(?:(?:north|south|east|west|central|centre|center|upper|lower)[\w-]*\s+)?")
# "a Muslim-dominated locality", "the Taliban-held district": a description, not a name
_DESCRIPTOR = fastre.compile(r"-(?:dominated|majority|populated|inhabited|controlled|held|based|run|affected|hit|"
                             r"led|occupied|ruled)$", re.I)
_ADMIN_NEXT = fastre.compile(r"^\s+(?:province|state|region|governorate|department|oblast|county)\b", re.I)
_ADMIN_PREV = fastre.compile(r"\b(?:province|state|region|governorate|department|oblast|région|préfecture|"
                             r"département|gouvernorat|wilaya|état|departamento|provincia|estado|região|província)\s+"
                             r"(?:of|de|du|des|del|da|do|de\s+la)\s+(?:l['’])?$", re.I)


_NON_LATIN = ("ar", "ru", "uk")


class GeoView:
    def __init__(self, places: list[PlaceInfo], document_country: str | None, lang: str = "en"):
        self.places = sorted(places, key=lambda p: p.start)
        self.document_country = document_country
        self.lang = lang

    def in_span(self, start: int, end: int) -> list[PlaceInfo]:
        return [p for p in self.places if start <= p.start < end]

    def settlements(self, text: str, start: int, end: int) -> list[PlaceInfo]:
        """Named villages/towns/camps the gazetteer may not know ("Solhan village", "the town of Dibis")."""
        out = []
        gz = act.gazetteer(self.lang)
        known = {p.start: p for p in self.places}
        for m in _SETTLEMENT.finditer(text, start, end):
            g = next(i for i in range(1, (m.lastindex or 0) + 1) if m.group(i))
            name = m.group(g)
            first = name.split()[0]
            region = known.get(m.start(g))
            if region is not None and region.precision != "city":
                continue  # "a camp of Borno": a region the gazetteer knows, not a village
            if first in _STOP or gz.country_re.fullmatch(name) or gz.adj_re.fullmatch(first) \
                    or gz.group_re.search(name) or _DESCRIPTOR.search(name):
                continue
            out.append(PlaceInfo(name, self.document_country, None, None, None, "city", m.start(g), m.end(g)))
        for m in _APPOSED.finditer(text, start, end):
            container = known.get(m.end())
            own = known.get(m.start(1))
            if container is None or container.precision == "city" or (own is not None and own.precision != "city"):
                continue
            name = m.group(1)
            first = name.split()[0]
            if first in _STOP or gz.country_re.fullmatch(name) or gz.adj_re.fullmatch(first) \
                    or gz.group_re.search(name) or _DESCRIPTOR.search(name) or any(o.start == m.start(1) for o in out):
                continue
            out.append(PlaceInfo(name, container.country or self.document_country, None, None, None, "city",
                                 m.start(1), m.end(1)))
        return out

    def main_town(self, country: str | None, admin1: str | None,
                  skip: list[tuple[int, int]] = ()) -> PlaceInfo | None:
        """The town the article names most often (first named on a tie) in ``country`` and, when given,
        in ``admin1``; places inside ``skip`` spans (datelines: where the story was filed) do not count."""
        counts: dict[str, list] = {}
        for p in self.places:
            if p.precision != "city" or not country or p.country != country or (admin1 and p.admin1 != admin1):
                continue
            if any(a <= p.start < b for a, b in skip):
                continue
            entry = counts.setdefault(p.key, [0, p])
            entry[0] += 1
        if not counts:
            return None
        return max(counts.values(), key=lambda e: (e[0], -e[1].start))[1]

    def best(self, places: list[PlaceInfo]) -> PlaceInfo | None:
        """The most specific place of an event, preferring the country of the document."""
        if not places:
            return None
        dc = self.document_country
        return min(places, key=lambda p: (_RANK.get(p.precision, 3), p.country != dc if dc else 0))


_STOP = {"The", "A", "An", "In", "On", "At", "He", "She", "They", "It", "This", "That", "Monday", "Tuesday",
         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
         "June", "July", "August", "September", "October", "November", "December", "Reuters", "AFP", "AP",
         "Police", "Army", "President", "Minister", "Ministry", "Government", "Islamic", "State", "Province",
         "God", "Allah", "English", "Kurdish"}
_LOC = fastre.compile(
    r"\b(?:(?:in|near|at|outside|around|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:village|town|city|"
    r"district|area|camp|neighbou?rhood|locality|settlement|suburb|market)\s+of\s+)?|(?:village|town|city|"
    r"district|area|camp|neighbou?rhood|locality|settlement|suburb)\s+of\s+)"
    r"((?:[A-Z][\w-]+)(?:[\s-](?:al-|el-)?[A-Z][\w-]+){0,2})(?![\w-]|['\u2019]s)")


def _fallback(text: str, lex=None) -> GeoView:
    out: list[PlaceInfo] = []
    gz = act.gazetteer(lex.lang if lex else "en")
    for iso, s, e in act.find_countries(text, lex):
        out.append(PlaceInfo(text[s:e], iso, None, None, None, "country", s, e))
    for m in _LOC.finditer(text):
        name = m.group(1)
        words = name.split()
        if words[0] in _STOP or gz.country_re.fullmatch(name) or gz.adj_re.fullmatch(words[0]) or \
                gz.group_re.fullmatch(name):
            continue
        out.append(PlaceInfo(name, None, None, None, None, "city", m.start(1), m.end(1)))
    counts = Counter()
    for p in out:
        if p.country and not locates_only(text, p.start, p.end):
            counts[p.country] += 3 if p.start < 300 else 1
    for iso, _s, _e in act.find_adjectives(text, lex):
        counts[iso] += 0.5
    dc = counts.most_common(1)[0][0] if counts else None
    out = [p if p.country or p.precision == "country" else PlaceInfo(p.name, dc, None, None, None, p.precision,
                                                                        p.start, p.end) for p in out]
    return GeoView(out, dc, lex.lang if lex else "en")


# a country named as the other side of a border: "in Amchide, on the border with Nigeria", "à la frontière avec
# le Rwanda et le Burundi", "en la frontera con Ecuador", "على الحدود مع سوريا": where the place lies, not the place
_ACROSS_BORDER = re.compile(
    r"(?:\bborders?|\bfronti[eè]res?|\bfronteras?|\bfronteiras?|الحدود|\bграниц\w*|\bкордон\w*)\s+"
    r"(?:with|avec|con|com|مع|с|з|із)\s+"
    r"(?:(?:the|le|la|les|l['\u2019]|el|los|las|o|os|a|as)\s*)?"
    r"(?:[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:and|et|y|e|و|и|і|та)\s*"
    r"(?:(?:the|le|la|les|l['\u2019]|el|o|a)\s*)?)?$", re.I)


# a ship's flag: "a cargo ship flying the flag of Liberia", "con bandera de Liberia", "battant pavillon du
# Panama", "ترفع علم ليبيريا", "a Malta-flagged tanker"
_FLAG_BEFORE = re.compile(r"(?:\bflag\s+of|\bbandeira\s+(?:de|da|do)|\bbandera\s+(?:de|del)|\bpavillon\s+(?:de|du|des)?"
                          r"|\bпод\s+флагом|\bпід\s+прапором|علم)\s*(?:(?:the|la|le|l['\u2019]|el|o|a)\s*)?$", re.I)
_FLAG_AFTER = re.compile(r"[\s-]*(?:flagged|registered)\b", re.I)


def locates_only(text: str, start: int, end: int) -> bool:
    """Whether the country named at ``text[start:end]`` says where something lies rather than where it happened:
    the other side of a border ("on the border with Nigeria") or a ship's flag ("flying the flag of Liberia")."""
    return bool(_ACROSS_BORDER.search(text, max(0, start - 70), start)
                or _FLAG_BEFORE.search(text, max(0, start - 30), start) or _FLAG_AFTER.match(text, end))


def document_places(text: str, published: str | None = None, title: str | None = None, lex=None) -> GeoView:
    try:
        from extractors.places import geo
    except ImportError:
        return _fallback(text, lex)
    try:
        context = countries = None
        if lex is not None and lex.lang != "en":  # "l'armée malienne": Mali, in words the gazetteer lacks
            countries = act.find_countries(text, lex)
            context = Counter(iso for iso, _s, _e in countries + act.find_adjectives(text, lex))
        found = geo.find_places(text, published=published, title=title, context=context)
        if lex is not None and lex.lang in _NON_LATIN:  # names in Arabic or Cyrillic script
            from extractors.places.i18n import find_places_i18n

            found = sorted(found + find_places_i18n(text, lex.lang), key=lambda p: p.start)
        if countries:
            found = _longer_country_names(found, countries)
        # the other side of a border ("à la frontière avec le Nigeria"), a ship's flag: not what the article is about
        dc = geo.document_country([p for p in found if p.geo_precision != "country"
                                   or not locates_only(text, p.start, p.end)])
    except Exception:  # a geo bug must not cost the events: fall back to the country table
        return _fallback(text, lex)
    dc = dc or _fallback(text, lex).document_country
    places = [PlaceInfo(p.name, p.country, p.admin1, p.latitude, p.longitude, _precision(p, text),
                        p.start, p.end, p.population, p.aliases) for p in found if _plausible(p, dc, text, lex)]
    return GeoView(places, dc, lex.lang if lex else "en")


def _longer_country_names(found: list, names: list[tuple[str, int, int]]) -> list:
    """A country the gazetteer read from part of a longer name in the article's language (``names``: the
    language's country names found in the text) takes that name's country: "Congo" inside "République
    démocratique du Congo" is the DRC, not the Republic of the Congo."""
    from dataclasses import replace

    from extractors.places.gazetteer import get_gazetteer

    gaz, out = get_gazetteer(), []
    for p in found:
        if p.geo_precision == "country":
            longer = [(iso, s, e) for iso, s, e in names
                      if s <= p.start and p.end <= e and e - s > p.end - p.start and iso != p.country]
            idx = gaz.country_by_iso3.get(longer[0][0]) if longer else None
            if idx is not None:
                c = gaz.entries[idx]
                p = replace(p, name=c.name, country=c.country, admin1=None, latitude=c.latitude,
                            longitude=c.longitude)
        out.append(p)
    return out


def _precision(p, text: str) -> str:
    """"Kandahar province" names the region even where the gazetteer also has a city of that name."""
    precision = p.geo_precision or "city"
    if precision == "city" and p.admin1 and (_ADMIN_NEXT.match(text[p.end:p.end + 20])
                                            or _ADMIN_PREV.search(text[max(0, p.start - 20):p.start])):
        return "admin1"
    return precision


def _plausible(p, document_country: str | None, text: str, lex=None) -> bool:
    """A town abroad is kept only when its country is named near it; otherwise it is more likely a
    namesake of a local place (a gazetteer miss) than an event abroad."""
    if not document_country or p.country == document_country or p.geo_precision == "country":
        return True
    window = text[max(0, p.start - 150):p.end + 150]
    return any(iso == p.country for iso, _s, _e in act.find_countries(window, lex) + act.find_adjectives(window, lex))
