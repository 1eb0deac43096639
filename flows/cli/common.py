"""Shared CLI plumbing: environment for Prefect, settings from flags, errors as one-line messages."""

from __future__ import annotations

import contextlib
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


def gate_options(func):
    """--gate/--no-gate and --drop-gated-html, for the commands that fetch or read pages."""
    func = click.option("--drop-gated-html", "keep_gated_raw", flag_value=False, default=None,
                        help="Do not store the raw HTML of pages the gate rejects (huge archives; "
                        "reextract then cannot judge them again) [env CONFLICT_EVENTS_KEEP_GATED_RAW].")(func)
    return click.option("--gate/--no-gate", "gate", default=None,
                        help="Judge each page with the relevance gate before cleaning it; rejected pages are "
                        "stored as 'gate: not conflict' with their raw HTML [default: on; env "
                        "CONFLICT_EVENTS_GATE].")(func)


def prepare_environment(verbose: int = 0) -> None:
    """Quiet, offline-friendly Prefect defaults; a user's own settings win (setdefault)."""
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    # Run logs (INFO) go to the Prefect API, so the UI shows them; the terminal shows only warnings
    # (the command prints its own summary) unless -vv.
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO" if verbose >= 2 else "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "flows")  # library warnings reach the UI too
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    level = logging.DEBUG if verbose >= 2 else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:  # records that propagate from INFO loggers (Prefect's
        handler.setLevel(level)                     # run loggers, which also feed the UI) stop here
    if not verbose:
        # Prefect's background services (named after their class) warn "Still processing items: N
        # items remaining..." while they drain at exit, which a Ctrl-C makes likely. It concerns run
        # events and logs on their way to the UI, not the warehouse; -v shows it.
        for name in ("EventsWorker", "APILogWorker"):
            logging.getLogger(name).setLevel(logging.ERROR)


def settings_from(**overrides) -> Settings:
    return Settings.from_env(**overrides)


EXIT_ERROR = 1
EXIT_NOTHING_FETCHED = 3
EXIT_INTERRUPTED = 130


@contextlib.contextmanager
def flow_command():
    """Around the part of a command that runs Prefect flows (arguments are checked before it).

    Picks the Prefect API (a configured one, the local `conflict-events server`, else a temporary one,
    announced at once: flows.prefect_api) and makes Ctrl-C reliable (flows.lifecycle).
    """
    from flows.lifecycle import interrupts
    from flows.prefect_api import command_api

    def say(text: str) -> None:
        click.echo(text, err=True)

    with interrupts(), command_api(say=say) as url, _no_exit_wait():
        _run_logs_to_ui_only()
        yield url


@contextlib.contextmanager
def _no_exit_wait():
    """Flow-run heartbeats off for a one-shot command, unless the user sets their frequency.

    Prefect's heartbeat thread sleeps in 1 s steps and every flow run joins it on exit, so each flow
    call ends up to a second late. Heartbeats (every 180 s by default) only matter to a server-side
    automation that marks silent runs as crashed, which a command of seconds or minutes does not
    need; set PREFECT_FLOWS_HEARTBEAT_FREQUENCY to keep them (README, "Prefect").
    """
    if os.environ.get("PREFECT_FLOWS_HEARTBEAT_FREQUENCY"):
        yield
        return
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _run_logs_to_ui_only() -> None:
    """Flow and task run logs go to the Prefect API (the UI); the terminal gets them only with -v.

    Without this, an interrupted run prints Prefect's "Crash detected!" lines next to our one line.
    """
    ctx = click.get_current_context(silent=True)
    verbose = (ctx.find_root().obj or {}).get("verbose", 0) if ctx else 0
    if verbose:
        return
    import prefect  # noqa: F401 (configures Prefect's loggers, which we then adjust)

    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).propagate = False


def nothing_fetched(message: str) -> None:
    """Exit 3: the run could fetch or read nothing at all (cron and CI must see it)."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_NOTHING_FETCHED)


def _interrupted() -> None:
    click.echo("interrupted: everything stored so far is kept; rerun to resume.", err=True)
    sys.exit(EXIT_INTERRUPTED)


def friendly_errors(func):
    """Turn library errors into a one-line message and exit code 1, instead of a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from extractors.errors import ExtractorError
        from flows.lifecycle import interrupted
        from flows.prefect_api import ServerError
        from warehouse.errors import WarehouseError

        try:
            result = func(*args, **kwargs)
        except (WarehouseError, ExtractorError, FileNotFoundError, ServerError) as exc:
            if interrupted():
                _interrupted()
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            _interrupted()
        except Exception as exc:
            if interrupted():  # whatever a library made of the Ctrl-C, it was one
                _interrupted()
            # DuckDB wraps a Ctrl-C that lands while it reads Python data in its own error types.
            if "keyboardinterrupt" in str(exc).lower() or "query interrupted" in str(exc).lower():
                _interrupted()
            raise
        if interrupted():  # a Ctrl-C that a library swallowed still ends the command as interrupted
            _interrupted()
        return result

    return wrapper
