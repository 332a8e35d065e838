"""Native multilingual event coding: Document → Event (the coding stage of the pipeline).

Public names other stages build on:

* :class:`Coder` with ``code_text`` and ``explain``;
* :func:`code_documents` (documents → events) and :func:`code_batch` (Arrow documents → Arrow
  events, pure and deterministic: what every executor runs);
* :class:`Explanation`, the record ``explain`` returns.

The steps live in one module each; :mod:`.pipeline` reads top to bottom. Rules are generic; the
words are data in ``mirrorwatch/lang/<xx>/``.
"""

from .batch import code_batch, code_documents
from .explain import Candidate, Explanation
from .pipeline import Coder, detect_language

__all__ = ["Candidate", "Coder", "Explanation", "code_batch", "code_documents", "detect_language"]
