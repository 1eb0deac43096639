"""`conflict-events sources add|list|remove|import` and `conflict-events serve`."""

from __future__ import annotations

import click

from flows.cli.common import db_option, friendly_errors, settings_from


@click.group()
def sources() -> None:
    """Manage the news sources that `crawl` (with no URL) and `serve` use.

    A source is a feed, sitemap or page URL with a name and a schedule group.

    \b
    Examples:
      conflict-events sources add https://example.org/rss.xml --name "Example News" --group hourly
      conflict-events sources import sources.yaml
      conflict-events sources list
    """


def _warehouse(db_path: str | None):
    from warehouse import Warehouse

    return Warehouse(settings_from(db_path=db_path).db_path)


@sources.command("add")
@click.argument("urls", nargs=-1, required=True, metavar="URL...")
@click.option("--name", default=None, help="Display name [default: the host name].")
@click.option("--kind", type=click.Choice(["rss", "sitemap", "page"]), default=None,
              help="What the URL is [default: guessed from the URL].")
@click.option("--group", "schedule_group", default=None, help="Schedule group for `serve` [default: default].")
@click.option("--country", default=None, help="ISO3 country the source covers (informational).")
@click.option("--language", default=None, help="ISO 639-1 language of the source.")
@click.option("--disabled", is_flag=True, help="Store it but do not crawl it yet.")
@db_option
@friendly_errors
def add(urls, name, kind, schedule_group, country, language, disabled, db_path) -> None:
    """Add sources by URL; a URL that is already a source is updated (and says so).

    \b
    Example:
      conflict-events sources add https://example.org/sitemap_news.xml --kind sitemap --group hourly
    """
    from flows.sources import add_sources, list_sources, make_source

    items = [make_source(u, name=name, kind=kind, country=country, language=language,
                         schedule_group=schedule_group, enabled=not disabled) for u in urls]
    warehouse = _warehouse(db_path)
    existing = {s.source_id for s in list_sources(warehouse)}
    add_sources(warehouse, items)
    for s in items:
        verb = "updated" if s.source_id in existing else "added"
        note = "  (it already existed: name, kind, group and flags now as given)" if verb == "updated" else ""
        click.echo(f"{verb} {s.source_id}  {s.kind:<7} {s.schedule_group:<10} {s.url}{note}")


@sources.command("list")
@click.option("--group", default=None, help="Only this schedule group.")
@db_option
@friendly_errors
def list_(group, db_path) -> None:
    """List stored sources: id, kind, group, enabled, name, URL.

    \b
    Example:
      conflict-events sources list --group hourly
    """
    from flows.sources import list_sources

    rows = list_sources(_warehouse(db_path), group=group)
    if not rows:
        click.echo("no sources: add some with `conflict-events sources add URL`")
    for s in rows:
        flag = "" if s.enabled else " (disabled)"
        click.echo(f"{s.source_id}  {s.kind:<7} {s.schedule_group:<10} {s.name}{flag}  {s.url}")


@sources.command("remove")
@click.argument("keys", nargs=-1, required=True, metavar="ID_OR_URL_OR_NAME...")
@db_option
@friendly_errors
def remove(keys, db_path) -> None:
    """Remove sources by id, URL or name (their pages and events stay).

    Exits 1 and removes nothing when a key matches no source.

    \b
    Example:
      conflict-events sources remove https://example.org/rss.xml
    """
    from flows.sources import remove_sources

    removed = remove_sources(_warehouse(db_path), list(keys))
    click.echo(f"removed {sum(removed.values())} source(s)")


@sources.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@db_option
@friendly_errors
def import_(path, db_path) -> None:
    """Add or update sources from a YAML or CSV file.

    YAML: a list of {url, name, kind, group, country, language, enabled} (or of plain URLs),
    optionally under a `sources:` key. CSV/TSV: a header row with the same column names.

    \b
    Examples:
      conflict-events sources import sources.yaml
      conflict-events sources import sources.csv --db events.duckdb
    """
    from flows.sources import add_sources, read_sources_file

    items = read_sources_file(path)
    add_sources(_warehouse(db_path), items)
    click.echo(f"imported {len(items)} source(s) from {path}")


@click.command()
@click.option("--every", "default", default="1h", show_default=True,
              help="Schedule for groups without --schedule: seconds, 15m, 6h, 1d, or a cron expression.")
@click.option("--schedule", "schedules", multiple=True, metavar="GROUP=SPEC",
              help="Schedule of one group, e.g. hourly=1h or daily='0 6 * * *'. Repeatable.")
@db_option
@click.option("--allow-private", is_flag=True, default=None,
              help="Allow sources on loopback/private addresses (refused by default to prevent SSRF) "
              "[env CONFLICT_EVENTS_ALLOW_PRIVATE].")
@friendly_errors
def serve(default: str, schedules: tuple[str, ...], db_path: str | None, allow_private: bool | None) -> None:
    """Run scheduled crawls: one Prefect deployment per source schedule group.

    Keeps running and starts a crawl of each group on its schedule (at most one run of a
    group at a time). Needs a lasting Prefect API: `conflict-events server start` (found
    automatically), PREFECT_API_URL, or Prefect Cloud. Ctrl-C cancels the runs in progress
    (none stays "Running"), pauses the schedules and exits 130; a restarted serve marks runs
    left by a killed one as Crashed, so every group's slot is free at once. See
    docs/crawling.md.

    \b
    Examples:
      conflict-events serve --every 6h
      conflict-events serve --schedule hourly=1h --schedule daily='0 6 * * *' --db events.duckdb
    """
    from flows.serve import ScheduleError, serve_crawls

    mapping = {}
    for item in schedules:
        group, sep, spec = item.partition("=")
        if not sep or not group or not spec:
            raise ScheduleError(f"--schedule {item!r}: use GROUP=SPEC, e.g. hourly=1h")
        mapping[group] = spec
    serve_crawls(settings_from(db_path=db_path, progress=False, allow_private=allow_private), mapping, default)


def register(group: click.Group) -> None:
    group.add_command(sources)
    group.add_command(serve)
