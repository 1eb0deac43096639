"""One settings object, loaded once at the edge (CLI flags, ``CONFLICT_EVENTS_*`` env vars) and passed down.

Nothing in the library reads the environment at import time; ``Settings.from_env()`` is called by the CLI.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

DEFAULT_DB = "conflict_events.duckdb"
ENV_PREFIX = "CONFLICT_EVENTS_"


@dataclass(frozen=True)
class Settings:
    db_path: Path = Path(DEFAULT_DB)
    user_agent: str = "conflict-events/0.1 (+https://github.com/conflict-events/conflict-events)"
    concurrency: int = 16
    per_host_concurrency: int = 4
    per_host_delay: float = 0.0  # seconds between requests to one host (politeness)
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 0.5  # base seconds of exponential backoff
    max_redirects: int = 5
    max_bytes: int = 5_000_000
    respect_robots: bool = True
    allow_private: bool = False  # opt-in to fetch loopback/private addresses (demo and tests)
    batch_size: int = 200
    max_pages: int | None = None
    progress: bool = True
    wayback_url: str = "https://web.archive.org"  # Wayback Machine base (CDX API and archived pages)
    gate: bool = True  # the relevance gate before cleaning (crawls and backfills; --no-gate turns it off)
    keep_gated_raw: bool = True  # store raw HTML of pages the gate rejects (--drop-gated-html: huge archives)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides) -> Settings:
        """Defaults, then ``CONFLICT_EVENTS_<FIELD>`` variables, then explicit overrides (CLI flags)."""
        env = os.environ if env is None else env
        values: dict = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if f.name == "db_path" and raw is None:
                raw = env.get(ENV_PREFIX + "DB")
            if raw is None:
                continue
            values[f.name] = _coerce(f.type, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "db_path" in values:
            values["db_path"] = Path(values["db_path"])
        return cls(**values)

    def with_(self, **changes) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(type_name, raw: str):
    t = str(type_name)
    if "bool" in t:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if "int" in t:
        return None if raw.strip() == "" else int(raw)
    if "float" in t:
        return float(raw)
    if "Path" in t:
        return Path(raw)
    return raw
