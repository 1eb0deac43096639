"""Writing query results for people and programs: table, csv, json (an array), ndjson, parquet.

``-`` as an output path means standard output, for every command that writes a file.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import click

FORMATS = ["table", "csv", "json", "ndjson", "parquet"]


def is_stdout(output: str | Path | None) -> bool:
    return output is None or str(output) == "-"


@contextlib.contextmanager
def binary_output(output: str | Path | None) -> Iterator[IO[bytes]]:
    """A binary stream for ``output``: standard output for None or ``-``, else the file (created)."""
    if is_stdout(output):
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        yield fh


def table_text(frame, *, max_rows: int, max_width: int) -> str:
    """An ASCII table, one line per row; cells cut at ``max_width`` characters (0: never cut)."""
    import polars as pl

    with pl.Config(tbl_rows=max_rows, tbl_cols=-1, fmt_str_lengths=max_width if max_width > 0 else 1_000_000,
                   tbl_hide_dataframe_shape=True, tbl_width_chars=65_535, tbl_hide_column_data_types=True,
                   tbl_formatting="ASCII_MARKDOWN", fmt_table_cell_list_len=-1):
        return str(frame)


def write_frame(frame, fmt: str, output: str | None, *, max_rows: int = 50, max_width: int = 60) -> None:
    """Write ``frame`` in ``fmt`` to ``output`` (a file, or standard output for None or ``-``)."""
    if fmt == "parquet" and is_stdout(output):
        raise click.UsageError("--format parquet needs --output FILE")
    with binary_output(output) as out:
        if fmt == "parquet":
            frame.write_parquet(out)
        elif fmt == "csv":
            frame.write_csv(out)
        elif fmt == "json":
            out.write(frame.write_json().encode("utf-8") + b"\n")
        elif fmt == "ndjson":
            frame.write_ndjson(out)
        else:
            text = table_text(frame, max_rows=max_rows, max_width=max_width)
            if is_stdout(output):
                text += f"\n({frame.height} rows)"
            out.write((text + "\n").encode("utf-8"))


def echo_written(count: int, what: str, output: str | None) -> None:
    """``wrote N rows to FILE`` on standard error, unless the data itself went to standard output."""
    if not is_stdout(output):
        click.echo(f"wrote {count} {what} to {output}", err=True)


__all__ = ["FORMATS", "binary_output", "echo_written", "is_stdout", "table_text", "write_frame"]
