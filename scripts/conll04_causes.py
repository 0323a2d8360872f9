#!/usr/bin/env python3
"""Why kg's CoNLL04 relations are counted wrong or missed: each false positive and false negative
of a scored CoNLL04 folder, put in one cause, and the counts per relation type.

Usage: .venv/bin/python scripts/conll04_causes.py BENCH_DIR [--show CAUSE]

BENCH_DIR is a folder scored by ../shared/tools/benchmarks/rel_score.py (scripts/evaluate.py
--sets conll04 leaves one at OUT/bench/conll04; any split prepared by conll04_prep.py will do, the
train split too). Its argument rule (overlapping spans, one normalised text inside the other) is
the scorer's own, imported from ../shared.

False positives, by the first cause that fits:
- "implied object": the object is a mention kg wrote on a title word for the country it implies
  ("President Kennedy" -> the United States, method rule:title); CoNLL04 has no entity there.
- "party": affiliatedWith a party from a party word or tag ("R-Utah", "a Republican"); CoNLL04
  never annotates party membership as Work_For.
- "one gold place": partOf between two places the gold writes as one ("North Bend , Ohio", the
  object of a Live_In).
- "post of a place": holdsPosition or affiliatedWith to a place ("Illinois Gov. X", "the 34th
  President of the United States, X"); CoNLL04 calls it Live_In or nothing.
- "other": read these by hand (real errors, and relations the gold leaves out).
False negatives: "dateline agency" (the "CITY , Country ( AP )" agency, which kg reads as no
seat), "argument not found", "argument of another type", "both arguments in one mention", "both
found, no relation".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WANT = {"Work_For": ("Person", "Organization"), "OrgBased_In": ("Organization", "Place"),
        "Located_In": ("Place", "Place")}
_AGENCY = re.compile(r"\(\s*(?P<agency>[A-Z][A-Z-]{1,9})\s*\)\s*(?:--|_|$)|\b(?:TASS|XINHUA)\b")


def _scorer(shared: Path):
    sys.path.insert(0, str(shared / "tools" / "benchmarks"))
    import common  # noqa: E402  (../shared is outside the project)
    import rel_score  # noqa: E402
    rel_score.configure("conll04")
    return rel_score, common


def _triple(E: list, t: str, h: int, tl: int) -> tuple:
    return t, tuple(E[h][:2]) + (E[h][3],), tuple(E[tl][:2]) + (E[tl][3],)


def false_positive_cause(R, rel: dict, head: dict, obj: dict, gold_entities: list) -> str:
    """The cause of one mapped kg relation the gold does not hold."""
    o = (obj["start"], obj["end"], obj["text"])
    gold_places = [(s, e, x) for s, e, k, x in gold_entities if k == "Loc"]
    if obj["method"] == "rule:title" and not any(R.arg_match(o, g) for g in gold_places):
        return "implied object"
    if rel["method"].startswith("rule:party"):
        return "party"
    lo, hi = min(head["start"], obj["start"]), max(head["end"], obj["end"])
    if rel["predicate"] == "partOf" and any(s <= lo and head["end"] <= e and obj["start"] < e
                                            for s, e, _, _ in gold_entities) and \
            any(s <= lo and hi - 2 <= e for s, e, _, _ in gold_entities):
        return "one gold place"
    if rel["predicate"] in ("holdsPosition", "affiliatedWith") and obj["type"] == "Place":
        return "post of a place"
    return "other"


def causes(bench: Path, shared: Path, show: str | None = None) -> tuple[Counter, Counter, Counter]:
    """(true positives, false positive causes, false negative causes), each counted per relation type."""
    R, common = _scorer(shared)
    recs = {r["id"]: r for r in map(json.loads, (bench / "conll04.jsonl").open(encoding="utf-8"))}
    gold = {g["id"]: g for g in map(json.loads, (bench / "conll04_gold.jsonl").open(encoding="utf-8"))}
    kg, _ = common.read_kg_mentions(bench / "kgout" / "mentions.jsonl", recs)
    tp, fp, fn = Counter(), Counter(), Counter()
    for did, rec in recs.items():
        E = gold[did]["entities"]
        grel = [_triple(E, *r) for r in gold[did]["relations"]]
        ms, raw, seen, found = kg[did]["mentions"], kg[did]["raw_mentions"], set(), set()
        for r in kg[did]["relations"]:
            t = None if r["predicate"] == "mentionedWith" else R.map_relation(r, raw)
            if t is None:
                continue
            hm, om = ms[r["subject"]], ms[r["object"]]
            H, O = (hm["start"], hm["end"], hm["text"]), (om["start"], om["end"], om["text"])
            if (t, H[:2], O[:2]) in seen:
                continue  # the scorer counts a repeated triple once
            seen.add((t, H[:2], O[:2]))
            hit = next((n for n, g in enumerate(grel) if n not in found and g[0] == t
                        and R.arg_match(H, g[1]) and R.arg_match(O, g[2])), None)
            if hit is not None:
                found.add(hit)
                tp[t] += 1
                continue
            cause = false_positive_cause(R, r, hm, om, E)
            fp[(t, cause)] += 1
            if show == cause:
                print(f"FP {did} {t} {r['method']}: {hm['text']} -> {om['text']} | {rec['text'][:160]}")
        for n, (t, H, O) in enumerate(grel):
            if t not in WANT or n in found:
                continue
            on_h = [m for m in ms if R.arg_match((m["start"], m["end"], m["text"]), H)]
            on_o = [m for m in ms if R.arg_match((m["start"], m["end"], m["text"]), O)]
            agency = _AGENCY.search(rec["text"][:160])
            if t == "OrgBased_In" and agency and H[0] < 160 and H[2] in agency.group(0):
                cause = "dateline agency"
            elif not on_h or not on_o:
                cause = "argument not found"
            elif not any(m["type"] == WANT[t][0] for m in on_h) or not any(m["type"] == WANT[t][1] for m in on_o):
                cause = "argument of another type"
            elif {(m["start"], m["end"]) for m in on_h} & {(m["start"], m["end"]) for m in on_o}:
                cause = "both arguments in one mention"
            else:
                cause = "both found, no relation"
            fn[(t, cause)] += 1
            if show == cause:
                print(f"FN {did} {t}: {H[2]} -> {O[2]} | {rec['text'][:160]}")
    return tp, fp, fn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="a scored CoNLL04 folder (OUT/bench/conll04)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show", help="print the relations of this cause")
    args = parser.parse_args()
    if not (args.shared / "tools" / "benchmarks" / "rel_score.py").exists():
        print(f"Error: no benchmark scorers under {args.shared}; pass --shared PATH", file=sys.stderr)
        return 2
    if not (args.bench / "relations_kg.jsonl").exists():
        print(f"Error: {args.bench} is no scored CoNLL04 folder (run scripts/evaluate.py --sets conll04)",
              file=sys.stderr)
        return 2
    tp, fp, fn = causes(args.bench, args.shared, args.show)
    print(f"true positives {sum(tp.values())}: " + ", ".join(f"{t} {n}" for t, n in sorted(tp.items())))
    print(f"false positives {sum(fp.values())}:")
    for (t, cause), n in sorted(fp.items()):
        print(f"  {n:4d}  {t:12s} {cause}")
    print(f"false negatives {sum(fn.values())}:")
    for (t, cause), n in sorted(fn.items()):
        print(f"  {n:4d}  {t:12s} {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
