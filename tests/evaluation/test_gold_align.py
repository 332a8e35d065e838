"""Gold loaders on hand-written files, and alignment of a fake coder's predictions to gold sentences."""

from __future__ import annotations

import pytest

from mirrorwatch.errors import InputError
from mirrorwatch.evaluation import evaluate
from mirrorwatch.evaluation.align import code_set
from mirrorwatch.evaluation.gold import (
    find_span,
    load_cameo_class,
    load_case,
    load_eval,
    load_petr2,
    load_plover_gsr,
    read_json_run,
)

from .conftest import FakeCoder, event

S1 = "Freedonia expelled two diplomats of Sylvania on Thursday."
S2 = "Sylvania condemned the expulsion."


def test_json_run_with_trailing_commas_and_a_broken_record():
    values, problems = read_json_run('[\n{"a": 1},\n{"b": 2,},\n{"x": oops},\n{"c": [1, 2]},\n]\n')
    # a trailing comma inside an object is repaired; a broken value is skipped, the rest is read
    assert values == [{"a": 1}, {"b": 2}, {"c": [1, 2]}]
    assert len(problems) == 1 and "line 4" in problems[0]


def test_find_span_tolerates_whitespace_differences():
    text = "One.\nTwo  words\nhere. Three."
    assert find_span(text, "Two words here.") == (5, 21)
    assert find_span(text, "Three.") == (22, 28)
    assert find_span(text, "Absent.") is None


def test_eval_loader_groups_sentences_locates_them_and_reports_bad_records(mini_shared):
    gs = load_eval(mini_shared)
    (p,) = gs.passages
    assert p.lang == "en" and p.published == "2024-03-08" and not p.record
    assert not p.text.startswith("#")
    units = {u.text: u for u in p.units}
    assert p.text[units[S1].start:units[S1].end] == S1
    assert [(t.src, t.tgt, t.plover, t.date) for t in units[S1].gold] == [("FRE", "SYL", "SANCTION", "2024-03-07")]
    assert units["Sylvania did not respond to questions."].no_event
    assert len(gs.problems) == 2  # the unreadable line and the sentence not in its text
    assert any("line 4" in m for m in gs.problems) and any("not found" in m for m in gs.problems)


def test_plover_loader_reads_the_run_fixes_codes_and_expands_reciprocals(mini_shared):
    gs = load_plover_gsr(mini_shared)
    ids = [p.id for p in gs.passages]
    assert ids == ["T-AGREE-1", "T-FIGHT-1"]  # header skipped, broken record reported
    assert len(gs.problems) == 1
    agree, fight = (p.units[0] for p in gs.passages)
    assert {(t.src, t.tgt) for t in agree.gold} == {("JPN", "ITA"), ("ITA", "JPN")}
    assert "\n" not in agree.text
    assert agree.meta["location"] == "CHE"
    (f,) = fight.gold
    assert (f.src, f.tgt, f.plover, f.src_sector, f.tgt_sector, f.mode) == (
        "USA", "VNM", "ASSAULT", "MIL", "CVL", "heavy-weapons")


def test_petr2_loader_reads_the_malformed_xml(mini_shared):
    gs = load_petr2(mini_shared)
    assert [p.id for p in gs.passages] == ["P_1", "P_2"]  # evaluate="false" skipped
    u1, u2 = (p.units[0] for p in gs.passages)
    assert u1.text == "The US envoy visited UN peacekeepers & officials."
    (t,) = u1.gold  # 013 is a statement: no event
    assert (t.src, t.src_sector, t.tgt, t.tgt_sector, t.plover, t.cameo) == ("USA", "GOV", "UNO", "IGO", "CONSULT",
                                                                              "042")
    assert u1.meta["statements"] == 1
    assert u2.no_event and not u2.gold
    assert gs.passages[0].published == "2015-06-09"


def test_class_loaders(mini_shared):
    cc = load_cameo_class(mini_shared)
    assert [u.label for u in cc.units] == [4, 1] and len(cc.problems) == 1
    case = load_case(mini_shared)
    assert [u.label for u in case.units] == [("COERCE", "ASSAULT"), ("ASSAULT",)]
    assert "1 snippets" in case.notes[0]


def test_predictions_are_aligned_by_sentence_text_not_index(mini_shared):
    gs = load_eval(mini_shared)
    text = gs.passages[0].text
    dateline_sentence = "Nordstadt (Agentur) - " + S1  # the coder keeps the dateline, gold does not
    coder = FakeCoder({"Freedonia": [
        event(dateline_sentence, 7, "FRE", "SYL", "SANCTION", date="2024-03-07"),
        event(S2, 0, "SYL", "FRE", "ACCUSE", date="2024-03"),
        event("The weather was mild.", 1, "FRE", "SYL", "ASSAULT"),
    ]})
    coded = code_set(gs, coder, lang="en")
    assert coder.calls[-1] == (text, "en", "2024-03-08")  # the whole passage with its date
    gold_units = [u for u in coded.units if not u.extra]
    assert sum(len(u.pred) for u in gold_units) == 2
    (extra,) = [u for u in coded.units if u.extra]
    assert [t.plover for t in extra.pred] == ["ASSAULT"]
    card = evaluate("eval", gold={"eval": gs}, coder=coder, resamples=100)["scorecards"][0]
    assert card["levels"]["L3"]["tp"] == 2 and card["levels"]["L3"]["fp"] == 1
    assert card["date"]["exact_count"] == 2
    assert card["fp_rate_no_event"] == {"n": 1, "with_events": 0, "rate": 0.0}


def test_span_decides_when_the_coder_merges_two_gold_sentences(mini_shared):
    gs = load_eval(mini_shared)
    merged = S1 + " The weather was mild.\n" + S2
    start = merged.index(S2)
    coder = FakeCoder({"Freedonia": [event(merged, 0, "SYL", "FRE", "ACCUSE", span=(start, start + 8))]})
    coded = code_set(gs, coder, lang="en")
    (hit,) = [u for u in coded.units if u.pred]
    assert hit.gold[0].plover == "ACCUSE"


def test_a_failing_passage_is_reported_and_the_rest_is_scored(mini_shared):
    gs = load_plover_gsr(mini_shared)
    coder = FakeCoder({"shelled": [event("x", 0, "USA", "VNM", "ASSAULT")]}, fail_on="agreed")
    card = evaluate("plover", gold={"plover": gs}, coder=coder, resamples=100)["scorecards"][0]
    assert len(card["failed"]) == 1 and "T-AGREE-1" in card["failed"][0]
    assert card["units"] == 1 and card["levels"]["L3"]["tp"] == 1


def test_record_sets_code_each_record_alone_and_classify(mini_shared):
    coder = FakeCoder({
        "shelled Sylvania": [event("s", 0, "FRE", "SYL", "ASSAULT", confidence=0.9),
                             event("s", 0, "FRE", "SYL", "CONSULT", confidence=0.5)],
        "Police detained": [event("s", 0, "XXX", None, "ASSAULT")],
    })
    res = evaluate(["conflibert", "case"], shared=mini_shared, coder=coder, resamples=100)
    cb, case = res["scorecards"]
    assert cb["confusion"]["matrix"][4][4] == 1 and cb["confusion"]["matrix"][1][0] == 1
    assert cb["accuracy"] == 0.5
    # FORCE_AGAINST_PROTEST accepts ASSAULT; the clash snippet got nothing
    assert case["accuracy"] == 0.5 and case["detection_rate"] == 0.5


def test_unknown_set_and_missing_folder_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="unknown gold set"):
        evaluate("nope", shared=tmp_path, coder=FakeCoder())
    with pytest.raises(InputError, match="--shared"):
        evaluate("eval", shared=tmp_path / "absent", coder=FakeCoder())
    with pytest.raises(InputError, match="gold file not found"):
        evaluate("eval", shared=tmp_path, coder=FakeCoder())


def test_lang_filter_skips_sets_without_the_language(mini_shared):
    res = evaluate(["eval", "petr2"], lang="de", shared=mini_shared, coder=FakeCoder(), resamples=10)
    assert res["scorecards"] == []
    assert len(res["meta"]["skipped"]) == 2
