"""Score predicted events against a labelled (gold) set: event matching, field accuracy, deduplication.

A pure module (standard library only, no warehouse): ``score(gold_path, predictions_path)`` returns the
figures `conflict-events eval` prints. The gold format and every rule are documented in
docs/evaluation.md; in short:

* A predicted event may match a gold event of the same document when their dates are at most two
  days apart (or either is missing) and their country or their event type agrees. Among the possible
  pairs, the pair agreeing on the most fields is taken first (ties: gold order, then prediction
  order), each event at most once.
* Field accuracy is over matched pairs. ``event_date``, ``admin1``, ``location``, ``actor1`` and
  ``actor2`` count only where the gold value is known; gold may give a list of accepted values.
  Fatalities and injuries treat missing and 0 alike. Places agree when equal, one contains the other
  or they are ~85 % similar, administrative words ('province', 'state', ...) ignored; actors agree when
  half the content words (cut to five letters, 'US' read as 'united states') of the shorter name
  occur in the other; other fields when their normalised text is equal.
* Deduplication is scored over pairs of gold documents with events: the same real-world event in the
  gold (``cluster``) against a shared predicted ``cluster_id``.

``python -m flows.evaluation GOLD PREDICTIONS [--json]`` scores files without the CLI.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

__all__ = ["FIELDS", "fields_agree", "load_gold", "load_predictions", "match_events", "score"]

FIELDS = ("event_type", "sub_event_type", "event_date", "country", "admin1", "location", "actor1", "actor2",
          "fatalities", "injuries")
# Scored only where the gold says something: a gold event without a known place or actor is no error.
_ONLY_WHEN_KNOWN = frozenset({"event_date", "admin1", "location", "actor1", "actor2"})
_COUNTS = frozenset({"fatalities", "injuries"})
_PLACES = frozenset({"admin1", "location"})
_ACTORS = frozenset({"actor1", "actor2"})
_ACTOR_STOPWORDS = frozenset({"the", "of", "and", "a", "an", "in", "forces", "force", "unidentified"})
_ADMIN_WORDS = frozenset({"governorate", "province", "state", "region", "oblast", "district", "county",
                          "department", "division", "prefecture", "muhafazah"})
# Spellings of a few actors' countries, in the order they are rewritten.
_ACTOR_SYNONYMS = (("us", "united states"), ("usa", "united states"), ("u s", "united states"),
                   ("american", "united states"), ("americans", "united states"),
                   ("uk", "united kingdom"), ("british", "united kingdom"), ("un", "united nations"))
_NOT_WORD = re.compile(r"[^a-z0-9 ]+")
_SIMILAR_PLACE = 0.85
_DATE_WINDOW_DAYS = 2


def _plain(value) -> str:
    """Lower-case ASCII; every run of other characters than letters, digits and spaces becomes a space."""
    ascii_text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub(" ", ascii_text.lower()).strip()


def _missing(value) -> bool:
    return value is None or value == ""


def _alternatives(gold) -> list:
    return gold if isinstance(gold, list) else [gold]


def _place_words(value) -> str:
    return " ".join(w for w in _plain(value).split() if w not in _ADMIN_WORDS)


def _same_place(gold, pred) -> bool:
    p = _place_words(pred)
    for option in _alternatives(gold):
        g = _place_words(option)
        if g and p and (g == p or g in p or p in g
                        or difflib.SequenceMatcher(None, g, p).ratio() >= _SIMILAR_PLACE):
            return True
    return False


def _actor_stems(value) -> set[str]:
    text = _plain(value)
    for short, full in _ACTOR_SYNONYMS:
        text = re.sub(rf"\b{short}\b", full, text)
    return {word[:5] for word in text.split() if word not in _ACTOR_STOPWORDS}


def _same_actor(gold, pred) -> bool:
    p = _actor_stems(pred)
    for option in _alternatives(gold):
        g = _actor_stems(option)
        if g and p and len(g & p) / min(len(g), len(p)) >= 0.5:
            return True
    return False


def fields_agree(field: str, gold: dict, pred: dict) -> bool | None:
    """Does ``pred`` agree with ``gold`` on ``field``? None when the field is not scored for this gold."""
    g, p = gold.get(field), pred.get(field)
    if field in _ONLY_WHEN_KNOWN and _missing(g):
        return None
    if field in _COUNTS:
        return (g or 0) == (p or 0)
    if _missing(g) or _missing(p):
        return _missing(g) and _missing(p)
    if field in _PLACES:
        return _same_place(g, p)
    if field in _ACTORS:
        return _same_actor(g, p)
    return _plain(g) == _plain(p)


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _may_match(gold: dict, pred: dict) -> bool:
    gd, pd = _day(gold.get("event_date")), _day(pred.get("event_date"))
    if gd is not None and pd is not None and abs((gd - pd).days) > _DATE_WINDOW_DAYS:
        return False
    country = gold.get("country")
    if country and _plain(country) == _plain(pred.get("country") or ""):
        return True
    return fields_agree("event_type", gold, pred) is True


def match_events(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """Pairs (gold, predicted) of one document, best-agreeing pairs first, each event used once."""
    candidates = sorted(
        ((-sum(1 for f in FIELDS if fields_agree(f, g, p)), gi, pi)
         for gi, g in enumerate(golds) for pi, p in enumerate(preds) if _may_match(g, p)))
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return pairs


def _json_lines(path: str | Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def load_gold(path: str | Path) -> list[dict]:
    """Gold documents: ``{"doc_id", "url", "published", "cluster", "events": [...]}`` per line."""
    return list(_json_lines(path))


def load_predictions(path: str | Path) -> dict[str, list[dict]]:
    """Predicted events by document: one event per line (with ``doc_id``), or one document with ``events``."""
    by_doc: dict[str, list[dict]] = {}
    for obj in _json_lines(path):
        events = (obj.get("events") or []) if "events" in obj else [obj]
        by_doc.setdefault(str(obj["doc_id"]), []).extend(events)
    return by_doc


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(gold_path: str | Path, predictions_path: str | Path) -> dict:
    """Precision, recall and F1 of events, field accuracies, negative documents and dedup pairs."""
    gold_docs = load_gold(gold_path)
    predicted = load_predictions(predictions_path)
    matched = gold_total = predicted_total = negatives = negatives_with_events = 0
    hits: dict[str, list[int]] = {}
    clusters: dict[str, set[str]] = {}
    for doc in gold_docs:
        doc_id = str(doc["doc_id"])
        golds, preds = doc.get("events") or [], predicted.get(doc_id, [])
        gold_total += len(golds)
        predicted_total += len(preds)
        if not golds:
            negatives += 1
            negatives_with_events += bool(preds)
        pairs = match_events(golds, preds)
        matched += len(pairs)
        for g, p in pairs:
            for f in FIELDS:
                ok = fields_agree(f, g, p)
                if ok is not None:
                    tally = hits.setdefault(f, [0, 0])
                    tally[0] += ok
                    tally[1] += 1
        clusters[doc_id] = {str(e["cluster_id"]) for e in preds if e.get("cluster_id")}
    precision, recall = _ratio(matched, predicted_total), _ratio(matched, gold_total)
    same = false_same = missed_same = 0
    for a, b in combinations([d for d in gold_docs if d.get("events")], 2):
        in_gold = bool(a.get("cluster")) and a.get("cluster") == b.get("cluster")
        in_pred = bool(clusters.get(str(a["doc_id"]), set()) & clusters.get(str(b["doc_id"]), set()))
        same += in_gold and in_pred
        false_same += in_pred and not in_gold
        missed_same += in_gold and not in_pred
    pair_p, pair_r = _ratio(same, same + false_same), _ratio(same, same + missed_same)
    return {
        "documents": len(gold_docs),
        "gold_events": gold_total,
        "predicted_events": predicted_total,
        "event_precision": round(precision, 3),
        "event_recall": round(recall, 3),
        "event_f1": round(_f1(precision, recall), 3),
        "field_accuracy": {f: round(h / n, 3) for f, (h, n) in hits.items()},
        "field_counts": {f: n for f, (_, n) in hits.items()},
        "negative_documents": negatives,
        "negative_documents_with_events": negatives_with_events,
        "dedup_pair_precision": round(pair_p, 3),
        "dedup_pair_recall": round(pair_r, 3),
        "dedup_pair_f1": round(_f1(pair_p, pair_r), 3),
    }


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print("usage: python -m flows.evaluation GOLD.jsonl PREDICTIONS.jsonl [--json]", file=sys.stderr)
        return 2
    print(json.dumps(score(*args), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
