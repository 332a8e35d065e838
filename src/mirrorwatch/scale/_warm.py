"""Imported by the process pool's forkserver: loads the language packs once, before workers fork.

Workers forked from the server then share the loaded lexicons (copy-on-write) instead of each
reading and compiling them again (about a second per worker and language).
"""

from __future__ import annotations

try:
    from ..lang import available, load

    for _code in available():
        load(_code)
except Exception:  # a broken pack is reported by the worker that needs it, with its real error
    pass
