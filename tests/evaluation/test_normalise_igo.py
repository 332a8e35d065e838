"""IGO actors: predictions compare at the granularity the gold records (PLOVER GSR's bare ``IGO``)."""

from __future__ import annotations

from mirrorwatch.evaluation.metrics import LEVELS, counts
from mirrorwatch.evaluation.normalise import Tup, generic_igo, harmonise_igo


def test_un_and_eu_predictions_become_generic_igo():
    t = Tup("UNO", "LBN", "AGREE", src_sector="IGO", tgt_sector="GOV")
    assert (generic_igo(t).src, generic_igo(t).tgt) == ("IGO", "LBN")
    t = Tup("HUN", "EUR", "REQUEST", src_sector="GOV", tgt_sector="IGO")
    assert generic_igo(t).tgt == "IGO"
    # states and their sectors stay as they are
    t = Tup("HUN", "SRB", "ACCUSE", src_sector="GOV", tgt_sector="GOV")
    assert generic_igo(t) is t


def test_unit_with_generic_gold_matches_a_specific_prediction():
    gold = [Tup("IGO", "LBN", "AGREE", src_sector="GOV")]
    pred = [Tup("UNO", "LBN", "AGREE", src_sector="IGO"), Tup("LBN", "UNO", "AGREE", tgt_sector="IGO")]
    key = LEVELS["L3"].key
    assert counts(gold, pred, key) == (0, 2, 1)  # raw: the UN never meets the gold's IGO
    tp, fp, fn = counts(gold, harmonise_igo(gold, pred), key)
    assert (tp, fp, fn) == (1, 1, 0)  # the reverse direction is still a false positive


def test_unit_whose_gold_names_the_organisation_is_left_alone():
    # eval/ codes the EU as EUR: a prediction of the UN must not match it through "IGO"
    gold = [Tup("SRB", "EUR", "ACCUSE", tgt_sector="IGO")]
    pred = [Tup("SRB", "UNO", "ACCUSE", tgt_sector="IGO")]
    assert harmonise_igo(gold, pred) == pred
    assert counts(gold, harmonise_igo(gold, pred), LEVELS["L3"].key) == (0, 1, 1)
