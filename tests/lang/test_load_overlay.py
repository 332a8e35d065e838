"""``lang.load_overlay``: in-memory pack files shadow the pack's own, for test harnesses (evaluation)."""

from __future__ import annotations

from mirrorwatch.coding import Coder
from mirrorwatch.lang import load, load_overlay


def test_overlay_replaces_only_the_named_files_and_changes_the_version():
    countries = "code\tkind\tsector\ttext\nFRE\tname\t\tFreedonia\nSYL\tname\t\tSylvania\n"
    lex = load_overlay("en", {"countries.tsv": countries})
    base = load("en")
    assert lex.version != base.version and lex.version.startswith(base.version + "+")
    assert lex.triggers.keys() == base.triggers.keys()  # triggers.yaml still comes from the pack
    keys = {k.strip() for k, _ in lex.automaton.items()}
    assert "freedonia" in keys and "russia" not in keys  # the pack's countries.tsv is shadowed
    assert load("en") is base  # the cached pack is untouched


def test_a_coder_using_the_overlay_codes_fictional_states():
    lex = load_overlay("en", {"countries.tsv": "code\tkind\tsector\ttext\nFRE\tname\t\tFreedonia\n"
                                                "SYL\tname\t\tSylvania\n"})

    class OverlayCoder(Coder):
        def _lexicon(self, text, lang):
            return lex

    events = OverlayCoder("en").code_text("Freedonia condemned Sylvania on Monday.")
    assert [(e.source.country, e.plover, e.target.country if e.target else None) for e in events] == [
        ("FRE", "ACCUSE", "SYL")]
    assert Coder("en").code_text("Freedonia condemned Sylvania on Monday.") == []
