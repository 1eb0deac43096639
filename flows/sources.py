"""News sources to crawl, kept in the warehouse ``sources`` table: add, list, remove, import YAML/CSV.

A source is a feed, sitemap or single page URL with a name and a schedule group (``serve`` runs one
schedule per group). Its id is a hash of the canonical URL, so adding or importing twice updates it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from extractors.records import hash_id
from flows.discovery import seed_kind
from flows.urls import canonicalize
from warehouse import Warehouse
from warehouse.errors import WarehouseError

__all__ = ["Source", "SourceError", "source_id_for", "add_sources", "list_sources", "remove_sources",
           "read_sources_file"]

KINDS = ("rss", "sitemap", "page")


class SourceError(WarehouseError):
    """A source definition is invalid; the message names the entry and the fix."""


@dataclass(frozen=True)
class Source:
    source_id: str
    name: str
    kind: str  # rss | sitemap | page
    url: str
    country: str | None = None
    language: str | None = None
    schedule_group: str = "default"
    enabled: bool = True


def source_id_for(url: str) -> str:
    return hash_id("source", canonicalize(url), length=12)


def make_source(url: str, *, name: str | None = None, kind: str | None = None, country: str | None = None,
                language: str | None = None, schedule_group: str | None = None,
                enabled: bool = True) -> Source:
    url = (url or "").strip()
    if not url.startswith(("http://", "https://")):
        raise SourceError(f"source {name or url!r}: url must start with http:// or https://")
    if kind is None:
        lowered = url.lower()
        kind = "page" if seed_kind(url) == "page" else "sitemap" if "sitemap" in lowered else "rss"
    if kind not in KINDS:
        raise SourceError(f"source {name or url!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    from urllib.parse import urlsplit

    return Source(source_id=source_id_for(url), name=name or urlsplit(url).hostname or url, kind=kind,
                  url=url, country=country or None, language=language or None,
                  schedule_group=schedule_group or "default", enabled=enabled)


def add_sources(warehouse: Warehouse, sources: list[Source]) -> int:
    return warehouse.upsert("sources", [asdict(s) for s in sources])


def list_sources(warehouse: Warehouse, *, group: str | None = None, enabled_only: bool = False) -> list[Source]:
    if not warehouse.path.exists():
        return []
    where, params = [], []
    if group:
        where.append("schedule_group = ?")
        params.append(group)
    if enabled_only:
        where.append("enabled")
    sql = ("SELECT source_id, name, kind, url, country, language, schedule_group, enabled FROM sources"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY schedule_group, name, url")
    frame = warehouse.query(sql, params)
    return [Source(**row) for row in frame.iter_rows(named=True)]


def remove_sources(warehouse: Warehouse, keys: list[str]) -> dict[str, int]:
    """Delete sources by id, URL or name; returns how many each key removed. Their pages stay.

    Nothing is deleted when a key matches no source (``SourceError`` names it): a typo must not
    pass for a removal.
    """
    match = "source_id = ? OR url = ? OR name = ?"
    with warehouse.connect() as con:
        found = {key: con.execute(f"SELECT count(*) FROM sources WHERE {match}", [key] * 3).fetchone()[0]
                 for key in keys}
        missing = [key for key, n in found.items() if not n]
        if missing:
            raise SourceError(f"no source matches {', '.join(repr(k) for k in missing)} in {warehouse.path} "
                              "(ids, URLs and names: `conflict-events sources list`); nothing removed")
        for key in keys:
            con.execute(f"DELETE FROM sources WHERE {match}", [key] * 3)
    return found


def read_sources_file(path: str | Path) -> list[Source]:
    """Sources from YAML (a list, or ``{sources: [...]}``) or CSV with a header row (url required)."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise SourceError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from exc
        entries = data.get("sources") if isinstance(data, dict) else data
        if not isinstance(entries, list):
            raise SourceError(f"{path}: expected a list of sources (or a 'sources:' key holding one)")
    elif path.suffix.lower() in (".csv", ".tsv"):
        entries = list(csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ","))
    else:
        raise SourceError(f"{path}: use a .yaml, .yml, .csv or .tsv file")
    sources = []
    for i, entry in enumerate(entries, start=1):
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict) or not entry.get("url"):
            raise SourceError(f"{path}: entry {i} has no url")
        enabled = str(entry.get("enabled", "true")).strip().lower() not in ("false", "0", "no", "off")
        try:
            sources.append(make_source(entry["url"], name=entry.get("name"), kind=entry.get("kind") or None,
                                       country=entry.get("country"), language=entry.get("language"),
                                       schedule_group=entry.get("schedule_group") or entry.get("group"),
                                       enabled=enabled))
        except SourceError as exc:
            raise SourceError(f"{path}: entry {i}: {exc}") from exc
    return sources
