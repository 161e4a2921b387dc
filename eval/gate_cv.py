"""Cross-validated measurement of the sentence gate (rasd/extract/gate.py) on the GSR dev set.

    .venv/bin/python eval/gate_cv.py                 # the shipped recipe, vs rules and keywords
    .venv/bin/python eval/gate_cv.py --grid          # compare recipes (C, cross-class, ambiguous), one change at a time
    .venv/bin/python eval/gate_cv.py --no-rules      # skip running the pipeline
    .venv/bin/python eval/gate_cv.py --pipeline [--verify]   # THE yardstick: cross-validated pipeline F1

--pipeline: the rules and the gate as the product runs them. Each sentence's "need" (the smallest
score/threshold ratio at which the pipeline still emits the class, found by bisection with a stand-in
gate) turns any gate and threshold into pipeline detections; outer 5-fold CV x 3 seeds, each fold's
gate and threshold learnt on the other folds (threshold: best pipeline F1 on inner out-of-fold
scores). --verify reruns the held-out sentences through the real pipeline with each fold's gate.
Note: "rules alone" in the default report is the pipeline WITH the shipped gate (in-sample).

Outer loop: 5 folds, stratified by class × label, grouped by source document (and identical text),
so a sentence never shares a fold with its own document. In each outer fold the recipe is trained
on the other four folds; its threshold is chosen by an inner 5-fold CV on those four folds only
("fixed threshold"), then applied to the held-out fold. "Best threshold" is the threshold that
maximises F1 on the pooled held-out scores (optimistic: the threshold sees the test labels).

Also reported: the rules alone (the current pipeline run on each sentence as a one-sentence
article: detected when it emits an event of the class's family), rules AND gate (with a threshold
chosen on the inner folds among rule-detected sentences), a keyword baseline (any trigger of the
class's family in the sentence), scoring speed and the model file size.
Needs scikit-learn (training only).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_gate as tg  # noqa: E402
from rasd.extract import gate as gate_mod  # noqa: E402

FAMILY_TYPES = {"assault": {"Battles", "Explosions/Remote violence", "Violence against civilians"},
                "protest": {"Protests", "Riots"}}


def prf(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(name: str, p: float, r: float, f: float, extra: str = "") -> str:
    return f"  {name:<34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}{extra}"


def rule_detections(rows: list[tg.Row]) -> dict[str, np.ndarray]:
    """Per class: whether the current pipeline emits an event of the class's family, per row."""
    from rasd.model import Article
    from rasd.pipeline import process_article
    import json
    raw = [json.loads(line) for line in tg.GSR.read_text("utf-8").splitlines() if line.strip()]
    assert [r["id"] for r in raw] == [r.id for r in rows]
    det = {c: np.zeros(len(rows), dtype=bool) for c in gate_mod.CLASSES}
    for i, r in enumerate(raw):
        types = {ev.to_record()["event_type"] for ev in process_article(Article(r["id"], r["text"]))}
        for c in gate_mod.CLASSES:
            det[c][i] = bool(types & FAMILY_TYPES[c])
    return det


def keyword_detections(rows: list[tg.Row]) -> dict[str, np.ndarray]:
    """Any trigger pattern of the class's family as a word (after optional proclitics)."""
    import re
    from rasd.resources.triggers import TriggerLexicon
    from rasd.resources.acled import SubEventType
    lex = TriggerLexicon.builtin()
    event_of = {}
    for s in SubEventType:
        et = getattr(s, "event_type", None)
        event_of[s] = et.value if hasattr(et, "value") else et
    pats = {c: set() for c in gate_mod.CLASSES}
    for e in lex.triggers:
        if e.sub_event_type is not None and event_of.get(e.sub_event_type):
            for c in gate_mod.CLASSES:
                if event_of[e.sub_event_type] in FAMILY_TYPES[c]:
                    pats[c].add(e.pattern)
        elif e.cue.startswith("@"):
            pats["assault"].add(e.pattern)
    det = {}
    for c in gate_mod.CLASSES:
        alts = "|".join(re.escape(p) for p in sorted(pats[c], key=len, reverse=True))
        rx = re.compile(r"(?<!\w)(?:[وف]?[بلك]?(?:ال)?)(?:" + alts + r")(?!\w)") if alts else None
        det[c] = np.array([bool(rx and rx.search(r.text)) for r in rows])
    return det


GRID = np.round(np.linspace(0.02, 0.98, 49), 2)


def two_thresholds(s: np.ndarray, y: np.ndarray, rules: np.ndarray, kw: np.ndarray) -> tuple[float, float]:
    """(low, high) maximising F1 of (rules & s >= low) | (keyword & s >= high)."""
    best = (-1.0, 0.0, 1.0)
    for lo in GRID:
        a = rules & (s >= lo)
        for hi in GRID[GRID >= lo]:
            f = prf(a | (kw & (s >= hi)), y)[2]
            if f > best[0]:
                best = (f, float(lo), float(hi))
    return best[1], best[2]


def outer_cv(rows, X, c, cross, amb, rules=None, keywords=None, seed=tg.SEED):
    """Held-out scores and the per-fold thresholds (gate alone, among rule-detected rows, and the
    two thresholds of rules-veto + keyword-rescue)."""
    all_pos = list(range(len(rows)))
    score = {k: np.full(len(rows), np.nan) for k in gate_mod.CLASSES}
    thr = {k: np.full(len(rows), np.nan) for k in gate_mod.CLASSES}
    thr_r = {k: np.full(len(rows), np.nan) for k in gate_mod.CLASSES}
    thr_2 = {k: np.full((len(rows), 2), np.nan) for k in gate_mod.CLASSES}
    for tr, te in tg.folds(rows, all_pos, 5, seed):
        for cls in gate_mod.CLASSES:
            sub = [rows[i] for i in tr]
            p, y, w = tg.training_set(sub, cls, cross, amb)
            coef, b = tg.fit(X[[tr[i] for i in p]], y, w, c)
            score[cls][te] = tg.predict(X[te], coef, b)
            oof = tg.oof_scores(rows, X, tr, cls, c, cross, amb, seed=seed + 1)
            thr[cls][te] = tg.threshold_from_oof(rows, oof, cls)
            if rules is not None:
                keep = [i for i in tg.labelled(rows, oof, cls)]
                s = np.array([oof[i] if rules[cls][i] else -1.0 for i in keep])
                yy = np.array([rows[i].label == "yes" for i in keep], dtype=int)
                thr_r[cls][te] = tg.best_threshold(s, yy)[0]
                if keywords is not None:
                    so = np.array([oof[i] for i in keep])
                    thr_2[cls][te] = two_thresholds(so, yy, rules[cls][keep], keywords[cls][keep])
    return score, thr, thr_r, thr_2


def report(rows, X, c, cross, amb, rules, keywords, verbose=True):
    score, thr, thr_r, thr_2 = outer_cv(rows, X, c, cross, amb, rules, keywords)
    out = {}
    for cls in gate_mod.CLASSES:
        pos = np.array(tg.labelled(rows, range(len(rows)), cls))
        y = np.array([rows[i].label == "yes" for i in pos], dtype=int)
        s = score[cls][pos]
        t = thr[cls][pos]
        fixed = prf(s >= t, y)
        bt, bf = tg.best_threshold(s, y)
        best = prf(s >= bt, y)
        from sklearn.metrics import average_precision_score, roc_auc_score
        ap, auc = average_precision_score(y, s), roc_auc_score(y, s)
        out[cls] = (fixed, best, ap, auc)
        if not verbose:
            continue
        n_pos = int(y.sum())
        print(f"{cls.upper()}: {len(pos)} sentences, {n_pos} yes; AP {ap:.3f}, ROC AUC {auc:.3f}")
        print(fmt("gate, fixed threshold (nested)", *fixed,
                  f"   thresholds per fold {sorted(set(np.round(t, 3).tolist()))}"))
        print(fmt("gate, best threshold (optimistic)", *best, f"   threshold {bt:.3f}"))
        per_fold = []
        for tr, te in tg.folds(rows, list(range(len(rows))), 5, tg.SEED):
            te = [i for i in tg.labelled(rows, te, cls)]
            yy = np.array([rows[i].label == "yes" for i in te], dtype=int)
            per_fold.append(prf(score[cls][te] >= thr[cls][te], yy)[2])
        print(f"  {'gate, fixed threshold: F1 per fold':<34} " + " ".join(f"{f:.2f}" for f in per_fold)
              + f"  (mean {np.mean(per_fold):.3f} ± {np.std(per_fold):.3f})")
        # by label: how many of each negative kind pass
        for lab in ("easy no", "difficult no"):
            m = np.array([rows[i].label == lab for i in pos])
            print(f"  {'  ' + lab + ' passing the gate':<34} {int((s[m] >= t[m]).sum())} / {int(m.sum())}")
        if keywords is not None:
            print(fmt("keyword baseline", *prf(keywords[cls][pos], y)))
        if rules is not None:
            r = rules[cls][pos]
            print(fmt("rules alone (current pipeline)", *prf(r, y)))
            print(fmt("rules AND gate (nested threshold)", *prf(r & (s >= thr_r[cls][pos]), y),
                      f"   thresholds {sorted(set(np.round(thr_r[cls][pos], 3).tolist()))}"))
            print(fmt("rules AND gate (gate's threshold)", *prf(r & (s >= t), y)))
            print(fmt("rules OR gate (gate's threshold)", *prf(r | (s >= t), y)))
            if keywords is not None:
                lo, hi = thr_2[cls][pos, 0], thr_2[cls][pos, 1]
                kw = keywords[cls][pos]
                print(fmt("rules&gate>=lo OR keyword&gate>=hi", *prf((r & (s >= lo)) | (kw & (s >= hi)), y),
                          f"   (lo, hi) per fold {sorted(set(zip(np.round(lo, 2).tolist(), np.round(hi, 2).tolist())))}"))
    return out


def needs_for(rows: list[tg.Row]) -> dict[str, np.ndarray]:
    """tg.gate_needs over the GSR sentences (original text, as the pipeline reads them)."""
    import json
    raw = [json.loads(line) for line in tg.GSR.read_text("utf-8").splitlines() if line.strip()]
    assert [r["id"] for r in raw] == [r.id for r in rows]
    return tg.gate_needs([r["text"] for r in raw], [r["id"] for r in raw])


def pipeline_cv(rows, X, need, c, cross, amb, seeds=(tg.SEED,), verify=False, fixed=None):
    """Cross-validated PIPELINE F1 (rules and gate together, as the product runs) per class.

    Outer grouped 5-fold CV (per seed); in each fold the gate is trained on the other folds and its
    threshold chosen on inner out-of-fold scores to maximise the pipeline's F1 there (detection is
    `score >= threshold x need`, see tg.gate_needs); the held-out fold is then detected with that
    model and threshold. With `verify`, the held-out sentences are also run through the real pipeline
    with the fold's gate (slower; checks the `need` shortcut). Returns {cls: [(P, R, F1), ...]} per
    seed, the gate-alone nested F1 per seed, and the verified (P, R, F1) per seed when asked.
    `fixed` ({class: threshold}) holds each class's threshold at a given value instead (the shipped
    model's, say) to measure those thresholds rather than the re-chosen ones.
    """
    import json
    raw = [json.loads(line) for line in tg.GSR.read_text("utf-8").splitlines() if line.strip()] if verify else None
    res = {k: [] for k in gate_mod.CLASSES}
    alone = {k: [] for k in gate_mod.CLASSES}
    real = {k: [] for k in gate_mod.CLASSES}
    for seed in seeds:
        det = {k: np.zeros(len(rows), dtype=bool) for k in gate_mod.CLASSES}
        det_alone = {k: np.zeros(len(rows), dtype=bool) for k in gate_mod.CLASSES}
        det_real = {k: np.zeros(len(rows), dtype=bool) for k in gate_mod.CLASSES}
        for tr, te in tg.folds(rows, list(range(len(rows))), 5, seed):
            models = {}
            for cls in gate_mod.CLASSES:
                sub = [rows[i] for i in tr]
                p, y, w = tg.training_set(sub, cls, cross, amb)
                coef, b = tg.fit(X[[tr[i] for i in p]], y, w, c)
                s_te = tg.predict(X[te], coef, b)
                if fixed:
                    t = fixed[cls]
                    det[cls][te] = s_te >= t * need[cls][te]
                    models[cls] = (coef, b, t)
                    continue
                oof = tg.oof_scores(rows, X, tr, cls, c, cross, amb, seed=seed + 1)
                keep = tg.labelled(rows, oof, cls)
                so = np.array([oof[i] for i in keep])
                yy = np.array([rows[i].label == "yes" for i in keep], dtype=int)
                t, _ = tg.pipeline_threshold(so, yy, need[cls][keep])
                det[cls][te] = s_te >= t * need[cls][te]
                det_alone[cls][te] = s_te >= tg.best_threshold(so, yy)[0]
                models[cls] = (coef, b, t)
            if verify:
                from rasd.model import Article
                from rasd.pipeline import process_article
                from rasd.resources import Resources
                g = tg.gate_from(models)
                r = Resources(gate=g)
                for i in te:
                    types = {ev.to_record()["event_type"] for ev in process_article(Article(raw[i]["id"], raw[i]["text"]), resources=r)}
                    for cls in gate_mod.CLASSES:
                        det_real[cls][i] = bool(types & FAMILY_TYPES[cls])
        for cls in gate_mod.CLASSES:
            pos = tg.labelled(rows, range(len(rows)), cls)
            y = np.array([rows[i].label == "yes" for i in pos], dtype=int)
            res[cls].append(prf(det[cls][pos], y))
            alone[cls].append(prf(det_alone[cls][pos], y) if not fixed else (0.0, 0.0, 0.0))
            if verify:
                real[cls].append(prf(det_real[cls][pos], y))
    return res, alone, real


def report_pipeline(rows, X, need, c, cross, amb, seeds, verify=False, label="", fixed=None):
    res, alone, real = pipeline_cv(rows, X, need, c, cross, amb, seeds, verify, fixed)
    parts = []
    for cls in gate_mod.CLASSES:
        f = [x[2] for x in res[cls]]
        fa = [x[2] for x in alone[cls]]
        p = np.mean([x[0] for x in res[cls]]); r = np.mean([x[1] for x in res[cls]])
        s = f"{cls.upper()} pipeline F1 {np.mean(f):.3f} ± {np.std(f):.3f} (P {p:.3f} R {r:.3f}); gate alone {np.mean(fa):.3f}"
        if verify:
            s += f"; real pipeline F1 {np.mean([x[2] for x in real[cls]]):.3f}"
        parts.append(s)
    print(label + "\n  " + "\n  ".join(parts), flush=True)
    return res


def speed(rows) -> None:
    """CPU time (time.process_time: the figure that matters on a shared machine) and wall time."""
    g = gate_mod.Gate.builtin()
    texts = [r.text for r in rows]
    n = len(texts)

    def timed(f) -> tuple[float, float]:
        c0, w0 = time.process_time(), time.perf_counter()
        f()
        return time.process_time() - c0, time.perf_counter() - w0

    gate_mod._word_buckets.cache_clear()
    cold = timed(lambda: [g.score(s) for s in texts])
    one = min((timed(lambda: [g.score(s) for s in texts]) for _ in range(3)), key=lambda t: t[0])
    many = min((timed(lambda: g.score_many(texts)) for _ in range(3)), key=lambda t: t[0])
    words = sum(len(gate_mod.words(s)) for s in texts) / n
    print(f"speed over {n} sentences ({words:.0f} words on average), µs per sentence, CPU (wall):")
    for name, (cpu, wall) in (("score(), cold word cache", cold), ("score(), warm", one), ("score_many()", many)):
        print(f"  {name:<26} {cpu / n * 1e6:6.0f} ({wall / n * 1e6:.0f})   = {n / cpu:,.0f} sentences per CPU-second")
    t0 = time.perf_counter()
    gate_mod.Gate._builtin = None
    gate_mod.Gate.builtin()
    print(f"load time {(time.perf_counter() - t0) * 1000:.0f} ms")
    path = ROOT / "rasd" / "resources" / gate_mod.MODEL_FILE
    print(f"model file {path.relative_to(ROOT)}: {path.stat().st_size / 1024:.0f} KiB; thresholds {g.thresholds}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--recipes", help='with --grid: "C,cross,ambiguous;..." instead of the default grid')
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--pipeline", action="store_true",
                    help="cross-validated pipeline F1 (rules and gate) of the shipped recipe, 3 outer seeds")
    ap.add_argument("--verify", action="store_true", help="with --pipeline: also run the real pipeline per fold")
    ap.add_argument("--thresholds", help='with --pipeline: "ASSAULT,PROTEST" thresholds held fixed in every fold '
                    '(e.g. the shipped model\'s) instead of re-chosen on the inner folds')
    a = ap.parse_args()
    rows = tg.load_gsr()
    X = tg.matrix([r.text for r in rows])
    if a.pipeline:
        need = needs_for(rows)
        fixed = dict(zip(gate_mod.CLASSES, map(float, a.thresholds.split(",")))) if a.thresholds else None
        report_pipeline(rows, X, need, tg.C_VALUE, tg.CROSS_WEIGHT, tg.AMBIGUOUS_WEIGHT,
                        (tg.SEED, tg.SEED + 1, tg.SEED + 2), a.verify,
                        "shipped recipe, pipeline CV" + (f", thresholds fixed at {fixed}" if fixed else ""), fixed)
        return
    if a.grid:
        print("recipe                              ASSAULT fixed/best F1, AP   PROTEST fixed/best F1, AP")
        base = (tg.C_VALUE, tg.CROSS_WEIGHT, tg.AMBIGUOUS_WEIGHT)
        grid = [base] + [(c, base[1], base[2]) for c in (1.0, 3.0, 30.0, 100.0) if c != base[0]] \
            + [(base[0], x, base[2]) for x in (0.0, 0.25, 1.0) if x != base[1]] \
            + [(base[0], base[1], x) for x in (0.25, 0.5) if x != base[2]]
        if a.recipes:
            grid = [tuple(float(x) for x in r.split(",")) for r in a.recipes.split(";")]
        for c, cross, amb in grid:
            o = report(rows, X, c, cross, amb, None, None, verbose=False)
            print(f"C={c:<5} cross={cross:<4} ambiguous={amb:<4}      "
                  + "      ".join(f"{o[k][0][2]:.3f}/{o[k][1][2]:.3f}, {o[k][2]:.3f}" for k in gate_mod.CLASSES),
                  flush=True)
        return
    rules = None if a.no_rules else rule_detections(rows)
    keywords = keyword_detections(rows)
    print(f"recipe: C={tg.C_VALUE}, cross-class negatives w={tg.CROSS_WEIGHT}, ambiguous w={tg.AMBIGUOUS_WEIGHT}")
    report(rows, X, tg.C_VALUE, tg.CROSS_WEIGHT, tg.AMBIGUOUS_WEIGHT, rules, keywords)
    speed(rows)


if __name__ == "__main__":
    main()
