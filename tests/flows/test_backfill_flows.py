"""Real Prefect flow runs (few: each costs seconds): a Dask cluster run and the CLI commands."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from flows.backfill.warc import write_warc
from flows.settings import Settings
from warehouse import Warehouse

PAGE = """<html><head><title>Clashes in Mali {i}</title></head><body><nav>Home | Africa</nav><article>
<p>Fighting broke out on Monday between army troops and militants near the town of Mopti in Mali,
officials said. Three soldiers were killed and five people were wounded in the clashes.</p>
<p>Residents said the gunfight lasted several hours. Story {i} of the example wire.</p>
</article><footer>Example Wire</footer></body></html>"""

pytestmark = pytest.mark.slow


def _warc(path, n: int):
    recs = [(f"https://wire.example.org/mali/{i}", PAGE.format(i=i).encode(), "text/html; charset=utf-8", 200)
            for i in range(n)]
    recs.append(("https://wire.example.org/feed.json", b"{}", "application/json", 200))
    write_warc(path, recs)
    return path


def test_backfill_flow_on_a_dask_cluster(tmp_path, prefect_env):
    from flows.backfill.flows import backfill_warc_flow, run_flow

    path = _warc(tmp_path / "d.warc.gz", 9)
    settings = Settings(db_path=tmp_path / "d.duckdb", batch_size=3, progress=False)
    # LocalCluster(processes=False): the same DaskTaskRunner path as a real cluster, started fast.
    result = run_flow(backfill_warc_flow, [str(path)], settings, runner="dask-threads", workers=2)
    assert result["articles"] == 9 and result["batches"] >= 3
    assert result["skipped"] == {"not html: application/json": 1}
    assert Warehouse(settings.db_path).counts()["articles"] == 9


def test_cli_backfill_warc_then_reextract(tmp_path, prefect_env):
    from flows.cli import main

    path = _warc(tmp_path / "c.warc.gz", 4)
    db = tmp_path / "c.duckdb"
    runner = CliRunner()
    # the default runner: a process pool (one worker here, to start fast)
    res = runner.invoke(main, ["backfill", "warc", str(path), "--db", str(db), "--workers", "1",
                               "--no-progress", "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.stdout)
    assert report["articles"] == 4 and report["events"] >= 4
    res = runner.invoke(main, ["reextract", "--all", "--db", str(db), "--runner", "thread", "--no-progress"])
    assert res.exit_code == 0, res.output
    assert "reextract: 4 records" in res.output
    res = runner.invoke(main, ["backfill", "warc", str(tmp_path / "nope.warc.gz"), "--db", str(db)])
    assert res.exit_code == 1 and "no such WARC file" in res.output
