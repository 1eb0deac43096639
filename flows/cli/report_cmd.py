"""`conflict-events report`: a self-contained HTML report that opens offline."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from


@click.command()
@click.option("--output", "-o", default="report.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write.")
@db_option
@click.option("--country", default=None, help="Only this country (ISO 3166 alpha-3, e.g. SYR).")
@click.option("--from", "start", default=None, help="First event date, YYYY-MM-DD (inclusive).")
@click.option("--to", "end", default=None, help="Last event date, YYYY-MM-DD (inclusive).")
@click.option("--title", default=None, help="Report title (default: 'Conflict events: <country>').")
@click.option("--snapshot", is_flag=True, help="Read the published read copy (never waits for a crawl).")
@friendly_errors
def report(output: str, db_path: str | None, country: str | None, start: str | None, end: str | None,
           title: str | None, snapshot: bool) -> None:
    """Write an HTML report: events over time, a map, top actors, types and sources.

    The file embeds its data, map and script: it opens offline and can be shared as one file.

    \b
    Example:
      conflict-events report --country SYR --from 2024-01-01 --to 2024-06-30 --output syria.html
    """
    from warehouse import Warehouse
    from warehouse.report import write_report

    n = write_report(Warehouse(settings_from(db_path=db_path).db_path), output, country=country,
                     start=start, end=end, title=title, snapshot=snapshot)
    click.echo(f"wrote {output} ({n} events)", err=True)


def register(group: click.Group) -> None:
    group.add_command(report)
