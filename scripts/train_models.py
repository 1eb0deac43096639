#!/usr/bin/env python3
"""Train the shipped detection and typing models from the project's own sentences, deterministically.

    python scripts/train_models.py            # writes extractors/learn/data/{detect,typing}.npz
    python scripts/train_models.py --check    # retrains in memory, exits 1 if the shipped weights differ

Data: training/data/<lang>/sentences_*.jsonl (detection, typing) and articles_*.jsonl (grouping: does a sentence
tell the incident before it?), written for the project (training/GUIDE.md). Never ../shared,
CASE or ACLED text. Features: extractors.events.learned.sentence_features (words, character n-grams and what the
rules saw). Models: L2 logistic regression (scikit-learn, lbfgs), the same data in the same order giving the same
weights. Thresholds are tuned separately on ../shared/eval/dev (scripts/tune_thresholds.py).
Needs scikit-learn (the `train` extra: pip install -e .[train]).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.events import learned  # noqa: E402
from extractors.learn.linear import DATA, save  # noqa: E402
from extractors.lexicons import lexicon  # noqa: E402

C_DETECT = 4.0
C_TYPING = 8.0


def same_incident_bits() -> int:
    from extractors.events import same_incident

    return same_incident.BITS


def training_files() -> list[Path]:
    return sorted((ROOT / "training" / "data").glob("*/sentences_*.jsonl"))


def data_digest(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(ROOT).as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()


def load_sentences() -> list[dict]:
    rows = []
    for f in training_files():
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def matrix(rows: list[dict]):
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for r in rows:
        idx = learned.sentence_features(r["text"], lexicon(r["lang"]))
        indices.extend(idx.tolist())
        values.extend([1.0 / np.sqrt(max(1, len(idx)))] * len(idx))
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(rows), 1 << learned.BITS), dtype=np.float64)


def train(rows: list[dict]) -> dict[str, tuple]:
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if lexicon(r.get("lang")) is not None]
    X = matrix(rows)
    y = np.array([1 if r["event"] else 0 for r in rows])
    det = LogisticRegression(C=C_DETECT, max_iter=3000, class_weight="balanced")
    det.fit(X, y)
    ev = [i for i, r in enumerate(rows) if r["event"] and r.get("sub_event_type") in learned.SUB_TO_TYPE]
    Xt = X[ev]
    yt = np.array([learned.SUB_TYPES.index(rows[i]["sub_event_type"]) for i in ev])
    wt = np.array([0.5 if rows[i].get("detail") else 1.0 for i in ev])
    typ = LogisticRegression(C=C_TYPING, max_iter=3000)
    typ.fit(Xt, yt, sample_weight=wt)
    classes = [learned.SUB_TYPES[c] for c in typ.classes_]
    langs = sorted({r["lang"] for r in rows})
    return {
        "detect": (det.coef_.T, det.intercept_, ["no_event", "event"], {"sentences": len(rows), "languages": langs}),
        "typing": (typ.coef_.T, typ.intercept_, classes, {"sentences": len(ev), "languages": langs}),
    }


def article_files() -> list[Path]:
    return sorted((ROOT / "training" / "data").glob("*/articles_*.jsonl"))


def _gold_incident(text: str, events: list[dict]) -> int | None:
    for k, ev in enumerate(events):
        for t in [ev.get("evidence") or "", *(ev.get("sentences") or [])]:
            if len(t) > 15 and (t in text or text in t):
                return k
    return None


def group_pairs() -> list[tuple[list[str], int]]:
    """(symbols, same incident?) for each candidate sentence of the gold articles that the grouping rules
    cannot settle (no marker, no other day), paired with the incident of the sentence before it."""
    from extractors.events import group as grp
    from extractors.events import same_incident
    from extractors.events.detect import detect
    from extractors.events.pipeline import Options
    from extractors.events.segment import segment
    from extractors.places.resolve import document_places
    from extractors.records import Document

    out = []
    for f in article_files():
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            a = json.loads(line)
            if not a["events"]:
                continue
            doc = Document(doc_id=a["doc_id"], text=a["text"], published=a.get("published"), language=a["lang"])
            seg = segment(doc, Options(mode="rules"))
            if seg is None:
                continue
            found = detect(seg)
            geo = document_places(seg.text, doc.published, None, seg.lex)
            drafts, last = {}, None
            for c in found.candidates:
                c.places = geo.in_span(c.sentence.start, c.sentence.end)
                k = _gold_incident(c.sentence.text, a["events"])
                if k is None:
                    continue
                if last is not None and not c.weak:
                    cur = drafts[last]
                    marker = bool(seg.lex.new_event.search(c.sentence.text))
                    d = c.date
                    distinct = bool(d.found and d.date and cur.date and d.date != cur.date)
                    if not marker and not distinct:
                        symbols = same_incident.pair_symbols(c, cur, seg, marker=marker, distinct_date=distinct,
                                                             place_same=grp.same_place(cur.places, c.places))
                        out.append((symbols, int(k == last)))
                if k in drafts:
                    grp._merge(drafts[k], c, c.trigger.strength, c.date.date, c.date.precision, c.date.found,
                               seg.lex)
                else:
                    drafts[k] = grp._new_draft(c, c.date.date, c.date.precision, c.date.found, c.places, c.counts)
                last = k
    return out


def train_group(pairs: list[tuple[list[str], int]]):
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from extractors.events import same_incident

    indptr, indices, values = [0], [], []
    for symbols, _ in pairs:
        idx = same_incident.as_vector(symbols)
        indices.extend(idx.tolist())
        values.extend([1.0 / np.sqrt(max(1, len(idx)))] * len(idx))
        indptr.append(len(indices))
    X = csr_matrix((values, indices, indptr), shape=(len(pairs), 1 << same_incident.BITS), dtype=np.float64)
    y = np.array([label for _, label in pairs])
    m = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(X, y)
    return m.coef_.T, m.intercept_, ["new", "same"], {"pairs": len(pairs), "same": int(y.sum()),
                                                      "group_version": same_incident.GROUP_VERSION}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="retrain in memory and compare with the shipped weights")
    ap.add_argument("--only", choices=("detect", "typing", "group"), action="append",
                    help="train only these models (repeatable)")
    args = ap.parse_args(argv)
    files = training_files()
    digest = data_digest(files)
    only = set(args.only or ("detect", "typing", "group"))
    trained = train(load_sentences()) if only & {"detect", "typing"} else {}
    if "group" in only:
        trained["group"] = train_group(group_pairs())
    trained = {k: v for k, v in trained.items() if k in only}
    status = 0
    for name, (w, b, classes, info) in trained.items():
        bits = same_incident_bits() if name == "group" else learned.BITS
        meta = {"features_version": learned.FEATURES_VERSION, "bits": bits, **info,
                "data_sha256": data_digest(article_files()) if name == "group" else digest}
        path = DATA / f"{name}.npz"
        if args.check:
            with np.load(path, allow_pickle=False) as z:
                same = np.array_equal(z["weights"], w.astype(np.float16)) and list(z["classes"]) == classes
            print(f"{name}: {'same weights' if same else 'DIFFERENT weights'} as {path.name}")
            status |= 0 if same else 1
            continue
        save(path, w, b, classes, bits, meta)
        size = f"{info['sentences']} sentences" if "sentences" in info else f"{info['pairs']} sentence pairs"
        print(f"{name}: {size}, {len(classes)} classes -> {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
