"""Actor codes and names of other datasets → country + sector, and back for PLOVER."""

from __future__ import annotations

import pytest

from mirrorwatch.interop.actors import (
    cameo_country,
    cameo_sector,
    country_from_name,
    icews_sector,
    plover_sector_in,
    plover_sector_out,
)


@pytest.mark.parametrize(
    ("code", "country", "flag"),
    [
        ("RUS", "RUS", None),
        (" ARM", "ARM", None),  # stray space as in the shared GDELT sample
        ("ROM", "ROU", None),  # CAMEO's own code for Romania
        ("KOS", "XKX", None),
        ("EUR", None, "region:EUR"),  # CAMEO EUR is Europe, not the EU
        ("WST", None, "region:WST"),
        ("XQZ", "XQZ", "unknown-country:XQZ"),  # kept, flagged
        ("NA", None, None),
        (None, None, None),
    ],
)
def test_cameo_country(code, country, flag):
    c = cameo_country(code)
    assert (c.country, c.flag) == (country, flag)


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Russian Federation", "RUS"),
        ("United States", "USA"),
        ("Occupied Palestinian Territory", "PSE"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Moldova, Republic of", "MDA"),
        ("the former Yugoslav Republic of Macedonia", "MKD"),
        ("Georgia", "GEO"),
        (" Azerbaijan", "AZE"),
        ("AZE", "AZE"),
        ("European Union", "EUR"),
        ("Atlantis", None),
        ("NA", None),
    ],
)
def test_country_from_name(name, iso):
    assert country_from_name(name) == iso


def test_cameo_sector_maps_synonyms_and_flags_unknown():
    assert cameo_sector("GOV") == ("GOV", None)
    assert cameo_sector("INS") == ("REB", None)
    assert cameo_sector(" MED") == ("MED", None)
    assert cameo_sector("QQQ") == ("QQQ", "unknown-sector:QQQ")
    assert cameo_sector("NA") == (None, None)


def test_icews_sector_specific_before_generic():
    assert icews_sector("Executive,Foreign Ministry,Government") == "GOV"
    assert icews_sector("Military,Government") == "MIL"
    assert icews_sector("Police,Government") == "COP"
    assert icews_sector("Media,State Media,Government") == "MED"
    assert icews_sector("Parties,Center Right") is None
    assert icews_sector("NA") is None


def test_plover_sectors_both_ways():
    # PLOVER's JRN is CAMEO/mirrorwatch MED (media); PLOVER's MED is health (our HLH).
    assert plover_sector_in("JRN") == ("MED", None)
    assert plover_sector_in("MED") == ("HLH", None)
    assert plover_sector_in("CVLalb") == ("CVL", None)
    assert plover_sector_in("***") == (None, None)
    assert plover_sector_out("MED") == "JRN"
    assert plover_sector_out("HLH") == "MED"
    assert plover_sector_out("DIP") == "GOV"
    for ours in ("GOV", "MIL", "COP", "MED", "HLH", "NGO", "IGO", "BUS"):
        assert plover_sector_in(plover_sector_out(ours))[0] == ours
