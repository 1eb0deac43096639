"""`conflict-events eval`: run extraction over a labelled JSONL set and print the scorer's report.

The project's own scorer (``flows.evaluation``) is the default; ``--scorer`` runs another
``score_events.py`` with the same ``score(gold, predictions)`` function instead (a reference copy).
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
import time
from pathlib import Path

import click

from flows.cli.common import friendly_errors


def _load_scorer(path: str | None):
    """The ``score`` function: the project's, or the one in the ``score_events.py`` at ``path``."""
    if path is None:
        from flows.evaluation import score

        return score
    spec = importlib.util.spec_from_file_location("score_events", Path(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "score", None)):
        raise click.ClickException(f"{path} has no score(gold, predictions) function")
    return module.score


@click.command(name="eval")
@click.argument("docs", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Score with this score_events.py instead of the project's own scorer (flows.evaluation).")
@click.option("--predictions", type=click.Path(dir_okay=False), default=None,
              help="Also keep the predicted events as JSONL here.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@friendly_errors
def eval_(docs: str, gold: str, scorer: str | None, predictions: str | None, as_json: bool) -> None:
    """Extract events from DOCS (JSONL texts) and score them against GOLD (JSONL gold events).

    Prints the report of the project's scorer (event precision/recall/F1, field accuracies,
    negative documents, deduplication pairs) and the extraction throughput. The gold format and
    the matching rules are in docs/evaluation.md.

    \b
    Examples:
      conflict-events eval docs.jsonl gold.jsonl
      conflict-events eval docs.jsonl gold.jsonl --scorer ../shared/eval/score_events.py
    """
    from flows.offline import extract_jsonl

    score = _load_scorer(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(predictions) if predictions else Path(tmp) / "events.jsonl"
        started = time.perf_counter()
        report, events = extract_jsonl(docs, out)
        seconds = time.perf_counter() - started
        result = score(gold, str(out))
    result["throughput"] = {"documents": report.documents, "events": report.events,
                            "seconds": round(seconds, 3),
                            "documents_per_second": round(report.documents / seconds, 1) if seconds else None}
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"documents {result['documents']}  gold events {result['gold_events']}  "
               f"predicted {result['predicted_events']}")
    click.echo(f"event P {result['event_precision']:.3f}  R {result['event_recall']:.3f}  "
               f"F1 {result['event_f1']:.3f}")
    for field, acc in result["field_accuracy"].items():
        if acc is not None:
            click.echo(f"  {field:15s} {acc:.3f}  (n={result['field_counts'][field]})")
    click.echo(f"negative documents with events: {result['negative_documents_with_events']}/"
               f"{result['negative_documents']}")
    click.echo(f"dedup pairs P {result['dedup_pair_precision']:.3f}  R {result['dedup_pair_recall']:.3f}  "
               f"F1 {result['dedup_pair_f1']:.3f}")
    tp = result["throughput"]
    click.echo(f"throughput: {tp['documents']} documents in {tp['seconds']:.2f} s "
               f"({tp['documents_per_second']} documents/s, first-call warm-up included); "
               f"{len(report.skipped)} input lines skipped")


def register(group: click.Group) -> None:
    group.add_command(eval_)
