"""Metadata rules: URL normalisation, dates, languages, the inline-teaser filter."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from mirrorwatch.errors import InputError
from mirrorwatch.ingest.meta import (
    BoilerplateFilter,
    detect_language,
    normalise_language,
    normalise_url,
    parse_date,
    site_of,
    supported_languages,
)


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTPS://News.Example.COM/Politik/A?utm_source=x&id=3&UTM_Medium=y#top",
     "https://news.example.com/Politik/A?id=3"),
    ("http://news.example:80/a", "http://news.example/a"),
    ("https://news.example:8443/a", "https://news.example:8443/a"),
    ("https://news.example", "https://news.example/"),
    ("https://news.example/a?b=2&a=1", "https://news.example/a?b=2&a=1"),  # order kept
])
def test_normalise_url(url, expected):
    assert normalise_url(url) == expected


@pytest.mark.parametrize("url", [None, "", "ftp://x.example/a", "javascript:alert(1)", "/relative", "http://[bad"])
def test_normalise_url_refuses_non_web_urls(url):
    assert normalise_url(url) is None


def test_site_of_drops_www():
    assert site_of("https://WWW.Zeitung.example/x") == "zeitung.example"
    assert site_of(None) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T23:10:00+02:00", "2024-03-05"),
    (dt.date(2020, 1, 2), "2020-01-02"),
    (dt.datetime(2020, 1, 2, 3, 4), "2020-01-02"),
    ("Mon, 01 Feb 2021 09:00:00 +0000", "2021-02-01"),
    (time.struct_time((2021, 2, 3, 0, 0, 0, 2, 34, 0)), "2021-02-03"),
    (None, None),
    ("  ", None),
])
def test_parse_date(value, expected):
    assert parse_date(value, "x") == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13-40", "05.03.2024"])
def test_parse_date_names_item_and_value(value):
    with pytest.raises(InputError) as info:
        parse_date(value, "file.jsonl:3")
    assert info.value.item == "file.jsonl:3"
    assert value[:10] in info.value.reason


def test_languages_are_the_pack_folders():
    assert {"de", "en", "ru"} <= set(supported_languages())
    assert normalise_language("de-AT") == "de"
    assert normalise_language("EN_gb") == "en"
    assert normalise_language("") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Regierung hat am Montag den Botschafter des Nachbarlandes einbestellt.", "de"),
    ("The government summoned the neighbouring country's ambassador on Monday.", "en"),
    ("Правительство в понедельник вызвало посла соседней страны.", "ru"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("line", [
    "Lesen Sie auch: Moskau bestellt Botschafter ein",
    "» Mehr zum Thema",
    "Read more: Farmers brace for duties",
    "Related: Talks stall again",
    "Читайте также: Цены выросли",
    "► Смотрите также – видео с места событий",
    "Lesen Sie auch Die Nacht, in der alles anders wurde",  # short teaser without a colon
])
def test_boilerplate_lines_are_dropped(line):
    assert BoilerplateFilter.for_all_languages().is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Related talks in Geneva ended on Friday without an agreement between the two delegations.",
    "Relatedly, the ministry said nothing.",
    "Mehr zum Thema Grenzschließung sagte der Minister am Abend im Fernsehen, ohne Einzelheiten zu nennen.",
    "The minister said: read more carefully.",
    "",
])
def test_real_sentences_are_kept(line):
    assert not BoilerplateFilter.for_all_languages().is_boilerplate(line)


def test_cues_come_from_the_language_packs():
    from mirrorwatch.lang import pack_dir

    for lang in ("de", "en", "ru"):
        assert (pack_dir(lang) / "boilerplate.txt").is_file()
    f = BoilerplateFilter(["Siehe Kasten"])
    assert f.clean("Erster Satz.\nSiehe Kasten: unten\nZweiter Satz.") == "Erster Satz.\nZweiter Satz."
