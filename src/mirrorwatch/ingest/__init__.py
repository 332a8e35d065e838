"""The ingest stage: sources → :class:`~mirrorwatch.records.Document` rows in the store.

Pipeline position: first stage. Inputs are files (plain text, Markdown with YAML front matter, HTML,
JSON Lines, CSV/TSV, RSS/Atom, WARC; each optionally gzip-compressed), folders of them, URLs and
stdin. Each reader produces :class:`~mirrorwatch.ingest.items.Draft` objects or per-item
:class:`~mirrorwatch.ingest.items.Failure` records; :func:`~mirrorwatch.ingest.items.finish` applies
the metadata rules (date, language, site, URL normalisation), and :func:`~mirrorwatch.ingest.run.ingest`
writes the documents in short batches, de-duplicated by content id and by normalised URL. The
coding stage (``mirrorwatch code``) reads them from there.

Modules: ``sources`` (inputs, formats), ``decode`` (bytes → text), ``text``, ``html``, ``tabular``,
``feeds``, ``warc``, ``fetch`` (readers), ``meta`` (metadata rules, boilerplate filter),
``items``, ``run`` (the batch loop and :class:`IngestReport`). See ``docs/ingest.md``.
"""

from __future__ import annotations

from .items import Draft, Failure, Options
from .run import IngestReport, ingest, iter_documents

__all__ = ["Draft", "Failure", "IngestReport", "Options", "ingest", "iter_documents"]
