"""Train the sentence gate (rasd/extract/gate.py) on the Arabic event GSR and write the model file.

    .venv/bin/pip install scikit-learn          # training only; not a runtime dependency
    .venv/bin/python scripts/train_gate.py [--gsr ../shared/data/arabic_event_gsr/dev.jsonl]
                                           [--out rasd/resources/gate_model.npz]

Per class (assault, protest): positives are the class's `yes` sentences, negatives its `easy no` and
`difficult no` sentences (`ambiguous` dropped), plus the OTHER class's sentences as extra negatives
with a lower weight (see CROSS_WEIGHT); logistic regression with balanced class weights. The
decision threshold stored in the model file is the one that maximises F1 on out-of-fold scores of
a grouped, stratified 5-fold CV over the training data (no sentence scores its own threshold).
eval/gate_cv.py measures the whole recipe with an outer CV.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasd.arabic.normalize import fold_string  # noqa: E402
from rasd.extract import gate as gate_mod  # noqa: E402

GSR = ROOT.parent / "shared" / "data" / "arabic_event_gsr" / "dev.jsonl"
OUT = ROOT / "rasd" / "resources" / gate_mod.MODEL_FILE
NEGATIVE_LABELS = {"easy no", "difficult no"}
SEED = 13
_SENTENCE_NO = re.compile(r"[-_]\d+$")   # "AAW_ARB_20070107.0016-1", "e687…c_30": sentence number

# Recipe (chosen with eval/gate_cv.py; see the "Gate model" section of rasd/resources/SOURCES.md).
C_VALUE = 10.0
CROSS_WEIGHT = 0.5       # weight of the other class's sentences as negatives (0 = not used)
AMBIGUOUS_WEIGHT = 0.0   # weight of `ambiguous` sentences as negatives (0 = dropped)


@dataclass(frozen=True)
class Row:
    id: str
    cls: str        # "assault" | "protest"
    label: str      # yes | easy no | difficult no | ambiguous
    text: str       # folded
    group: int      # source document (sentences of one document, and identical texts, share it)


def load_gsr(path: Path = GSR) -> list[Row]:
    raw = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        parent[find(a)] = find(b)

    def doc_of(r: dict) -> str:
        return "d:" + _SENTENCE_NO.sub("", r["id"].split(":", 1)[1])

    for r in raw:
        union(doc_of(r), "t:" + fold_string(r["text"]).strip())
    roots: dict[str, int] = {}
    rows = []
    for r in raw:
        g = roots.setdefault(find(doc_of(r)), len(roots))
        rows.append(Row(r["id"], r["event_type"].lower(), r["label"], fold_string(r["text"]), g))
    return rows


def matrix(texts: list[str]):
    from scipy.sparse import csr_matrix
    indptr, indices, data = gate_mod.featurise_many(texts)
    return csr_matrix((data, indices, indptr), shape=(len(texts), gate_mod.N_BUCKETS), dtype=np.float64)


def training_set(rows: list[Row], cls: str, cross_weight: float = CROSS_WEIGHT,
                 ambiguous_weight: float = AMBIGUOUS_WEIGHT) -> tuple[list[int], np.ndarray, np.ndarray]:
    """(row positions, y, sample weights before class balancing) for one class."""
    pos, y, w = [], [], []
    for i, r in enumerate(rows):
        if r.cls == cls:
            if r.label == "yes":
                pos.append(i), y.append(1), w.append(1.0)
            elif r.label in NEGATIVE_LABELS:
                pos.append(i), y.append(0), w.append(1.0)
            elif ambiguous_weight > 0:
                pos.append(i), y.append(0), w.append(ambiguous_weight)
        elif cross_weight > 0 and r.label in NEGATIVE_LABELS | {"yes", "ambiguous"}:
            pos.append(i), y.append(0), w.append(cross_weight)
    return pos, np.asarray(y), np.asarray(w, dtype=np.float64)


def fit(X, y: np.ndarray, w: np.ndarray, c: float = C_VALUE) -> tuple[np.ndarray, float]:
    """Logistic regression with balanced classes (weights rescaled so each class sums equally)."""
    from sklearn.linear_model import LogisticRegression
    w = w.copy()
    for k in (0, 1):
        m = y == k
        w[m] *= len(y) / (2.0 * w[m].sum())
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=2000)
    lr.fit(X, y, sample_weight=w)
    return lr.coef_[0].astype(np.float64), float(lr.intercept_[0])


def predict(X, coef: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(X @ coef + bias)))


def best_threshold(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(threshold, F1) maximising F1 of `score >= threshold`; the midpoint between neighbouring scores."""
    order = np.argsort(-scores)
    s, t = scores[order], y[order]
    tp = np.cumsum(t)
    k = np.arange(1, len(t) + 1)
    f1 = 2 * tp / (k + t.sum())
    # only cut between distinct scores
    valid = np.append(s[1:] < s[:-1], True)
    f1 = np.where(valid, f1, -1)
    j = int(np.argmax(f1))
    thr = float((s[j] + s[j + 1]) / 2) if j + 1 < len(s) else float(s[j] - 1e-6)
    return thr, float(f1[j])


def folds(rows: list[Row], positions: list[int], n: int = 5, seed: int = SEED):
    """Grouped, stratified (class × label) folds over `positions` (indices into rows)."""
    from sklearn.model_selection import StratifiedGroupKFold
    strat = [rows[i].cls + "/" + rows[i].label for i in positions]
    groups = [rows[i].group for i in positions]
    skf = StratifiedGroupKFold(n_splits=n, shuffle=True, random_state=seed)
    for tr, te in skf.split(np.zeros(len(positions)), strat, groups):
        yield [positions[i] for i in tr], [positions[i] for i in te]


def oof_scores(rows: list[Row], X, train_pos: list[int], cls: str, c: float = C_VALUE,
               cross_weight: float = CROSS_WEIGHT, ambiguous_weight: float = AMBIGUOUS_WEIGHT,
               n: int = 5, seed: int = SEED) -> dict[int, float]:
    """Out-of-fold scores (row position → p) of the class model over `train_pos`."""
    out: dict[int, float] = {}
    for tr, te in folds(rows, train_pos, n, seed):
        sub = [rows[i] for i in tr]
        p, y, w = training_set(sub, cls, cross_weight, ambiguous_weight)
        coef, b = fit(X[[tr[i] for i in p]], y, w, c)
        for i, s in zip(te, predict(X[te], coef, b)):
            out[i] = float(s)
    return out


def labelled(rows: list[Row], positions, cls: str) -> list[int]:
    """Positions of the class's own sentences that are scored (yes / easy no / difficult no)."""
    return [i for i in positions if rows[i].cls == cls and rows[i].label != "ambiguous"]


def threshold_from_oof(rows: list[Row], oof: dict[int, float], cls: str) -> float:
    pos = labelled(rows, oof, cls)
    s = np.array([oof[i] for i in pos])
    y = np.array([rows[i].label == "yes" for i in pos], dtype=int)
    return best_threshold(s, y)[0]


def train(rows: list[Row], X, positions: list[int], c: float = C_VALUE, cross_weight: float = CROSS_WEIGHT,
          ambiguous_weight: float = AMBIGUOUS_WEIGHT,
          need: dict[str, np.ndarray] | None = None) -> dict[str, tuple[np.ndarray, float, float]]:
    """Per class: (coef, bias, threshold) trained on `positions`, threshold from inner OOF scores:
    the best F1 of the pipeline (rules weighed by the gate, see `gate_needs`) when `need` is given,
    else the best F1 of the gate alone."""
    out = {}
    for cls in gate_mod.CLASSES:
        sub = [rows[i] for i in positions]
        p, y, w = training_set(sub, cls, cross_weight, ambiguous_weight)
        coef, b = fit(X[[positions[i] for i in p]], y, w, c)
        oof = oof_scores(rows, X, positions, cls, c, cross_weight, ambiguous_weight)
        if need is None:
            thr = threshold_from_oof(rows, oof, cls)
        else:
            keep = labelled(rows, oof, cls)
            s = np.array([oof[i] for i in keep])
            yy = np.array([rows[i].label == "yes" for i in keep], dtype=int)
            thr = pipeline_threshold(s, yy, need[cls][keep])[0]
        out[cls] = (coef, b, thr)
    return out


class _FixedGate:
    """A stand-in gate for measuring the rules: every sentence scores `ratio` x threshold (threshold 1)."""

    def __init__(self, classes=gate_mod.CLASSES):
        self.classes = tuple(classes)
        self.thresholds = {c: 1.0 for c in self.classes}
        self.value = {c: 1.0 for c in self.classes}

    def score_many(self, texts):
        return [dict(self.value) for _ in texts]


FAMILY_TYPES = {"assault": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
                "protest": {"Protests", "Riots"}}


def gate_needs(texts: list[str], ids: list[str] | None = None, steps: int = 11) -> dict[str, np.ndarray]:
    """Per class and sentence, the smallest gate ratio score/threshold at which the pipeline (run on
    the sentence as a one-sentence article) still emits an event of the class's family: 0 when the
    rules keep it whatever the gate says, inf when the rules never emit it. The pipeline then detects
    the sentence iff score >= threshold x need, so a threshold can be chosen for the pipeline's F1.
    Found by bisection (the gate only scales candidate weights, so detection is monotone in the
    ratio); the other class's ratio is held at 1.
    """
    from rasd.model import Article
    from rasd.pipeline import process_article
    from rasd.resources import Resources
    fake = _FixedGate()
    res = Resources(gate=fake)
    ids = ids or [f"s{i}" for i in range(len(texts))]

    def detects(i: int, cls: str, ratio: float) -> bool:
        fake.value = {c: (ratio if c == cls else 1.0) for c in fake.classes}
        types = {ev.event_type.value if hasattr(ev.event_type, "value") else ev.event_type
                 for ev in process_article(Article(ids[i], texts[i]), resources=res)}
        return bool(types & FAMILY_TYPES[cls])

    out = {}
    for cls in gate_mod.CLASSES:
        need = np.full(len(texts), np.inf)
        for i in range(len(texts)):
            if not detects(i, cls, 1.0):
                continue
            if detects(i, cls, 0.0):
                need[i] = 0.0
                continue
            lo, hi = 0.0, 1.0
            for _ in range(steps):
                mid = (lo + hi) / 2
                if detects(i, cls, mid):
                    hi = mid
                else:
                    lo = mid
            need[i] = hi
        out[cls] = need
    return out


def pipeline_threshold(scores: np.ndarray, y: np.ndarray, need: np.ndarray) -> tuple[float, float]:
    """(threshold, F1) maximising F1 of the pipeline's detection `score >= threshold x need`."""
    best = (-1.0, 0.5)
    for t in np.linspace(0.01, 0.99, 99):
        pred = scores >= t * need
        tp = int((pred & (y == 1)).sum())
        f = 2 * tp / (int(pred.sum()) + int(y.sum())) if tp else 0.0
        if f > best[0] + 1e-12:
            best = (f, float(t))
    return best[1], best[0]


def gate_from(models: dict[str, tuple[np.ndarray, float, float]]) -> "gate_mod.Gate":
    """An in-memory Gate of trained per-class (coef, bias, threshold)."""
    coefs = np.stack([models[c][0] for c in gate_mod.CLASSES], axis=1).astype(np.float32)
    return gate_mod.Gate(coefs, np.array([models[c][1] for c in gate_mod.CLASSES], dtype=np.float32),
                         {c: float(models[c][2]) for c in gate_mod.CLASSES})


def export(models: dict[str, tuple[np.ndarray, float, float]], path: Path, info: dict[str, str]) -> None:
    coefs = np.stack([models[c][0] for c in gate_mod.CLASSES], axis=1)
    idx = np.flatnonzero(np.any(coefs != 0, axis=1))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npz")
    np.savez_compressed(
        tmp,
        featuriser=np.array(gate_mod.FEATURISER_VERSION),
        n_buckets=np.array(gate_mod.N_BUCKETS),
        classes=np.array(gate_mod.CLASSES),
        idx=idx.astype(np.uint32),
        w=coefs[idx].astype(np.float32),
        bias=np.array([models[c][1] for c in gate_mod.CLASSES], dtype=np.float32),
        thresholds=np.array([models[c][2] for c in gate_mod.CLASSES], dtype=np.float32),
        **{"info_" + k: np.array(v) for k, v in info.items()},
    )
    tmp.replace(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gsr", type=Path, default=GSR)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--gate-threshold", action="store_true",
                    help="thresholds by the gate's own F1 instead of the pipeline's (rules weighed by the gate)")
    a = ap.parse_args()
    rows = load_gsr(a.gsr)
    X = matrix([r.text for r in rows])
    need = None
    if not a.gate_threshold:
        raw = [json.loads(line) for line in a.gsr.read_text("utf-8").splitlines() if line.strip()]
        need = gate_needs([r["text"] for r in raw], [r["id"] for r in raw])
    models = train(rows, X, list(range(len(rows))), need=need)
    info = {"trained_on": "arabic_event_gsr dev.jsonl (%d sentences)" % len(rows),
            "recipe": f"logreg C={C_VALUE} balanced, cross-class negatives w={CROSS_WEIGHT}, "
                      f"ambiguous w={AMBIGUOUS_WEIGHT}; threshold = max F1 of "
                      + ("the gate alone" if a.gate_threshold else "the pipeline (rules weighed by the gate)")
                      + " on 5-fold OOF scores"}
    export(models, a.out, info)
    for cls, (coef, b, thr) in models.items():
        print(f"{cls}: {np.count_nonzero(coef)} non-zero weights, bias {b:.3f}, threshold {thr:.3f}")
    print(f"wrote {a.out} ({a.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
