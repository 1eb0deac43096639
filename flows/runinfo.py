"""What a run leaves in Prefect's UI: its summary as a markdown artifact and in the run's logs.

Called at the end of a flow; outside a flow run it does nothing. The UI is a convenience: a failure
to publish is logged and never fails a run whose data is stored.
"""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

__all__ = ["publish_summary"]


def _key(text: str) -> str:
    """Artifact keys: lowercase letters, digits and dashes."""
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:100] or "summary"


def publish_summary(key: str, title: str, text: str) -> None:
    from prefect.context import FlowRunContext

    if FlowRunContext.get() is None:
        return
    try:
        from prefect.artifacts import create_markdown_artifact
        from prefect.logging import get_run_logger

        get_run_logger().info("%s\n%s", title, text)
        create_markdown_artifact(markdown=f"## {title}\n\n```text\n{text}\n```\n", key=_key(key),
                                 description=title)
    except Exception as exc:  # noqa: BLE001
        log.warning("could not publish the run summary to Prefect: %s", exc)
