"""Fixtures for the dashboard tests: a small store with a dyad that answers itself and a hostile article.

The articles are written for these tests (German and English); events are inserted directly with
``Store.write_documents`` / ``Store.write_events``, so the tests do not depend on the coder.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from mirrorwatch.records import DOCUMENT_SCHEMA, Actor, Document, Event, events_to_arrow

HOSTILE_TITLE = 'Breaking <script>alert("title")</script> <img src=x onerror=alert(1)>'
HOSTILE_URL = "javascript:alert(document.cookie)"
HOSTILE_SENTENCE = 'Russland <script>alert("s")</script> drohte <img src=x onerror="alert(2)"> Aserbaidschan.'
HOSTILE_ACTOR = '<svg onload=alert(3)>Moskau'

#: (day offset, source, target, plover, mode, cameo, quad, intensity, language, sentence, source text, target text)
ROWS = [
    (0, "RUS", "AZE", "COERCE", "seize", "171", 4, -9.2, "de",
     "Die russische Polizei durchsuchte am Freitag Büros aserbaidschanischer Geschäftsleute in Jekaterinburg.",
     "russische Polizei", "aserbaidschanischer Geschäftsleute"),
    (3, "AZE", "RUS", "ACCUSE", "disapprove", "111", 3, -2.0, "de",
     "Baku bestellte den russischen Geschäftsträger ein und protestierte gegen die Razzia.",
     "Baku", "russischen Geschäftsträger"),
    (5, "AZE", "RUS", "COERCE", "seize", "171", 4, -9.2, "de",
     "Die aserbaidschanische Polizei durchsuchte das Büro von Sputnik Aserbaidschan in Baku.",
     "aserbaidschanische Polizei", "Sputnik Aserbaidschan"),
    (9, "RUS", "AZE", "ACCUSE", "disapprove", "111", 3, -2.0, "en",
     "Moscow accused Baku of a hostile campaign against Russian journalists.",
     "Moscow", "Baku"),
    (12, "AZE", "RUS", "SANCTION", "discontinue", "1621", 4, -5.6, "en",
     "Azerbaijan froze all cultural programmes with Russia.",
     "Azerbaijan", "Russia"),
    (20, "DEU", "FRA", "CONSULT", None, "040", 1, 1.0, "de",
     "Berlin und Paris berieten über die Lage im Kaukasus.",
     "Berlin", "Paris"),
]
START = dt.date(2025, 6, 27)


def _doc_row(doc: Document) -> dict:
    return {"doc_id": doc.doc_id, "url": doc.url, "title": doc.title,
            "published": dt.date.fromisoformat(doc.published) if doc.published else None,
            "language": doc.language, "site": doc.site, "origin": "test", "text": doc.text, "ingested_at": None}


def build_store(store, *, hostile: bool = True) -> dict:
    """Fill ``store`` with one article per event row (plus the hostile one); return their ids."""
    docs, events, ids = [], [], {}
    for i, (off, s, t, p, mode, cameo, quad, inten, lang, sent, stext, ttext) in enumerate(ROWS):
        day = START + dt.timedelta(days=off)
        text = f"Meldung {i}.\n\n{sent}\n\nWeitere Einzelheiten folgen."
        doc = Document(text=text, title=f"Article {i} {s}-{t}", url=f"https://news.example/{i}",
                       published=day.isoformat(), language=lang, site="news.example")
        docs.append(_doc_row(doc))
        start = sent.find(stext)
        ev = Event(doc_id=doc.doc_id, sentence_index=1, sentence=sent, span=(start, len(sent) - 1),
                   source=Actor(s, "GOV", stext), target=Actor(t, "GOV", ttext), plover=p, mode=mode,
                   cameo=cameo, quad_class=quad, intensity=inten, date=day.isoformat(), date_precision="day",
                   language=lang, evidence=[f"verb:{lang}:{p.lower()}"])
        events.append(ev)
        ids[f"doc{i}"] = doc.doc_id
        ids[f"ev{i}"] = ev.event_id
    if hostile:
        text = f"Vorspann.\n\n{HOSTILE_SENTENCE}\n\n<a href=\"javascript:alert(4)\">klick</a>"
        doc = Document(text=text, title=HOSTILE_TITLE, url=HOSTILE_URL, published="2025-07-10",
                       language="de", site='evil"><script>alert(5)</script>')
        docs.append(_doc_row(doc))
        ev = Event(doc_id=doc.doc_id, sentence_index=1, sentence=HOSTILE_SENTENCE, span=(0, 20),
                   source=Actor("RUS", "GOV", HOSTILE_ACTOR), target=Actor("AZE", "GOV", "<b>Aserbaidschan</b>"),
                   plover="THREATEN", mode=None, cameo="130", quad_class=3, intensity=-4.4,
                   date="2025-07-10", date_precision="day", language="de",
                   evidence=['verb:de:<script>alert(6)</script>'])
        events.append(ev)
        ids["hostile_doc"] = doc.doc_id
        ids["hostile_ev"] = ev.event_id
    store.write_documents(pa.Table.from_pylist(docs, schema=DOCUMENT_SCHEMA))
    store.write_events(events_to_arrow(events), run_id="test")
    return ids


@pytest.fixture
def filled(store):
    """``(store, ids)``: a store with the example dyad AZE–RUS, a DEU→FRA event and the hostile article."""
    ids = build_store(store)
    return store, ids


@pytest.fixture
def client(filled):
    """A TestClient over the dashboard of ``filled``."""
    from fastapi.testclient import TestClient

    from mirrorwatch.web import create_app

    store, _ = filled
    with TestClient(create_app(store)) as c:
        yield c
