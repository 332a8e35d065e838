"""Tokens with character offsets, and their lemmas (second step of the coding pipeline).

The sentence splitter (:mod:`.sentences`) hands each sentence here; the result, a list of
:class:`Token`, is what actors, triggers and role cues are matched against. Lemmas come from
simplemma (German, English) or pymorphy3 (Russian, which also gives grammatical case), both behind
an LRU cache: news text repeats its words so much that the cache answers nearly every lookup.

The same tokenizer and lemmatizer turn the language packs' patterns into lemma sequences
(:mod:`mirrorwatch.lang`), so "russisch" in a pattern matches "russischen" in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Token", "lemmatize", "morph", "tokenize"]

# Words (letters, optionally joined by apostrophes: "don't", "d'Ivoire"), an English possessive
# "'s" as its own token, numbers (with inner separators: "1.000", "3,5", "12:30") and any other
# single non-space character. Hyphens are separate tokens so that "US-Präsident" and
# "deutsch-russische" expose their parts to the lexicon. A regex rather than a library tokenizer:
# we need character offsets and this exact behaviour for patterns and text alike.
_TOKEN = re.compile(
    r"[^\W\d_]+(?=['’]s\b)|['’]s\b|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|\S"
)

# Cases pymorphy3 reports, reduced to the five that matter for roles (gen2/loc2/acc2 variants fold in).
_CASES = {"nomn": "nom", "gent": "gen", "gen2": "gen", "datv": "dat", "accs": "acc", "acc2": "acc",
          "ablt": "ins", "loct": "loc", "loc2": "loc", "voct": "nom"}


@dataclass(slots=True)
class Token:
    """One token: its text, character offsets in the sentence, lemma (case-folded) and morphology.

    ``cases`` is the set of grammatical cases the form can have (Russian only, else empty);
    ``pos`` is a coarse part of speech where the lemmatizer knows it (Russian only, else "").
    """

    text: str
    start: int
    end: int
    lemma: str
    cases: frozenset[str] = frozenset()
    pos: str = ""


def tokenize(text: str, lang: str) -> list[Token]:
    """Split ``text`` into tokens with offsets and lemmas.

    Args:
        text: one sentence (or a lexicon pattern).
        lang: ISO 639-1 code of the language (``de``, ``en``, ``ru``, ...).

    Returns:
        The tokens, in order. Punctuation tokens keep themselves as lemma.
    """
    out: list[Token] = []
    if lang == "ru":
        for m in _TOKEN.finditer(text):
            w = m.group()
            lemma, cases, pos = morph(w)
            out.append(Token(w, m.start(), m.end(), lemma, cases, pos))
    else:
        for m in _TOKEN.finditer(text):
            w = m.group()
            out.append(Token(w, m.start(), m.end(), lemmatize(w, lang)))
    return out


@lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """The case-folded lemma of one word (simplemma; pymorphy3 for Russian); cached.

    Words simplemma does not know come back unchanged (case-folded). Non-words (punctuation,
    numbers) are returned as they are. Languages without a simplemma model fall back to the
    case-folded word, so a new language still works with full-form patterns.
    """
    if lang == "ru":
        return morph(word)[0]
    if not word[:1].isalpha():
        return word
    if len(word) > 1 and word.isupper():
        return word  # acronyms keep their case: "US" must not become the pronoun "us"
    try:
        import simplemma

        lemma = simplemma.lemmatize(word, lang=lang)
    except ValueError:  # simplemma has no model for this language
        lemma = word
    # "'s" (possessive) and "’s" fold to one lemma so patterns can name it once.
    return lemma.casefold().replace("’", "'")


#: pymorphy3 grammemes of proper names (place, first name, surname, patronymic, organisation).
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn"})


@lru_cache(maxsize=1)
def _morph_analyzer():  # pragma: no cover - trivial
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=200_000)
def morph(word: str) -> tuple[str, frozenset[str], str]:
    """Russian lemma, possible cases and coarse part of speech of one word (pymorphy3); cached.

    All parses are consulted for the cases, because pymorphy3's first parse often picks one of
    several homonymous case forms ("посла" is genitive *or* accusative).
    """
    if not word[:1].isalpha():
        return word, frozenset(), ""
    if len(word) > 1 and word.isupper():
        return word, frozenset(), "ABBR"  # acronyms keep their case ("МИД", "ЕС")
    try:
        parses = _morph_analyzer().parse(word)
    except (KeyError, ValueError):
        # pymorphy3 looks up Unicode character names to guess word shapes and fails on letters
        # without one (e.g. Tangut); such a word is no Russian word, so it keeps its own form.
        parses = []
    if not parses:
        return word.casefold(), frozenset(), ""
    best = parses[0]
    if word[:1].isupper():
        # A capitalised word is most likely a name: pymorphy3 ranks common-noun readings first for
        # some ("Ливан" → "лиана", "Минском" → "минский"), which would split one country's forms
        # over several lemmas; a place, person or organisation reading keeps them together.
        best = next((p for p in parses if _NAME_TAGS & p.tag.grammemes), best)
    cases = frozenset(
        _CASES[p.tag.case] for p in parses if p.tag.case in _CASES and p.normal_form == best.normal_form
    )
    pos = str(best.tag.POS or "")
    if "pssv" in best.tag:
        pos += "|pssv"  # passive participle: "задержан", "высланы"
    if "futr" in best.tag:
        pos += "|futr"  # perfective future: "посетит", "состоится" (modality.yaml `future_tag`)
    return best.normal_form.replace("ё", "е"), cases, pos
