"""The relevance gate in the pipeline: rejected pages stored with their reason and raw HTML, --no-gate,
re-judged by reextract (--gate-off, a newer gate version), counted by status. Real DuckDB, real backfill."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractors.gate import GATE_VERSION
from flows.backfill import backfill_warc
from flows.backfill.warc import write_warc
from flows.cli import main
from flows.reextract import reextract
from flows.settings import Settings
from warehouse import Warehouse

CONFLICT = b"""<html><head><title>Clashes near Mopti</title></head><body><article><p>Fighting broke out on
Monday between army troops and militants near the town of Mopti in Mali, officials said. Three soldiers were
killed in the clashes.</p><p>Residents said the gunfight lasted several hours.</p></article></body></html>"""
SPORT = b"""<html><head><title>United edge City in a thriller</title></head><body><article><p>A late header
from the captain gave United a 3-2 win over City on Saturday, lifting the club to fourth place in the league
table after a breathless second half.</p><p>The manager praised his young midfielders and said the squad was
growing in confidence before next week's cup tie.</p></article></body></html>"""
SPORT_URL = "https://daily.example.org/sport/derby"


@pytest.fixture
def warc(tmp_path):
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, [("https://wire.example.org/mali", CONFLICT, "text/html", 200),
                      (SPORT_URL, SPORT, "text/html", 200)])
    return path


def _page(db, url=SPORT_URL) -> dict:
    return Warehouse(db).query("SELECT * FROM pages WHERE url = ?", [url]).row(0, named=True)


def test_a_rejected_page_is_stored_with_its_reason_and_raw_html(tmp_path, warc):
    settings = Settings(db_path=tmp_path / "g.duckdb", progress=False)
    report = backfill_warc([str(warc)], settings)
    assert (report.pages, report.articles, report.gated) == (2, 1, 1) and not report.failures
    assert "1 gated: not conflict" in report.summary()
    row = _page(settings.db_path)
    assert row["ok"] and row["error_reason"] == "gate: not conflict" and row["transient"] is False
    assert row["gate_version"] == GATE_VERSION and row["gate_score"] < 1.0
    wh = Warehouse(settings.db_path)
    assert wh.raw_html(row["content_hash"]) == SPORT  # kept: reextract can judge it again
    assert wh.query("SELECT count(*) AS n FROM articles WHERE url = ?", [SPORT_URL])["n"][0] == 0
    passed = _page(settings.db_path, "https://wire.example.org/mali")
    assert passed["error_reason"] is None and passed["gate_version"] == GATE_VERSION
    assert passed["gate_score"] >= 1.0
    assert backfill_warc([str(warc)], settings, restart=True).already_stored == 2  # not judged twice


def test_no_gate_and_dropping_gated_html(tmp_path, warc):
    off = Settings(db_path=tmp_path / "off.duckdb", progress=False, gate=False)
    report = backfill_warc([str(warc)], off)
    assert (report.articles, report.gated) == (2, 0)
    assert _page(off.db_path)["gate_version"] is None  # not judged
    drop = Settings(db_path=tmp_path / "drop.duckdb", progress=False, keep_gated_raw=False)
    assert backfill_warc([str(warc)], drop).gated == 1
    assert Warehouse(drop.db_path).counts()["raw_html"] == 1  # only the page that passed
    assert reextract(drop, gate_off=True).skipped == {"gated, no stored raw HTML": 1}


def test_reextract_gate_off_and_a_new_gate_version_judge_gated_pages_again(tmp_path, warc):
    settings = Settings(db_path=tmp_path / "r.duckdb", progress=False)
    backfill_warc([str(warc)], settings)
    assert reextract(settings).records == 0  # same extractor, same gate: nothing to do
    wh = Warehouse(settings.db_path)
    with wh.connect() as con:
        con.execute("UPDATE pages SET gate_version = 'gate-0' WHERE error_reason = 'gate: not conflict'")
    report = reextract(settings)  # rejected by an older gate: judged again by this one
    assert (report.records, report.gated, report.articles) == (1, 1, 0)
    assert _page(settings.db_path)["gate_version"] == GATE_VERSION
    report = reextract(settings, gate_off=True)
    assert (report.records, report.gated, report.articles) == (1, 0, 1)
    row = _page(settings.db_path)
    assert row["ok"] and row["error_reason"] is None and row["attempts"] == 1  # nothing was fetched
    assert wh.query("SELECT title FROM articles WHERE url = ?", [SPORT_URL])["title"][0].startswith("United")
    assert reextract(settings, gate_off=True).records == 0  # no gated page left


def test_status_counts_gated_pages_apart_from_failures(tmp_path, warc):
    settings = Settings(db_path=tmp_path / "s.duckdb", progress=False)
    backfill_warc([str(warc)], settings)
    res = CliRunner().invoke(main, ["status", "--db", str(settings.db_path), "--json"])
    assert res.exit_code == 0, res.output
    sections = json.loads(res.output)["sections"]
    gate = sections["relevance gate"]
    assert gate["columns"] == ["gate", "passed", "rejected", "rejected_raw_kept"]
    assert gate["rows"] == [[GATE_VERSION, 1, 1, 1]]
    assert sections["failures by reason"]["rows"] == []
    text = CliRunner().invoke(main, ["status", "--db", str(settings.db_path)]).output
    assert "relevance gate:\n  gate" in text


@pytest.mark.slow
def test_cli_backfill_no_gate_and_reextract_gate_off(tmp_path, warc, prefect_env):
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    res = runner.invoke(main, ["backfill", "warc", str(warc), "--db", str(db), "--runner", "thread",
                               "--no-progress", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["gated"] == 1
    res = runner.invoke(main, ["reextract", "--gate-off", "--db", str(db), "--runner", "thread", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert Warehouse(db).counts()["articles"] == 2
    res = runner.invoke(main, ["backfill", "warc", str(warc), "--db", str(tmp_path / "n.duckdb"), "--no-gate",
                               "--runner", "thread", "--no-progress", "--json"])
    assert res.exit_code == 0, res.output
    assert (json.loads(res.stdout)["gated"], json.loads(res.stdout)["articles"]) == (0, 2)
