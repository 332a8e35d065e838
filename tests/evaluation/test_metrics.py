"""Scoring arithmetic on hand-made gold and predictions: matching, levels, CIs, macro-F1, confusion."""

from __future__ import annotations

import numpy as np
import pytest

from mirrorwatch.evaluation.align import Scored
from mirrorwatch.evaluation.metrics import (
    align_pairs,
    bootstrap,
    classification,
    counts,
    date_scores,
    event_scores,
    prf,
)
from mirrorwatch.evaluation.normalise import Tup


def T(src, tgt, plover, **kw):
    return Tup(src, tgt, plover, **kw)


def unit(gold, pred, **kw):
    return Scored(kw.pop("id", "u"), "en", list(gold), list(pred), **kw)


def l3(t):
    return (t.src, t.tgt, t.plover)


def test_matching_is_one_to_one_within_a_sentence():
    gold = [T("DEU", "RUS", "ACCUSE")]
    pred = [T("DEU", "RUS", "ACCUSE"), T("DEU", "RUS", "ACCUSE", mode="allege")]
    assert counts(gold, pred, l3) == (1, 1, 0)  # the second prediction is an extra event
    assert counts(pred, gold, l3) == (1, 0, 1)


def test_levels_differ_in_what_must_agree():
    gold = [T("DEU", "RUS", "ACCUSE", src_sector="GOV", tgt_sector="GOV")]
    pred = [T("DEU", "RUS", "SANCTION", src_sector="GOV", tgt_sector="GOV")]
    s = event_scores([unit(gold, pred)], resamples=50)["levels"]
    assert s["L1"]["tp"] == 0 and s["L2"]["tp"] == 1 and s["L3"]["tp"] == 0
    pred2 = [T("DEU", "RUS", "ACCUSE", src_sector="MIL", tgt_sector="GOV")]
    s2 = event_scores([unit(gold, pred2)], resamples=50)["levels"]
    assert s2["L3"]["tp"] == 1 and s2["L4"]["tp"] == 0


def test_direction_swap_is_wrong_at_l2_and_counted_apart():
    gold = [T("POL", "BLR", "ACCUSE")]
    pred = [T("BLR", "POL", "ACCUSE")]
    s = event_scores([unit(gold, pred)], resamples=50)
    assert s["levels"]["L1"]["tp"] == 1
    assert s["levels"]["L2"]["tp"] == 0 and s["levels"]["L3"]["tp"] == 0
    assert s["swaps"] == 1


def test_gold_without_target_matches_only_a_targetless_prediction():
    gold = [T("FRA", None, "ACCUSE")]
    assert counts(gold, [T("FRA", "DZA", "ACCUSE")], l3) == (0, 1, 1)
    assert counts(gold, [T("FRA", None, "ACCUSE")], l3) == (1, 0, 0)
    s = event_scores([unit(gold, [T("FRA", "DZA", "ACCUSE")])], resamples=50)["levels"]
    assert s["L3 src+type"]["tp"] == 1  # the relaxed score forgives the target


def test_flagged_predictions_are_excluded_by_default_and_counted_in_the_second_run():
    gold = [T("ISR", "TUR", "ACCUSE")]
    pred = [T("ISR", "TUR", "ACCUSE", flagged=True)]
    s = event_scores([unit(gold, pred)], resamples=50)
    assert s["levels"]["L3"]["tp"] == 0
    assert s["levels"]["L3 with flagged"]["tp"] == 1
    s2 = event_scores([unit(gold, pred)], include_flagged=True, resamples=50)
    assert s2["levels"]["L3"]["tp"] == 1 and s2["levels"]["L3 without flagged"]["tp"] == 0


def test_levels_needing_a_field_use_only_units_whose_gold_carries_it():
    units = [unit([T("A", "B", "AID", mode="humanitarian")], [T("A", "B", "AID", mode="humanitarian")], id="1"),
             unit([T("C", "D", "AID")], [T("C", "D", "AID")], id="2")]
    s = event_scores(units, resamples=50)["levels"]
    assert s["L6"]["units"] == 1 and s["L6"]["tp"] == 1
    assert "L5" not in s  # no gold CAMEO code anywhere


def test_interstate_subset_drops_non_states_and_self_dyads():
    gold = [T("EUR", "RUS", "SANCTION"), T("DEU", "RUS", "SANCTION"), T("RUS", "RUS", "COERCE")]
    pred = [T("DEU", "RUS", "SANCTION")]
    s = event_scores([unit(gold, pred)], resamples=50)["levels"]
    assert (s["L3"]["tp"], s["L3"]["fn"]) == (1, 2)
    assert (s["L3 interstate"]["tp"], s["L3 interstate"]["fn"]) == (1, 0)


def test_micro_prf_and_no_event_false_positive_rate():
    units = [
        unit([T("A", "B", "AID")], [T("A", "B", "AID")], id="1"),
        unit([T("A", "B", "AID"), T("B", "A", "AID")], [], id="2"),
        unit([], [T("C", "D", "ASSAULT")], no_event=True, id="3"),
        unit([], [], no_event=True, id="4"),
    ]
    s = event_scores(units, resamples=50)
    lv = s["levels"]["L3"]
    assert (lv["tp"], lv["fp"], lv["fn"]) == (1, 1, 2)
    assert lv["p"] == pytest.approx(0.5) and lv["r"] == pytest.approx(1 / 3, abs=1e-4)
    assert lv["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3), abs=1e-4)
    assert s["fp_rate_no_event"] == {"n": 2, "with_events": 1, "rate": 0.5}
    assert s["events_per_sentence"] == {"gold": 0.75, "pred": 0.5}
    det = s["levels"]["L0"]
    assert (det["tp"], det["fp"], det["fn"]) == (1, 1, 1)


def test_bootstrap_ci_contains_the_point_estimate_and_narrows_with_more_units():
    rng = np.random.default_rng(3)
    tp = rng.integers(0, 3, 200)
    fp = rng.integers(0, 2, 200)
    fn = rng.integers(0, 2, 200)
    p, r, f = prf(tp.sum(), fp.sum(), fn.sum())
    ci = bootstrap(tp, fp, fn, resamples=1000, seed=1)
    assert ci["f1"][0] <= f <= ci["f1"][1]
    assert ci["p"][0] <= p <= ci["p"][1] and ci["r"][0] <= r <= ci["r"][1]
    small = bootstrap(tp[:20], fp[:20], fn[:20], resamples=1000, seed=1)
    assert small["f1"][1] - small["f1"][0] > ci["f1"][1] - ci["f1"][0]
    assert bootstrap(tp, fp, fn, seed=5) == bootstrap(tp, fp, fn, seed=5)  # reproducible


def test_macro_f1_averages_types_and_confusion_pairs_by_dyad():
    units = [
        unit([T("A", "B", "AID")], [T("A", "B", "AID")], id="1"),          # AID right
        unit([T("A", "B", "ACCUSE")], [T("A", "B", "THREATEN")], id="2"),  # ACCUSE taken for THREATEN
        unit([T("C", "D", "ACCUSE")], [], id="3"),                         # ACCUSE missed
    ]
    s = event_scores(units, resamples=50)
    assert s["per_type"]["AID"]["L1"]["f1"] == 1.0
    assert s["per_type"]["ACCUSE"]["L1"]["f1"] == 0.0 and s["per_type"]["THREATEN"]["L1"]["f1"] == 0.0
    assert s["macro_f1"]["L1"] == pytest.approx(1 / 3, abs=1e-4)
    conf = s["confusion"]
    ix = {lab: i for i, lab in enumerate(conf["labels"])}
    m = conf["matrix"]
    assert m[ix["AID"]][ix["AID"]] == 1
    assert m[ix["ACCUSE"]][ix["THREATEN"]] == 1
    assert m[ix["ACCUSE"]][ix["none"]] == 1
    assert sum(map(sum, m)) == 3


def test_align_pairs_prefers_the_prediction_with_the_gold_date():
    g = T("A", "B", "AID", date="2024-01-02")
    a = align_pairs([g], [T("A", "B", "AID", date="2024-01-09"), T("A", "B", "AID", date="2024-01-02")])
    assert a["l3"][0][1].date == "2024-01-02" and len(a["pred_only"]) == 1


def test_date_scores_exact_and_within_one_day():
    pairs = [
        (T("A", "B", "AID", date="2024-04-18"), T("A", "B", "AID", date="2024-04-18")),  # exact
        (T("A", "B", "AID", date="2024-04-18"), T("A", "B", "AID", date="2024-04-19")),  # ±1
        (T("A", "B", "AID", date="2024-04-18"), T("A", "B", "AID", date="2024-04-21")),  # wrong
        (T("A", "B", "AID", date="2024-04"), T("A", "B", "AID", date="2024-04-19")),     # wrong precision
        (T("A", "B", "AID", date="2024-04"), T("A", "B", "AID", date="2024-04")),        # exact month
        (T("A", "B", "AID"), T("A", "B", "AID", date="2024-04-19")),                     # gold undated: skipped
    ]
    d = date_scores(pairs)
    assert d["n"] == 5 and d["exact_count"] == 2 and d["within_1_day_count"] == 3


def test_quad_and_intensity_compare_paired_events():
    gold = [T("ISR", "PSE", "ASSAULT", cameo="190", quad=4, intensity=-10.0)]
    pred = [T("ISR", "PSE", "ASSAULT", cameo="193", quad=4, intensity=-10.0 + 0.5)]
    s = event_scores([unit(gold, pred)], resamples=50)
    assert s["quad_accuracy"] == {"n": 1, "value": 1.0}
    assert s["intensity_mae"]["value"] == pytest.approx(0.5)
    assert s["levels"]["L5"]["tp"] == 1 and s["levels"]["L5+"]["tp"] == 0


def test_classification_accuracy_macro_f1_and_confusion():
    y_true = [0, 0, 1, 1, 2, 2]
    y_pred = [0, 1, 1, 1, 0, 2]
    out = classification(y_true, y_pred, [0, 1, 2], resamples=200)
    assert out["accuracy"] == pytest.approx(4 / 6, abs=1e-4)
    f0, f1c, f2 = 0.5, 0.8, 2 / 3
    assert out["macro_f1"] == pytest.approx((f0 + f1c + f2) / 3, abs=1e-4)
    assert out["confusion"]["matrix"] == [[1, 1, 0], [0, 2, 0], [1, 0, 1]]
    lo, hi = out["ci"]["accuracy"]
    assert lo <= out["accuracy"] <= hi
