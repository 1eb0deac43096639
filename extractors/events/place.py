"""Stage 4, place: the country, first-level region and location of one incident.

The incident takes the most specific place named in its own sentences (the document's country breaks
ties), else the document's country. ``location`` is the place as the article spells it; a named village
or camp the gazetteer lacks ("Solhan village") is more specific than a region; an incident placed only in
a region or a country takes the town the article names most often there, leaving out datelines (where
the story was filed), the way ACLED codes an event whose town the sentence does not give.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.events.drafts import Draft, Segmented
from extractors.places.resolve import GeoView, PlaceInfo


@dataclass
class PlaceChoice:
    place: PlaceInfo | None  # the gazetteer entry behind the coordinates and admin1
    country: str | None
    location: str | None


def surface(text: str, place: PlaceInfo) -> str:
    """The place as the article spells it ("Jenin", not the gazetteer's "Janin"), when it is a plain name."""
    spelled = text[place.start:place.end].strip()
    if spelled.isupper():  # an all-caps dateline ("BUNIA, Congo -"): the gazetteer's spelling, else title case
        return place.name if place.name and place.name.lower() == spelled.lower() else spelled.title()
    return spelled if spelled and spelled[0].isupper() and len(spelled) <= 40 else place.name


def incident_country(d: Draft, geo: GeoView) -> str | None:
    place = geo.best(d.places)
    return place.country if place and place.country else geo.document_country


def choose_place(d: Draft, seg: Segmented, geo: GeoView) -> PlaceChoice:
    text = seg.text
    anchor = d.anchor
    place = geo.best(d.places)
    country = place.country if place and place.country else geo.document_country
    location = surface(text, place) if place and place.precision == "city" else None
    if location is None or (place is not None and place.start >= anchor.end):
        # a named village/camp in the evidence that the gazetteer lacks is more specific than a region
        local = next((p for s in d.sentences for p in geo.settlements(text, s.start, s.end)), None)
        if local is not None and (place is None or place.precision != "city" or local.start < place.start):
            location = local.name.title() if local.name.isupper() else local.name
            if place is None or place.precision == "country":  # the gazetteer may know it from elsewhere
                place = next((p for p in geo.places if p.precision == "city" and p.country == country
                              and surface(text, p) == location), place)
    if location is None:
        # placed only in a region or country: the town the article is about, as ACLED codes it
        town = geo.main_town(country, place.admin1 if place and place.precision != "country" else None,
                             seg.datelines)
        if town is not None:
            place, location = town, surface(text, town)
    return PlaceChoice(place, country, location)
