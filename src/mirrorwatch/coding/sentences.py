"""Sentence splitting with character offsets (first step of the coding pipeline).

Rules rather than a library: simplemma's splitter gives no offsets and splits "Nr. 5"; spaCy is
too heavy for this one job (see DEPENDENCIES.md §4). A period ends a sentence unless the word
before it is in the language's abbreviation list (``lang/<xx>/abbreviations.txt``), is a single
letter (initials: "В. В. Путин"), or is a number followed by a lower-case word or a month name
("3. Juli"). Line breaks that separate paragraphs always end a sentence. Headline-like lines
without final punctuation become sentences of their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

__all__ = ["split_sentences"]

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace.
_END = re.compile(r"([.!?…]+)([\"'»“”’)\]]*)(\s+)")
_PARA = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n(?=\s*[-–•*]\s)")
_WORD_BEFORE = re.compile(r"([^\W_]+)\W*$")
_OPENING = re.compile(r"[\"'„“«‚(\[]*\s*([^\W_]|\d)")


def split_sentences(
    text: str, abbreviations: Collection[str] = (), months: Collection[str] = ()
) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` character offsets of the sentences of ``text`` (whitespace trimmed).

    Args:
        text: the document text.
        abbreviations: case-folded abbreviations without their final period ("z. b" is given as
            "b" after "z."; multi-part ones are listed by their last part too).
        months: case-folded month words after which a period-ending number does not end a sentence.

    Yields:
        Offsets into ``text``; ``text[start:end]`` is one sentence.
    """
    for pstart, pend in _paragraphs(text):
        yield from _split_paragraph(text, pstart, pend, abbreviations, months)


_LINE = re.compile(r"\n")


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    # Text with long lines (extracted HTML, one paragraph per line) has no hard wrapping, so every
    # line break ends a paragraph (a heading or "Read more:" line is not glued to the next
    # sentence); hard-wrapped text (all lines short) only breaks at blank lines.
    hard_wrapped = max((len(ln) for ln in text.split("\n")), default=0) <= 150
    pos = 0
    for m in (_PARA if hard_wrapped else _LINE).finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _split_paragraph(
    text: str, start: int, end: int, abbreviations: Collection[str], months: Collection[str]
) -> Iterator[tuple[int, int]]:
    seg_start = start
    for m in _END.finditer(text, start, end):
        cut = m.end(2)
        after = text[m.end(3):end]
        if not after:
            continue
        if m.group(1) == "." and not _sentence_ends_at_period(text[seg_start:m.start(1)], after,
                                                             abbreviations, months):
            continue
        # The next sentence must start like one: a letter, digit or an opening quote.
        nxt = _OPENING.match(after)
        if nxt is None:
            continue
        first = nxt.group(1)
        if first.isalpha() and first.islower() and m.group(1) == ".":
            continue
        yield from _trim(text, seg_start, cut)
        seg_start = m.end(3)
    yield from _trim(text, seg_start, end)


def _sentence_ends_at_period(before: str, after: str, abbreviations: Collection[str],
                             months: Collection[str]) -> bool:
    wm = _WORD_BEFORE.search(before)
    if wm is None:
        return True
    word = wm.group(1)
    if wm.end(1) != len(before.rstrip()):  # punctuation right before the period: "(dpa)."
        return True
    low = word.casefold()
    if low in abbreviations:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "В. В. Путин", "J. Smith"
    if word.isdigit():
        nxt = after.split(None, 1)[0].strip(".,;:").casefold() if after.strip() else ""
        if nxt in months or (nxt[:1].isalpha() and nxt[:1].islower()):
            return False  # "3. Juli", "am 1. Mai", "19. Jahrhundert" ordinals
        if len(word) <= 2 and nxt[:1].isdigit():
            return False  # "Nr. 5"-like numbering "2. 3."
    return True


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end
