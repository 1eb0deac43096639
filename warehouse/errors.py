"""Warehouse errors.

    WarehouseError          anything wrong with the DuckDB file or a query
    └── WarehouseLocked     another process holds the write lock (transient: retry later)
"""


class WarehouseError(Exception):
    """A problem with the warehouse file or a query against it; the message names it."""


class WarehouseLocked(WarehouseError):
    """Another process holds the file's write lock."""

    transient = True
