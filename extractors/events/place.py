"""Stage 4, place: the country, first-level region and location of one incident.

The incident takes the most specific place named in its own sentences (the document's country breaks
ties), else the document's country. ``location`` is the place as the article spells it; a named village
or camp the gazetteer lacks ("Solhan village") is more specific than a region; an incident placed only in
a region or a country takes the town the article names most often there, leaving out datelines (where
the story was filed), the way ACLED codes an event whose town the sentence does not give.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractors.actors import dictionary as act
from extractors.events.drafts import Draft, Segmented
from extractors.places.quarters import coded, quarters
from extractors.places.resolve import GeoView, PlaceInfo, locates_only


@dataclass
class PlaceChoice:
    place: PlaceInfo | None  # the gazetteer entry behind the coordinates and admin1
    country: str | None
    location: str | None


def _latin(text: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in text if c.isalpha())


def surface(text: str, place: PlaceInfo, lang: str = "en") -> str:
    """The place as the article spells it ("Jenin", not the gazetteer's "Janin"), when it is a plain name in
    Latin script; a name in Arabic or Cyrillic script (an inflected "Донецке") takes the gazetteer's name, and
    so do a country and a big city in another language than English (their exonyms): "Mogadiscio", "Damas" and
    "Moçambique" are Mogadishu, Damascus and Mozambique in the data."""
    spelled = text[place.start:place.end].strip()
    if place.name and (not _latin(spelled) or lang != "en" and _exonym_likely(place)):
        return place.name
    if spelled.isupper():  # an all-caps dateline ("BUNIA, Congo -"): the gazetteer's spelling, else title case
        return place.name if place.name and place.name.lower() == spelled.lower() else spelled.title()
    return spelled if spelled and spelled[0].isupper() and len(spelled) <= 40 else place.name


# towns that commonly have names of their own in other languages: big ones, and famous ones (many other names)
_BIG_CITY, _FAMOUS = 500_000, 10


def _exonym_likely(place: PlaceInfo) -> bool:
    return place.precision == "country" or place.precision == "city" and (
        place.population >= _BIG_CITY or place.aliases >= _FAMOUS)


_POSSESSIVE = re.compile(r"['\u2019]s\s+[A-Z]")


def _demonym(text: str, p: PlaceInfo, lang: str) -> bool:
    """A country read from a nationality word ("Turkish warplanes"): it names an actor, not where it happened."""
    return p.precision == "country" and bool(act.gazetteer(lang).adj_re.fullmatch(text[p.start:p.end]))


def _locates_only(text: str, p: PlaceInfo) -> bool:
    return p.precision == "country" and locates_only(text, p.start, p.end)


def locative_countries(d: Draft, seg: Segmented) -> set[str]:
    """Countries the incident's sentences name as where it happened: "in northern Iraq", "dans le nord du Mali",
    "Russia's Bryansk region"."""
    lex, text, out = seg.lex, seg.text, set()
    for p in d.places:
        if p.precision != "country" or not p.country or _demonym(text, p, seg.lang) or _locates_only(text, p):
            continue
        before = text[max(0, p.start - 40):p.start]
        if lex.locative.search(before) or (lex.directions is not None and lex.directions.search(before)) \
                or _POSSESSIVE.match(text, p.end):
            out.add(p.country)
    return out


def incident_places(d: Draft, seg: Segmented) -> list[PlaceInfo]:
    """The incident's places that can say where it happened: no nationality words, and only places in the
    country its sentences name as the place of the event when they name one (a "Druzhba" pipeline in Ukraine
    does not move a strike "in Russia's Bryansk region")."""
    places = [p for p in d.places if not _demonym(seg.text, p, seg.lang) and not _locates_only(seg.text, p)]
    where = locative_countries(d, seg)
    return [p for p in places if p.country in where] if where else places


# a place named as the container of a more specific one: "in Macomia district", "le cercle de Bankass"
_CONTAINER_AFTER = re.compile(r"\s+(?:district|township|county|sub-?district|upazila|tehsil|local\s+government|lga|"
                              r"province|region|state|governorate|department|division|zone)\b", re.I)
_CONTAINER_BEFORE = re.compile(r"\b(?:district|township|county|province|region|governorate|department|cercle|"
                               r"territoire|département|région|préfecture|municipio|distrito|provincia|província|"
                               r"região|departamento|comarca)\s+(?:of|de|du|del|da|do|d['\u2019])\s*$"
                               # "in southwest Erbil near X", "in eastern Aleppo": a city named as its region
                               r"|\b(?:in|across)\s+(?:the\s+)?(?:(?:far|rural)\s+)?(?:north|south|east|west|northeast|"
                               r"northwest|southeast|southwest|central)(?:ern)?\s+$", re.I)


# a place given as a reference point: "25 km from Goma", "south of Kirkuk", "à 30 kilomètres de Bamenda"
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:\d+|[a-zà-ÿ]+)[\s-]*(?:km|kilom[eè]t(?:er|re)s?|kilómetros|quilómetros|quilômetros|miles?|"
    r"minutes?|hours?|minutos?|horas?|heures?)(?:['\u2019]s\s+drive)?\s+"
    r"(?:[a-zà-ÿ]+\s+){0,3}|\b(?:north|south|east|west|northeast|northwest|southeast|southwest|nord|sud|est|ouest|"
    r"nord-est|nord-ouest|sud-est|sud-ouest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|nordeste|"
    r"sudeste|sudoeste)(?:ern)?\s+)(?:of|from|de|du|des|d['\u2019]|del|da|do)\s*(?:la\s+|l['\u2019])?$", re.I)


def _reference(text: str, p: PlaceInfo) -> bool:
    return bool(_REFERENCE_BEFORE.search(text, max(0, p.start - 40), p.start))


def _container(text: str, p: PlaceInfo) -> bool:
    return p.precision != "city" or bool(_CONTAINER_AFTER.match(text, p.end)) \
        or bool(_CONTAINER_BEFORE.search(text, max(0, p.start - 30), p.start))


def _most_specific(text: str, places: list[PlaceInfo], named: list[PlaceInfo], start: int, end: int):
    """Within one sentence: the first town or named village that is not only a container of another."""
    towns = [p for p in places if start <= p.start < end and p.precision == "city" and not _container(text, p)]
    spots = sorted(towns + [n for n in named if start <= n.start < end], key=lambda p: p.start)
    # "Tanhuato is minutes from Yurecuaro, where a candidate was shot": the town the clause happened in, even
    # when named as a reference point; else the first town that is not one ("25 km from Goma")
    where = [p for p in spots if _WHERE_AFTER.match(text, p.end)]
    spots = where or [p for p in spots if p not in towns or not _reference(text, p)]
    return spots[0] if spots else None


_WHERE_AFTER = re.compile(r",?\s+(?:where|où|donde|onde)\b")


def _region_of(geo: GeoView, country: str | None, spot: PlaceInfo, skip) -> PlaceInfo | None:
    """The region of a village the gazetteer lacks: the one the towns and regions of its sentence lie in
    ("el corregimiento de Apiay, en Villavicencio": Meta), else the one three in four of the article's
    places in its country lie in ("la localité de Matiba" in an article about Beni: North Kivu)."""
    if not country:
        return None
    places = [p for p in geo.places if p.country == country and p.admin1 and p.precision != "country"
              and not any(a <= p.start < b for a, b in skip)]
    near = [p for p in places if abs(p.start - spot.start) < 120]
    for group, share in ((near, 1.0), (places, 0.75)):
        regions = Counter(p.admin1 for p in group)
        if regions:
            admin1, n = regions.most_common(1)[0]
            if n >= share * sum(regions.values()):
                region = next((p for p in group if p.precision == "admin1" and p.admin1 == admin1), None)
                return region or PlaceInfo(admin1, country, admin1, None, None, "admin1", spot.start, spot.end)
    return None


def choose_place(d: Draft, seg: Segmented, geo: GeoView) -> PlaceChoice:
    text = seg.text
    places = incident_places(d, seg)
    # a dateline ("ABUJA, Feb. 24 (Xinhua) --") names where the story was filed: the place of the event only
    # when neither the incident's sentences nor the rest of the article name another town in its country
    filed = [p for p in places if any(a <= p.start < b for a, b in seg.datelines)]
    if filed and (len(filed) < len(places) or geo.main_town(filed[0].country, None, seg.datelines) is not None):
        places = [p for p in places if p not in filed]
    place = geo.best(places)
    dc = geo.document_country
    if place is not None and place.precision == "country" and dc and place.country != dc \
            and place.country not in locative_countries(d, seg):
        # only a country named without a locative ("a strike by the USA", "Russia said"), not the article's:
        # it names an actor or a source, and the article's country is the better guess
        place = None
    country = place.country if place and place.country else dc
    named = [p for s in d.sentences for p in geo.settlements(text, s.start, s.end)]
    spot = None
    for s in d.sentences:  # the evidence first, then the incident's other sentences
        spot = _most_specific(text, places, named, s.start, s.end)
        if spot is not None:
            break
    if (part := _quarter(d, seg, geo, spot)) is not None:
        return part
    location = None
    if spot is not None and spot.latitude is None:
        # a named village/camp that the gazetteer lacks is more specific than the town or district around it
        location = spot.name.title() if spot.name.isupper() else spot.name
        known = next((p for p in geo.places if p.precision == "city" and p.country == country
                      and surface(text, p, seg.lang) == location), None)  # the gazetteer may know it from elsewhere
        place = known or place
        if place is None or place.precision == "country":
            place = _region_of(geo, country, spot, seg.datelines) or place
    elif spot is not None:
        place, location = spot, surface(text, spot, seg.lang)
    elif place is not None and place.precision == "city":
        location = surface(text, place, seg.lang)
    if location is None:
        # placed only in a region or country: the town the article is about, as ACLED codes it
        admin1 = place.admin1 if place and place.precision != "country" else None
        town = geo.main_town(country, admin1, seg.datelines)
        if town is None and seg.datelines:  # the article names no town but the dateline's: the story's town
            town = geo.main_town(country, admin1)
        if town is not None:
            place, location = town, surface(text, town, seg.lang)
    return PlaceChoice(place, country, location)


def _quarter(d: Draft, seg: Segmented, geo: GeoView, spot: PlaceInfo | None) -> PlaceChoice | None:
    """ "Aleppo - Sukkari" in Aleppo's region when the incident's sentences name one part of a town ("the
    al-Sukkari neighbourhood in eastern Aleppo") and the incident is placed there (in that part, in the town,
    or nowhere more specific); None when they name no part or several."""
    found = [q for s in d.sentences for q in quarters(seg.text, geo.places, s.start, s.end)]
    if len({(q.name, q.city.key) for q in found}) != 1:
        return None
    q = found[0]
    if spot is not None and spot.start not in (q.start, q.city.start) and spot.key != q.city.key:
        return None
    return PlaceChoice(q.city, q.city.country, coded(q.name, surface(seg.text, q.city, seg.lang)))
