"""Where a graph lives: rdflib's memory for a notebook build, an Oxigraph store on disk otherwise.

rdflib's memory store costs about 1.3 GB per million triples, and a 4,724-article corpus makes
four million. `kg build` therefore builds into an on-disk Oxigraph store kept beside the Turtle
file (`graph.ttl.oxigraph/`), and reads it back through the same rdflib API (oxrdflib), so
exporters do not care which one they get. `kg query`, `kg export` and `kg push` open that
store instead of parsing the Turtle file again, while a stamp says it matches the file.
"""
from __future__ import annotations

import functools
import shutil
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import QueryError

STAMP = "kg-source.stamp"


def store_dir(graph_path: Path) -> Path:
    """The store folder kept beside a Turtle file: graph.ttl -> graph.ttl.oxigraph/."""
    path = Path(graph_path)
    return path.with_name(path.name + ".oxigraph")


def _stamp(graph_path: Path) -> str:
    stat = Path(graph_path).stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


@functools.cache
def _store_class():
    from oxrdflib import OxigraphStore
    from oxrdflib._converter import from_ox, to_ox, to_ox_quad_pattern

    class KgOxigraphStore(OxigraphStore):
        """oxrdflib's store made 2-3x faster for kg's use: one default graph, built once.

        oxrdflib makes an rdflib Graph object per returned triple and a transaction per batch;
        kg reads millions of triples and writes a fresh store, so it yields bare triples and
        bulk-loads (no transaction: a half-built store is never stamped, see close_store).
        """

        def addN(self, quads) -> None:  # noqa: N802 (rdflib's name)
            self._inner.bulk_extend([to_ox(q) for q in quads])

        def triples(self, pattern, context=None):
            subject, predicate, _ = pattern
            if isinstance(subject, Literal) or isinstance(predicate, (Literal, BNode)):
                return  # rdflib's JSON-LD writer asks for a literal's properties: there are none
            for q in self._inner.quads_for_pattern(*to_ox_quad_pattern(pattern, context)):
                yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)), iter(())

        def __len__(self, context=None) -> int:
            return len(self._inner)  # kg's stores hold the default graph only

    return KgOxigraphStore


def as_rdflib(store) -> Graph:
    """An rdflib Graph over the default graph of a pyoxigraph Store, with kg's prefixes bound."""
    from kg.vocab import bind_prefixes

    graph = Graph(store=_store_class()(store=store), identifier=DATASET_DEFAULT_GRAPH_ID)
    bind_prefixes(graph)
    return graph


def new_disk_graph(folder: Path) -> Graph:
    """An empty rdflib Graph stored on disk in `folder` (replaced if it exists)."""
    import pyoxigraph

    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    return as_rdflib(pyoxigraph.Store(str(folder)))


def oxigraph_of(graph: Graph):
    """The pyoxigraph Store under `graph`, or None for any other rdflib store."""
    from oxrdflib import OxigraphStore

    return graph.store._inner if isinstance(graph.store, OxigraphStore) else None


def sorted_subjects(graph: Graph):
    """The graph's subjects, blank nodes first, then IRIs in code-point order.

    Sorted here, not by SPARQL ORDER BY: Oxigraph took 200 s and 950 MB for the 590,000
    subjects of the 4,724-article graph, a scan of its raw quads 22 s and 250 MB.
    """
    store = oxigraph_of(graph)
    if store is None:
        yield from sorted(set(graph.subjects()), key=lambda s: (not isinstance(s, BNode), str(s)))
        return
    import pyoxigraph

    keys = {(not isinstance(q.subject, pyoxigraph.BlankNode), q.subject.value)
            for q in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())}
    for is_iri, value in sorted(keys):
        yield URIRef(value) if is_iri else BNode(value)


def close_store(graph: Graph, graph_path: Path | None = None) -> None:
    """Flush and close the on-disk store under `graph`; with `graph_path`, record that it holds that file.

    Closing matters: another reader (a later `kg query`) must not open RocksDB files that
    this process may still compact.
    """
    store = oxigraph_of(graph)
    if store is None:
        return
    store.flush()
    del store
    graph.close()  # oxrdflib drops its reference; RocksDB closes with the last one
    if graph_path is not None and Path(graph_path).is_file():
        (store_dir(graph_path) / STAMP).write_text(_stamp(graph_path))


def load_store(graph_path: Path):
    """An Oxigraph store of the Turtle file, kept on disk beside it and reused while the file is unchanged.

    A large graph is parsed once; later commands open the store in milliseconds.
    """
    import pyoxigraph

    path = Path(graph_path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; build one with `kg build ... -o DIR`")
    folder = store_dir(path)
    stamp_file = folder / STAMP
    try:
        if stamp_file.is_file() and stamp_file.read_text() == _stamp(path):
            return pyoxigraph.Store.read_only(str(folder))
        if folder.exists():
            shutil.rmtree(folder)
        store = pyoxigraph.Store(str(folder))
        store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        store.flush()
        stamp_file.write_text(_stamp(path))
        return store
    except (SyntaxError, ValueError) as err:
        shutil.rmtree(folder, ignore_errors=True)
        raise QueryError(f"{path}: not readable as Turtle ({err})") from err
    except OSError:
        # A read-only folder: fall back to an in-memory store.
        store = pyoxigraph.Store()
        try:
            store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as err:
            raise QueryError(f"{path}: not readable as Turtle ({err})") from err
        return store


def open_graph(graph_path: Path) -> Graph:
    """A built graph (Turtle file) as an rdflib Graph, read through its on-disk store."""
    return as_rdflib(load_store(graph_path))
