"""CAMEO lookups: Goldstein tables, quad-class conventions, the PLOVER crosswalk."""

import pytest

from mirrorwatch import ontology


@pytest.mark.parametrize("code,gdelt,icews", [("016", -2.0, -5.0), ("022", 3.2, 3.4), ("164", -7.0, -6.5),
                                              ("165", -6.5, -7.0)])
def test_ontology_goldstein_tables_differ_where_documented(code, gdelt, icews):
    assert ontology.goldstein(code) == gdelt
    assert ontology.goldstein(code, table="icews") == icews


def test_ontology_goldstein_falls_back_for_codes_one_table_lacks():
    assert ontology.cameo("1213").goldstein_gdelt is None
    assert ontology.goldstein("1213") == ontology.goldstein("1213", table="icews")


@pytest.mark.parametrize("code,gdelt,icews", [("042", 1, 1), ("090", 2, 3), ("141", 3, 4), ("080", 2, 2),
                                              ("130", 3, 3), ("173", 4, 4)])
def test_ontology_quad_class_conventions(code, gdelt, icews):
    assert ontology.quad_class(code) == gdelt
    assert ontology.quad_class(code, convention="icews") == icews


@pytest.mark.parametrize("code,plover,mode", [("057", "SUPPORT", None), ("111", "ACCUSE", "disapprove"),
                                              ("173", "COERCE", "arrest"), ("166", "SANCTION", "expel"),
                                              ("0311", "AGREE", None), ("010", None, None)])
def test_ontology_crosswalk(code, plover, mode):
    assert ontology.plover_for_cameo(code) == (plover, mode)


def test_ontology_every_plover_type_reachable_from_cameo():
    reached = {c.plover for c in ontology.cameo_codes().values() if c.plover}
    assert reached == set(ontology.PLOVER_TYPES)
