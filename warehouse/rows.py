"""Python rows (dicts, dataclasses such as ``Event``) as Arrow batches typed like a warehouse table.

Records keep dates as ISO strings (``Event.event_date``, ``published``); the tables store DATE and
TIMESTAMP (schema v5), so the conversion happens here, at the warehouse boundary: an ISO date or
date-time becomes a date or a naive UTC datetime, and text that is neither becomes NULL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import is_dataclass

import pyarrow as pa

__all__ = ["arrow_type", "as_date", "as_timestamp", "to_arrow"]

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "TIMESTAMP": pa.timestamp("us"),
    "BLOB": pa.binary(),
    "DATE": pa.date32(),
}


def arrow_type(sql_type: str) -> pa.DataType:
    return _ARROW_TYPES.get(sql_type, pa.string())


def as_date(value):
    """An ISO date (or date-time) string as a date; other values pass through."""
    if isinstance(value, dt.datetime):
        return value.date()
    if not isinstance(value, str):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def as_timestamp(value):
    """An ISO date or date-time string (or a date, an aware datetime) as a naive UTC datetime."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


_CONVERT = {pa.date32(): as_date, pa.timestamp("us"): as_timestamp}


def _jsonish(value):
    if isinstance(value, list | tuple | dict | set):
        return json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False)
    return value


def to_arrow(schema: pa.Schema, rows: Sequence[dict | object]) -> pa.Table:
    """Columns straight from dicts or dataclass attributes: no per-row dict copies (asdict is slow)."""
    first = rows[0]
    if is_dataclass(first):
        present = {f.name for f in dataclasses.fields(first)}
        names = [f.name for f in schema if f.name in present]
        columns = {n: [getattr(r, n) for r in rows] for n in names}
    else:
        present = set().union(*(r.keys() for r in rows))
        names = [f.name for f in schema if f.name in present]
        columns = {n: [r.get(n) for r in rows] for n in names}
    arrays = []
    for name in names:
        typ = schema.field(name).type
        values = columns[name]
        convert = _CONVERT.get(typ)
        if convert is not None and any(isinstance(v, str | dt.date) for v in values):
            values = [convert(v) for v in values]
        try:
            arrays.append(pa.array(values, typ))
        except (pa.ArrowInvalid, pa.ArrowTypeError):
            # Lists or dicts (e.g. a new multi-valued Event field) go into VARCHAR columns as JSON.
            arrays.append(pa.array([_jsonish(v) for v in values], typ))
    return pa.Table.from_arrays(arrays, names=names)
