"""Prefect flows and the CLI: discovery, fetching, backfills and schedules wired to extractors and warehouse."""

from flows.settings import Settings

__all__ = ["Settings"]
