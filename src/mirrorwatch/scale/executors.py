"""Where partitions run: in this process, on a local process pool, or on a Dask cluster.

The executors of a ``code-corpus`` run (:mod:`.corpus` picks one). Each runs
:func:`~mirrorwatch.scale.worker.run_partition` on a list of partitions and reports every outcome
through a callback as it arrives, so the client shows progress across the whole cluster. They share
the retry rule: a partition is tried at most ``attempts`` times, then reported with its last error.

* :class:`InProcessExecutor` — one partition after the other, here (the default; simplest to debug).
* :class:`PoolExecutor` — ``concurrent.futures.ProcessPoolExecutor`` on this machine. A worker
  process that dies (killed, out of memory, a crash in native code) breaks the whole pool, and the
  pool cannot tell which task killed it; the partitions that were running are then re-run *one at
  a time*, so that a crash in isolation is charged to the partition that caused it and the
  innocent ones are not.
* :class:`DaskExecutor` — Dask distributed, on a ``LocalCluster`` (``--dask-local N``) or an
  existing scheduler (``--scheduler tcp://host:8786``). Errors are retried by Dask
  (``retries=``); a task whose worker dies is moved to another worker by the scheduler, up to its
  ``distributed.scheduler.allowed-failures`` setting, then reported as a ``KilledWorker``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import MirrorwatchError
from .partitions import Partition
from .worker import run_partition

__all__ = ["DaskExecutor", "Executor", "InProcessExecutor", "Outcome", "PoolExecutor", "make_executor"]

DIED = ("the worker process died while coding this partition (killed, out of memory, or a crash in "
        "native code)")


@dataclass(slots=True)
class Outcome:
    """How one partition ended: ``result`` (the worker's marker) or ``error`` after ``attempts``."""

    partition: Partition
    result: dict[str, Any] | None
    error: str | None
    attempts: int


Callback = Callable[[Outcome], None]


def _describe(exc: BaseException) -> str:
    return f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__


class Executor:
    """Runs partitions and reports each :class:`Outcome` through a callback.

    Args:
        attempts: tries per partition before it is reported as failed (at least 1).
    """

    name = "executor"

    def __init__(self, *, attempts: int = 3) -> None:
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        self.attempts = attempts

    def run(self, partitions: Sequence[Partition], out_dir: str, options: dict[str, Any],
            on_outcome: Callback) -> None:
        """Run every partition; ``on_outcome`` is called once per partition, in completion order."""
        raise NotImplementedError

    def describe(self) -> str:
        """A short description for the summary (``process pool, 2 workers``)."""
        return self.name


class InProcessExecutor(Executor):
    """Runs the partitions one after the other in the calling process."""

    name = "in-process"

    def run(self, partitions: Sequence[Partition], out_dir: str, options: dict[str, Any],
            on_outcome: Callback) -> None:
        """See :meth:`Executor.run`."""
        for p in partitions:
            error = None
            for attempt in range(1, self.attempts + 1):
                try:
                    result = run_partition(p, out_dir, options)
                except Exception as exc:  # any failure of one partition is reported, the run goes on
                    error = _describe(exc)
                    continue
                on_outcome(Outcome(p, result, None, attempt))
                break
            else:
                on_outcome(Outcome(p, None, error, self.attempts))


class PoolExecutor(Executor):
    """A local pool of ``workers`` processes (started by a forkserver: no inherited threads or locks).

    Args:
        workers: number of processes.
        attempts: tries per partition.
    """

    def __init__(self, workers: int, *, attempts: int = 3) -> None:
        super().__init__(attempts=attempts)
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers

    def describe(self) -> str:
        """See :meth:`Executor.describe`."""
        return f"process pool, {self.workers} worker{'s' if self.workers != 1 else ''}"

    def _pool(self) -> Any:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        ctx = mp.get_context(method)
        if method == "forkserver":
            # Workers fork from a server that has already imported the coder: fast starts.
            ctx.set_forkserver_preload(["mirrorwatch.scale.worker", "mirrorwatch.coding", "mirrorwatch.scale._warm"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)

    def run(self, partitions: Sequence[Partition], out_dir: str, options: dict[str, Any],
            on_outcome: Callback) -> None:
        """See :meth:`Executor.run`."""
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending = deque(partitions)
        suspects: deque[Partition] = deque()  # were running when a worker died: re-run alone
        tries: dict[str, int] = {}
        errors: dict[str, str] = {}
        pool = self._pool()
        inflight: dict[Any, Partition] = {}

        def failed_try(p: Partition, error: str, queue: deque[Partition]) -> None:
            tries[p.partition_id] = tries.get(p.partition_id, 0) + 1
            errors[p.partition_id] = error
            if tries[p.partition_id] >= self.attempts:
                on_outcome(Outcome(p, None, error, tries[p.partition_id]))
            else:
                queue.append(p)

        try:
            while pending or suspects or inflight:
                if suspects:
                    if not inflight:
                        p = suspects.popleft()
                        inflight[pool.submit(run_partition, p, out_dir, options)] = p
                else:
                    while pending and len(inflight) < self.workers:
                        p = pending.popleft()
                        inflight[pool.submit(run_partition, p, out_dir, options)] = p
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                if any(isinstance(f.exception(), BrokenProcessPool) for f in done):
                    # The pool is broken: every future still running fails the same way.
                    wait(list(inflight))
                    done = set(inflight)
                crashed: list[Partition] = []
                for f in done:
                    p = inflight.pop(f)
                    exc = f.exception()
                    if exc is None:
                        on_outcome(Outcome(p, f.result(), None, tries.get(p.partition_id, 0) + 1))
                    elif isinstance(exc, BrokenProcessPool):
                        crashed.append(p)
                    else:
                        failed_try(p, _describe(exc), pending)
                if crashed:
                    pool.shutdown(wait=True, cancel_futures=True)
                    pool = self._pool()
                    if len(crashed) == 1:  # ran alone (or was the only one left): it is the culprit
                        failed_try(crashed[0], DIED, suspects)
                    else:
                        suspects.extend(crashed)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor(Executor):
    """Dask distributed: a new ``LocalCluster`` of ``local_workers`` processes, or ``scheduler``.

    Args:
        scheduler: address of a running scheduler (``tcp://host:8786``); workers must have the same
            mirrorwatch installed and see the input and output paths under the same names.
        local_workers: start a ``LocalCluster`` with this many single-threaded worker processes,
            bound to 127.0.0.1, without a dashboard.
        attempts: tries per partition (exceptions; worker deaths on a LocalCluster too).
    """

    def __init__(self, *, scheduler: str | None = None, local_workers: int | None = None,
                 attempts: int = 3) -> None:
        super().__init__(attempts=attempts)
        if (scheduler is None) == (local_workers is None):
            raise ValueError("give either scheduler or local_workers")
        if local_workers is not None and local_workers < 1:
            raise ValueError("local_workers must be at least 1")
        self.scheduler = scheduler
        self.local_workers = local_workers

    def describe(self) -> str:
        """See :meth:`Executor.describe`."""
        if self.scheduler:
            return f"dask scheduler {self.scheduler}"
        return f"dask LocalCluster, {self.local_workers} worker{'s' if self.local_workers != 1 else ''}"

    def run(self, partitions: Sequence[Partition], out_dir: str, options: dict[str, Any],
            on_outcome: Callback) -> None:
        """See :meth:`Executor.run`."""
        dask, distributed = _import_dask()
        cluster = None
        # A task may kill its worker attempts-1 times and still be retried on another worker.
        # Without a dashboard the scheduler still runs a small HTTP server on 127.0.0.1 (port 8787,
        # or a free one); it serves no routes here, so it exposes nothing about the run.
        settings = {"distributed.scheduler.allowed-failures": self.attempts - 1,
                    "distributed.scheduler.http.routes": [], "distributed.worker.http.routes": []}
        with dask.config.set(settings):
            if self.local_workers is not None:
                cluster = distributed.LocalCluster(
                    n_workers=self.local_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=None, silence_logs=40,
                )
                client = distributed.Client(cluster)
            else:
                try:
                    client = distributed.Client(self.scheduler, timeout="20s")
                except OSError as exc:
                    raise MirrorwatchError(f"Cannot reach the Dask scheduler {self.scheduler}: {exc}") from exc
            try:
                futures = {}
                for p in partitions:
                    # Only the partition (paths and a range) is sent: the graph stays small.
                    f = client.submit(run_partition, p, out_dir, options, key=f"mirrorwatch-part-{p.partition_id}",
                                      pure=False, retries=self.attempts - 1)
                    futures[f.key] = (f, p)
                for f in distributed.as_completed([f for f, _ in futures.values()]):
                    p = futures[f.key][1]
                    if f.status == "finished":
                        on_outcome(Outcome(p, f.result(), None, 1))
                        continue
                    try:
                        exc = f.exception()
                    except BaseException as lost:  # cancelled: the scheduler lost the task
                        exc = lost
                    if isinstance(exc, distributed.KilledWorker):
                        msg = f"{DIED}; Dask gave up after {self.attempts} worker deaths"
                    else:
                        msg = _describe(exc)
                    on_outcome(Outcome(p, None, msg, self.attempts))
                    f.release()
            finally:
                client.close()
                if cluster is not None:
                    cluster.close()


def _import_dask() -> tuple[Any, Any]:
    try:
        import dask
        import distributed
    except ImportError as exc:
        raise MirrorwatchError(
            "The Dask executor needs dask[distributed]: pip install 'mirrorwatch[dask]'"
        ) from exc
    return dask, distributed


def make_executor(*, workers: int | None = None, dask_local: int | None = None, scheduler: str | None = None,
                  attempts: int = 3) -> Executor:
    """The executor the options ask for (at most one of them; none → in-process).

    ``workers=1`` is a pool of one process: slower to start than in-process, but a worker that
    dies does not take the run with it.
    """
    given = [n for n, v in (("--workers", workers), ("--dask-local", dask_local), ("--scheduler", scheduler))
             if v is not None]
    if len(given) > 1:
        raise MirrorwatchError(f"Choose one executor: {' and '.join(given)} were both given.")
    if scheduler is not None:
        return DaskExecutor(scheduler=scheduler, attempts=attempts)
    if dask_local is not None:
        if dask_local < 1:
            raise MirrorwatchError("--dask-local needs at least 1 worker.")
        return DaskExecutor(local_workers=dask_local, attempts=attempts)
    if workers is not None:
        if workers < 1:
            raise MirrorwatchError("--workers needs at least 1 worker.")
        return PoolExecutor(workers, attempts=attempts)
    return InProcessExecutor(attempts=attempts)
