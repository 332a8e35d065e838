"""Inter-coder agreement (``--set kappa``): statsmodels' κ on hand-made tables, CSV reading, the real rounds."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mirrorwatch.evaluation.kappa import cohen, fleiss, load_rounds, majority, score_kappa

from .conftest import FakeCoder, event


def test_fleiss_kappa_of_a_three_coder_table_computed_by_hand():
    # 4 items, 3 coders, 2 categories. Per-item agreement P_i = (sum n_ij^2 - 3) / 6:
    # (a,a,a) 1, (a,a,b) 1/3, (b,b,b) 1, (a,b,b) 1/3 -> mean 2/3. Category shares 6/12 and 6/12
    # -> chance 0.5. kappa = (2/3 - 1/2) / (1 - 1/2) = 1/3.
    table = [["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"], ["a", "b", "b"]]
    assert fleiss(table) == pytest.approx(1 / 3, abs=1e-4)
    assert fleiss([["x", "x", "x"], ["y", "y", "y"]]) == pytest.approx(1.0)
    assert fleiss([["x", "x"]]) is None  # one item: no kappa


def test_cohen_kappa_computed_by_hand():
    # observed agreement 3/4; chance 0.5 * 0.25 + 0.5 * 0.75 = 0.5 -> kappa (0.75 - 0.5) / 0.5 = 0.5
    assert cohen(["x", "x", "y", "y"], ["x", "y", "y", "y"]) == pytest.approx(0.5, abs=1e-4)
    assert cohen(["x", "y", "x"], ["x", "y", "x"]) == pytest.approx(1.0)


def test_majority_needs_a_unique_top_label():
    assert majority(["1", "1", "3"]) == "1"
    assert majority(["1", "3"]) is None
    assert majority(["0", "0", "4", "4", "2"]) is None


def _round(root: Path, n: int, rows: list[dict[str, str]]) -> None:
    folder = root / "data" / "anchors" / "CAMEO_ConfliBERT" / "annotations" / f"training_round_{n}"
    folder.mkdir(parents=True)
    fields = sorted({k for r in rows for k in r})
    with (folder / "summary.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def _coder(c: str, relevant: str, penta: str = "", cameo: str = "") -> dict[str, str]:
    return {f"anncomplete_{c}": "TRUE", f"1_Relevant_{c}": relevant, f"Action1-PentaClass_{c}": penta,
            f"Action1_CAMEO_{c}": cameo}


def test_rounds_are_read_with_not_relevant_and_statements_as_class_zero_and_scored(tmp_path):
    rows = [
        {"sentences": "Freedonia shelled Sylvania.", **_coder("1", "True", "4-Material Conflict", "4-19 Fight"),
         **_coder("2", "True", "4-Material Conflict", "4-19 Fight"), **_coder("3", "False")},
        {"sentences": "The minister said the talks went well.", **_coder("1", "True", "0-Make a Statement",
                                                                         "0-1 Make Public Statement"),
         **_coder("2", "False"), **_coder("3", "False")},
        {"sentences": "Freedonia and Sylvania met in Nordstadt.", **_coder("1", "True", "1-Verbal Cooperation",
                                                                          "1-4 Consult"),
         **_coder("2", "True", "1-Verbal Cooperation", "1-4 Consult"), **_coder("3", "")},
    ]
    _round(tmp_path, 1, rows)
    rounds, problems = load_rounds(tmp_path)
    assert problems == [] and len(rounds) == 1
    rd = rounds[0]
    assert rd.penta["1"] == ["4", "0", "1"] and rd.root["1"] == ["19", "00", "04"]  # a statement is class 0 / root 00
    assert rd.penta["3"] == ["0", "0", None]  # no relevance answer: not coded

    coder = FakeCoder({"shelled": [event("Freedonia shelled Sylvania.", 0, "FRE", "SYL", "ASSAULT", cameo="190")],
                       "met": [event("x", 0, "FRE", "SYL", "CONSULT", cameo="040")]})
    card = score_kappa(tmp_path, coder)
    penta = card["rounds"][0]["penta"]
    # all three coders labelled >= 50 % of the sentences, but only two items are complete for all of them
    assert penta["coders"] == 3 and penta["items"] == 2
    # majorities: item 1 -> "4", item 2 -> "0"; mirrorwatch says 4 and 0: perfect agreement
    assert penta["mirrorwatch_vs_majority"] == pytest.approx(1.0)
    assert card["kind"] == "kappa" and card["units"] == 3 and card["failed"] == []


def test_missing_annotations_folder_is_an_input_error(tmp_path):
    from mirrorwatch.errors import InputError

    with pytest.raises(InputError):
        load_rounds(tmp_path)


def test_kappa_on_the_real_rounds(shared):
    from mirrorwatch.coding import Coder

    card = score_kappa(shared, Coder())
    assert len(card["rounds"]) == 10
    mean = card["mean_over_rounds"]["penta"]
    assert 0.0 < mean["fleiss_humans"] < 1.0
    for r in card["rounds"]:
        assert r["penta"]["coders"] >= 2 and r["penta"]["items"] >= 2
        assert -1.0 <= r["penta"]["mirrorwatch_vs_majority"] <= 1.0


def test_a_round_without_coders_or_readable_text_is_named_and_skipped(tmp_path):
    base = tmp_path / "data" / "anchors" / "CAMEO_ConfliBERT" / "annotations"
    (base / "training_round_1").mkdir(parents=True)
    (base / "training_round_1" / "summary.csv").write_text("sentences,notes\nA text.,x\n", encoding="utf-8")
    (base / "training_round_2").mkdir()
    (base / "training_round_2" / "summary.csv").write_bytes(b"\xff\xfe\x00bad")
    rounds, problems = load_rounds(tmp_path)
    assert rounds == []
    assert any(p.startswith("training_round_1/summary.csv: no coder columns") for p in problems)
    assert any(p.startswith("training_round_2/summary.csv: unreadable") for p in problems)
