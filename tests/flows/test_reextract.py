"""Re-extraction from stored raw HTML: events replaced atomically, version updated, reruns resume."""

from __future__ import annotations

import pytest

from extractors import EXTRACTOR_VERSION
from flows.backfill import backfill_warc
from flows.backfill.warc import write_warc
from flows.reextract import reextract, select_doc_ids
from flows.settings import Settings
from warehouse import Warehouse

PAGE = """<html><head><title>Airstrike near Idlib {i}</title></head><body><nav>Home</nav><article>
<p>A drone strike killed six people in a market in Idlib, Syria, on Tuesday, a monitoring group said. Rescue workers searched the rubble for survivors late into the night.</p>
<p>It was the third such strike in the province this month, local residents told reporters. {i}</p>
</article></body></html>"""


@pytest.fixture
def stored(tmp_path):
    path = tmp_path / "r.warc.gz"
    write_warc(path, [(f"https://wire.example.com/s/{i}", PAGE.format(i=i).encode(), "text/html", 200)
                      for i in range(3)])
    settings = Settings(db_path=tmp_path / "r.duckdb", progress=False, batch_size=2)
    report = backfill_warc([str(path)], settings)
    assert report.articles == 3 and report.events >= 3
    return settings


def _age(wh: Warehouse) -> str:
    """Mark every article as made by an old extractor and plant a stale event on one document."""
    with wh.connect() as con:
        con.execute("UPDATE articles SET extractor_version = 'old'")
        doc = con.execute("SELECT min(doc_id) FROM articles").fetchone()[0]
        con.execute("INSERT INTO events (event_id, doc_id, event_type, sub_event_type, extractor_version) "
                    "VALUES ('stale', ?, 'riots', 'Mob violence', 'old')", [doc])
    return doc


def test_reextract_replaces_events_and_updates_version(stored):
    wh = Warehouse(stored.db_path)
    before = wh.query("SELECT event_id FROM events ORDER BY event_id")["event_id"].to_list()
    _age(wh)
    assert len(select_doc_ids(wh)[0]) == 3
    report = reextract(stored)
    assert report.articles == 3 and report.events == len(before)
    after = wh.query("SELECT event_id FROM events ORDER BY event_id")["event_id"].to_list()
    assert after == before  # the stale event is gone, the real ones are back, nothing doubled
    versions = wh.query("SELECT DISTINCT extractor_version FROM articles")["extractor_version"].to_list()
    assert versions == [EXTRACTOR_VERSION]
    assert reextract(stored).records == 0  # nothing older left: a rerun resumes (here: is done)
    assert reextract(stored, all_docs=True).articles == 3


def test_failed_write_leaves_previous_events_and_version(stored, monkeypatch):
    wh = Warehouse(stored.db_path)
    doc = _age(wh)
    real_upsert = Warehouse.upsert

    def failing_upsert(self, table, rows, *, con=None):
        if table == "events":
            raise RuntimeError("disk full")
        return real_upsert(self, table, rows, con=con)

    monkeypatch.setattr(Warehouse, "upsert", failing_upsert)
    with pytest.raises(RuntimeError, match="disk full"):
        reextract(stored)
    monkeypatch.undo()
    stale = wh.query("SELECT count(*) AS n FROM events WHERE event_id = 'stale' AND doc_id = ?", [doc])
    assert stale["n"][0] == 1  # the old events were not deleted without their replacement
    versions = wh.query("SELECT DISTINCT extractor_version FROM articles")["extractor_version"].to_list()
    assert versions == ["old"]
