"""Child processes that end with their command, and a Ctrl-C that always ends it.

* ``watch_parent``: a process started for one command (the temporary Prefect API, pool workers) exits
  as soon as the process that started it is gone, even after a ``kill -9`` that gives the parent no
  chance to clean up: Linux's parent-death signal where available, and a thread that polls the parent
  pid everywhere (an orphan is re-parented, so its parent pid changes).
* ``worker_init``: initializer of pool workers. Workers ignore SIGINT, which a terminal sends to the
  whole process group: the command alone decides how to stop (it stops its workers itself), so Ctrl-C
  does not print a traceback per worker.
* ``interrupts``: SIGINT sets a flag, besides raising ``KeyboardInterrupt`` in the main thread, and
  ``raise_if_interrupted`` (called at batch boundaries) raises again. A library that swallows the
  first ``KeyboardInterrupt`` (DuckDB turns one into its own error type) can therefore delay the stop
  by one batch but never turn it into a normal exit.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

__all__ = ["watch_parent", "worker_init", "interrupts", "interrupted", "raise_if_interrupted",
           "stop_children"]

_POLL_SECONDS = 0.5
_interrupted = threading.Event()


def _parent_death_signal(sig: int) -> None:
    """Ask Linux to send ``sig`` to this process when its parent exits (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, int(sig), 0, 0, 0)
    except (OSError, AttributeError):
        pass


def watch_parent(parent_pid: int) -> None:
    """Exit this process (status 1) within ~0.5 s of ``parent_pid`` ending.

    ``parent_pid`` is the command; a pool worker forked by the command's fork server has that server as
    its parent instead, and then watches both (the server itself ends with the command).
    """
    _parent_death_signal(signal.SIGTERM)
    direct = os.getppid()

    def gone() -> bool:
        if os.getppid() != direct:
            return True
        if direct == parent_pid:
            return False
        try:
            os.kill(parent_pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False

    def watch() -> None:
        while True:
            if gone():
                os._exit(1)
            threading.Event().wait(_POLL_SECONDS)

    if direct != parent_pid and gone():  # the command died before we got here
        os._exit(1)
    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def worker_init(parent_pid: int) -> None:
    """Pool worker initializer: ignore the terminal's Ctrl-C, die with the command."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent_pid)


def interrupted() -> bool:
    return _interrupted.is_set()


def raise_if_interrupted() -> None:
    """Raise ``KeyboardInterrupt`` if Ctrl-C was pressed, even if an earlier one was swallowed."""
    if _interrupted.is_set():
        raise KeyboardInterrupt("interrupted")


@contextlib.contextmanager
def interrupts() -> Iterator[None]:
    """Within the block, SIGINT raises ``KeyboardInterrupt`` and is remembered (see the module doc)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(signum, frame) -> None:
        _interrupted.set()
        raise KeyboardInterrupt("interrupted")

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def stop_children() -> None:
    """Terminate this process's multiprocessing children now (an interrupted pool's workers)."""
    import multiprocessing

    children = multiprocessing.active_children()
    for child in children:
        with contextlib.suppress(OSError):
            child.terminate()
    for child in children:
        child.join(timeout=2)
        if child.is_alive():
            with contextlib.suppress(OSError):
                child.kill()
