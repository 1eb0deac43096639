"""Named parts of a city: "the al-Sukkari neighbourhood in eastern Aleppo", "Nairobi's biggest slum Kibera",
"le quartier de Lafiabougou à Bamako". Pure text patterns over the places already found.

A neighbourhood is seldom in the gazetteer, and ACLED codes an event in one as "City - Neighbourhood"
("Aleppo - Sukkari"), with the city's region and coordinates. A part is read only where the text ties it to
a town the gazetteer placed in the same sentence, so "the Bankass district of Mopti region" (a region, not a
town) and "a poor neighbourhood" (no name) give nothing.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from extractors.places.resolve import PlaceInfo

_PART = (r"neighbou?rhoods?|neighbou?rhood|quarters?|suburbs?|slums?|districts?|township|shantytown|"
         r"quartier|quartiers|barrio|colonia|bairro|favela|comuna")
# the part's name: capitalised words, Arabic "al-"/"el-" articles, "Cité Soleil", "Sadr City"
_NAME = (r"(?P<name>(?:(?:al|el|Al|El)-)?[A-ZÀ-Ý][\w'\u2019-]+(?:[ -](?:(?:de|del|da|do|du|la|el|al)\s+)?"
         r"(?:(?:al|el)-)?[A-ZÀ-Ý][\w'\u2019-]+){0,2})")
_DIRECTION = (r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|nord|sud|est|ouest|"
              r"norte|sur|oeste|leste)(?:ern|-est|-ouest)?\s+)?")
_CITY = r"(?P<city>[A-ZÀ-Ý][\w'\u2019.-]+(?:\s+[A-ZÀ-Ý][\w'\u2019.-]+){0,2})"
_ADJ = r"(?:[\w-]+\s+){0,3}?"
_PATTERNS = [re.compile(p) for p in (
    # "the al-Sukkari neighbourhood in eastern Aleppo", "the Shejaiya district of Gaza City"
    rf"\b{_NAME}\s+(?:{_PART})\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?{_DIRECTION}{_CITY}",
    # "the neighbourhood of Jobar in Damascus", "le quartier de Lafiabougou à Bamako", "el barrio Petare de Caracas"
    rf"\b(?:{_PART})\s+(?:(?:of|de|d['\u2019])\s*)?{_NAME},?\s+(?:in|of|à|de|en|em|na|no|del)\s+(?:the\s+)?"
    rf"{_DIRECTION}{_CITY}",
    # "Nairobi's biggest slum Kibera", "Aleppo's Sukkari district"
    rf"\b{_CITY}['\u2019]s\s+{_ADJ}(?:{_PART})(?:,)?\s+(?:of\s+)?{_NAME}",
    rf"\b{_CITY}['\u2019]s\s+{_NAME}\s+(?:{_PART})\b",
    # "the Port-au-Prince suburb of Tabarre", "the Gaza City neighbourhood of Shejaiya"
    rf"\b{_CITY}\s+{_ADJ}(?:{_PART})\s+of\s+{_NAME}",
)]
_NOT_A_NAME = {"The", "A", "An", "This", "That", "Its", "His", "Her", "Their", "Le", "La", "Les", "El", "Los", "Las",
               "O", "Os", "As", "In", "On", "At", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
               "Sunday", "Muslim", "Christian", "Shiite", "Sunni", "Kurdish", "Alawite", "Druze", "Old", "New"}
_ADMIN_AFTER = re.compile(r"\s+(?:region|province|state|governorate|county|department|oblast)\b", re.I)
_DESCRIBED = re.compile(r"-(?:held|controlled|run|dominated|majority|populated|based)$")


@dataclass(frozen=True, slots=True)
class Quarter:
    name: str  # "Sukkari": the part as written, its Arabic article dropped
    city: PlaceInfo  # the gazetteer town it is a part of
    start: int


def _clean(name: str) -> str:
    return re.sub(r"^(?:al|el|Al|El)-", "", name).strip()


def _own_place(p: PlaceInfo | None, city: PlaceInfo) -> bool:
    """The part's name is a place of its own: a region, or a town of the city's region more than 20 km away
    ("the Bankass district of Mopti"). A namesake in another region ("al-Hamidiya" of Homs, not the town in
    Tartus) or a town next to the city (a suburb the gazetteer lists) is the part."""
    if p is None:
        return False
    if p.precision != "city":
        return True
    if p.admin1 != city.admin1 or None in (p.latitude, p.longitude, city.latitude, city.longitude):
        return False
    dy = (p.latitude - city.latitude) * 111.0
    dx = (p.longitude - city.longitude) * 111.0 * math.cos(math.radians(city.latitude))
    return math.hypot(dx, dy) > 20.0


def quarters(text: str, places: list[PlaceInfo], start: int, end: int) -> list[Quarter]:
    """The named parts of towns between ``start`` and ``end``, each with the town the text ties it to."""
    towns = {p.start: p for p in places if p.precision == "city" and start <= p.start < end}
    known = {p.start: p for p in places if start <= p.start < end}
    out: list[Quarter] = []
    for rx in _PATTERNS:
        for m in rx.finditer(text, start, end):
            city = towns.get(m.start("city"))
            if city is not None and re.match(r"[\w-]", text[city.end:city.end + 1]):
                city = None  # the town is only the start of a longer name ("Carrefour" of "Carrefour-Feuilles")
            name = m.group("name")
            first = name.split()[0]
            if city is None or _ADMIN_AFTER.match(text, m.end("city")) or _own_place(known.get(m.start("name")), city):
                continue  # no town the gazetteer knows, a region, or a place of its own in the town's region
            if first in _NOT_A_NAME or _DESCRIBED.search(first) or _clean(name) == city.name:
                continue
            out.append(Quarter(_clean(name), city, m.start("name")))
    return sorted(out, key=lambda q: q.start)


def coded(name: str, city_name: str) -> str:
    """ACLED's form of a part of a city: "Aleppo - Sukkari"."""
    return f"{city_name} - {name}"
