"""The per-trigger ``exclude`` setting (docs/languages.md): phrases a trigger must not fire in."""

from __future__ import annotations

import pytest

from mirrorwatch.coding.pipeline import Coder
from mirrorwatch.lang import load_overlay

_ENTRY = '{id: verb:en:host, plover: CONSULT, mode: visit, cameo: "043", symmetric: true, match: [receive]%s}'


def _coder(monkeypatch: pytest.MonkeyPatch, extra: str) -> Coder:
    lex = load_overlay("en", {"triggers.yaml": "triggers:\n  - " + _ENTRY % extra + "\n"})
    coder = Coder()
    monkeypatch.setattr(coder, "_lexicon", lambda text, lang: lex)
    return coder


def test_excluded_phrase_does_not_fire(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Peru received a letter from Chile on Monday."
    plain = _coder(monkeypatch, "")
    assert plain.code_text(sentence, lang="en"), "without exclude the trigger fires"
    coder = _coder(monkeypatch, ", exclude: [receive a letter]")
    assert coder.code_text(sentence, lang="en") == []
    # the trigger still fires outside the phrase
    evs = coder.code_text("Peru received the Chilean president on Monday.", lang="en")
    assert {e.plover for e in evs} == {"CONSULT"}
