"""The public Python API of mirrorwatch: the verbs of the CLI and the dashboard, as functions.

The CLI (``mirrorwatch.cli``) and the web app (``mirrorwatch.web``) are thin layers over these
functions; anything you can do from the shell you can do from Python::

    import mirrorwatch as mw
    store = mw.open_store("crisis.duckdb")
    print(mw.status(store)["events"])

Each stage adds its verbs below, in its own section. Heavy libraries (statsmodels, ruptures,
axelrod, dask) are imported inside the functions that need them, so that importing mirrorwatch
stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ._version import __version__
from .errors import (
    AnalysisError,
    FetchError,
    InputError,
    LexiconError,
    MirrorwatchError,
    SchemaError,
    StoreBusyError,
    StoreError,
)
from .records import Actor, Document, Event, Location
from .store import Store

__all__ = [
    "Actor",
    "AnalysisError",
    "Document",
    "Event",
    "FetchError",
    "InputError",
    "LexiconError",
    "Location",
    "MirrorwatchError",
    "SchemaError",
    "Store",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "open_store",
    "status",
]


# --- store -------------------------------------------------------------------------------------
def open_store(path: str | os.PathLike[str] | None = None, *, wait: float | None = None,
               events_dirs: list[str] | None = None) -> Store:
    """Open (lazily create) the store at ``path``, ``$MIRRORWATCH_DB`` or ``./mirrorwatch.duckdb``.

    ``wait`` is how long to wait for another process's lock (default ``$MIRRORWATCH_WAIT`` or 60 s).
    The store's ``all_events`` view also reads the Parquet event directories in ``events_dirs``,
    those attached to the store (``mirrorwatch attach``, see :func:`attach`) and those in
    ``$MIRRORWATCH_EVENTS_DIRS``; directories that are missing or hold no parts are left out.
    """
    from .scale.attach import attached_dirs, env_dirs, usable_dirs

    if wait is None:
        wait = float(os.environ.get("MIRRORWATCH_WAIT", "60"))
    dirs: list[Path] = []
    for d in [*(Path(p).expanduser().resolve() for p in events_dirs or []), *attached_dirs(path), *env_dirs()]:
        if d not in dirs:
            dirs.append(d)
    return Store(path, wait=wait, events_dirs=usable_dirs(dirs))


def status(store: Store) -> dict[str, Any]:
    """What a store holds (documents, events, languages, datasets, types, dates, schema, runs)."""
    return store.status()


# --- ingest (mirrorwatch.ingest) ---------------------------------------------------------------
__all__ += ["ingest"]


def ingest(store: Store, inputs: list[str] | tuple[str, ...] | str, *, glob: str | None = None,
           published: str | None = None, lang: str | None = None, progress: Any = None,
           on_failure: Any = None, max_bytes: int | None = None, batch_size: int = 200,
           transport: Any = None, client: Any = None, stdin: Any = None):  # -> IngestReport
    """Ingest articles into the store (``mirrorwatch ingest``); return an ``IngestReport``.

    Reads text and Markdown (YAML front matter or ``# source:`` header comments), HTML pages (main
    text via trafilatura, metadata via htmldate), JSON Lines and CSV/TSV (``text``, ``title``,
    ``url``, ``published``, ``language`` fields), RSS/Atom feeds, WARC files, folders of them (``.gz``
    too), URLs and ``-`` (stdin). Documents are de-duplicated by normalised content and by
    normalised URL and written in short batches; a bad item is recorded in ``report.failed`` with
    its reason and the batch goes on. Re-running the same inputs stores nothing twice.

    Args:
        store: the store (see :func:`open_store`).
        inputs: paths, folders, URLs or ``-``; a single string is one input.
        glob: pattern selecting files inside folders (default: all supported extensions).
        published: fallback publication date ``YYYY-MM-DD`` for items that state none.
        lang: language for items whose own metadata names none (instead of detection).
        progress: optional ``progress(done_items, total_items, report)`` after each file/URL.
        on_failure: optional ``on_failure(item, reason)`` called as each failure happens.
        max_bytes: size cap of one document, page or record (default 10 MB).
        batch_size: documents per write transaction.
        transport: an ``httpx`` transport for fetching URLs (``httpx.MockTransport`` in tests).
        client: a ready ``httpx.Client`` to fetch with (instead of ``transport``).
        stdin: the byte stream read for ``-`` (default: the process's stdin).

    Returns:
        ``IngestReport`` with ``new``, ``duplicates``, ``failed`` [(item, reason)], ``documents``
        (ids stored), ``items``, ``run_id`` and ``status``; ``report.to_dict()`` is JSON-ready.
    """
    from .ingest import ingest as _ingest
    from .ingest.decode import DEFAULT_MAX_BYTES

    return _ingest(
        store, [inputs] if isinstance(inputs, str) else list(inputs), glob=glob, published=published,
        lang=lang, progress=progress, on_failure=on_failure,
        max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes, batch_size=batch_size,
        transport=transport, client=client, stdin=stdin,
    )


# --- coding (mirrorwatch.coding) ---------------------------------------------------------------
__all__ += ["check_lexicon", "code", "code_text", "explain", "lexicon_languages", "lexicon_version"]


def lexicon_languages() -> list[str]:
    """The languages that have a language pack (``de``, ``en``, ``ru``, ...)."""
    from .lang import available

    return available()


def code_text(text: str, *, lang: str | None = None, published: str | None = None,
              doc_id: str | None = None) -> list[Event]:
    """Code one text into events without a store (``mirrorwatch code FILE``).

    ``lang`` is detected when not given; ``published`` (YYYY-MM-DD) anchors relative dates;
    ``doc_id`` is copied into the events (default: the id of the normalised text).
    """
    from .coding import Coder

    return Coder(lang).code_text(text, published=published, doc_id=doc_id)


def explain(sentence: str, *, lang: str | None = None, published: str | None = None):  # -> Explanation
    """Why the coder does what it does with one sentence (tokens, actors, triggers, roles, verdicts)."""
    from .coding import Coder

    return Coder(lang).explain(sentence, published=published)


def check_lexicon(lang: str | None = None) -> list[dict[str, Any]]:
    """Validate the language packs; each problem is a dict with lang, where, level and message."""
    from .lang import check

    return check(lang)


def lexicon_version(lang: str | None = None) -> str:
    """The digest of the language packs recorded with every coding run."""
    from .lang import version

    return version(lang)


def code(store: Store, *, all: bool = False, progress: Any = None, batch_size: int = 200) -> dict[str, Any]:
    """Code the store's documents that are not coded yet (``mirrorwatch code --db``).

    Works in batches, each read and written in its own short transaction, so that other processes
    can use the store in between. Re-running codes only what is new; ``all=True`` first deletes the
    coded (``dataset='mirrorwatch'``) events and the ledger and codes everything again.

    Args:
        store: the store.
        all: re-code every document.
        progress: optional callable ``progress(done, total)`` called after each batch.
        batch_size: documents per batch.

    Returns:
        Counts: ``documents`` coded, ``events`` written, ``failed`` documents with their errors,
        ``run_id`` and ``lexicon_version``.
    """
    from .coding.store_coding import code_store

    return code_store(store, all=all, progress=progress, batch_size=batch_size)


# -- coding: the scorecard (mirrorwatch.evaluation), kept last in this section --
__all__ += ["evaluate"]


def evaluate(sets: Any = "eval", *, lang: str | None = None, shared: str | os.PathLike[str] | None = None,
             include_flagged: bool = False, coder: Any = None, resamples: int = 1000) -> dict[str, Any]:
    """Score the coder against the gold sets in ``../shared`` (``mirrorwatch eval``).

    Args:
        sets: ``eval``, ``plover``, ``petr2``, ``conflibert``, ``case``, a list of them, or ``all``.
        lang: only this language; by default every language of a set is scored apart (never pooled).
        shared: the folder holding ``data/`` and ``eval/`` (default ``$MIRRORWATCH_SHARED`` or ``../shared``).
        include_flagged: count events flagged negated or hypothetical (excluded by default).
        coder: an object with ``code_text`` (default ``mirrorwatch.coding.Coder()``).
        resamples: bootstrap resamples for the 95 % CIs.

    Returns:
        ``{"meta": {...}, "scorecards": [...]}``: one scorecard per (set, language) with P/R/F1 and
        CIs per level, macro-F1, confusion matrix, false-positive rate, dates and speed
        (fields in ``docs/evaluation.md``).
    """
    from .evaluation import evaluate as _evaluate

    return _evaluate(sets, lang=lang, shared=shared, include_flagged=include_flagged, coder=coder,
                     resamples=resamples)


# --- interop: import/export (mirrorwatch.interop) ----------------------------------------------
__all__ += ["export_events", "import_events"]


def import_events(store: Store, kind: str, paths: list[str | os.PathLike[str]], *, progress: Any = None,
                  dataset: str | None = None, keep_statements: bool = False) -> Any:
    """Import event files into the store: ``gdelt``, ``icews``, ``plover`` or our own ``events``.

    Files are streamed in batches (plain, gzip or zip); each row becomes an event record with its
    provenance (``dataset``, ``dataset_id``), PLOVER type and mode through the CAMEO crosswalk, our
    Goldstein/quad class beside the dataset's own, and mirror records flagged ``is_symmetric``.
    Importing the same file again adds nothing. Conventions: ``docs/interop.md``.

    Args:
        store: the target store.
        kind: ``gdelt`` (1.0/2.0 exports or CSV extracts), ``icews`` (raw TSV), ``plover`` (JSON/JSONL)
            or ``events`` (mirrorwatch CSV/Parquet/JSONL).
        paths: the files.
        progress: optional callable ``progress(file, rows_read)`` called after each batch.
        dataset: provenance name to use instead of the detected one (``gdelt1``/``gdelt2``/``icews``/``plover``).
        keep_statements: store CAMEO 01/02 rows (no PLOVER type) as ``STATEMENT``/``APPEAL`` instead
            of skipping them.

    Returns:
        An ``ImportReport`` (``.to_dict()`` for JSON): rows, imported, duplicates, no_plover,
        malformed (the first ones with file and line), failed files, symmetric, run_id, status.
    """
    from .interop import import_events as _import

    return _import(store, kind, paths, progress=progress, dataset=dataset, keep_statements=keep_statements)


def export_events(store: Store, fmt: str, path: str | os.PathLike[str], *, dyad: list[str] | None = None,
                  since: str | None = None, until: str | None = None, types: list[str] | None = None,
                  datasets: list[str] | None = None) -> int:
    """Write the store's events to a file: ``csv``, ``parquet``, ``jsonl``, ``plover`` or ``gdelt``.

    Args:
        store: the source store (attached Parquet event directories included).
        fmt: output format (see ``docs/interop.md``: PLOVER uses PLOVER's field and sector names,
            GDELT the 2.0 column order with our codes).
        path: output file; a name ending in ``.gz`` is gzip-compressed (not Parquet).
        dyad: two country codes; events between them in either direction.
        since: first date (YYYY-MM-DD), inclusive.
        until: last date, inclusive.
        types: PLOVER types to keep.
        datasets: datasets to keep (``mirrorwatch``, ``gdelt1``, ``icews``, ...).

    Returns:
        The number of events written.
    """
    from .interop.export import export_events as _export

    return _export(store, fmt, path, dyad=dyad, since=since, until=until, types=types, datasets=datasets)


# --- analysis (mirrorwatch.analysis) and report (mirrorwatch.report) ---------------------------
__all__ += ["dyad_report", "dyads_overview", "mirror", "write_report"]


def dyad_report(store: Store, a: str, b: str, **kwargs: Any) -> dict[str, Any]:
    """Everything about one dyad in one JSON-serialisable dict (series, links, rates, strategy, VAR).

    See :func:`mirrorwatch.analysis.dyad_report` for the keyword arguments (``since``, ``until``,
    ``datasets``, ``window_days``, ``include_symmetric``, ...) and the keys of the result.
    """
    from .analysis import dyad_report as _dyad_report

    return _dyad_report(store, a, b, **kwargs)


def dyads_overview(store: Store, **kwargs: Any) -> Any:
    """All state dyads ranked by escalation now, then mirror index (a pandas DataFrame).

    Keyword arguments: ``since``, ``until``, ``datasets``, ``min_events``, ``countries``, ``window``,
    ``window_days``; see :func:`mirrorwatch.analysis.dyads_overview` for the columns.
    """
    from .analysis import dyads_overview as _overview

    return _overview(store, **kwargs)


def mirror(store: Store, a: str, b: str, *, top_pairs: int = 10, **kwargs: Any) -> dict[str, Any]:
    """Who mirrors whom in one dyad: per direction rates beside chance, mirror index, strategy.

    Returns one JSON-serialisable object with a key per direction, ``"A->B"`` and ``"B->A"`` with
    the real codes; the object under ``"X->Y"`` describes X as the one who answers: of Y's acts
    toward X, the share X answered (``answer_rate``), answered in kind (``mirror_rate``), each
    beside its chance level, after how many days (``median_lag_days``), how hard
    (``proportionality``, ``escalation_share``), the ``mirror_index``, and X's ``four_vector`` and
    ``strategy``; ``events`` and ``mean_intensity`` describe X's own events toward Y; ``finding``
    says it in one sentence ("AZE answered 4 of RUS's 10 acts ... median lag 2 days"). Also
    ``pairs`` (the best linked act → answer pairs with their sentences), ``granger`` (VAR Granger
    tests, with symmetric records) and ``links_summary``. Keyword arguments as in
    :func:`dyad_report` (``window_days``, ``since``, ``until``, ``datasets``, ...).
    """
    from .analysis import dyad_report as _dyad_report

    rep = _dyad_report(store, a, b, top_pairs=top_pairs, **kwargs)
    a, b = rep["meta"]["a"], rep["meta"]["b"]
    out: dict[str, Any] = {"dyad": [a, b], "window_days": rep["meta"]["window_days"],
                           "date_range": rep["meta"]["date_range"]}
    for x, y in ((a, b), (b, a)):
        rec = rep["reciprocity"][f"{x} answers {y}"]
        side = rep["strategy"][x]
        out[f"{x}->{y}"] = {
            "answers": y,
            "events": rep["meta"]["events"][f"{x}>{y}"],
            "acts": rep["meta"]["acts"][f"{x}>{y}"],
            "mean_intensity": rep["meta"]["mean_intensity"][f"{x}>{y}"],
            "acts_to_answer": rec["acts"],
            "answered": rec["answered"],
            "answer_rate": rec["answer_rate"],
            "answer_rate_chance": rec["answer_rate_chance"],
            "mirror_rate": rec["mirror_rate"],
            "mirror_rate_chance": rec["mirror_rate_chance"],
            "median_lag_days": rec["median_lag_days"],
            "proportionality": rec["proportionality_median"],
            "escalation_share": rec["escalation_share"],
            "mirror_index": rec["mirror_index"],
            "four_vector": side["four_vector"],
            "four_vector_ci": side["ci"],
            "strategy": side["nearest"]["name"] if side["nearest"] else None,
            "strategy_distance": side["nearest"]["distance"] if side["nearest"] else None,
            "finding": rep["findings"][f"{x} answers {y}"],
        }
    v = rep["var"]["with_symmetric"]
    out["granger"] = v.get("granger") if "granger" in v else {"error": v.get("error")}
    out["pairs"] = rep["pairs"]
    out["links_summary"] = rep["links_summary"]
    return out


def write_report(store: Store, a: str, b: str, path: str | os.PathLike[str], *,
                 png_dir: str | os.PathLike[str] | None = None, whatif: bool | dict[str, Any] | None = None,
                 **kwargs: Any) -> Path:
    """Write the self-contained, offline HTML report of one dyad; return its path.

    ``png_dir`` also writes every figure as SVG and PNG there. Other keyword arguments go to
    :func:`dyad_report`.

    ``whatif`` adds a "What if" section: ``True`` simulates with :func:`simulate`'s defaults, a dict
    gives its arguments (``weeks``, ``runs``, ``swap``, ``noise``, ``seed``, ``episode_weeks``). The
    simulation uses the report's selection (``since``, ``until``, ``datasets``, ...) and loads the
    Axelrod library (15–35 s), so it runs only when asked for.
    """
    from .analysis import dyad_report as _dyad_report
    from .report import write_report as _write

    rep = _dyad_report(store, a, b, **kwargs)
    sim = None
    if whatif:
        from .simulate.run import COMMON_KEYS

        options = {k: v for k, v in kwargs.items() if k in COMMON_KEYS}
        options.update({} if whatif is True else dict(whatif))
        sim = simulate(store, a, b, **options)
    return _write(rep, path, png_dir=png_dir, whatif=sim)


# --- simulate (mirrorwatch.simulate) ----------------------------------------------------------
__all__ += ["simulate", "tournament"]


def simulate(store: Store, a: str, b: str, *, weeks: int = 26, runs: int = 1000, swap: str | None = None,
             noise: float = 0.0, seed: int = 0, **common: Any) -> dict[str, Any]:
    """What-if Monte Carlo of one dyad from its last observed week (``mirrorwatch simulate A B``).

    Each side plays an Axelrod memory-one player fitted from the dyad's weekly moves (four-vector
    drawn per run from its uncertainty, so small histories give wide bands instead of errors).

    Args:
        store: the store. a, b: the two countries (alpha-3).
        weeks: horizon. runs: Monte Carlo runs. noise: probability that a move is flipped.
        swap: ``"SIDE=STRATEGY"`` with ``tit-for-tat``, ``grudger``, ``wsls``, ``always-defect``,
            ``always-cooperate`` or ``fitted:XXX``; the result then compares both scenarios.
        seed: same seed → identical result.
        **common: ``episode_weeks`` (default 2), ``since``, ``until``, ``datasets``,
            ``include_symmetric``, ``include_flagged``, ``coop_threshold``, ``defect_threshold``, ``window_days``.

    Returns:
        A JSON-serialisable dict: escalation-episode probability, time to de-escalation, weekly net
        intensity path with 10–90 % bands, the swap comparison; fields in ``docs/simulate.md``.
    """
    from .simulate import simulate as _simulate

    return _simulate(store, a, b, weeks=weeks, runs=runs, swap=swap, noise=noise, seed=seed, **common)


def tournament(store: Store, countries: list[str], *, weeks: int = 26, repetitions: int = 20, noise: float = 0.0,
               seed: int = 0, **common: Any) -> dict[str, Any]:
    """Axelrod tournament of the fitted players of every dyad among ``countries`` and the classics.

    Returns ``{"ranking": [{rank, name, kind, median_score, cooperation_rate, wins, four_vector}],
    "dyads", "skipped", "params", "notes"}``. Keyword arguments as in :func:`simulate`, plus
    ``classics`` (names to include) and ``min_events``.
    """
    from .simulate import tournament as _tournament

    return _tournament(store, countries, weeks=weeks, repetitions=repetitions, noise=noise, seed=seed, **common)


# --- web dashboard (mirrorwatch.web) ---------------------------------------------------------
__all__ += ["serve"]


def serve(store: Store, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the read-only dashboard over ``store`` on ``host:port`` until interrupted.

    Binds to localhost by default; every page has a JSON twin (``/dyad/AZE-RUS.json``). The store
    is opened per request, so ``ingest`` and ``code`` can write to it meanwhile.
    """
    from .web.server import serve as _serve

    _serve(store, host=host, port=port)


# --- scale-out (mirrorwatch.scale) -------------------------------------------------------------
__all__ += ["attach", "attached_dirs", "code_corpus", "detach"]


def code_corpus(inputs: list[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
                workers: int | None = None, dask_local: int | None = None, scheduler: str | None = None,
                partition_size: int = 2000, attempts: int = 3, lang: str | None = None,
                published: str | None = None, glob: str | None = None, prune: bool = False,
                restart: bool = False, progress: Any = None) -> dict[str, Any]:
    """Code a corpus into a directory of Parquet event parts (``mirrorwatch code-corpus``).

    Workers read their partitions themselves (folders of files, JSON Lines byte ranges, Parquet row
    ranges, WARC files) and write ``part-<id>.parquet`` plus ``_done/<id>.json`` into ``out_dir``;
    the result is byte-identical whichever executor ran it. Re-running skips finished parts.
    Semantics and cluster set-up: ``docs/scale.md``.

    Args:
        inputs: files and folders.
        out_dir: the events directory (created); attach it with :func:`attach`.
        workers: run on a local process pool of this many processes.
        dask_local: run on a new Dask ``LocalCluster`` with this many worker processes.
        scheduler: run on the Dask cluster at this address (``tcp://host:8786``).
        partition_size: documents per partition.
        attempts: tries per partition before it is reported as failed.
        lang: language of items that name none (else detected).
        published: fallback publication date (YYYY-MM-DD) for items without one.
        glob: select files in folders by pattern.
        prune: delete parts of an earlier, different partitioning of the same input files.
        restart: delete every part in ``out_dir`` first.
        progress: optional callable ``progress(done_partitions, total_partitions, counts)``.

    Returns:
        The summary: ``status`` (ok/partial/failed), ``partitions``, ``coded``, ``skipped``,
        ``failed`` (partition, label, error, attempts), ``documents``, ``sentences``, ``events``,
        ``item_failures`` with the first ``failures``, ``documents_per_second``,
        ``sentences_per_second``, ``workers`` (partitions, documents, peak memory per worker).

    Raises:
        MirrorwatchError: conflicting executor options, Dask missing (``pip install 'mirrorwatch[dask]'``)
            or unreachable, another run holding ``out_dir``, or parts of another partitioning present.
    """
    from .scale.corpus import code_corpus as _code_corpus

    return _code_corpus(inputs, out_dir, workers=workers, dask_local=dask_local, scheduler=scheduler,
                        partition_size=partition_size, attempts=attempts, lang=lang, published=published,
                        glob=glob, prune=prune, restart=restart, progress=progress)


def attach(store_path: str | os.PathLike[str] | None, events_dir: str | os.PathLike[str]) -> list[Path]:
    """Attach a Parquet events directory to a store; return the attached directories.

    Recorded in ``<db>.attached.json``; :func:`open_store` then includes its parts in ``all_events``.
    The store is created if it does not exist yet (an empty store over attached events is useful).
    """
    from .scale.attach import attach as _attach

    dirs = _attach(store_path, events_dir)
    store = Store(store_path)
    if not store.path.exists():
        store.ensure_schema()
    return dirs


def detach(store_path: str | os.PathLike[str] | None, events_dir: str | os.PathLike[str]) -> list[Path]:
    """Detach an events directory from a store (its files are kept); return those still attached."""
    from .scale.attach import detach as _detach

    return _detach(store_path, events_dir)


def attached_dirs(store_path: str | os.PathLike[str] | None) -> list[Path]:
    """The events directories attached to a store."""
    from .scale.attach import attached_dirs as _attached

    return _attached(store_path)
