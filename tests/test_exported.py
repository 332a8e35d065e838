"""The public namespace is deliberate: ``mirrorwatch.__all__`` is exactly the API module's list."""

import mirrorwatch
from mirrorwatch import api


def test_exported_names_match_api():
    assert sorted(mirrorwatch.__all__) == sorted(api.__all__)
    for name in mirrorwatch.__all__:
        assert hasattr(mirrorwatch, name), name


def test_exported_functions_have_docstrings():
    missing = [n for n in api.__all__ if callable(getattr(api, n)) and not getattr(api, n).__doc__]
    assert missing == []
