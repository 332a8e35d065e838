"""The article page ``/doc/<doc_id>``: the extracted text with the coded spans marked, and each event's explanation.

Part of the web stage; JSON twin ``/doc/<doc_id>.json``. Marks come from the events themselves
(the ``sentence`` located in the text, the ``span`` inside it, the source and target actor texts)
and from the coder's explanation (:func:`mirrorwatch.api.explain`, the same output as
``mirrorwatch explain``), which adds the trigger word. The text is hostile input: it reaches the
template only as plain-text segments (:func:`mirrorwatch.web.render.highlight`), escaped there.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from ...records import CODED_DATASET
from .. import bridge, queries
from ..app import Web, wants_json
from ..render import Segment, find_sentence, highlight
from . import get

__all__ = ["article_data", "register"]

#: Explanations re-run the coder on one sentence each; a long article shows the first ones only.
MAX_EXPLAINED = 40


def _find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of ``needle`` in ``haystack``, case-insensitive where case folding keeps offsets."""
    if not needle:
        return []
    low, pat = haystack.casefold(), needle.casefold()
    if len(low) != len(haystack) or len(pat) != len(needle):  # ß → ss would shift offsets
        low, pat = haystack, needle
    out, i = [], low.find(pat)
    while i >= 0:
        out.append(i)
        i = low.find(pat, i + len(pat))
    return out


def _token_offsets(sentence: str, tokens: list[Any]) -> list[tuple[int, int] | None]:
    """Character range of each token, found left to right (``None`` for a token not in the text)."""
    out: list[tuple[int, int] | None] = []
    at = 0
    for tok in tokens:
        i = sentence.find(str(tok), at) if tok else -1
        if i < 0:
            out.append(None)
            continue
        out.append((i, i + len(str(tok))))
        at = i + len(str(tok))
    return out


def _trigger_spans(explanation: Any, sentence: str, plover: str | None = None) -> list[tuple[int, int]]:
    """Character ranges of the triggers in an explanation (its spans count tokens, not characters).

    A separable verb ("bestellte … ein") is one trigger in two places: the token span covers the
    first part, the text after "…" is looked up after it.
    """
    if not isinstance(explanation, dict) or explanation.get("sentence") != sentence:
        return []
    offsets = _token_offsets(sentence, list(explanation.get("tokens") or []))
    out: list[tuple[int, int]] = []
    for trig in explanation.get("triggers") or []:
        if not isinstance(trig, dict) or (plover and trig.get("plover") not in (None, plover)):
            continue  # another event's trigger in the same sentence
        span = trig.get("span")
        if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
            continue
        chars = [offsets[k] for k in range(span[0], min(span[1], len(offsets))) if offsets[k] is not None]
        if not chars:
            continue
        out.append((chars[0][0], chars[-1][1]))
        after = chars[-1][1]
        for part in str(trig.get("text") or "").split("…")[1:]:
            part = part.strip()
            i = sentence.find(part, after) if part else -1
            if i >= 0:
                out.append((i, i + len(part)))
                after = i + len(part)
    return out


def _event_marks(e: dict[str, Any], sentence: str, triggers: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Marks relative to the sentence: the event span, the two actors, the trigger."""
    label = f"{e.get('source_country') or '?'} {e.get('plover')} {e.get('target_country') or '?'}"
    marks: list[tuple[int, int, str, str]] = []
    if e.get("span_start") is not None and e.get("span_end") is not None:
        marks.append((e["span_start"], e["span_end"], "event", label))
    for side in ("source", "target"):
        text = e.get(f"{side}_text") or ""
        for i in _find_all(sentence, text)[:1]:
            marks.append((i, i + len(text), side, f"{side}: {e.get(f'{side}_country') or '?'} {text}"))
    marks += [(s, t, "trigger", f"trigger of {label}") for s, t in triggers]
    return marks


def article_data(web: Web, doc_id: str) -> dict[str, Any]:
    """The document, its highlighted text and its events with explanations (the JSON twin)."""
    doc = queries.document(web.store, doc_id)
    if doc is None:
        raise HTTPException(404, f"No document {doc_id!r} in this store. Search for it at /search.")
    text = doc.get("text") or ""
    doc_marks: list[tuple[int, int, str, str | None]] = []
    events = doc.pop("events")
    explained = 0
    for e in events:
        sentence = e.get("sentence") or ""
        e["explanation"] = e["explanation_text"] = None
        if sentence and e.get("dataset") == CODED_DATASET and explained < MAX_EXPLAINED:
            result, note = bridge.call("explain", sentence, lang=e.get("language") or doc.get("language"),
                                       published=doc.get("published"))
            if result is None:
                e["explanation"] = {"unavailable": note}
            else:
                e["explanation"] = bridge.to_jsonable(result)
                e["explanation_text"] = bridge.rich_text(result)
            explained += 1
        marks = _event_marks(e, sentence, _trigger_spans(e["explanation"], sentence, e.get("plover")))
        e["segments"] = [_seg(s) for s in highlight(sentence, marks)]
        at = find_sentence(text, sentence) if sentence and text else -1
        e["sentence_offset"] = at if at >= 0 else None
        if at >= 0 and text[at:at + len(sentence)] == sentence:
            doc_marks += [(at + s, at + t, k, title) for s, t, k, title in marks]
        elif at >= 0:  # found with other whitespace: mark the sentence, not the inner spans
            doc_marks.append((at, at + len(sentence), "event", None))
    doc["segments"] = [_seg(s) for s in highlight(text, doc_marks)]
    doc["events"] = events
    return doc


def _seg(s: Segment) -> dict[str, Any]:
    return {"text": s.text, "kind": s.kind, "title": s.title}


def register(app: FastAPI, web: Web) -> None:
    """Add ``/doc/{doc_id}`` and its JSON twin."""

    @get(app, "/doc/{doc_id}.json", "/api/doc/{doc_id}", "/doc/{doc_id}")
    def article(request: Request, doc_id: str) -> Response:
        return web.respond(request, "doc.html", article_data(web, doc_id), as_json=wants_json(request))
