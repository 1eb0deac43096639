"""DuckDB warehouse: schema and migrations, bulk idempotent loads, queries as Polars frames."""

from warehouse.errors import WarehouseError, WarehouseLocked
from warehouse.schema import SCHEMA_VERSION, migrate
from warehouse.store import Warehouse

__all__ = ["SCHEMA_VERSION", "Warehouse", "WarehouseError", "WarehouseLocked", "migrate"]
