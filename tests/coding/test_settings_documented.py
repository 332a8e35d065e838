"""Every language-pack setting the shipped packs use is documented in docs/languages.md."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
PACKS = sorted(p for p in (ROOT / "src" / "mirrorwatch" / "lang").iterdir() if (p / "triggers.yaml").is_file())


def _keys() -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for pack in PACKS:
        for name in ("roles.yaml", "modality.yaml"):
            f = pack / name
            if f.is_file():
                keys |= {(name, k) for k in (yaml.safe_load(f.read_text(encoding="utf-8")) or {})}
        for entry in yaml.safe_load((pack / "triggers.yaml").read_text(encoding="utf-8")).get("triggers", []):
            keys |= {("triggers.yaml", k) for k in entry}
    return keys


@pytest.mark.parametrize(("file", "key"), sorted(_keys()))
def test_pack_setting_is_documented(file, key):
    assert f"`{key}`" in DOC, f"{file} setting {key!r} is not described in docs/languages.md"
