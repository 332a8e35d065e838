"""The coder's scorecard: gold sets → normalised tuples → matching → P/R/F1 with CIs (``mirrorwatch eval``).

This stage sits beside the pipeline, not in it: it runs the coder (:mod:`mirrorwatch.coding`) over
the reference sets in ``../shared`` and measures it as ``EVALUATION.md`` prescribes. Modules, in
the order data flows through them:

* :mod:`.normalise`: country/sector/label normalisation and the comparable tuple :class:`Tup`;
* :mod:`.gold`: one loader per tuple/class gold set (``eval``, ``plover``, ``petr2``, ``conflibert``, ``case``);
* :mod:`.align`: code passages and attach predictions to gold sentences by text, not index;
* :mod:`.metrics`: matching per level, micro P/R/F1, bootstrap CIs, macro-F1, confusion, dates;
* :mod:`.petr_unit`, :mod:`.spans`, :mod:`.kappa`: sets with their own scoring (PETRARCH unit
  tests as behaviour tests, ``cameo_ner`` span F1, the CAMEO_ConfliBERT human ceiling);
* :mod:`.run`: :func:`evaluate`, the scorecard of one or all sets, per language;
* :mod:`.report`: the scorecard as terminal tables, Markdown (``docs/scorecard.md``) and rows.
"""

from .run import LEVEL_NAMES, SETS, default_shared, evaluate

__all__ = ["LEVEL_NAMES", "SETS", "default_shared", "evaluate"]
