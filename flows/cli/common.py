"""Shared CLI plumbing: environment for Prefect, settings from flags, errors as one-line messages."""

from __future__ import annotations

import functools
import logging
import os
import sys

import click

from flows.settings import Settings

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help="DuckDB warehouse file [env CONFLICT_EVENTS_DB; default ./conflict_events.duckdb].",
)

progress_option = click.option(
    "--progress/--no-progress", default=None,
    help="Progress bar on standard error [default: on; env CONFLICT_EVENTS_PROGRESS=false turns it off].",
)


def prepare_environment(verbose: int = 0) -> None:
    """Quiet, offline-friendly Prefect defaults; a user's own settings win (setdefault)."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose >= 2 else "WARNING")
    os.environ.setdefault("PREFECT_UI_ENABLED", "false")
    logging.basicConfig(level=logging.DEBUG if verbose >= 2 else logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def settings_from(**overrides) -> Settings:
    return Settings.from_env(**overrides)


def _interrupted() -> None:
    click.echo("interrupted: everything stored so far is kept; rerun to resume.", err=True)
    sys.exit(130)


def friendly_errors(func):
    """Turn library errors into a one-line message and exit code 1, instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from extractors.errors import ExtractorError
        from warehouse.errors import WarehouseError

        try:
            return func(*args, **kwargs)
        except (WarehouseError, ExtractorError, FileNotFoundError) as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:
            # DuckDB wraps a Ctrl-C that lands while it reads Python data in its own error types.
            if "keyboardinterrupt" in str(exc).lower() or "query interrupted" in str(exc).lower():
                _interrupted()
            raise

    return wrapper
