"""A sentence without a time expression takes the day the passage last gave an act (date carry-over).

All sentences are written for these tests.
"""

from __future__ import annotations

from mirrorwatch.coding import Coder


def _dates(events):
    return [(e.source.country, e.target.country if e.target else None, e.plover, e.date, e.date_precision)
            for e in events if not (e.negated or e.hypothetical)]


def test_following_sentence_takes_the_stated_day():
    text = ("On March 3, Norway expelled two Russian diplomats. "
            "Russia summoned the Norwegian ambassador in response.")
    got = _dates(Coder("en").code_text(text, published="2024-03-10"))
    assert ("NOR", "RUS", "SANCTION", "2024-03-03", "day") in got
    assert ("RUS", "NOR", "ACCUSE", "2024-03-03", "day") in got


def test_without_any_cue_the_publication_date_is_used():
    got = _dates(Coder("en").code_text("Norway expelled two Russian diplomats.", published="2024-03-10"))
    assert got == [("NOR", "RUS", "SANCTION", "2024-03-10", "doc")]


def test_a_sentence_with_its_own_cue_keeps_it():
    text = ("On March 3, Norway expelled two Russian diplomats. "
            "On Friday, Russia expelled three Norwegian diplomats.")
    got = _dates(Coder("en").code_text(text, published="2024-03-10"))
    assert ("RUS", "NOR", "SANCTION", "2024-03-08", "day") in got


def test_a_hypothetical_act_gives_no_date_to_carry():
    text = ("Norway said on March 3 it could expel Russian diplomats. "
            "Russia summoned the Norwegian ambassador.")
    got = _dates(Coder("en").code_text(text, published="2024-03-10"))
    assert ("RUS", "NOR", "ACCUSE", "2024-03-10", "doc") in got
