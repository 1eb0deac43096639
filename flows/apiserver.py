"""``python -m flows.apiserver --port N --parent PID``: a temporary Prefect API that dies with its parent.

Started by ``flows.prefect_api.temporary_server`` instead of Prefect's own temporary server, which
outlives a killed command (it is an ordinary child: after ``kill -9`` of the command it keeps running,
re-parented to init). This one serves the same app (``prefect.server.api.server:create_app`` under
uvicorn, UI off) and exits as soon as its parent is gone.
"""

from __future__ import annotations

import argparse

from flows.lifecycle import watch_parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m flows.apiserver")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--parent", type=int, required=True, help="exit when this process is gone")
    args = parser.parse_args(argv)
    watch_parent(args.parent)
    import uvicorn

    uvicorn.run("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=args.port,
                log_level="error", lifespan="on")


if __name__ == "__main__":
    main()
