from click.testing import CliRunner

from flows.cli import main


def test_eval_prints_the_scorers_report_and_throughput(shared_dir, tmp_path):
    dev = shared_dir / "eval" / "dev"
    result = CliRunner().invoke(main, ["eval", str(dev / "docs.jsonl"), str(dev / "gold.jsonl"),
                                       "--scorer", str(shared_dir / "eval" / "score_events.py"),
                                       "--predictions", str(tmp_path / "pred.jsonl")])
    assert result.exit_code == 0, result.output
    assert "event P" in result.output and "dedup pairs" in result.output
    assert "documents/s" in result.output
    assert (tmp_path / "pred.jsonl").stat().st_size > 0


def test_eval_without_a_scorer_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    from flows.cli import eval_cmd

    monkeypatch.setattr(eval_cmd, "_SCORER_CANDIDATES", ("nowhere/score_events.py",))
    (tmp_path / "d.jsonl").write_text("{}\n")
    result = CliRunner().invoke(main, ["eval", "d.jsonl", "d.jsonl"])
    assert result.exit_code != 0 and "--scorer" in result.output
