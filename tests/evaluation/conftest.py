"""A tiny gold folder in the ``../shared`` layout, written for these tests, and a fake coder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mirrorwatch.records import Actor, Event

EVAL_TEXT = """# source: https://example.invalid/a
# published: 2024-03-08
Nordstadt (Agentur) - Freedonia expelled two diplomats of Sylvania on Thursday. The weather was mild.
Sylvania condemned the expulsion.

Sylvania did not respond to questions."""

EVAL_GOLD = [
    {"doc": "01_en", "sentence": "Freedonia expelled two diplomats of Sylvania on Thursday.", "source": "FRE",
     "source_sector": "GOV", "target": "SYL", "target_sector": "GOV", "plover": "SANCTION", "mode": "expel",
     "date": "2024-03-07", "negated": False, "note": "test"},
    {"doc": "01_en", "sentence": "Sylvania condemned the expulsion.", "source": "SYL", "source_sector": "GOV",
     "target": "FRE", "target_sector": "GOV", "plover": "ACCUSE", "mode": "disapprove", "date": "2024-03",
     "negated": False, "note": "test"},
    {"doc": "01_en", "sentence": "Sylvania did not respond to questions.", "source": None, "source_sector": None,
     "target": None, "target_sector": None, "plover": None, "mode": None, "date": None, "negated": False,
     "non_event": True, "note": "negated inaction"},
]

PLOVER_RUN = """[
{
    "id": "DOC-1", "event": "DOCUMENT", "comment": "header",
},
{
    "id": "T-AGREE-1", "date": "2000-01-01",
    "source": [{"actorText": "Freedonia", "code": "JAP", "sector": "GOV"}, {"actorText": "Sylvania", "code": "ITL"}],
    "target": "",
    "event": "AGREE", "text": "Freedonia and Sylvania agreed to\\n hold talks.",
    "textInfo": {"markup": "(SRC/TAR: Freedonia) and (SRC/TAR: Sylvania) (EVT: agreed)"},
    "eventLoc": {"name": "Geneva", "country code": "CH"},
},
{ "id": "T-BROKEN-1", "event": "FIGHT", "text": oops },
{
    "id": "T-FIGHT-1", "date": "2000-01-01",
    "source": [{"actorText": "Freedonia", "code": "USA", "sector": "MIL"}],
    "target": [{"actorText": "Sylvania", "code": "VTN", "sector": "CVLalb"}],
    "event": "FIGHT", "mode": "heavy-weapons", "text": "Freedonian troops shelled a Sylvanian village.",
},
]
"""

PETR2_XML = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
# a banner that is not XML
<Sentences>
<Sentence category="TEST" date="20150609" id="P_1" evaluate="true"/>
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="IGOUNOMIL" />
<EventCoding eventcode="013" sourcecode="USA" targetcode="CHN" />
<Text>
The US envoy visited
UN peacekeepers &amp; officials.
</Text>
<Parse>1 The the DET</Parse>
</Sentence>
<Sentence category="TEST" date="20150609" id="P_2" evaluate="true">
<EventCoding noevents="True" />
<Text>Nothing happened here.</Text>
</Sentence>
<Sentence category="TEST" date="20150609" id="P_3" evaluate="false"/>
<EventCoding eventcode="190" sourcecode="---REB" targetcode="SYR" />
<Text>Skipped record.</Text>
</Sentence>
</Sentences>
</Validation>
"""


@pytest.fixture
def mini_shared(tmp_path: Path) -> Path:
    """A ``shared`` folder with one small, hand-written file per gold set."""
    root = tmp_path / "shared"
    (root / "eval" / "texts").mkdir(parents=True)
    (root / "eval" / "texts" / "01_en.txt").write_text(EVAL_TEXT, encoding="utf-8")
    (root / "eval" / "gold.jsonl").write_text(
        "\n".join(json.dumps(r) for r in EVAL_GOLD) + "\n{not json}\n"
        + json.dumps({**EVAL_GOLD[0], "sentence": "A sentence that is not in the text."}) + "\n",
        encoding="utf-8")
    gsr = root / "data" / "events" / "plover_gsr"
    gsr.mkdir(parents=True)
    (gsr / "PLOVER_GSR_CAMEO.json").write_text(PLOVER_RUN, encoding="utf-8")
    petr = root / "data" / "anchors" / "UniversalPetrarch" / "UniversalPetrarch" / "data" / "text"
    petr.mkdir(parents=True)
    (petr / "PETR2_GSR_validation.xml").write_text(PETR2_XML, encoding="utf-8")
    cc = root / "data" / "anchors" / "ConfliBERT" / "data" / "cameo_class"
    cc.mkdir(parents=True)
    (cc / "test.tsv").write_text("Freedonia shelled Sylvania.\t4\nOfficials met in Nordstadt.\t1\nbroken line\n",
                                 encoding="utf-8")
    case = root / "data" / "anchors" / "case-2021-shared-task" / "task2" / "test_dataset"
    case.mkdir(parents=True)
    (case / "test_set_final_release_with_labels.tsv").write_text(
        "id\tEventSnippet\tSubType\n1\tTroops shelled the town.\tARTILLERY_TEST\n2\tPolice detained a protester."
        "\tFORCE_AGAINST_PROTEST\n3\tTwo groups clashed.\tARMED_CLASH\n", encoding="utf-8")
    return root


def event(sentence: str, index: int, src: str, tgt: str | None, plover: str, **kw) -> Event:
    """A coder event for the fake coder."""
    return Event(doc_id=None, sentence_index=index, sentence=sentence, span=kw.pop("span", None),
                 source=Actor(src, kw.pop("src_sector", "GOV")),
                 target=Actor(tgt, kw.pop("tgt_sector", "GOV")) if tgt else None, plover=plover,
                 mode=kw.pop("mode", None), cameo=kw.pop("cameo", None), quad_class=kw.pop("quad_class", None),
                 intensity=kw.pop("intensity", None), date=kw.pop("date", None), date_precision=None, **kw)


class FakeCoder:
    """Returns the events registered for a text (by substring), records what it was asked."""

    def __init__(self, answers: dict[str, list[Event]] | None = None, fail_on: str | None = None) -> None:
        self.answers = answers or {}
        self.fail_on = fail_on
        self.calls: list[tuple[str, str | None, str | None]] = []

    def code_text(self, text, *, lang=None, published=None, doc_id=None):
        self.calls.append((text, lang, published))
        if self.fail_on and self.fail_on in text:
            raise RuntimeError("boom")
        out = []
        for key, events in self.answers.items():
            if key in text:
                out.extend(events)
        return out
