"""Benchmark of the ingest stage: documents per second and peak memory for HTML and for text.

Generates N varied synthetic articles (German, English, Russian; three page layouts with navigation,
cookie banner, share bars, an inline "read more" teaser, a related-articles box and a footer) as
HTML pages and as text files with header comments, then ingests each folder into a fresh store in
its own process (so that peak RSS belongs to one mode) through ``mirrorwatch.api.ingest``. Also
checks that no page chrome leaked into the stored texts. Prints the figures and writes them into the
``## Ingest`` section of docs/benchmarks.md (``--no-write`` to skip).

    .venv/bin/python bench/ingest.py              # 10,000 documents per mode
    .venv/bin/python bench/ingest.py -n 500 --no-write
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"

# Building blocks of the synthetic articles (written for this benchmark).
STATES = {
    "de": ["Nordland", "Südland", "Ostmark", "Westhafen", "Bergreich", "Seeland"],
    "en": ["Northland", "Southland", "Eastmark", "Westhaven", "Highrealm", "Sealand"],
    "ru": ["Северия", "Южния", "Восточная марка", "Западная гавань", "Горное царство", "Приморье"],
}
ACTS = {
    "de": ["bestellte den Botschafter von {t} ein", "verhängte neue Zölle gegen {t}", "unterzeichnete ein Abkommen mit {t}",
           "wies zwei Diplomaten aus {t} aus", "bot {t} Gespräche über die Grenze an", "warf {t} Spionage vor"],
    "en": ["summoned the ambassador of {t}", "imposed new tariffs on {t}", "signed an accord with {t}",
           "expelled two diplomats from {t}", "offered {t} talks on the border", "accused {t} of espionage"],
    "ru": ["вызвало посла страны {t}", "ввело новые пошлины против страны {t}", "подписало соглашение со страной {t}",
           "выслало двух дипломатов страны {t}", "предложило стране {t} переговоры о границе",
           "обвинило страну {t} в шпионаже"],
}
OPEN = {"de": "Die Regierung von {s}", "en": "The government of {s}", "ru": "Правительство страны {s}"}
DAYS = {"de": ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag"],
        "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
        "ru": ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу"]}
FILLER = {
    "de": ["Beobachter rechnen mit weiteren Schritten in den kommenden Wochen.",
           "Ein Sprecher des Außenministeriums wollte sich zunächst nicht äußern.",
           "Die Beziehungen beider Länder gelten seit Jahren als angespannt."],
    "en": ["Observers expect further steps in the coming weeks.",
           "A foreign ministry spokesperson declined to comment at first.",
           "Relations between the two countries have been tense for years."],
    "ru": ["Наблюдатели ожидают новых шагов в ближайшие недели.",
           "Представитель министерства иностранных дел сначала отказался от комментариев.",
           "Отношения двух стран уже много лет остаются напряжёнными."],
}
TEASER = {"de": "Lesen Sie auch: {x}", "en": "Read more: {x}", "ru": "Читайте также: {x}"}
CHROME = ["Cookie-Einstellungen", "Newsletter abonnieren", "Meistgelesen", "Subscribe to our newsletter",
          "Most read", "Подпишитесь на рассылку", "Самое популярное"]


def article(i: int, rng: random.Random) -> dict:
    """One synthetic article: language, title, date, url, paragraphs and a teaser line."""
    lang = ("de", "en", "ru")[i % 3]
    s, t = rng.sample(STATES[lang], 2)
    paras = []
    for p in range(rng.randint(3, 7)):
        act = rng.choice(ACTS[lang]).format(t=t)
        paras.append(f"{OPEN[lang].format(s=s)} {rng.choice(DAYS[lang])} {act}. "
                     f"{rng.choice(FILLER[lang])} (Meldung {i}-{p})")
    date = f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    return {"lang": lang, "title": f"{s} / {t}: {i}", "date": date, "paras": paras,
            "url": f"https://site{i % 40}.example/{date.replace('-', '/')}/story-{i}",
            "teaser": TEASER[lang].format(x=f"{t} {rng.choice(FILLER[lang])[:30]}")}


def html_page(a: dict, layout: int) -> str:
    """The article inside one of three page layouts full of chrome."""
    body = [f"<p>{p}</p>" for p in a["paras"]]
    body.insert(1, f"<p>{a['teaser']}</p>")
    nav = "<nav>" + " ".join(f"<a href='/{w}'>{w}</a>" for w in ("Politik", "World", "Спорт", "Kultur")) + "</nav>"
    cookie = f"<div class='cookie'>{CHROME[0]} <button>OK</button></div>"
    share = "<div class='share'><a href='#'>Teilen</a> <a href='#'>Share</a> <a href='#'>Print</a></div>"
    aside = "<aside><h3>" + CHROME[2] + "</h3><ul>" + "".join(f"<li><a href='/r{k}'>{CHROME[k]}</a></li>" for k in (4, 5, 6)) + "</ul></aside>"
    footer = f"<footer>{CHROME[1]} · {CHROME[3]} · Impressum</footer>"
    if layout == 0:  # semantic HTML5 with meta and JSON-LD
        head = (f"<meta property='og:title' content='{a['title']}'><meta property='og:site_name' content='Site'>"
                f"<meta property='article:published_time' content='{a['date']}T06:00:00Z'>"
                f"<link rel='canonical' href='{a['url']}'>")
        main = f"<main><article><h1>{a['title']}</h1>{share}{''.join(body)}{share}</article>{aside}</main>"
    elif layout == 1:  # div soup, date in JSON-LD only
        head = ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"' + a["date"] + '"}</script>')
        main = (f"<div class='x1'><div class='x2'><h1 class='hd'>{a['title']}</h1>"
                f"<div class='x3'>{''.join(body)}</div>{aside}</div></div>")
    else:  # magazine markup, meta date only
        head = f"<meta property='article:published_time' content='{a['date']}'>"
        main = f"<section class='story'><header><h1>{a['title']}</h1></header>{share}<div class='text'>{''.join(body)}</div></section>{aside}"
    return (f"<!DOCTYPE html><html lang='{a['lang']}'><head><meta charset='utf-8'><title>{a['title']}</title>{head}"
            f"</head><body>{nav}{cookie}{main}{footer}</body></html>")


def generate(n: int, folder: Path) -> None:
    """Write n HTML pages to folder/html and the same n articles as text to folder/text."""
    rng = random.Random(42)
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir()
    for i in range(n):
        a = article(i, rng)
        (folder / "html" / f"{i:06}.html").write_text(html_page(a, i % 3), encoding="utf-8")
        (folder / "text" / f"{i:06}.txt").write_text(
            f"# source: {a['url']}\n# published: {a['date']}\n# title: {a['title']}\n" + "\n\n".join(a["paras"]) + "\n",
            encoding="utf-8")


def run_one(folder: str, db: str) -> None:
    """Ingest one folder into a fresh store (child process); print a JSON line of figures."""
    import mirrorwatch as mw

    store = mw.open_store(db)
    t0 = time.perf_counter()
    c0 = time.process_time()
    report = mw.ingest(store, [folder])
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    leaked = store.query(
        "SELECT count(*) AS n FROM documents WHERE regexp_matches(text, ?)",
        ["|".join(re.escape(c) for c in [*CHROME, "Lesen Sie auch", "Read more", "Читайте также", "Impressum"])],
    ).to_pylist()[0]["n"]
    undated = store.query("SELECT count(*) AS n FROM documents WHERE published IS NULL").to_pylist()[0]["n"]
    print(json.dumps({"new": report.new, "failed": len(report.failed), "seconds": elapsed,
                      "docs_per_s": report.new / elapsed,
                      "cpu_s": cpu, "docs_per_cpu_s": report.new / cpu, "leaked": leaked, "undated": undated,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "db_mb": os.path.getsize(db) / 1e6}))


def write_section(text: str) -> None:
    """Replace (or append) the ``## Ingest`` section of docs/benchmarks.md."""
    doc = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Ingest\n.*?(?=^## |\Z)", re.S | re.M)
    doc = pattern.sub(lambda _: text, doc) if pattern.search(doc) else doc.rstrip("\n") + "\n\n" + text
    DOCS.write_text(doc, encoding="utf-8")


def main() -> None:
    """Generate, ingest both modes in child processes, print and record the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="documents per mode (default 10,000)")
    ap.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    ap.add_argument("--run", nargs=2, metavar=("FOLDER", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        run_one(*args.run)
        return
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        generate(args.n, Path(tmp))
        print(f"generated {args.n:,} HTML pages and {args.n:,} text files in {time.perf_counter() - t0:.1f} s")
        results = {}
        for mode in ("html", "text"):
            out = subprocess.run([sys.executable, __file__, "--run", str(Path(tmp) / mode), str(Path(tmp) / f"{mode}.duckdb")],
                                 capture_output=True, text=True, check=True)
            results[mode] = json.loads(out.stdout.strip().splitlines()[-1])
            r = results[mode]
            print(f"{mode:5}: {r['new']:,} documents in {r['seconds']:.1f} s = {r['docs_per_s']:,.0f} docs/s "
                  f"({r['docs_per_cpu_s']:,.0f} per CPU-second), "
                  f"peak RSS {r['peak_rss_mb']:.0f} MB, store {r['db_mb']:.1f} MB, failed {r['failed']}, "
                  f"chrome leaked into {r['leaked']}, undated {r['undated']}")
    cmd = "    .venv/bin/python bench/ingest.py" + (f" -n {args.n}" if args.n != 10_000 else "")
    cpu = platform.processor() or platform.machine()
    rows = "\n".join(
        f"| {m} | {r['new']:,} | {r['seconds']:.1f} | {r['docs_per_s']:,.0f} | {r['cpu_s']:.1f} | "
        f"**{r['docs_per_cpu_s']:,.0f}** | {r['peak_rss_mb']:.0f} | "
        f"{r['db_mb']:.1f} | {r['failed']} | {r['leaked']} | {r['undated']} |"
        for m, r in results.items())
    section = f"""## Ingest

`mirrorwatch.api.ingest` on {args.n:,} generated articles per mode (de/en/ru in turn, 3–7 paragraphs;
HTML in three page layouts with navigation, cookie banner, share bars, an inline "read more"
teaser, a related-articles box and a footer; text files with `# source:` / `# published:` headers),
each mode in a fresh process and a fresh store, batches of 200 documents. One run on
{os.cpu_count()} shared cores ({cpu}, Python {platform.python_version()}); treat as ±20 %.
The machine is shared with other jobs, so wall time varies; the CPU time of the ingesting process
is the steadier figure (one core; the stage is single-threaded). "leaked" counts stored texts that
still contain any chrome or teaser phrase; "undated" those without a publication date.

{cmd}

| input | documents | wall s | docs/s (wall) | CPU s | docs per CPU-second | peak RSS MB | store MB | failed | leaked | undated |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

HTML time is dominated by trafilatura's extraction (parse, clean, score); text by language
identification and hashing. The inputs are read as a stream and written in batches; what grows with
the input is only the list of files to read and the ids of stored documents kept for the report.
"""
    if not args.no_write:
        write_section(section)
        print(f"wrote the Ingest section of {DOCS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
