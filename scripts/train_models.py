#!/usr/bin/env python3
"""Train the shipped detection and typing models from the project's own sentences, deterministically.

    python scripts/train_models.py            # writes extractors/learn/data/{detect,typing}.npz
    python scripts/train_models.py --check    # retrains in memory, exits 1 if the shipped weights differ

Data: training/data/<lang>/sentences_*.jsonl (written for the project: training/GUIDE.md). Never ../shared,
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


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="retrain in memory and compare with the shipped weights")
    args = ap.parse_args(argv)
    files = training_files()
    digest = data_digest(files)
    trained = train(load_sentences())
    status = 0
    for name, (w, b, classes, info) in trained.items():
        meta = {"features_version": learned.FEATURES_VERSION, "data_sha256": digest, "bits": learned.BITS, **info}
        path = DATA / f"{name}.npz"
        if args.check:
            with np.load(path, allow_pickle=False) as z:
                same = np.array_equal(z["weights"], w.astype(np.float16)) and list(z["classes"]) == classes
            print(f"{name}: {'same weights' if same else 'DIFFERENT weights'} as {path.name}")
            status |= 0 if same else 1
            continue
        save(path, w, b, classes, learned.BITS, meta)
        print(f"{name}: {info['sentences']} sentences, {len(classes)} classes -> {path} "
              f"({path.stat().st_size / 1e6:.1f} MB)")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
