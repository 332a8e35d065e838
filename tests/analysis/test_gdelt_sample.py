"""Integration: the shared GDELT 1.0 Georgia sample, loaded directly with pandas into a store.

The issue's reference figures (directed counts Actor1CountryCode → Actor2CountryCode and mean
Goldstein over the whole sample) must come out of ``load_events`` unchanged, and the analysis
must run on real data. Skips when ../shared is absent.
"""

import pandas as pd
import pyarrow as pa
import pytest

from mirrorwatch.analysis import load_events, reciprocity
from mirrorwatch.ontology import plover_for_cameo
from mirrorwatch.records import EVENT_SCHEMA

EXPECTED = {("USA", "RUS"): (588, 0.76), ("RUS", "USA"): (536, 0.73), ("ARM", "AZE"): (110, 1.69),
            ("AZE", "ARM"): (101, 2.10), ("RUS", "GEO"): (55, -0.25), ("GEO", "RUS"): (66, 1.47)}


@pytest.fixture(scope="module")
def gdelt_store(tmp_path_factory):
    from pathlib import Path

    from tests.conftest import SHARED

    folder = SHARED / "data" / "events" / "gdelt1_georgia_2011_2013"
    if not folder.is_dir():
        pytest.skip("../shared GDELT sample not available")
    use = ["GLOBALEVENTID", "SQLDATE", "Actor1CountryCode", "Actor2CountryCode", "EventCode", "QuadClass",
           "GoldsteinScale"]
    frames = [pd.read_csv(p, dtype=str, usecols=use, na_values=["NA"], keep_default_na=False)
              for p in sorted(Path(folder).glob("*.csv.gz"))]
    df = pd.concat(frames, ignore_index=True)
    df = df[df["Actor1CountryCode"].notna() & df["Actor2CountryCode"].notna()]
    df = df[df["Actor1CountryCode"] != df["Actor2CountryCode"]]
    plover = [plover_for_cameo(c)[0] or "CONSULT" for c in df["EventCode"]]
    n = len(df)
    cols = {k: pa.nulls(n, type=EVENT_SCHEMA.field(k).type) for k in EVENT_SCHEMA.names}
    cols.update({
        "event_id": pa.array("gdelt:" + df["GLOBALEVENTID"]), "source_country": pa.array(df["Actor1CountryCode"]),
        "target_country": pa.array(df["Actor2CountryCode"]), "plover": pa.array(plover),
        "cameo": pa.array(df["EventCode"]), "date": pa.array(pd.to_datetime(df["SQLDATE"]).dt.date),
        "dataset": pa.array(["gdelt"] * n), "dataset_id": pa.array(df["GLOBALEVENTID"]),
        "dataset_goldstein": pa.array(df["GoldsteinScale"].astype(float)),
        "dataset_quad_class": pa.array(df["QuadClass"].astype("int8")),
    })
    store = __import__("mirrorwatch").open_store(tmp_path_factory.mktemp("g") / "g.duckdb", wait=30)
    store.write_events(pa.table(cols, schema=EVENT_SCHEMA), run_id="test")
    return store


def test_reference_counts(gdelt_store, shared):
    for (src, tgt), (count, mean) in EXPECTED.items():
        ev = load_events(gdelt_store, src, tgt)
        sub = ev[ev["direction"] == f"{src}>{tgt}"]
        assert len(sub) == count, (src, tgt)
        assert sub["intensity"].mean() == pytest.approx(mean, abs=0.006), (src, tgt)


def test_reciprocity_runs_on_real_data(gdelt_store, shared):
    r = reciprocity(gdelt_store, "RUS", "GEO", n_shifts=50)
    for d in r.values():
        assert d["acts"] > 0 and 0 <= d["answer_rate"] <= 1
        assert d["mirror_index"] is None or 0 <= d["mirror_index"] <= 1
