"""Bytes → text: gzip, binary rejection, character sets, the size cap."""

from __future__ import annotations

import codecs
import gzip
import os

import pytest

from mirrorwatch.errors import InputError
from mirrorwatch.ingest.decode import decode_text, gunzip, sniff_binary

GERMAN = "Der Präsident empfing am Montag den Außenminister; die Gespräche über Zölle dauerten länger."


def test_utf8_and_bom():
    assert decode_text(GERMAN.encode(), "a") == GERMAN
    assert decode_text(codecs.BOM_UTF8 + GERMAN.encode(), "a") == GERMAN
    assert decode_text(GERMAN.encode("utf-16"), "a") == GERMAN


def test_latin1_is_detected_not_mangled():
    text = decode_text(((GERMAN + "\n") * 3).encode("latin-1"), "a")
    assert "Präsident" in text and "Außenminister" in text and "Zölle" in text


def test_declared_charset_is_used():
    html = '<html><head><meta charset="windows-1251"></head><body>Правительство выслало дипломатов.</body></html>'
    assert "Правительство" in decode_text(html.encode("cp1251"), "p.html")


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "PNG"),
    (b"%PDF-1.7\n" + os.urandom(200), "PDF"),
    (b"PK\x03\x04" + os.urandom(200), "ZIP"),
    (b"abc\x00def" * 20, "NUL"),
])
def test_binary_is_refused_whatever_the_name(data, kind):
    with pytest.raises(InputError) as info:
        decode_text(data, "looks.html")
    assert info.value.item == "looks.html"
    assert "binary" in info.value.reason and kind in info.value.reason


def test_random_bytes_are_refused():
    data = bytes(range(1, 32)) * 50 + os.urandom(2000)
    with pytest.raises(InputError):
        decode_text(data, "noise.txt")


def test_sniff_binary():
    assert sniff_binary(b"GIF89a...") == "GIF image"
    assert sniff_binary(b"<html>") is None


def test_gunzip_whole_truncated_and_capped():
    data = GERMAN.encode() * 100
    packed = gzip.compress(data)
    assert gunzip(packed, "a.gz", 10**6) == data
    with pytest.raises(InputError, match="truncated gzip"):
        gunzip(packed[: len(packed) // 2], "a.gz", 10**6)
    with pytest.raises(InputError, match="size cap"):
        gunzip(packed, "a.gz", 100)
