"""Benchmark: coder throughput (sentences/s on one core, raw text → records) and peak memory.

Generates N sentences of mixed German, English and Russian by combining lexicon entries (actors,
institutions) with trigger words and filler words, groups them into documents of 10 sentences,
codes them in one process and prints sentences/s, events/s and peak RSS. Figures go to the
``## Coder`` section of docs/benchmarks.md.

    .venv/bin/python bench/coder.py --sentences 100000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time

from mirrorwatch.coding import Coder

TEMPLATES = {
    "de": ["{A} bestellte am {D} den {adj} Botschafter ein.", "Die {adj} Polizei nahm mehrere {adj2} Staatsbürger fest.",
           "{A} wies zwei Diplomaten aus {B} aus.", "Der Präsident traf sich mit dem Außenminister von {B}.",
           "Die Regierung kritisierte die Entscheidung scharf und kündigte Gegenmaßnahmen an.",
           "Am {D} fanden in der Hauptstadt keine weiteren Gespräche statt."],
    "en": ["{A} summoned the {adj} ambassador on {D}.", "{adj} police arrested three {adj2} nationals.",
           "{A} expelled two diplomats from {B}.", "The foreign ministers of {A} and {B} met on {D}.",
           "Officials said the decision would be reviewed next week.",
           "The weather in the capital was mild on {D}."],
    "ru": ["{A} вызвал посла в МИД в {D}.", "Полиция задержала несколько граждан.",
           "{A} выслала двух дипломатов.", "Министры встретились в {D} и провели переговоры.",
           "Правительство осудило это решение.", "Погода в столице в {D} была теплой."],
}
NAMES = {"de": (["Russland", "Aserbaidschan", "Deutschland", "Polen", "Baku", "Moskau"], ["russischen", "polnischen", "estnischen"],
                ["aserbaidschanische", "deutsche"], ["Montag", "Dienstag", "Donnerstag"]),
         "en": (["Russia", "Azerbaijan", "Germany", "Poland", "Baku", "Moscow"], ["Russian", "Polish", "Estonian"],
                ["Azerbaijani", "German"], ["Monday", "Tuesday", "Thursday"]),
         "ru": (["Россия", "Азербайджан", "Германия", "Польша", "Баку", "Москва"], [""], [""], ["понедельник", "среду", "четверг"])}


def make_docs(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rnd = random.Random(seed)
    docs = []
    langs = ["de", "en", "ru"]
    for i in range(0, n, 10):
        lang = langs[(i // 10) % 3]
        names, adj, adj2, days = NAMES[lang]
        sents = []
        for _ in range(min(10, n - i)):
            t = rnd.choice(TEMPLATES[lang])
            sents.append(t.format(A=rnd.choice(names), B=rnd.choice(names), adj=rnd.choice(adj),
                                  adj2=rnd.choice(adj2), D=rnd.choice(days)))
        docs.append((lang, " ".join(sents)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=100_000)
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args()
    docs = make_docs(args.sentences)
    coder = Coder()
    for lang in ("de", "en", "ru"):  # load packs and warm caches outside the timing
        coder.code_text(make_docs(30)[["de", "en", "ru"].index(lang)][1], lang=lang, published="2025-07-01")
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    events = 0
    for lang, text in docs:
        events += len(coder.code_text(text, lang=lang, published="2025-07-01"))
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures = {"sentences": args.sentences, "documents": len(docs), "events": events, "wall_s": round(wall, 2),
               "cpu_s": round(cpu, 2), "sentences_per_s_per_core": round(args.sentences / cpu),
               "events_per_s": round(events / cpu), "peak_rss_mb": round(peak_mb)}
    print(json.dumps(figures))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(figures, f)


if __name__ == "__main__":
    main()
