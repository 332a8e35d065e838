"""No input crashes the coder: random Unicode, huge and empty texts (hypothesis property tests)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mirrorwatch.coding import Coder
from mirrorwatch.records import Event

CODERS = {lang: Coder(lang) for lang in ("de", "en", "ru")}
WORDS = ["Russland", "bestellte", "den", "russischen", "Botschafter", "ein", "Moscow", "expelled", "by",
         "police", "МИД", "России", "вызвал", "посла", ".", ",", "?", "nicht", "not", "gestern", "3.", "Juli"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), lang=st.sampled_from(["de", "en", "ru"]))
def test_random_unicode_never_crashes(text, lang):
    events = CODERS[lang].code_text(text, published="2025-07-01")
    assert all(isinstance(e, Event) for e in events)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=60), lang=st.sampled_from(["de", "en", "ru"]))
def test_lexicon_word_salad_gives_well_formed_events(words, lang):
    text = " ".join(words)
    for e in CODERS[lang].code_text(text, published="2025-07-01"):
        assert e.plover and e.cameo and e.quad_class in (1, 2, 3, 4)
        assert e.source.country is not None or (e.target is not None and e.target.country is not None)
        assert e.span is not None and 0 <= e.span[0] < e.span[1] <= len(e.sentence)


def test_empty_and_whitespace():
    for coder in CODERS.values():
        assert coder.code_text("") == []
        assert coder.code_text(" \n\t ") == []
        ex = coder.explain("")
        assert ex.events == [] and ex.tokens == []


def test_huge_sentence_is_cut_not_fatal():
    text = ("Russland bestellte den estnischen Botschafter ein und " * 3000) + "."
    events = CODERS["de"].code_text(text, published="2025-07-01")
    assert all(len(e.sentence) <= 2000 for e in events)
