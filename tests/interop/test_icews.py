"""ICEWS import: names → ISO codes, sectors, story/sentence, Goldstein tables, the shared sample."""

from __future__ import annotations

import pytest

from mirrorwatch.interop import import_events

from .helpers import ICEWS_HEADER, icews_line

RUS_POLICE = ("Police (Russia)", "Police,Government", "Russian Federation")
AZE_MFA = ("Foreign Affairs (Azerbaijan)", "Executive,Foreign Ministry,Government", "Azerbaijan")


def test_icews_rows_map_to_records(store, tmp_path):
    f = tmp_path / "events.tab"
    f.write_text(
        ICEWS_HEADER
        + icews_line("1", "2025-06-27", RUS_POLICE, "173", "-5", AZE_MFA, story="77", sentence="2")
        + icews_line("2", "2025-06-28", AZE_MFA, "040", "1", RUS_POLICE, story="78", sentence="1")
        + icews_line("3", "2025-06-28", RUS_POLICE, "040", "1", AZE_MFA, story="78", sentence="1")
        + icews_line("4", "2025-06-28", RUS_POLICE, "040", "1", AZE_MFA, story="79", sentence="1"),
        encoding="utf-8",
    )
    rep = import_events(store, "icews", [f])
    assert rep.status == "ok" and rep.imported == 4 and rep.datasets == ["icews"]
    ev = {e["dataset_id"]: e for e in store.query("SELECT * FROM events").to_pylist()}
    e = ev["1"]
    assert (e["source_country"], e["source_sector"], e["target_country"], e["target_sector"]) == (
        "RUS", "COP", "AZE", "GOV")
    assert e["source_text"] == "Police (Russia)"
    assert (e["doc_id"], e["sentence_index"]) == ("icews:77", 2)
    assert (e["location_country"], e["location_place"]) == ("AZE", "Baku, Baki")
    assert e["dataset_goldstein"] == -5.0 and e["intensity"] == -5.0
    # mirror = same story sentence, same code, swapped states; the same pair in another story is not
    assert (ev["2"]["is_symmetric"], ev["3"]["is_symmetric"], ev["4"]["is_symmetric"]) == (True, True, False)


def test_icews_bad_rows_and_header(store, tmp_path):
    f = tmp_path / "events.tab"
    f.write_text(
        ICEWS_HEADER
        + icews_line("1", "2025-06-27", RUS_POLICE, "173", "-5", AZE_MFA)
        + icews_line("2", "27.06.2025", RUS_POLICE, "173", "-5", AZE_MFA)
        + "3\ttoo\tshort\n"
        + icews_line("4", "2025-06-27", RUS_POLICE, "173", "strong", AZE_MFA),
        encoding="utf-8",
    )
    rep = import_events(store, "icews", [f])
    assert rep.imported == 1 and rep.malformed == 3
    assert sorted(e["line"] for e in rep.errors) == [3, 4, 5]
    g = tmp_path / "other.tab"
    g.write_text("a\tb\n1\t2\n", encoding="utf-8")
    rep2 = import_events(store, "icews", [g])
    assert rep2.status == "failed" and "not a raw ICEWS" in rep2.failed_files[0]["reason"]


@pytest.fixture(scope="module")
def icews_sample(tmp_path_factory):
    from mirrorwatch import open_store
    from tests.conftest import SHARED

    f = SHARED / "data" / "events" / "icews_sample_2018" / "events.2018.sample.tab"
    if not f.is_file():
        pytest.skip("../shared reference data is not available")
    store = open_store(tmp_path_factory.mktemp("icews") / "i.duckdb", wait=30)
    return store, import_events(store, "icews", [f], keep_statements=True)


def test_icews_sample_every_row(icews_sample):
    store, rep = icews_sample
    assert rep.status == "ok" and rep.rows == 3705 and rep.imported == 3705
    unresolved = store.query(
        "SELECT count(*) AS n FROM (SELECT unnest(evidence) AS f FROM events) WHERE f LIKE 'flag:unknown-country%'"
    ).to_pylist()[0]["n"]
    assert unresolved == 0  # every ICEWS country name resolves to an ISO code


def test_icews_goldstein_tables_differ_only_on_four_codes(icews_sample):
    store, _ = icews_sample
    rows = store.query(
        "SELECT DISTINCT cameo FROM events WHERE abs(intensity - dataset_goldstein) > 1e-9"
    ).to_pylist()
    differing = {r["cameo"] for r in rows}
    assert differing <= {"016", "022", "164", "165"} and differing  # ICEWS's Intensity is its own table
    from mirrorwatch.ontology import goldstein

    for code in ("016", "022", "164", "165"):
        assert goldstein(code) != goldstein(code, table="icews")


def test_icews_mirror_share_47_percent(icews_sample):
    store, _ = icews_sample
    # International events = two different states (organisations left out); SOURCE.md measured 46.6 %
    # with the same rule (same story sentence, same CAMEO code, target → source).
    share = store.query(
        "SELECT avg(is_symmetric::INT) AS s FROM events WHERE source_country <> target_country "
        "AND source_country NOT IN ('EUR', 'UNO', 'IGO') AND target_country NOT IN ('EUR', 'UNO', 'IGO')"
    ).to_pylist()[0]["s"]
    assert share == pytest.approx(0.47, abs=0.015)
