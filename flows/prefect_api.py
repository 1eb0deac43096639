"""Which Prefect API a command talks to, and the local server that ``conflict-events server`` keeps.

Every flow command needs a Prefect API. In order of preference:

1. one you configured: ``PREFECT_API_URL`` in the environment or in the active Prefect profile
   (``prefect cloud login`` writes one);
2. the local server started by ``conflict-events server start`` (its pid and URL are kept in
   ``$PREFECT_HOME/conflict-events-server.json``; it answers ``/api/health``): ~1 s per command;
3. a temporary server for this one command (the fallback): 7-15 s to start, announced on standard
   error before it starts.

The temporary server runs in its own session, so the Ctrl-C that a terminal sends to the command's
process group does not kill the API the command still needs to record its interrupted run, and it
watches its parent (``flows.lifecycle.watch_parent``): it exits when the command ends, even by
``kill -9``. Nothing here imports Prefect unless a server must be started, so choosing costs
milliseconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

__all__ = ["ServerInfo", "ServerError", "configured_api_url", "local_server", "start_server", "stop_server",
           "command_api", "temporary_server", "use_api"]

DEFAULT_PORT = 4200
STATE_NAME = "conflict-events-server.json"


class ServerError(RuntimeError):
    """The local Prefect server could not be started or stopped; the message says why and what to do."""


@dataclass(frozen=True)
class ServerInfo:
    pid: int
    url: str  # the API URL, http://127.0.0.1:4200/api
    log: str
    started_at: float

    @property
    def ui(self) -> str:
        return self.url.removesuffix("/api")


def prefect_home(env: dict[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    return Path(env.get("PREFECT_HOME") or "~/.prefect").expanduser()


def _profile_api_url(env) -> str | None:
    """PREFECT_API_URL of the active profile in ``$PREFECT_HOME/profiles.toml``, read without Prefect."""
    import tomllib

    path = Path(env.get("PREFECT_PROFILES_PATH") or prefect_home(env) / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    active = env.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = (data.get("profiles") or {}).get(active) or {}
    return profile.get("PREFECT_API_URL") or None


def configured_api_url(env: dict[str, str] | None = None) -> str | None:
    """The API the user configured (environment, Prefect settings in force, or profile), else None."""
    env = os.environ if env is None else env
    if "prefect.settings" in sys.modules:  # already imported (tests, notebooks): ask Prefect itself
        from prefect.settings import get_current_settings

        return get_current_settings().api.url or None
    return env.get("PREFECT_API_URL") or _profile_api_url(env)


def _healthy(api_url: str, timeout: float = 1.0) -> bool:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
    try:
        with opener.open(f"{api_url}/health", timeout=timeout) as response:
            return response.status == 200
    except (OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _state_file(env=None) -> Path:
    return prefect_home(env) / STATE_NAME


def _read_state(env=None) -> ServerInfo | None:
    try:
        return ServerInfo(**json.loads(_state_file(env).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def local_server(env: dict[str, str] | None = None) -> ServerInfo | None:
    """The server of ``conflict-events server start`` if it is running and healthy."""
    info = _read_state(env)
    if info is None or not _alive(info.pid) or not _healthy(info.url):
        return None
    return info


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(proc: subprocess.Popen, api_url: str, timeout: float, log: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace")[-600:] if log and log.exists() else ""
            raise ServerError(f"the Prefect server exited with status {proc.returncode}"
                              + (f"; its log ({log}) ends with: {tail.strip()}" if tail.strip() else ""))
        if _healthy(api_url, timeout=1.0):
            return
        time.sleep(0.2)
    raise ServerError(f"the Prefect server did not answer {api_url}/health within {timeout:.0f} s"
                      + (f"; see {log}" if log else ""))


def start_server(port: int = DEFAULT_PORT, *, timeout: float = 90.0) -> tuple[ServerInfo, bool]:
    """Start ``prefect server start`` in the background (its own session); returns (info, started now).

    It keeps running after this command ends, until ``stop_server``; its UI is on the same port.
    """
    running = local_server()
    if running is not None:
        return running, False
    home = prefect_home()
    home.mkdir(parents=True, exist_ok=True)
    log = home / "conflict-events-server.log"
    url = f"http://127.0.0.1:{port}/api"
    if _healthy(url, timeout=0.5):
        raise ServerError(f"something already answers on {url}: use it with PREFECT_API_URL={url}, "
                          "or pick another --port")
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_UI_ENABLED")}
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        _wait_healthy(proc, url, timeout, log)
    except BaseException:
        _kill_group(proc.pid)
        raise
    info = ServerInfo(pid=proc.pid, url=url, log=str(log), started_at=time.time())
    _state_file().write_text(json.dumps(asdict(info)), encoding="utf-8")
    return info, True


def _kill_group(pid: int, grace: float = 10.0) -> None:
    """SIGTERM the server's process group (it has workers of its own), SIGKILL what is left."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    return
            except ChildProcessError:  # not our child: poll whether it is gone
                if not _alive(pid):
                    return
            time.sleep(0.1)


def stop_server() -> ServerInfo | None:
    """Stop the server of ``start_server``; returns what was stopped (None if none was running)."""
    info = _read_state()
    if info is None:
        return None
    if _alive(info.pid):
        _kill_group(info.pid)
        if _alive(info.pid):
            raise ServerError(f"the Prefect server (pid {info.pid}) did not stop; kill it by hand")
    with contextlib.suppress(OSError):
        _state_file().unlink()
    return info


@contextlib.contextmanager
def temporary_server(*, timeout: float = 120.0) -> Iterator[str]:
    """A Prefect API for this process only; yields its URL and stops it at the end of the block."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update({"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"})
    for _attempt in range(3):
        port = _free_port()
        url = f"http://127.0.0.1:{port}/api"
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.apiserver", "--port", str(port), "--parent", str(os.getpid())],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
            start_new_session=True)  # not in the terminal's process group: Ctrl-C is for the command
        try:
            _wait_healthy(proc, url, timeout, None)
            break
        except ServerError:
            _stop(proc)
            if proc.returncode not in (1, 3):  # 1/3: the port was taken meanwhile; try another
                raise
        except BaseException:
            _stop(proc)
            raise
    else:
        raise ServerError("could not start a temporary Prefect API server")
    try:
        yield url
    finally:
        _drain_prefect()
        _stop(proc)


def _drain_prefect() -> None:
    """Send Prefect's queued logs and events now: after the server stops, they could only fail."""
    if "prefect.logging.handlers" in sys.modules:
        with contextlib.suppress(Exception):
            from prefect.logging.handlers import APILogHandler

            APILogHandler.flush()
    if "prefect.events.worker" in sys.modules:
        with contextlib.suppress(Exception):
            from prefect.events.worker import EventsWorker

            EventsWorker.drain_all(timeout=5)


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def command_api(say: Callable[[str], None] = lambda text: None) -> Iterator[str]:
    """Make Prefect use the best API for one command (see the module doc); yields its URL.

    Sets ``PREFECT_API_URL`` for this process (and its children) for the duration of the block, or,
    when Prefect is already imported, a temporary Prefect setting.
    """
    url = configured_api_url()
    if url:
        yield url
        return
    server = local_server()
    if server is not None:
        say(f"prefect: runs are recorded by the local server (UI {server.ui})")
        with use_api(server.url):
            yield server.url
        return
    say("prefect: starting a temporary API server for this command (7-15 s; `conflict-events server start` "
        "keeps one running, then commands start in ~1 s)")
    with temporary_server() as url, use_api(url):
        yield url


@contextlib.contextmanager
def use_api(url: str) -> Iterator[None]:
    """Point Prefect (this process and its children) at ``url`` for the block."""
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    try:
        if "prefect.settings" in sys.modules:
            from prefect.settings import PREFECT_API_URL, temporary_settings

            with temporary_settings({PREFECT_API_URL: url}):
                yield
        else:
            yield
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
