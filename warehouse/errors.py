"""Warehouse errors.

    WarehouseError          anything wrong with the DuckDB file or a query
    ├── WarehouseLocked     another process holds the write lock (transient: retry later)
    ├── WriteRefused        a statement that changes data, without the explicit write opt-in
    └── AccessRefused       an untrusted query (the browse SQL box) reached for a file, a URL, an
                            extension or a setting (warehouse/sandbox.py)
"""


class WarehouseError(Exception):
    """A problem with the warehouse file or a query against it; the message names it."""


class WarehouseLocked(WarehouseError):
    """Another process holds the file's write lock."""

    transient = True


class WriteRefused(WarehouseError):
    """A statement that would change data was given without the explicit write opt-in."""


class AccessRefused(WarehouseError):
    """An untrusted query reached beyond the warehouse's tables and views (a file, a URL, an extension,
    a setting) and DuckDB refused it."""


def error_text(exc: BaseException) -> str:
    """DuckDB's whole message (its "Did you mean ..." hints and the caret under the error included),
    without trailing blank lines; the exception's type name when it has no message."""
    text = str(exc).strip()
    return text or type(exc).__name__
