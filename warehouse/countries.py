"""Country names and codes as users type them ('Syria', 'syr', 'SY', 'DR Congo') -> ISO 3166 alpha-3.

Names come from the gazetteer the extractors use (its country rows: name, alternative names and
demonyms, alpha-3 and alpha-2 codes; GeoNames, CC-BY 4.0) and from the report's Natural Earth map
(its short names, e.g. 'Dem. Rep. Congo'). A value that is none of them is refused with suggestions,
so a typo never silently selects nothing.
"""

from __future__ import annotations

import difflib
import functools
import gzip
import json
import unicodedata
from pathlib import Path

from warehouse.errors import WarehouseError

__all__ = ["country_name", "resolve_country"]

from extractors.places.gazetteer import DATA_FILE as _GAZETTEER  # noqa: E402  (the extractors' own file)

_WORLD = Path(__file__).with_name("data") / "world_110m.geojson"


# Common names that neither source spells out.
_ALIASES = {"DR Congo": "COD", "DRC": "COD", "Democratic Republic of the Congo": "COD", "Congo-Kinshasa": "COD",
            "Congo-Brazzaville": "COG", "Ivory Coast": "CIV", "Turkiye": "TUR", "Burma": "MMR",
            "Gaza": "PSE", "West Bank": "PSE", "South Sudan": "SSD", "Central African Republic": "CAF"}


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
    return " ".join(text.replace(".", " ").replace("'", " ").split())


@functools.cache
def _map_countries() -> tuple[dict[str, str], dict[str, str]]:
    """The map's names, codes and the aliases: enough for most lookups, read in milliseconds."""
    keys: dict[str, str] = {}
    names: dict[str, str] = {}
    for feature in json.loads(_WORLD.read_text(encoding="utf-8"))["features"]:
        props = feature["properties"]
        names.setdefault(props["iso3"], props["name"])
        keys.setdefault(_key(props["name"]), props["iso3"])
        keys.setdefault(_key(props["iso3"]), props["iso3"])
    for alias, iso3 in _ALIASES.items():
        keys.setdefault(_key(alias), iso3)
    return keys, names


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(lookup key -> ISO3, ISO3 -> display name), the gazetteer's ~250 countries included (~0.5 s)."""
    keys, names = (dict(d) for d in _map_countries())
    with gzip.open(_GAZETTEER, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("C\t"):
                continue
            _kind, name, alternates, iso3, iso2, *_ = line.rstrip("\n").split("\t")
            names.setdefault(iso3, name)
            for alias in [name, iso3, iso2, *alternates.split("|")]:
                if alias:
                    keys.setdefault(_key(alias), iso3)
    return keys, names


def resolve_country(value: str) -> str:
    """The ISO 3166 alpha-3 code for a code or name; ``WarehouseError`` naming close matches if unknown."""
    text = value.strip()
    iso3 = _map_countries()[0].get(_key(text))
    if iso3:
        return iso3
    keys, names = _countries()
    iso3 = keys.get(_key(text))
    if iso3:
        return iso3
    close = difflib.get_close_matches(_key(text), list(keys), n=3, cutoff=0.75)
    hint = ", ".join(dict.fromkeys(f"{names.get(keys[k], k)} ({keys[k]})" for k in close))
    raise WarehouseError(f"unknown country {value!r}: give an ISO 3166 code (SYR) or a name (Syria)"
                         + (f"; did you mean {hint}?" if hint else ""))


def country_name(iso3: str | None) -> str | None:
    """A display name for an alpha-3 code (the code itself when unknown)."""
    if not iso3:
        return None
    names = _map_countries()[1]
    return names.get(iso3.upper()) or _countries()[1].get(iso3.upper(), iso3)
