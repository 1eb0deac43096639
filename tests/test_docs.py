"""Docs that cannot drift: every command is documented, and docs/cli.md is its current help."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from flows.cli import docgen, main

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_has_help_and_is_documented():
    doc = docgen.DOC.read_text(encoding="utf-8")
    runner = CliRunner()
    for path, cmd in docgen._walk(main, ["conflict-events"]):
        assert (cmd.help or "").strip(), f"{' '.join(path)} has no help text"
        result = runner.invoke(main, [*path[1:], "--help"])
        assert result.exit_code == 0, result.output
        assert f"`{' '.join(path)}`" in doc, f"{' '.join(path)} is missing from docs/cli.md"


def test_cli_reference_is_current():
    assert docgen.DOC.read_text(encoding="utf-8") == docgen.render(), (
        "docs/cli.md is stale: run `python -m flows.cli.docgen`"
    )


def test_readme_quickstart_has_exactly_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quickstart", 1)[1].split("##", 1)[0]
    block = re.search(r"```bash\n(.*?)```", quick, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.split("#")[0].strip()]
    assert commands == ["python3 run.py demo", "python3 run.py test"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 run.py test" in ci


def test_event_schema_table_matches_the_record_class():
    from extractors.records import EVENT_FIELDS

    doc = (ROOT / "docs" / "events.md").read_text(encoding="utf-8")
    table = doc.split("| field | type | meaning |", 1)[1].split("\n\n", 1)[0]
    documented = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            documented |= set(re.findall(r"`([a-z0-9_]+)`", line.split("|")[1]))
    assert documented == set(EVENT_FIELDS)


def test_every_table_and_view_is_documented(fresh_warehouse):
    doc = (ROOT / "docs" / "warehouse.md").read_text(encoding="utf-8")
    with fresh_warehouse.connect(read_only=True) as con:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()]
    assert names
    missing = [n for n in names if f"`{n}`" not in doc]
    assert not missing, f"undocumented in docs/warehouse.md: {missing}"
