"""`conflict-events extract`: events from a JSONL file of texts or HTML, no fetching."""

from __future__ import annotations

import sys

import click

from flows.cli.common import db_option, friendly_errors, settings_from


@click.command()
@click.option("--input", "-i", "input_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="JSONL, one document per line: {doc_id, url, published, text} or html instead of text.")
@click.option("--output", "-o", "output_path", type=click.Path(dir_okay=False), default="-",
              show_default=True, help="Where to write the reports as JSONL ('-' for standard output).")
@db_option
@click.option("--store/--no-store", default=None,
              help="Also store articles and reports in the warehouse (implied by --db).")
@friendly_errors
def extract(input_path: str, output_path: str, db_path: str | None, store: bool | None) -> None:
    """Extract conflict events from documents in a JSONL file.

    Each output line is one report (an article's event record) with its doc_id; reports of one
    incident (the real-world event) share a cluster_id. The summary on standard error gives the
    documents, reports and incidents. Malformed input lines are reported there with their line
    number and skipped.

    \b
    Example:
      conflict-events extract --input docs.jsonl --output events.jsonl --db events.duckdb
    """
    from flows.offline import extract_jsonl
    from warehouse import Warehouse

    warehouse = None
    if db_path or store:
        warehouse = Warehouse(settings_from(db_path=db_path).db_path)
    to_stdout = output_path == "-"
    report, events = extract_jsonl(input_path, None if to_stdout else output_path, warehouse)
    if to_stdout:
        import json

        for ev in events:
            sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    for lineno, reason in report.skipped:
        click.echo(f"{input_path}:{lineno}: skipped: {reason}", err=True)
    where = f"; stored in {warehouse.path}" if warehouse else ""
    click.echo(f"{_n(report.documents, 'document')}: {_n(report.events, 'report')} (an article's event record "
               f"each), {_n(report.incidents, 'incident')}{where}; {_n(len(report.skipped), 'line')} skipped",
               err=True)


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def register(group: click.Group) -> None:
    group.add_command(extract)
