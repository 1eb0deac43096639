"""`conflict-events status` through the CLI: labelled tables, times to the second, checkpoints, JSON."""

from __future__ import annotations

import json
import re

from click.testing import CliRunner

from flows.backfill import backfill_warc
from flows.backfill.warc import write_warc
from flows.cli import main
from flows.settings import Settings

PAGE = b"""<html><head><title>Clashes near Mopti</title></head><body><article><p>Fighting broke out on Monday
between army troops and militants near the town of Mopti in Mali, officials said. Three soldiers were
killed in the clashes.</p><p>Residents said the gunfight lasted several hours.</p></article></body></html>"""


def _warehouse(tmp_path):
    warc = tmp_path / "a.warc.gz"
    write_warc(warc, [("https://wire.example.org/mali", PAGE, "text/html", 200),
                      ("https://wire.example.org/gone", b"", "text/html", 404)])
    settings = Settings(db_path=tmp_path / "s.duckdb", progress=False)
    backfill_warc([str(warc)], settings)
    return settings.db_path, warc


def test_status_has_headers_second_precision_and_checkpoints(tmp_path):
    db, warc = _warehouse(tmp_path)
    result = CliRunner().invoke(main, ["status", "--db", str(db)])
    assert result.exit_code == 0, result.output
    text = result.output
    assert "reports and incidents by type:\n  event_type  reports  incidents" in text and "fatalities" in text
    assert re.search(r"last fetch per source:\n  source +pages +ok +last_fetch\n  -+", text)
    assert "backfill checkpoints:\n  job" in text and str(warc.resolve()) in text and "done" in text
    assert not re.search(r"\d\d:\d\d:\d\d\.\d", text), "no microseconds"


def test_status_as_json(tmp_path):
    db, warc = _warehouse(tmp_path)
    result = CliRunner().invoke(main, ["status", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["rows"]["pages"] == 1 and report["rows"]["articles"] == 1
    checkpoints = report["sections"]["backfill checkpoints"]
    assert checkpoints["columns"] == ["job", "unit", "state", "position", "updated_at"]
    assert checkpoints["rows"][0][:3] == ["warc", str(warc.resolve()), "done"]
    events = report["sections"]["reports and incidents by type"]
    assert events["columns"][:3] == ["event_type", "reports", "incidents"] and events["rows"][0][1] >= 1
    assert 1 <= events["rows"][0][2] <= events["rows"][0][1]
