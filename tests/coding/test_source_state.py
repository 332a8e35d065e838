"""An act needs a state as its actor: unresolved institutions emit nothing (sentences written for the test)."""

from __future__ import annotations

from mirrorwatch.coding import Coder


def test_unresolved_institution_as_actor_emits_nothing():
    ex = Coder("en").explain("The ministry expelled two Russian diplomats.", published="2024-03-05")
    assert ex.events == []
    assert any("no state for the source" in (c.reason or "") for c in ex.candidates)


def test_the_same_institution_resolved_earlier_acts_for_its_state():
    text = "The Polish foreign ministry protested on Monday. The foreign ministry then expelled two Russian diplomats."
    got = {(e.source.country, e.target.country, e.plover) for e in Coder("en").code_text(text, published="2024-03-05")}
    assert ("POL", "RUS", "SANCTION") in got
