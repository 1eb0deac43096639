"""Every event keeps a cluster after an interrupted backfill is resumed, and after `reextract`, through
the real CLI and real Prefect flows. The pages report four unrelated incidents, so each event is a
one-event cluster: the case that used to be left without a ``cluster_id``."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from flows.backfill.warc import write_warc
from flows.cli import main
from warehouse import Warehouse

pytestmark = pytest.mark.slow

STORIES = [
    ("mali", "Clashes near Mopti", "Fighting broke out on Monday between army troops and militants near the "
     "town of Mopti in Mali, officials said. Three soldiers were killed in the clashes."),
    ("syria", "Airstrike near Idlib", "A drone strike killed six people in a market in Idlib, Syria, on "
     "Tuesday, a monitoring group said. Rescue workers searched the rubble for survivors."),
    ("ukraine", "Shelling in Kharkiv", "Russian artillery shelled a residential district of Kharkiv, Ukraine, "
     "on Wednesday, killing two civilians and wounding nine, the regional governor said."),
    ("somalia", "Bomb in Mogadishu", "A roadside bomb exploded near a checkpoint in Mogadishu, Somalia, on "
     "Thursday, killing four soldiers, a police officer told reporters."),
]
PAGE = """<html><head><title>{title}</title><meta name="date" content="2024-05-{day:02d}"></head><body>
<nav>Home | World</nav><article><p>{text}</p><p>Residents said the situation was calm by the evening. The
information could not be independently verified.</p></article><footer>Example Wire</footer></body></html>"""


def _cli(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def _unclustered(db) -> int:
    return Warehouse(db).query("SELECT count(*) AS n FROM events WHERE cluster_id IS NULL")["n"][0]


def test_one_event_clusters_survive_resume_and_reextract(tmp_path, prefect_env):
    warc = tmp_path / "wire.warc.gz"
    write_warc(warc, [(f"https://wire.example.org/{slug}", PAGE.format(title=title, text=text, day=6 + i).encode(),
                       "text/html; charset=utf-8", 200) for i, (slug, title, text) in enumerate(STORIES)])
    db = tmp_path / "w.duckdb"
    common = ["--db", str(db), "--batch-size", "1", "--runner", "thread", "--workers", "1", "--no-progress"]
    # A run stopped after two batches before it could cluster (as a Ctrl-C or kill -9 leaves it) ...
    _cli("backfill", "warc", str(warc), *common, "--max-batches", "2", "--no-recluster")
    assert _unclustered(db) > 0
    # ... and resumed: the events of the first run get their clusters too.
    _cli("backfill", "warc", str(warc), *common)
    wh = Warehouse(db)
    countries = wh.query("SELECT count(DISTINCT country) AS n FROM events")["n"][0]
    assert countries == 4 and _unclustered(db) == 0
    clusters = wh.query("SELECT count(DISTINCT cluster_id) AS c, count(*) AS n FROM events").row(0)
    assert clusters[0] == clusters[1]  # four unrelated incidents: one-event clusters

    # reextract replaces every event (new rows, no cluster yet): each gets its cluster back, the same one.
    reextract = ["reextract", "--all", "--db", str(db), "--batch-size", "1", "--runner", "thread",
                 "--workers", "1", "--no-progress"]
    before = dict(wh.query("SELECT event_id, cluster_id FROM events").iter_rows())
    _cli(*reextract)
    assert dict(wh.query("SELECT event_id, cluster_id FROM events").iter_rows()) == before
