"""Small hand-written inputs for the interop tests (GDELT rows, ICEWS rows, events)."""

from __future__ import annotations

from mirrorwatch.interop.gdelt import GDELT1_COLUMNS, GDELT2_COLUMNS
from mirrorwatch.records import Actor, Event, Location


def gdelt_row(version: int = 2, **values: str) -> list[str]:
    """One GDELT row as a list of fields (every field empty unless given)."""
    cols = GDELT2_COLUMNS if version == 2 else GDELT1_COLUMNS
    base = {
        "GLOBALEVENTID": "1001", "SQLDATE": "20250627", "Actor1Code": "RUSCOP", "Actor1Name": "RUSSIAN POLICE",
        "Actor1CountryCode": "RUS", "Actor1Type1Code": "COP", "Actor2Code": "AZEBUS",
        "Actor2Name": "AZERBAIJANI BUSINESS", "Actor2CountryCode": "AZE", "Actor2Type1Code": "BUS",
        "EventCode": "173", "EventBaseCode": "173", "EventRootCode": "17", "QuadClass": "4",
        "GoldsteinScale": "-5", "ActionGeo_Type": "4", "ActionGeo_FullName": "Yekaterinburg, Sverdlovsk, Russia",
        "ActionGeo_CountryCode": "RS", "SOURCEURL": "https://example.org/a",
    }
    base.update(values)
    return [base.get(c, "") for c in cols]


def tsv(rows: list[list[str]]) -> str:
    """Rows as GDELT publishes them: tab-separated, no header, no quoting."""
    return "".join("\t".join(r) + "\n" for r in rows)


ICEWS_HEADER = (
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
    "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\t"
    "Province\tCountry\tLatitude\tLongitude\n"
)


def icews_line(eid: str, date: str, src: tuple[str, str, str], code: str, intensity: str,
               tgt: tuple[str, str, str], story: str = "900", sentence: str = "1") -> str:
    """One raw ICEWS line; src/tgt = (name, sectors, country)."""
    return "\t".join([eid, date, *src, "Event text", code, intensity, *tgt, story, sentence, "Example Wire",
                      "Baku", "NA", "Baki", "Azerbaijan", "40.4", "49.9"]) + "\n"


def sample_events() -> list[Event]:
    """Hand-written events covering the record's corners (attributed, DIP, span, no target, flags)."""
    return [
        Event(doc_id="d1", sentence_index=3, sentence="Die russische Polizei durchsuchte das Büro.", span=(0, 40),
              source=Actor("RUS", "COP", "russische Polizei"),
              target=Actor("AZE", "MED", "Sputnik Aserbaidschan", attributed=True),
              plover="COERCE", mode="seize", cameo="171", quad_class=4, intensity=-9.2, date="2025-06-27",
              date_precision="day", location=Location("RUS", "Jekaterinburg"), confidence=0.86,
              evidence=["actor:de:russisch+Polizei", "verb:de:Razzia"], language="de"),
        Event(doc_id=None, sentence_index=None, sentence=None, span=None,
              source=Actor("AZE", "GOV", "Baku"), target=Actor("RUS", "DIP", "russischer Geschäftsträger"),
              plover="ACCUSE", mode="disapprove", cameo="111", quad_class=3, intensity=-2.0, date="2025-06-28",
              date_precision="day", language="de"),
        Event(doc_id="d2", sentence_index=0, sentence="Moscow said it would respond.", span=None,
              source=Actor("RUS", "GOV", "Moscow"), target=None, plover="THREATEN", mode=None, cameo="130",
              quad_class=3, intensity=-4.4, date="2025-07", date_precision="month", hypothetical=True,
              language="en"),
        Event(doc_id=None, sentence_index=None, sentence=None, span=None,
              source=Actor("EUR", "IGO", "European Union"), target=Actor("AZE", "HLH", "health ministry"),
              plover="AID", mode=None, cameo="073", quad_class=2, intensity=7.4, date="2024-12-01",
              date_precision="day", dataset="gdelt2", dataset_id="555", dataset_goldstein=7.4,
              dataset_quad_class=2, is_symmetric=False),
    ]
