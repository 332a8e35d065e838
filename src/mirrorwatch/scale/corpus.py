"""A ``code-corpus`` run: plan, skip what is finished, run the rest on an executor, summarise.

The driver behind ``mirrorwatch code-corpus`` and :func:`mirrorwatch.api.code_corpus`. It runs on
the client and never touches an article: it plans partitions (:mod:`.partitions`), leaves out those
whose marker says they are finished with the same language packs and options, hands the others to
an executor (:mod:`.executors`) and adds up the counts the workers send back.

Semantics (also in ``docs/scale.md``):

* **Resumable.** A partition is finished when ``_done/<id>.json`` and ``part-<id>.parquet`` exist
  and the marker's language-pack version and options match this run. Re-running the same command
  codes only the rest; a part is always rewritten whole under the same name, so no event is
  written twice.
* **Retries.** A partition is tried ``attempts`` times (an exception, or its worker dying), then
  reported under ``failed`` with the last error; the others go on. Re-running retries it.
* **Changed plans.** Parts in the directory that are not in this plan but cover the same input
  files (the partition size changed, files were added to a folder, a JSON Lines file grew) would
  repeat events: the run refuses to start unless ``prune=True`` deletes them first. Parts of other
  inputs are left alone, so a directory can grow input by input.
* **Duplicates across inputs.** An article in two input files (same normalised text or same URL,
  the rule of the store's ``write_documents``) is kept where it first occurs in input order and
  dropped from later parts after the executor has finished (:mod:`.dedup`), whatever the executor.
* One run per directory at a time (a lock file; released by the OS when the run dies).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from .dedup import DOCS_SUFFIX, deduplicate, docs_path
from .executors import Outcome, make_executor
from .partitions import DEFAULT_PARTITION_SIZE, Partition, plan
from .worker import DONE_DIR, FAULT_ENV, done_path, part_path, read_marker

__all__ = ["code_corpus"]

Progress = Callable[[int, int, dict[str, Any]], None]


def _lock(out: Path) -> Any:
    """Hold ``_corpus.lock`` for the run (flock: the OS releases it if the process dies)."""
    f = open(out / "_corpus.lock", "a+")  # noqa: SIM115 - kept open for the whole run
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; one run per directory is the user's job
        return f
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        f.close()
        raise InputError(str(out), "another code-corpus run is writing to this directory; wait for it "
                                   "to finish or choose another --out") from exc
    return f


def _clean_tmp(out: Path) -> None:
    """Remove temporary files left by a run that was killed mid-write (we hold the lock)."""
    for folder in (out, out / DONE_DIR):
        if folder.is_dir():
            for p in folder.glob("*.tmp-*"):
                p.unlink(missing_ok=True)


def _fresh(marker: dict[str, Any] | None, options: dict[str, Any]) -> bool:
    return (marker is not None and marker.get("lexicon_version") == options["lexicon_version"]
            and marker.get("options") == _marker_options(options))


def _marker_options(options: dict[str, Any]) -> dict[str, Any]:
    return {k: options.get(k) for k in ("lang", "published", "max_bytes")}


def _old_markers(out: Path, planned: set[str]) -> dict[str, dict[str, Any]]:
    """Markers in the directory that are not part of this plan, by partition id."""
    found: dict[str, dict[str, Any]] = {}
    folder = out / DONE_DIR
    if not folder.is_dir():
        return found
    for m in folder.glob("*.json"):
        if m.stem in planned:
            continue
        try:
            found[m.stem] = json.loads(m.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            found[m.stem] = {}
    return found


def _restart(out: Path) -> None:
    for p in out.glob("part-*.parquet"):
        p.unlink()
    if (out / DONE_DIR).is_dir():
        for pattern in ("*.json", f"*{DOCS_SUFFIX}"):
            for p in (out / DONE_DIR).glob(pattern):
                p.unlink()


def code_corpus(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    workers: int | None = None,
    dask_local: int | None = None,
    scheduler: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    attempts: int = 3,
    lang: str | None = None,
    published: str | None = None,
    glob: str | None = None,
    max_bytes: int = 10 * 1024 * 1024,
    prune: bool = False,
    restart: bool = False,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Code a corpus into a directory of Parquet event parts; see :func:`mirrorwatch.api.code_corpus`."""
    from ..ingest.meta import parse_date
    from ..lang import version

    t0 = time.perf_counter()
    executor = make_executor(workers=workers, dask_local=dask_local, scheduler=scheduler, attempts=attempts)
    out = Path(out_dir).expanduser().resolve()
    if out.exists() and not out.is_dir():
        raise InputError(str(out_dir), "exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    if published is not None:
        published = parse_date(published, "--published", field="the date")
    options = {"lang": lang or None, "published": published, "max_bytes": max_bytes, "lexicon_version": version(),
               "fault": os.environ.get(FAULT_ENV)}
    lock = _lock(out)
    try:
        if restart:
            _restart(out)
        _clean_tmp(out)
        partitions, input_failures = plan(inputs, partition_size=partition_size, glob=glob, exclude=out)
        ids = {p.partition_id for p in partitions}
        old = _old_markers(out, ids)
        planned_paths = {path for p in partitions for path in p.paths}
        overlapping = [pid for pid, m in old.items()
                       if not m or set(m.get("partition", {}).get("paths", [])) & planned_paths]
        if overlapping and not prune:
            raise InputError(
                str(out), f"{len(overlapping)} part(s) here come from an earlier run over the same input files "
                "with another partitioning (partition size changed, files added, a file grew); keeping them "
                "would repeat their events. Re-run with --prune to delete them first, --restart to code "
                "everything again, or choose a new --out")
        for pid in overlapping:
            part_path(out, pid).unlink(missing_ok=True)
            done_path(out, pid).unlink(missing_ok=True)
            docs_path(out, pid).unlink(missing_ok=True)
        todo: list[Partition] = []
        totals = {"documents": 0, "sentences": 0, "events": 0}
        skipped = 0
        for p in partitions:
            m = read_marker(out, p.partition_id)
            if _fresh(m, options):
                skipped += 1
                for k in totals:
                    totals[k] += int(m.get(k, 0))
            else:
                todo.append(p)
        run = {"documents": 0, "sentences": 0, "events": 0, "duplicates": 0, "item_failures": 0,
               "cross_duplicates": 0}
        failed: list[dict[str, Any]] = []
        item_failures: list[list[str]] = []
        other_languages: dict[str, int] = {}
        per_worker: dict[str, dict[str, Any]] = {}
        done = [skipped]
        t_run = time.perf_counter()

        def on_outcome(o: Outcome) -> None:
            done[0] += 1
            if o.result is None:
                failed.append({"partition_id": o.partition.partition_id, "label": o.partition.label,
                               "error": o.error, "attempts": o.attempts})
            else:
                r = o.result
                for k in run:
                    run[k] += int(r.get(k, 0))
                for k in totals:
                    totals[k] += int(r.get(k, 0))
                item_failures.extend(r.get("failures", [])[: max(0, 100 - len(item_failures))])
                for lang_, n in r.get("other_languages", {}).items():
                    other_languages[lang_] = other_languages.get(lang_, 0) + n
                w = per_worker.setdefault(r.get("worker", "?"), {"partitions": 0, "documents": 0,
                                                                 "seconds": 0.0, "cpu_seconds": 0.0,
                                                                 "peak_rss_mb": 0.0})
                w["partitions"] += 1
                w["documents"] += int(r.get("documents", 0))
                w["seconds"] = round(w["seconds"] + float(r.get("seconds", 0.0)), 3)
                w["cpu_seconds"] = round(w["cpu_seconds"] + float(r.get("cpu_seconds", 0.0)), 3)
                w["peak_rss_mb"] = max(w["peak_rss_mb"], float(r.get("peak_rss_mb", 0.0)))
            if progress is not None:
                progress(done[0], len(partitions), {**run, "failed_partitions": len(failed)})

        if progress is not None:
            progress(skipped, len(partitions), {**run, "failed_partitions": 0})
        if todo:
            executor.run(todo, str(out), options, on_outcome)
        # Cross-partition de-duplication, in input order, once every partition is in; a partition
        # that must get back an article it had dropped is coded again (once is enough: its
        # documents do not change, so the second pass only filters).
        ran = {p.partition_id for p in todo}
        dedup = deduplicate(out, partitions)
        if dedup["recode"]:
            ran |= {p.partition_id for p in dedup["recode"]}
            executor.run(dedup["recode"], str(out), options, on_outcome)
            dedup = deduplicate(out, partitions)
        # The counts as the parts now hold them (after de-duplication; a partition coded twice
        # counted once).
        markers = {p.partition_id: read_marker(out, p.partition_id) for p in partitions}
        for k in totals:
            totals[k] = sum(int(m.get(k, 0)) for m in markers.values() if m)
        for k in ("documents", "sentences", "events", "duplicates", "item_failures"):
            run[k] = sum(int(m.get(k, 0)) for pid, m in markers.items() if m and pid in ran)
        run["cross_duplicates"] = dedup["dropped"]
        run_seconds = time.perf_counter() - t_run
    finally:
        lock.close()
    seconds = time.perf_counter() - t0
    coded = len(todo) - len(failed)
    if (failed and coded == 0 and skipped == 0) or (not partitions and input_failures):
        status = "failed"
    elif failed or input_failures or run["item_failures"]:
        status = "partial"
    else:
        status = "ok"
    return {
        "status": status,
        "out_dir": str(out),
        "executor": executor.describe(),
        "partitions": len(partitions),
        "coded": coded,
        "skipped": skipped,
        "failed": failed,
        "input_failures": [list(f) for f in input_failures],
        **run,
        "failures": item_failures,
        "other_languages": dict(sorted(other_languages.items())),
        "total": totals,
        "pruned": len(overlapping),
        "kept_other_parts": len(old) - len(overlapping),
        "seconds": round(seconds, 3),
        "run_seconds": round(run_seconds, 3),
        "documents_per_second": round(run["documents"] / run_seconds, 1) if run_seconds > 0 else None,
        "sentences_per_second": round(run["sentences"] / run_seconds, 1) if run_seconds > 0 else None,
        "workers": per_worker,
        "lexicon_version": options["lexicon_version"],
    }
