"""DuckDB warehouse: schema and migrations, bulk idempotent loads, queries as Polars frames.

>>> import warehouse
>>> warehouse.monthly_counts("conflict_events.duckdb", country="SYR", start="2024-01-01")  # doctest: +SKIP
shape: (12, 6) ... month | country | event_type | events | fatalities | reports

See docs/warehouse.md for every table, view and function.
"""

from warehouse.api import actor_dyads, crawl_failures, daily_counts, events, monthly_counts, source_coverage
from warehouse.errors import WarehouseError, WarehouseLocked
from warehouse.schema import SCHEMA_VERSION, migrate
from warehouse.store import Warehouse

__all__ = ["SCHEMA_VERSION", "Warehouse", "WarehouseError", "WarehouseLocked", "actor_dyads", "crawl_failures",
           "daily_counts", "events", "migrate", "monthly_counts", "source_coverage"]
