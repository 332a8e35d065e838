"""Normalisation of gold dialects to comparable tuples (EVALUATION.md, "Unit and normalisation")."""

from __future__ import annotations

import pytest

from mirrorwatch.evaluation.normalise import (
    Tup,
    actor_code,
    country,
    expand,
    is_state,
    label_to_plover,
    sector,
)


@pytest.mark.parametrize(("raw", "want"), [
    ("JAP", "JPN"), ("ITL", "ITA"), ("VTN", "VNM"), ("jap", "JPN"), (" USA ", "USA"),
    ("---", None), ("", None), (None, None), ("None", None), ("IGO", "IGO"), ("EUR", "EUR"), ("IMG", "IMG"),
])
def test_country_fixes_and_empty_markers(raw, want):
    assert country(raw) == want


@pytest.mark.parametrize(("code", "want"), [
    ("USAMIL", ("USA", "MIL")),
    ("PSEGOV", ("PSE", "GOV")),
    ("USA", ("USA", None)),
    ("---REB", (None, "REB")),
    ("IGOUNO", ("UNO", "IGO")),
    ("IGOUNOMIL", ("UNO", "IGO")),
    ("IGOEUREEC", ("EUR", "IGO")),
    ("IGO", ("IGO", "IGO")),
    ("JAPGOV", ("JPN", "GOV")),
    ("SYROPPHRI", ("SYR", "OPP")),
    ("---", (None, None)),
])
def test_cameo_composite_actor_codes(code, want):
    assert actor_code(code) == want


def test_plover_sectors_map_through_the_interop_tables():
    assert sector("CVLalb", scheme="plover") == "CVL"
    assert sector("JRN", scheme="plover") == "MED"
    assert sector("***", scheme="plover") is None
    assert sector("INS") == "REB"  # a CAMEO type code


@pytest.mark.parametrize(("label", "want"), [
    ("DEMAND", ("REQUEST", None)), ("DISAPPROVE", ("ACCUSE", None)), ("INVESTIGATE", ("ACCUSE", None)),
    ("FIGHT", ("ASSAULT", None)), ("SACTION", ("SANCTION", None)), ("consult", ("CONSULT", None)),
    ("042", ("CONSULT", "042")), ("173", ("COERCE", "173")), ("0352", ("AGREE", "0352")),
    ("140_Engage_in_political_dissent", ("PROTEST", "140")),
    ("013", (None, "013")), ("021", (None, "021")),  # roots 01/02: no event
    ("NONSENSE", (None, None)), (None, (None, None)),
])
def test_labels_to_current_plover(label, want):
    assert label_to_plover(label) == want


def test_compound_actors_expand_to_the_cartesian_product():
    out = expand([("USA", "GOV"), ("GBR", "GOV")], [("IRQ", "MIL")], "ASSAULT")
    assert {(t.src, t.tgt) for t in out} == {("USA", "IRQ"), ("GBR", "IRQ")}
    assert all(t.tgt_sector == "MIL" for t in out)


def test_reciprocal_markup_and_targetless_lists_expand_to_both_directions():
    both = {("HUN", "ROU"), ("ROU", "HUN")}
    assert {(t.src, t.tgt) for t in expand([("HUN", "GOV"), ("ROU", "GOV")], [], "AGREE")} == both
    rec = expand([("HUN", None)], [("ROU", None)], "CONSULT", reciprocal=True)
    assert {(t.src, t.tgt) for t in rec} == both


def test_single_source_without_target_keeps_tgt_none():
    (t,) = expand([("FRA", "GOV")], [], "ACCUSE")
    assert t.tgt is None and t.src == "FRA"


def test_identical_tuples_are_deduplicated_and_extras_do_not_decide_identity():
    out = expand([("USA", None), ("USA", None)], [("IRN", None)], "THREATEN", date="2024-01-01")
    assert len(out) == 1
    assert Tup("A", "B", "AID", date="2020-01-01") == Tup("A", "B", "AID", date="2021-01-01")


def test_gold_quad_and_intensity_come_from_the_cameo_code_when_present():
    (t,) = expand([("ISR", None)], [("PSE", None)], "ASSAULT", cameo="190")
    assert t.quad == 4 and t.intensity == pytest.approx(-10.0)
    (u,) = expand([("ISR", None)], [("PSE", None)], "ACCUSE")
    assert u.quad == 3 and u.intensity is None


def test_is_state():
    assert is_state("DEU") and not is_state("EUR") and not is_state(None) and not is_state("IGO")
