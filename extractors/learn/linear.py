"""Linear models over hashed features: loading the shipped weights and scoring with numpy only.

The weights are trained by ``scripts/train_models.py`` (scikit-learn, deterministic) on the project's own
sentences in ``training/data`` and saved as ``extractors/learn/data/<name>.npz``: ``weights`` (buckets x
classes, float16), ``bias`` (classes), ``classes`` (labels) and ``bits``. Scoring needs no scikit-learn:
a text's buckets pick rows of ``weights`` and their sum, scaled by 1/sqrt(n), plus ``bias`` is the logit.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parent / "data"
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Linear:
    name: str
    weights: np.ndarray  # (2**bits, n_classes) float16 as shipped; rows are summed in float32
    bias: np.ndarray  # (n_classes,)
    classes: tuple[str, ...]
    bits: int
    meta: dict

    def logits(self, idx: np.ndarray) -> np.ndarray:
        if len(idx) == 0:
            return self.bias.copy()
        return self.weights[idx].astype(np.float32).sum(axis=0) / np.sqrt(len(idx)) + self.bias

    def proba(self, idx: np.ndarray) -> np.ndarray:
        """Class probabilities: a sigmoid for a binary model (one column), a softmax otherwise."""
        z = self.logits(idx)
        if len(self.classes) == 2 and z.shape[0] == 1:
            p = 1.0 / (1.0 + np.exp(-z[0]))
            return np.array([1.0 - p, p])
        z = z - z.max()
        e = np.exp(z)
        return e / e.sum()


def save(path: Path, weights: np.ndarray, bias: np.ndarray, classes: list[str], bits: int, meta: dict) -> None:
    import json

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:  # np.savez_compressed writes no timestamps: same weights, same bytes
        np.savez_compressed(fh, weights=weights.astype(np.float16), bias=bias.astype(np.float32),
                            classes=np.array(classes), bits=np.array(bits),
                            meta=np.array(json.dumps(meta, sort_keys=True)))


@functools.lru_cache(maxsize=8)
def load(name: str, directory: str = str(DATA)) -> Linear | None:
    """The shipped model ``name``, or None when it is not installed (the stage then runs on rules alone)."""
    import json

    path = Path(directory) / f"{name}.npz"
    if not path.is_file():
        return None
    with _LOCK, np.load(path, allow_pickle=False) as z:
        return Linear(name=name, weights=z["weights"], bias=z["bias"].astype(np.float32),
                      classes=tuple(str(c) for c in z["classes"]), bits=int(z["bits"]),
                      meta=json.loads(str(z["meta"])))
