"""A small learned gate: does this sentence REPORT a violent event / a protest that happened?

Rules find trigger words; many sentences that contain one only mention an attack (a call to stop
the shelling, a threat, a minister's comment, background). The gate is a per-class logistic
regression over hashed features of the folded sentence, trained on the Open Event Data Alliance's
Arabic event GSR (see `rasd/resources/SOURCES.md`, "Gate model", and `scripts/train_gate.py`).

Features (`featurise`, the same code at training and run time): word unigrams and bigrams and
character 2–5-grams inside each word (with `<` `>` word boundaries), digits mapped to `0`,
hashed with CRC-32 into 2^18 buckets, sublinear TF (1 + log tf), L2-normalised.

>>> gate = Gate.builtin()
>>> s = gate.score(fold_string("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم أمس في الموصل"))
>>> s["assault"] > 0.9 * gate.thresholds["assault"]
True
>>> sorted(s)
['assault', 'protest']

Probabilities come from class-weighted models (balanced classes), so they are not the base rate
of news sentences. `Gate.thresholds` (stored in the model file) are chosen for the PIPELINE's F1:
rasd/extract/events.py keeps a rule candidate's weight whole at or above the threshold and scales it
by score/threshold (above a floor) below it, so the threshold is the score at which the rules are
fully trusted, not a 50/50 point; with this recipe it comes out high (~0.95 assault, ~0.75 protest).
It is chosen on 5-fold out-of-fold scores of the training data, see scripts/train_gate.py.

Measured (eval/gate_cv.py --pipeline, 5-fold CV x 3 seeds on GSR dev, grouped by source document,
each fold's gate and threshold learnt on the other folds): pipeline F1 ASSAULT ~0.63, PROTEST
~0.42; the same gate with its threshold chosen for the gate's own F1 (the previous recipe, ~0.31)
gave ~0.54 / ~0.35; the rules without the gate 0.32 / 0.13.
"""
from __future__ import annotations

import math
import re
import threading
import zlib
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

import numpy as np

from rasd.arabic.normalize import fold_string  # noqa: F401  (callers fold; used in the examples)
from rasd.errors import ResourceError

N_BITS = 18
N_BUCKETS = 1 << N_BITS
_MASK = N_BUCKETS - 1
CHAR_NGRAMS = (2, 5)
FEATURISER_VERSION = "gate-features-1"
CLASSES = ("assault", "protest")
MODEL_FILE = "gate_model.npz"

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d")


def _bucket(feature: str) -> int:
    """Stable bucket of a feature string (CRC-32, the same in every process)."""
    return zlib.crc32(feature.encode("utf-8")) & _MASK


@lru_cache(maxsize=100_000)
def _word_buckets(word: str) -> tuple[tuple[int, ...], int, bytes]:
    """Buckets of one word (the word itself and its character n-grams within `<word>`), plus the
    CRC-32 state of "b <word>" and the bytes of " <word>": a bigram's bucket is then one chained
    crc32 call, equal to the CRC-32 of "b <first> <second>"."""
    out = [_bucket("w " + word)]
    padded = "<" + word + ">"
    lo, hi = CHAR_NGRAMS
    n_chars = len(padded)
    for n in range(lo, min(hi, n_chars) + 1):
        for i in range(n_chars - n + 1):
            out.append(_bucket("c " + padded[i:i + n]))
    return tuple(out), zlib.crc32(("b " + word).encode("utf-8")), (" " + word).encode("utf-8")


def words(folded: str) -> list[str]:
    """The words of a folded sentence, digits mapped to 0: "قتل 13 جنديا" → ['قتل', '00', 'جنديا']."""
    return _WORD_RE.findall(_DIGITS.sub("0", folded))


def featurise(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """(bucket ids, values) of one folded sentence: sublinear TF, L2-normalised, ids sorted.

    >>> idx, val = featurise("قتل جندي")
    >>> bool(abs(float((val ** 2).sum()) - 1.0) < 1e-6)
    True
    """
    ids: list[int] = []
    prev_state = -1
    crc32 = zlib.crc32
    for w in words(folded):
        own, state, tail = _word_buckets(w)
        ids.extend(own)
        if prev_state >= 0:
            ids.append(crc32(tail, prev_state) & _MASK)
        prev_state = state
    if not ids:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    uniq, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
    vals = 1.0 + np.log(counts.astype(np.float64))
    vals /= math.sqrt(float((vals * vals).sum()))
    return uniq, vals.astype(np.float32)


def featurise_many(sentences: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR parts (indptr, indices, data) of the feature matrix of folded sentences."""
    indptr = [0]
    idx_parts: list[np.ndarray] = []
    val_parts: list[np.ndarray] = []
    for s in sentences:
        idx, val = featurise(s)
        idx_parts.append(idx)
        val_parts.append(val)
        indptr.append(indptr[-1] + len(idx))
    indices = np.concatenate(idx_parts) if idx_parts else np.zeros(0, dtype=np.int64)
    data = np.concatenate(val_parts) if val_parts else np.zeros(0, dtype=np.float32)
    return np.asarray(indptr, dtype=np.int64), indices, data


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))


class Gate:
    """Per-class probability that a folded sentence reports an event of that class that happened.

    `Gate.builtin()` loads the shipped weights once (on first use); `Gate.from_path(p)` any model
    file written by `scripts/train_gate.py`.
    """

    _builtin: "Gate | None" = None
    _lock = threading.Lock()

    def __init__(self, weights: np.ndarray, bias: np.ndarray, thresholds: dict[str, float],
                 classes: tuple[str, ...] = CLASSES, info: dict[str, str] | None = None):
        if weights.shape != (N_BUCKETS, len(classes)) or bias.shape != (len(classes),):
            raise ResourceError("gate model", None, f"weights {weights.shape} / bias {bias.shape} do not fit "
                                f"{N_BUCKETS} buckets x {len(classes)} classes; retrain with scripts/train_gate.py")
        self.weights = weights
        self.bias = bias
        self.classes = tuple(classes)
        self.thresholds = dict(thresholds)
        self.info = dict(info or {})

    @classmethod
    def builtin(cls) -> "Gate":
        """The shipped model (rasd/resources/gate_model.npz), loaded once per process."""
        if cls._builtin is None:
            with cls._lock:
                if cls._builtin is None:
                    ref = importlib_resources.files("rasd.resources").joinpath(MODEL_FILE)
                    with importlib_resources.as_file(ref) as path:
                        cls._builtin = cls.from_path(path)
        return cls._builtin

    @classmethod
    def from_path(cls, path: str | Path) -> "Gate":
        """Load a model file: sparse weights (idx, w) scattered into a dense bucket table."""
        try:
            with np.load(path, allow_pickle=False) as z:
                version = str(z["featuriser"])
                classes = tuple(str(c) for c in z["classes"])
                n_buckets = int(z["n_buckets"])
                idx = z["idx"].astype(np.int64)
                w = z["w"].astype(np.float32)
                bias = z["bias"].astype(np.float32)
                thr = z["thresholds"].astype(np.float64)
                info = {k[5:]: str(z[k]) for k in z.files if k.startswith("info_")}
        except (OSError, KeyError, ValueError) as e:
            raise ResourceError(str(path), None, f"not a gate model ({e}); rebuild it with scripts/train_gate.py") from None
        if version != FEATURISER_VERSION or n_buckets != N_BUCKETS:
            raise ResourceError(str(path), None, f"built for featuriser {version!r} with {n_buckets} buckets, this code "
                                f"is {FEATURISER_VERSION!r} with {N_BUCKETS}; rebuild it with scripts/train_gate.py")
        if idx.size and (idx.min() < 0 or idx.max() >= N_BUCKETS) or w.shape != (idx.size, len(classes)):
            raise ResourceError(str(path), None, "bucket ids or weight shape out of range; rebuild it with scripts/train_gate.py")
        dense = np.zeros((N_BUCKETS, len(classes)), dtype=np.float32)
        dense[idx] = w
        return cls(dense, bias, {c: float(t) for c, t in zip(classes, thr)}, classes, info)

    def score(self, folded_sentence: str) -> dict[str, float]:
        """{"assault": p, "protest": p} for one folded sentence (see `rasd.arabic.normalize.fold_string`).

        >>> g = Gate.builtin()
        >>> a = g.score(fold_string("دعا الوزير إلى وقف إطلاق الصواريخ"))["assault"]
        >>> b = g.score(fold_string("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم أمس في الموصل"))["assault"]
        >>> a < b
        True
        """
        idx, val = featurise(folded_sentence)
        z = val @ self.weights[idx] + self.bias
        return {c: 1.0 / (1.0 + math.exp(-min(40.0, max(-40.0, float(z[k])))))
                for k, c in enumerate(self.classes)}

    def score_many(self, folded_sentences: list[str]) -> list[dict[str, float]]:
        """`score` for many sentences at once (one gather and one segmented sum)."""
        if not folded_sentences:
            return []
        indptr, indices, data = featurise_many(folded_sentences)
        contrib = self.weights[indices] * data[:, None]
        z = np.zeros((len(folded_sentences), len(self.classes)), dtype=np.float64)
        nonempty = indptr[1:] > indptr[:-1]
        if contrib.shape[0]:
            sums = np.add.reduceat(contrib.astype(np.float64), indptr[:-1][nonempty], axis=0)
            z[nonempty] = sums
        p = _sigmoid(z + self.bias.astype(np.float64))
        return [{c: float(row[k]) for k, c in enumerate(self.classes)} for row in p]

    def reports(self, folded_sentence: str) -> dict[str, bool]:
        """Whether each class's score reaches its stored threshold."""
        s = self.score(folded_sentence)
        return {c: s[c] >= self.thresholds[c] for c in self.classes}
