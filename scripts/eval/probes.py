#!/usr/bin/env python3
"""Our own probe queries (scripts/eval/probes/LANG.tsv: CATEGORY<TAB>query, written by us,
never taken from the dev set) against a running server: a probe is found when a resource
of its category is among the first three hits. A regression and coverage set for the
vocabulary and the ranking, not a held-out measure (vocabulary was added for many of them).

    python3 scripts/eval/probes.py http://127.0.0.1:PORT [--misses]
"""
import argparse
import json
import pathlib
import sys
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).parent / "probes"


def found(base, lang, category, text):
    query = urllib.parse.urlencode({"q": text, "lang": lang, "limit": 3})
    with urllib.request.urlopen(f"{base}/api/v1/search?{query}") as answer:
        hits = json.load(answer)["hits"]
    return any(category in hit["categories"] for hit in hits[:3]), hits


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    total = hit = 0
    for path in sorted(HERE.glob("*.tsv")):
        lang = path.stem
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line]
        if not rows:
            continue
        good = 0
        for category, text in rows:
            ok, hits = found(args.base, lang, category, text)
            good += ok
            if not ok and args.misses:
                print(f"MISS {lang} {category}: {text!r} -> {[h['categories'] for h in hits]}")
        print(f"{lang:<6} {good:>4} / {len(rows):<4} {good / len(rows):.3f}")
        total += len(rows)
        hit += good
    print(f"all    {hit:>4} / {total:<4} {hit / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
