"""Generated news articles for the scale-out tests and benchmark (our own sentences, de/en/ru).

Short articles built from templates and lexicon words (countries, trigger verbs), a few neutral
sentences and a numbered closing line, so every article is distinct. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Country forms: (nominative subject, form after the verb's preposition or as object).
_EN = ["Russia", "France", "Poland", "Germany", "Turkey", "Japan", "China", "Iran", "Azerbaijan", "Armenia"]
_EN_T = [
    "{s} expelled two diplomats of {t}.",
    "{s} imposed new sanctions on {t}.",
    "{s} condemned {t} over the border incident.",
    "{s} signed a trade agreement with {t}.",
    "{s} threatened {t} with consequences.",
    "The president of {s} met the foreign minister of {t} in the capital.",
    "{s} summoned the ambassador of {t}.",
]
_EN_N = ["Talks continued late into the evening.", "Markets reacted calmly on Tuesday.",
         "The statement was published on the ministry's website.", "Observers expect further steps."]

_DE = [("Deutschland", "Deutschland"), ("Frankreich", "Frankreich"), ("Polen", "Polen"),
       ("Russland", "Russland"), ("China", "China"), ("Japan", "Japan"), ("Österreich", "Österreich"),
       ("Aserbaidschan", "Aserbaidschan")]
_DE_T = [
    "{s} verhängte neue Sanktionen gegen {t}.",
    "{s} kritisierte {t} scharf.",
    "{s} unterzeichnete ein Abkommen mit {t}.",
    "{s} wies zwei Diplomaten aus {t} aus.",
    "{s} drohte {t} mit Konsequenzen.",
]
_DE_N = ["Die Gespräche dauerten bis zum Abend.", "Die Börsen reagierten gelassen.",
         "Beobachter erwarten weitere Schritte."]

# Russian: feminine subjects (past-tense agreement), genitive / instrumental / dative targets.
_RU = [("Россия", "России", "Россией", "России"), ("Франция", "Франции", "Францией", "Франции"),
       ("Польша", "Польши", "Польшей", "Польше"), ("Германия", "Германии", "Германией", "Германии"),
       ("Турция", "Турции", "Турцией", "Турции"), ("Япония", "Японии", "Японией", "Японии"),
       ("Чехия", "Чехии", "Чехией", "Чехии")]
_RU_T = [
    ("{s} ввела санкции против {g}.", 1),
    ("{s} выслала двух дипломатов {g}.", 1),
    ("{s} подписала соглашение с {i}.", 2),
    ("{s} пригрозила {d} ответными мерами.", 3),
    ("{s} осудила действия {g}.", 1),
]
_RU_N = ["Переговоры продолжались до вечера.", "Рынки отреагировали спокойно.",
         "Наблюдатели ожидают дальнейших шагов."]


def _pair(rng: random.Random, items: list[Any]) -> tuple[Any, Any]:
    a, b = rng.sample(items, 2)
    return a, b


def _sentence(rng: random.Random, lang: str) -> str:
    if lang == "en":
        s, t = _pair(rng, _EN)
        return rng.choice(_EN_T).format(s=s, t=t)
    if lang == "de":
        (s, _), (_, t) = _pair(rng, _DE)
        return rng.choice(_DE_T).format(s=s, t=t)
    s, t = _pair(rng, _RU)
    template, _ = rng.choice(_RU_T)
    return template.format(s=s[0], g=t[1], i=t[2], d=t[3])


def article(n: int, seed: int = 0, short: bool = False) -> dict[str, Any]:
    """Article number ``n`` of the corpus with this ``seed``: text, title, published, language, url.

    ``short`` articles have one event sentence and the closing line (the benchmark's size).
    """
    rng = random.Random(seed * 1_000_003 + n)
    lang = ("en", "de", "ru")[rng.randrange(3)]
    body = [_sentence(rng, lang) for _ in range(1 if short else rng.randint(1, 3))]
    if not short and rng.random() < 0.5:
        body.append(rng.choice({"en": _EN_N, "de": _DE_N, "ru": _RU_N}[lang]))
    body.append({"en": f"Wire report {n}.", "de": f"Agenturmeldung {n}.", "ru": f"Сообщение агентства {n}."}[lang])
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(500))
    return {"text": " ".join(body), "title": f"{lang}-{n}", "published": day.isoformat(), "language": lang,
            "url": f"https://wire.example/{seed}/{n}"}


def articles(count: int, seed: int = 0, start: int = 0, short: bool = False) -> Iterator[dict[str, Any]]:
    """``count`` articles from number ``start`` on."""
    for n in range(start, start + count):
        yield article(n, seed, short)


def write_jsonl(path: Path, count: int, seed: int = 0, start: int = 0, short: bool = False) -> Path:
    """A JSON Lines file of generated articles."""
    with open(path, "w", encoding="utf-8") as f:
        for a in articles(count, seed, start, short):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def write_text_folder(folder: Path, count: int, seed: int = 0, start: int = 0) -> Path:
    """A folder of ``.txt`` files with header comments (one article each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for a in articles(count, seed, start):
        n = a["url"].rsplit("/", 1)[1]
        (folder / f"{a['language']}-{int(n):06d}.txt").write_text(
            f"# published: {a['published']}\n# language: {a['language']}\n# source: {a['url']}\n\n{a['text']}\n",
            encoding="utf-8")
    return folder


def write_parquet(path: Path, count: int, seed: int = 0, start: int = 0, row_group_size: int = 1000) -> Path:
    """A Parquet table of documents (text, title, url, published as a date, language)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(articles(count, seed, start))
    for r in rows:
        r["published"] = dt.date.fromisoformat(r["published"])
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path
