"""PETRARCH unit tests as behaviour tests (``--set petr-unit``): dictionary translation and pass rates.

The dictionary and record snippets below are written for these tests in PETRARCH's formats.
"""

from __future__ import annotations

from pathlib import Path

from mirrorwatch.evaluation.petr_unit import (
    PetrPack,
    build_pack,
    load_records,
    overlay_files,
    parse_actors,
    parse_agents,
    parse_verbs,
    score_petr_unit,
)

ACTORS = """<!-- TEST ACTORS -->
FREEDONIA_  [FRE]
+FREEDONIAN
SYLVANIA  [SYLMIL] # a comment
NORDLAND
\t[NOR < 950601]
\t[NORGOV 19950601 - 19990815]
VAGUE_PLACE  [---]
TWIN_CITIES [FRE/SYL]
"""

AGENTS = """!PERSON! = MAN, MEN
FOREIGN_MINISTER [~GOV]
TROOPS {}  [~MIL]
AID!PERSON! [~NGO]
RELIEF_AGENCY [NGO~]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
"""

VERBS = """&TIETYPES
+MILITARY
+ECONOMIC

--- SHELL  [195]  ---
SHELL {SHELLS SHELLED}
+BOMBARD
- * THE BORDER TOWN [190]
- &TIETYPES * [190]

--- CRITICIZE [111] ---
CRITICIZE
FIND_+FAULT [112]

--- SAY [010] ---
SAY

--- MAKE [---] ---
MAKE

--- WALTZ [917] ---
WALTZ
"""

RECORDS = """<Validation>
<Environment><Include>valid DEMO MODIFY</Include></Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYLMIL" eventcode="195"></EventCoding>
<Text>
Freedonia shelled Sylvania on Tuesday.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date = "19950101" id ="MODIFY-01" category="MODIFY" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="917"></EventCoding>
<Text>Sylvania was waltzed by Freedonia.</Text>
</Sentence>
<Sentence date="19950101" id="DEMO-02" category="DEMO" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Freedonia said nothing.</Text>
</Sentence>
<Sentence date="19950101" id="SKIP-01" category="SKIP" sentence="true">
<EventCoding sourcecode="FRE" targetcode="SYL" eventcode="111"></EventCoding>
<Text>Freedonia criticized Sylvania.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_actors_names_synonyms_sectors_and_date_restrictions():
    pack = PetrPack()
    parse_actors(ACTORS, pack)
    rows = {(r["text"], r["code"], r["sector"]) for r in pack.countries}
    assert ("freedonia", "FRE", "") in rows and ("freedonian", "FRE", "") in rows
    assert ("sylvania", "SYL", "MIL") in rows
    dated = {(r["text"], r["code"], r["from"], r["to"]) for r in pack.people}
    assert dated == {("nordland", "NOR", "", "1995-06-01"), ("nordland", "NOR", "1995-06-01", "1999-08-15")}
    assert pack.not_loadable["actor code '---' (no actor)"] == 1
    assert ("twin cities", "FRE", "") in rows and pack.not_loadable["multi-actor code (first actor only)"] == 1


def test_agents_with_plurals_macros_own_actors_and_unknown_sectors():
    pack = PetrPack()
    parse_agents(AGENTS, pack)
    inst = {(r["text"], r["sector"]) for r in pack.institutions}
    assert {("foreign minister", "GOV"), ("troops", "MIL"), ("aidman", "NGO"), ("aidmen", "NGO")} <= inst
    assert {(r["text"], r["code"]) for r in pack.countries} == {("relief agency", "NGO")}
    assert pack.not_loadable["agent code outside our sectors (GGS)"] == 2  # goose and geese


def test_verbs_translate_cameo_codes_and_count_the_rest_as_not_loadable():
    pack = PetrPack()
    parse_verbs(VERBS, pack)
    by_match = {tuple(t["match"]): (t["plover"], t["cameo"]) for t in pack.triggers}
    assert by_match[("shell", "shells", "shelled")] == ("ASSAULT", "195")
    assert by_match[("bombard",)] == ("ASSAULT", "195")  # a + synonym inherits the block's code
    assert by_match[("shell ... the border town",)] == ("ASSAULT", "190")  # "- * WORDS" pattern
    assert by_match[("criticize",)][0] == "ACCUSE" and by_match[("find fault",)] == ("ACCUSE", "112")
    assert ("military",) not in by_match  # synset members are no verbs
    nl = pack.not_loadable
    assert nl["verb pattern (synsets, slots or words before the verb)"] == 1
    assert nl["verb: CAMEO 01/02: no PLOVER event"] == 1  # SAY [010]
    assert nl["verb: no event code ([---])"] == 1
    assert nl["verb: not a CAMEO code (WEIS or test code)"] == 1  # WALTZ [917]
    files = overlay_files(pack)
    assert set(files) >= {"countries.tsv", "institutions.tsv", "triggers.yaml"}
    assert files["countries.tsv"].splitlines()[0] == "code\tkind\tsector\ttext"


def test_records_follow_the_include_list_and_mark_unloadable_codes(tmp_path):
    path = tmp_path / "records.xml"
    path.write_text(RECORDS, encoding="utf-8")
    records, problems = load_records(path)
    assert problems == []
    assert [r.id for r in records] == ["DEMO-01", "MODIFY-01", "DEMO-02"]  # SKIP is not in <Include>
    demo, modify, quiet = records
    assert demo.expected == {("FRE", "SYL", "ASSAULT")} and demo.date == "1995-01-01"
    assert demo.text == "Freedonia shelled Sylvania on Tuesday."
    assert not modify.loadable and "917" in modify.reason
    assert quiet.expected == set() and quiet.loadable


def _petr_tree(root: Path) -> Path:
    data = root / "data" / "anchors" / "petrarch2" / "petrarch2" / "data"
    (data / "dictionaries").mkdir(parents=True)
    (data / "text").mkdir(parents=True)
    for name, text in (("actors", ACTORS), ("agents", AGENTS), ("verbs", VERBS), ("discards", "BASEBALL\n")):
        (data / "dictionaries" / f"PETR.Validate.{name}.txt").write_text(text, encoding="utf-8")
    (data / "text" / "PETR.UnitTest.records.xml").write_text(RECORDS, encoding="utf-8")
    return root


def test_real_coder_with_the_overlay_passes_a_simple_record(tmp_path):
    card = score_petr_unit(_petr_tree(tmp_path))
    cats = card["categories"]
    # The fictional actors and the verb exist only in the overlay, so a pass proves it was used.
    assert card["records"][0] == {"id": "DEMO-01", "category": "DEMO", "result": "pass",
                                  "expected": ["('FRE', 'SYL', 'ASSAULT')"], "got": ["('FRE', 'SYL', 'ASSAULT')"]}
    assert cats["DEMO"] == {"tested": 2, "passed": 2, "not_loadable": 0, "pass_rate": 1.0}
    assert cats["MODIFY"]["not_loadable"] == 1 and cats["MODIFY"]["tested"] == 0
    assert card["kind"] == "behaviour" and "not accuracy" in card["notes"][0]
    assert build_pack(tmp_path / "data" / "anchors" / "petrarch2" / "petrarch2" / "data" / "dictionaries"
                      ).not_loadable["discards (no such notion in our engine)"] == 1


def test_petr_unit_on_the_real_suite(shared):
    card = score_petr_unit(shared)
    cats = card["categories"]
    assert {"COMPOUND", "MODIFY", "PARSING", "DATE", "SYNSET", "AGENT"} <= set(cats)
    assert card["tested"] > 150 and card["not_loadable"] > 0
    assert 0.0 < card["pass_rate"] < 1.0
    assert card["dictionary"]["loaded"]["verb triggers"] > 100
