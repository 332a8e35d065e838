"""The dashboard keeps answering while another process writes to the same store."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

WRITER = textwrap.dedent("""
    import sys, time
    from mirrorwatch import open_store
    from mirrorwatch.records import Actor, Event, events_to_arrow

    store = open_store(sys.argv[1], wait=60)
    n_batches = int(sys.argv[2])
    print("ready", flush=True)
    for b in range(n_batches):
        batch = [Event(doc_id=f"w{b}-{i}", sentence_index=0, sentence=f"batch {b} event {i}", span=None,
                       source=Actor("ARM"), target=Actor("AZE"), plover="ACCUSE", mode=None, cameo="111",
                       quad_class=3, intensity=-2.0, date="2025-07-%02d" % (1 + i % 28), date_precision="day",
                       dataset="mirrorwatch")
                 for i in range(200)]
        store.write_events(events_to_arrow(batch), run_id=f"writer-{b}")
        time.sleep(0.01)
    print("done", flush=True)
""")


def test_requests_succeed_while_another_process_writes(filled, tmp_path):
    from fastapi.testclient import TestClient

    from mirrorwatch.web import create_app

    store, ids = filled
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    batches = 30
    proc = subprocess.Popen([sys.executable, str(script), str(store.path), str(batches)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    paths = ["/index.json", "/events.json?source=ARM", f"/doc/{ids['doc0']}.json", "/search.json?q=Baku",
             "/events.json?limit=5"]
    statuses, counts = [], []
    with TestClient(create_app(store)) as client:
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            for path in paths:
                r = client.get(path)
                statuses.append((path, r.status_code))
                if path.startswith("/events.json?source=ARM"):
                    counts.append(r.json()["count"])
        out, errors = proc.communicate(timeout=60)
        final = client.get("/events.json?source=ARM").json()["count"]
    assert proc.returncode == 0, errors
    assert "done" in out
    assert len(statuses) >= len(paths), "no request was made while the writer ran"
    assert [s for s in statuses if s[1] != 200] == []
    assert counts == sorted(counts)  # readers see committed batches only, never fewer later
    assert final == batches * 200 or final == 10_000  # counts are capped at 10,000
