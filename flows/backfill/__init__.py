"""Backfills: WARC archives, URL lists and the Wayback Machine into the warehouse (see docs/backfill.md).

Library functions live in ``flows.backfill.jobs`` (no Prefect needed); the Prefect flows that the CLI
runs live in ``flows.backfill.flows``.
"""

from flows.backfill.jobs import backfill_urls, backfill_warc, backfill_wayback, expand_paths
from flows.backfill.runner import BackfillReport

__all__ = ["BackfillReport", "backfill_urls", "backfill_warc", "backfill_wayback", "expand_paths"]
