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
fully trusted, not a 50/50 point; with this recipe it comes out high (0.92 assault, 0.95 protest).
It is chosen on 5-fold out-of-fold scores of the training data, see scripts/train_gate.py.

Measured (eval/gate_cv.py --pipeline, 5-fold CV x 3 seeds on GSR dev, grouped by source document,
each fold's gate and threshold learnt on the other folds): pipeline F1 ASSAULT ~0.67, PROTEST
~0.63 with the rules of 2026-11-23 night (~0.66 / ~0.52 that evening, ~0.63 / ~0.42 that afternoon; the same gate
with its threshold chosen for the gate's own F1, the previous recipe, gave ~0.54 / ~0.35; the rules
without the gate 0.32 / 0.13).
"""
from __future__ import annotations

import math
import re
from array import array
from itertools import chain, compress, repeat
from operator import is_
import threading
import zlib
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


_CRC_C = zlib.crc32(b"c ")   # CRC-32 state after "c ": crc32(gram, _CRC_C) == crc32("c " + gram)


def _word_buckets(word: str) -> tuple[bytes, int, int, bytes]:
    """Buckets of one word (the word itself and its character n-grams within `<word>`) as the bytes
    of an int64 array and their count, plus the CRC-32 state of "b <word>" and the bytes of
    " <word>": a bigram's bucket is then one chained crc32 call, equal to the CRC-32 of
    "b <first> <second>"."""
    crc32 = zlib.crc32
    out = [_bucket("w " + word)]
    padded = "<" + word + ">"
    lo, hi = CHAR_NGRAMS
    n_chars = len(padded)
    for n in range(lo, min(hi, n_chars) + 1):
        for i in range(n_chars - n + 1):
            out.append(crc32(padded[i:i + n].encode("utf-8"), _CRC_C) & _MASK)
    return (array("q", out).tobytes(), len(out), crc32(("b " + word).encode("utf-8")),
            (" " + word).encode("utf-8"))


def words(folded: str) -> list[str]:
    """The words of a folded sentence, digits mapped to 0: "قتل 13 جنديا" → ['قتل', '00', 'جنديا']."""
    return _WORD_RE.findall(_DIGITS.sub("0", folded))


def featurise(folded: str) -> tuple[np.ndarray, np.ndarray]:
    """(bucket ids, values) of one folded sentence: sublinear TF, L2-normalised, ids sorted.

    >>> idx, val = featurise("قتل جندي")
    >>> bool(abs(float((val ** 2).sum()) - 1.0) < 1e-6)
    True
    """
    _, idx, val = featurise_many([folded])
    return idx, val


_BUCKETS: dict[str, tuple[bytes, int, int, bytes]] = {}   # word → _word_buckets(word) (a cache: never changes)
_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_VALS = np.zeros(0, dtype=np.float32)


def featurise_many(sentences: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR parts (indptr, indices, data) of the feature matrix of folded sentences: row i is
    `featurise(sentences[i])`.

    All sentences at once: every feature is keyed (sentence << N_BITS | bucket), so one sort counts
    them all; each row is then normalised over its own slice (the same float operations as one
    sentence alone, so the values do not depend on the batch).

    >>> indptr, indices, data = featurise_many(["قتل جندي", ""])
    >>> int(indptr[1]) == len(featurise("قتل جندي")[0]) == int(indptr[2])
    True
    """
    n_sent = len(sentences)
    per_sentence = [_WORD_RE.findall(_DIGITS.sub("0", s)) for s in sentences]
    n_words = list(map(len, per_sentence))
    all_words = list(chain.from_iterable(per_sentence))
    # a plain dict lookup a word (an lru_cache hit also relinks its entry: more memory touched)
    parts = list(map(_BUCKETS.get, all_words))
    if None in parts:
        if len(_BUCKETS) > 100_000:
            _BUCKETS.clear()
        for i in compress(range(len(parts)), map(is_, parts, repeat(None))):
            parts[i] = _BUCKETS[all_words[i]] = _word_buckets(all_words[i])
    if not parts:
        return np.zeros(n_sent + 1, dtype=np.int64), _EMPTY_IDS.copy(), _EMPTY_VALS.copy()
    own_ids, own_counts, states, tails = zip(*parts)
    sent_of_word = np.repeat(np.arange(n_sent, dtype=np.int64), n_words) << N_BITS
    keys = [np.frombuffer(b"".join(own_ids), dtype=np.int64)
            | np.repeat(sent_of_word, np.fromiter(own_counts, np.int64, len(parts)))]
    if len(parts) > 1:
        # a bigram per pair of consecutive words within one sentence
        bigrams = np.fromiter(map(zlib.crc32, tails[1:], states[:-1]), np.int64, len(parts) - 1) & _MASK
        same = sent_of_word[1:] == sent_of_word[:-1]
        keys.append(bigrams[same] | sent_of_word[1:][same])
    uniq, counts = np.unique(np.concatenate(keys), return_counts=True)
    indptr = np.zeros(n_sent + 1, dtype=np.int64)
    np.cumsum(np.bincount(uniq >> N_BITS, minlength=n_sent), out=indptr[1:])
    vals = 1.0 + np.log(counts.astype(np.float64))
    squares = vals * vals
    bounds = indptr.tolist()
    norms = np.array([math.sqrt(float(squares[a:b].sum())) for a, b in zip(bounds, bounds[1:]) if b > a])
    vals /= np.repeat(norms, np.diff(indptr)[np.diff(indptr) > 0])
    return indptr, uniq & _MASK, vals.astype(np.float32)


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
        z = val @ np.take(self.weights, idx, axis=0) + self.bias
        return {c: 1.0 / (1.0 + math.exp(-min(40.0, max(-40.0, float(z[k])))))
                for k, c in enumerate(self.classes)}

    def score_many(self, folded_sentences: list[str]) -> list[dict[str, float]]:
        """`score` for many sentences at once (one gather and one segmented sum)."""
        if not folded_sentences:
            return []
        indptr, indices, data = featurise_many(folded_sentences)
        # np.take, not self.weights[indices]: the same rows, ~30x cheaper than fancy indexing here
        contrib = np.take(self.weights, indices, axis=0) * data[:, None]
        z = np.zeros((len(folded_sentences), len(self.classes)), dtype=np.float64)
        nonempty = indptr[1:] > indptr[:-1]
        if contrib.shape[0]:
            sums = np.add.reduceat(contrib.astype(np.float64), indptr[:-1][nonempty], axis=0)
            z[nonempty] = sums
        p = _sigmoid(z + self.bias.astype(np.float64))
        classes = self.classes
        return [dict(zip(classes, row)) for row in p.tolist()]

    def reports(self, folded_sentence: str) -> dict[str, bool]:
        """Whether each class's score reaches its stored threshold."""
        s = self.score(folded_sentence)
        return {c: s[c] >= self.thresholds[c] for c in self.classes}
