"""Write docs/cli.md from the commands' own help, so the reference cannot drift from the code.

    python -m flows.cli.docgen            # rewrite docs/cli.md
    python -m flows.cli.docgen --check    # exit 1 when docs/cli.md is stale (the docs test does this)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"

INTRO = """# Command reference

Generated from the commands' `--help` by `python -m flows.cli.docgen`; a test fails when it is stale.
Every command reads its settings from flags, then `CONFLICT_EVENTS_*` environment variables, then defaults.
"""


def _walk(cmd: click.Command, path: list[str]):
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.list_commands(click.Context(cmd))):
            sub = cmd.get_command(click.Context(cmd), name)
            if sub is not None and not sub.hidden:
                yield from _walk(sub, [*path, name])


def render() -> str:
    from flows.cli import main

    parts = [INTRO]
    for path, cmd in _walk(main, ["conflict-events"]):
        name = " ".join(path)
        ctx = click.Context(cmd, info_name=name, terminal_width=100, max_content_width=100,
                            help_option_names=["-h", "--help"])
        help_text = cmd.get_help(ctx)
        level = "##" if len(path) <= 2 else "###"
        parts.append(f"{level} `{name}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is stale: run `python -m flows.cli.docgen`", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
