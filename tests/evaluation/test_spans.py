"""Span scoring of ``cameo_ner`` (``--set cameo-ner``): BIO reading, locating mentions, 50 % overlap."""

from __future__ import annotations

from mirrorwatch.evaluation.spans import bio_spans, match_spans, score_cameo_ner, token_span
from mirrorwatch.records import Actor

from .conftest import FakeCoder, event


def test_bio_spans_per_role():
    tags = ["B-S", "I-S", "O", "B-T", "I-T", "I-T", "B-S", "I-T"]
    assert bio_spans(tags, "S") == [(0, 2), (6, 7)]
    assert bio_spans(tags, "T") == [(3, 6), (7, 8)]  # a stray I- opens a span
    assert bio_spans(["O", "O"], "S") == []


def test_token_span_covers_partly_matched_tokens():
    tokens = ["The", "Sylvanian-led", "coalition", "said", "Freedonia", "lied", "."]
    assert token_span(tokens, "Freedonia") == (4, 5)
    assert token_span(tokens, "Sylvanian") == (1, 2)  # inside a hyphenated token: the whole token
    assert token_span(tokens, "Sylvanian-led coalition") == (1, 3)
    assert token_span(tokens, "Nordstadt") is None
    assert token_span(tokens, "") is None


def test_fifty_percent_overlap_of_the_longer_span():
    gold = [(0, 4)]
    assert match_spans(gold, [(2, 4)], exact=False) == 1  # 2 of 4 tokens: exactly half
    assert match_spans(gold, [(3, 4)], exact=False) == 0  # 1 of 4 tokens
    assert match_spans(gold, [(2, 4)], exact=True) == 0
    assert match_spans(gold, [(0, 4)], exact=True) == 1
    assert match_spans([(0, 1)], [(0, 3)], exact=False) == 0  # the longer span is the prediction
    # one-to-one: two predictions cannot both take the same gold span
    assert match_spans([(0, 2)], [(0, 2), (0, 1)], exact=False) == 1


def test_score_cameo_ner_on_a_hand_made_file(tmp_path):
    folder = tmp_path / "data" / "anchors" / "ConfliBERT" / "data" / "cameo_ner"
    folder.mkdir(parents=True)
    lines = ["Freedonian B-S", "troops I-S", "shelled O", "Sylvania B-T", ". O", "",
             "Nordstadt B-S", "protested O", ". O", "", "broken-line-without-tag", ""]
    (folder / "test.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    e = event("Freedonian troops shelled Sylvania .", 0, "FRE", "SYL", "ASSAULT")
    e.source = Actor("FRE", "MIL", "troops")  # one of two gold tokens: >= 50 % but not exact
    e.target = Actor("SYL", None, "Sylvania")
    card = score_cameo_ner(tmp_path, FakeCoder({"shelled": [e]}))
    s = card["spans"]
    assert s["S exact"]["tp"] == 0 and s["S overlap"]["tp"] == 1 and s["S overlap"]["gold"] == 2
    assert s["T exact"]["tp"] == 1 and s["T exact"]["pred"] == 1 and s["T exact"]["gold"] == 1
    assert s["S+T overlap"]["tp"] == 2 and s["S+T overlap"]["gold"] == 3
    assert card["problem_count"] == 1 and card["units"] == 2


def test_cameo_ner_on_the_real_file(shared):
    from mirrorwatch.coding import Coder

    card = score_cameo_ner(shared, Coder())
    s = card["spans"]
    assert card["units"] > 400 and s["S exact"]["gold"] > 300 and s["T exact"]["gold"] > 300
    assert s["S overlap"]["tp"] >= s["S exact"]["tp"]
    assert 0.0 < s["S+T overlap"]["f1"] <= 1.0
