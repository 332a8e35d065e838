"""Scale-out: code a whole corpus on a process pool or a Dask cluster into Parquet event parts.

Where it sits: beside the store-based ``ingest`` → ``code`` path. ``code-corpus`` reads inputs
(folders, JSON Lines / Parquet document tables, WARC files) with the ingest readers, codes them with
the pure batch function :func:`mirrorwatch.coding.code_batch` and writes one Parquet part per
partition into an events directory; ``attach`` lets the store's ``all_events`` view (and so every
analysis) read that directory without importing it.

Modules:

* :mod:`.partitions` — inputs → partitions with deterministic ids (plan on the client, cheap);
* :mod:`.worker` — one partition: read, code, write ``part-<id>.parquet`` atomically plus a marker;
* :mod:`.executors` — in-process, local process pool, Dask distributed (retries, dead workers);
* :mod:`.corpus` — the run: skip finished parts, retry, progress, summary with throughput;
* :mod:`.attach` — the list of event directories attached to a store (``<db>.attached.json``).

Importing this package is cheap: Dask is imported only when a Dask executor is used.
"""

from .attach import attach, attached_dirs, detach
from .partitions import Partition, plan

__all__ = ["Partition", "attach", "attached_dirs", "detach", "plan"]
