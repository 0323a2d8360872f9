"""build(inputs, options) -> BuildResult: orchestration of the stages, nothing else.

files -> Article (kg.ingest) -> spaCy Doc -> Extraction (kg.extract) -> entities (kg.resolve)
-> rdflib Graph (kg.graph). Extraction is a map over articles; resolution and the graph are a
reduce over the plain Extraction records.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Graph

from kg.errors import NothingBuiltError
from kg.gazetteer import load_gazetteer
from kg.ingest import IngestOptions, load_articles
from kg.model import Article, Extraction, Skip
from kg.vocab import RDF

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What the CLI (or a notebook) can set for a build."""

    ingest: IngestOptions = IngestOptions()
    batch_size: int = 32
    processes: int = 1
    cache_dir: Path | None = None  # per-article extraction cache; None: no cache
    dask: str | None = None  # a Dask scheduler address or "local:N"; None: this process
    store_dir: Path | None = None  # build the graph in an on-disk Oxigraph store here; None: in memory
    keep_extractions: bool = True  # False: BuildResult drops them (and the mention keys) to free memory
    corrections: Path | None = None  # the user's corrections to entities (kg.corrections), applied on every build


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """Counts a user reads after a build."""

    articles: int
    skipped: tuple[Skip, ...]
    entities_by_type: dict
    relations_by_predicate: dict
    triples: int
    seconds: float
    stage_seconds: dict = field(default_factory=dict)
    cache_hits: int = 0  # articles whose extraction came from the cache


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The graph, its summary and the per-article extractions it was built from."""

    graph: Graph
    summary: BuildSummary
    extractions: tuple[Extraction, ...]
    mention_keys: dict = field(default_factory=dict)  # article id -> entity key per mention (None: dropped)


def _split(inputs: Iterable, options: BuildOptions, skipped: list[Skip]) -> Iterator[Article]:
    paths = []
    for item in inputs:
        if isinstance(item, Article):
            yield item
        else:
            paths.append(item)
    if paths:
        for item in load_articles(paths, options.ingest):
            if isinstance(item, Skip):
                log.warning("skipped %s: %s", item.where, item.reason)
                skipped.append(item)
            else:
                yield item


def extract_all(articles: Iterable[Article], options: BuildOptions,
                progress: Callable[[int], None] | None = None, stats: dict | None = None) -> Iterator[Extraction]:
    """The map step: each article's text through spaCy and the extraction rules, streamed."""
    articles = map(_with_language, articles)
    if options.dask:
        from kg.distributed import extract_on_dask

        yield from extract_on_dask(articles, options.dask, options.batch_size, articles_per_task=2 * options.batch_size)
        return
    gazetteer = load_gazetteer()
    cache = _cache(options, gazetteer)
    misses: list[Article] = []
    for article in articles:
        hit = cache.get(article) if cache else None
        if hit is not None:
            yield hit
            if progress:
                progress(1)
            continue
        misses.append(article)
        if len(misses) >= MISS_CHUNK:
            yield from _parse(misses, options, gazetteer, cache, progress)
            misses = []
    if misses:
        yield from _parse(misses, options, gazetteer, cache, progress)
    if cache:
        log.info("extraction cache %s: %d hits, %d misses", cache.folder, cache.hits, cache.misses)
        if stats is not None:
            stats.update(cache_hits=cache.hits, cache_misses=cache.misses)


def _with_language(article: Article) -> Article:
    """The article with the language of the pack that reads it, when that is not the default's
    (a Russian text whose metadata said nothing, or said "en", is marked "ru")."""
    from kg.lang import DEFAULT, language_of

    code = language_of(article)
    return article if code == DEFAULT or article.language == code else replace(article, language=code)


# Articles the cache lacks go to spaCy in chunks: streaming with bounded memory, and no model
# load at all when every article is cached.
MISS_CHUNK = 512


def _parse(articles: list[Article], options: BuildOptions, gazetteer, cache, progress) -> Iterator[Extraction]:
    """Each article through its own language's pack, in input order, into the cache as it comes."""
    from kg.lang import extract_articles

    for extraction in extract_articles(articles, gazetteer, options.batch_size, options.processes):
        if cache:
            cache.put(extraction)
        yield extraction
        if progress:
            progress(1)


def _cache(options: BuildOptions, gazetteer):
    if options.cache_dir is None:
        return None
    from kg.cache import ExtractionCache, code_version
    from kg.nlp import pipeline_version

    return ExtractionCache(options.cache_dir, pipeline_version(gazetteer) + code_version())


# Up to this many articles (about 2 M triples, 0.6 GB in Oxigraph's memory store) the graph is built
# in memory and saved to the on-disk store in one bulk load: writing RocksDB triple by triple costs
# about 3x more, and reading an on-disk store back for the exports 5-10x more than memory. Larger
# corpora go straight to disk, so memory stays bounded.
MEMORY_BUILD_ARTICLES = 1000


def _memory_graph() -> Graph:
    """An rdflib Graph over a new in-memory Oxigraph store; `store.in_memory` tells readers so."""
    import pyoxigraph

    from kg.store import as_rdflib

    graph = as_rdflib(pyoxigraph.Store())
    graph.store.in_memory = True
    return graph


def _save_store(graph: Graph, folder: Path) -> None:
    """Write an in-memory graph to a new on-disk Oxigraph store in `folder` (closed when this returns)."""
    import shutil

    import pyoxigraph

    from kg.store import oxigraph_of

    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    disk = pyoxigraph.Store(str(folder))
    disk.bulk_load(oxigraph_of(graph).dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()),
                   format=pyoxigraph.RdfFormat.N_TRIPLES)
    disk.flush()
    del disk  # RocksDB closes with its last reference, so a later reader may open it


class _StoreWrite(threading.Thread):
    """_save_store in a thread of its own, started at once: Oxigraph lets go of the interpreter
    while it loads, so the disk store is written while the exports run (a few seconds of a build)."""

    def __init__(self, graph: Graph, folder: Path):
        super().__init__(name="kg-store-write")
        self._graph, self._folder, self._error = graph, folder, None
        self.start()

    def run(self) -> None:
        from kg.errors import ExportError

        try:
            _save_store(self._graph, self._folder)
        except (OSError, RuntimeError) as err:  # RocksDB reports I/O failures as RuntimeError
            why = getattr(err, "strerror", None) or err
            self._error = ExportError(f"cannot write the graph store {self._folder} ({why}); "
                                      "free some disk space or choose another -o")
        except BaseException as err:  # handed to the thread that waits, which reports it
            self._error = err

    def wait(self) -> None:
        """Return once the store is written and closed; raise what writing it raised."""
        self.join()
        if self._error is not None:
            raise self._error


def build(inputs: Iterable[str | Path | Article], options: BuildOptions = BuildOptions(),
          progress: Callable[[int], None] | None = None) -> BuildResult:
    """Build the knowledge graph of `inputs` (paths, globs, folders or Article records).

    Returns the graph and a summary that lists every skipped input. Raises
    NothingBuiltError when no article could be read.
    """
    from kg.corrections import load_corrections
    from kg.gcpause import paused_gc
    from kg.graph import build_graph
    from kg.resolve import resolve_entities
    from kg.spill import ExtractionSpill
    from kg.store import new_disk_graph

    started = time.perf_counter()
    # Read before the slow part, so that a broken corrections file fails at once.
    corrections = load_corrections(options.corrections) if options.corrections else None
    skipped: list[Skip] = []
    stats: dict = {}
    # Unless the caller keeps the extractions, the reduce holds their light copies only.
    spill = None if options.keep_extractions else ExtractionSpill()
    extractions = [spill.park(ex) if spill else ex
                   for ex in extract_all(_split(inputs, options, skipped), options, progress, stats)]
    # Resolution and the graph see the articles in id order, whatever order the inputs came in.
    extractions.sort(key=lambda ex: ex.article.id)
    t_extract = time.perf_counter()
    if not extractions:
        reasons = "; ".join(f"{s.where}: {s.reason}" for s in skipped[:3]) or "no input given"
        raise NothingBuiltError(f"no article could be read ({reasons}); check the paths and formats")
    gazetteer = load_gazetteer()
    with paused_gc():
        resolution = resolve_entities(extractions, gazetteer, corrections)
        t_resolve = time.perf_counter()
        in_memory = options.store_dir is not None and len(extractions) <= MEMORY_BUILD_ARTICLES
        target = None
        if options.store_dir is not None:
            target = _memory_graph() if in_memory else new_disk_graph(options.store_dir)
        graph = build_graph(extractions, resolution, gazetteer, target, load=spill.load if spill else None)
        if spill:
            spill.close()
        if in_memory:
            # Written while the caller exports; kg.store.close_store waits for it.
            graph.store.pending_write = _StoreWrite(graph, options.store_dir)
    t_graph = time.perf_counter()
    relations = Counter()
    for _, pred in graph.subject_objects(RDF.predicate):
        relations[str(pred).rsplit("#", 1)[-1]] += 1
    summary = BuildSummary(
        articles=len(extractions), skipped=tuple(skipped),
        entities_by_type=dict(sorted(Counter(e.type for e in resolution.entities).items())),
        relations_by_predicate=dict(sorted(relations.items())), triples=len(graph),
        seconds=round(t_graph - started, 2),
        stage_seconds={"read+nlp+extract": round(t_extract - started, 2),
                       "resolve": round(t_resolve - t_extract, 2), "graph": round(t_graph - t_resolve, 2)},
        cache_hits=stats.get("cache_hits", 0),
    )
    if not options.keep_extractions:
        return BuildResult(graph=graph, summary=summary, extractions=())
    return BuildResult(graph=graph, summary=summary, extractions=tuple(extractions),
                       mention_keys=resolution.mention_keys)


__all__ = ["BuildOptions", "BuildResult", "BuildSummary", "build", "extract_all"]
