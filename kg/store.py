"""Where a graph lives: rdflib's memory for a notebook build, an Oxigraph store on disk otherwise.

rdflib's memory store costs about 1.3 GB per million triples, and a 4,724-article corpus makes
four million. `kg build` therefore builds into an on-disk Oxigraph store kept beside the Turtle
file (`graph.ttl.oxigraph/`), and reads it back through the same rdflib API (oxrdflib), so
exporters do not care which one they get. `kg query`, `kg export` and `kg push` open that
store instead of parsing the Turtle file again, while a stamp says it matches the file.

The stamp identifies the Turtle content (its SHA-256, with size and modification time as a fast
path) and is written only once a build is complete, so a store can never answer for another
file; a store that does not open or read (RocksDB corruption) is rebuilt from the Turtle file.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import GraphFileError

log = logging.getLogger(__name__)
STAMP = "kg-source.stamp"


def store_dir(graph_path: Path) -> Path:
    """The store folder kept beside a Turtle file: graph.ttl -> graph.ttl.oxigraph/."""
    path = Path(graph_path)
    return path.with_name(path.name + ".oxigraph")


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            sha.update(block)
    return sha.hexdigest()


def _stamp(graph_path: Path) -> dict:
    stat = Path(graph_path).stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "sha256": _digest(graph_path)}


def write_stamp(folder: Path, graph_path: Path) -> None:
    """Record that the store in `folder` holds exactly the Turtle file `graph_path` (atomically)."""
    from kg.export.atomic import write_text_atomic

    write_text_atomic(Path(folder) / STAMP, json.dumps(_stamp(graph_path), sort_keys=True))


def stamp_matches(folder: Path, graph_path: Path) -> bool:
    """Whether the store in `folder` was stamped, complete, for the current content of `graph_path`."""
    try:
        recorded = json.loads((Path(folder) / STAMP).read_text(encoding="utf-8"))
        stat = Path(graph_path).stat()
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or recorded.get("size") != stat.st_size:
        return False
    if recorded.get("mtime_ns") == stat.st_mtime_ns:
        return True
    return recorded.get("sha256") == _digest(graph_path)  # touched or copied: same content?


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
            self._inner.bulk_extend(_ox_quads(quads, to_ox))

        def triples(self, pattern, context=None):
            subject, predicate, _ = pattern
            if isinstance(subject, Literal) or isinstance(predicate, (Literal, BNode)):
                return  # rdflib's JSON-LD writer asks for a literal's properties: there are none
            for q in self._inner.quads_for_pattern(*to_ox_quad_pattern(pattern, context)):
                yield (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)), iter(())

        def __len__(self, context=None) -> int:
            return len(self._inner)  # kg's stores hold the default graph only

    return KgOxigraphStore


def _ox_quads(quads, to_ox) -> list:
    """rdflib (s, p, o, graph) quads as pyoxigraph Quads, about twice as fast as oxrdflib's to_ox.

    to_ox compares every term with the default graph's IRI through rdflib's slow __eq__; here
    IRIs and plain literals take the direct path, datatype IRIs are made once per call, and
    anything else (blank nodes, named graphs) goes through to_ox as before.
    """
    import pyoxigraph

    named, literal, quad, default = pyoxigraph.NamedNode, pyoxigraph.Literal, pyoxigraph.Quad, pyoxigraph.DefaultGraph()
    datatypes: dict[str, object] = {}

    def term(node):
        kind = type(node)
        if kind is URIRef:
            return named(node)
        if kind is Literal:
            if node.language:
                return literal(node, language=node.language)
            if node.datatype is None:
                return literal(node)
            dt = datatypes.get(str(node.datatype))
            if dt is None:
                dt = datatypes[str(node.datatype)] = named(node.datatype)
            return literal(node, datatype=dt)
        return to_ox(node)

    out = []
    for s, p, o, context in quads:
        graph = context.identifier if isinstance(context, Graph) else context
        g = default if graph is None or graph is DATASET_DEFAULT_GRAPH_ID or graph == DATASET_DEFAULT_GRAPH_ID \
            else to_ox(context)
        out.append(quad(term(s), term(p), term(o), g))
    return out


def add_ntriples(graph: Graph, text: str) -> None:
    """Add the N-Triples `text` to `graph`: parsed by Oxigraph straight into the store under it, or,
    for any other rdflib store, into rdflib terms (a plain string stays a plain rdflib Literal)."""
    import pyoxigraph

    store = oxigraph_of(graph)
    if store is not None:
        store.bulk_load(text, format=pyoxigraph.RdfFormat.N_TRIPLES)
        return
    parsed = pyoxigraph.Store()
    parsed.bulk_load(text, format=pyoxigraph.RdfFormat.N_TRIPLES)
    named, literal, string = pyoxigraph.NamedNode, pyoxigraph.Literal, "http://www.w3.org/2001/XMLSchema#string"

    def term(node):
        if isinstance(node, named):
            return URIRef(node.value)
        if isinstance(node, literal):
            if node.language:
                return Literal(node.value, lang=node.language)
            datatype = node.datatype.value
            return Literal(node.value) if datatype == string else Literal(node.value, datatype=URIRef(datatype))
        return BNode(node.value)

    graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in parsed)


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


def oxigraph_quads(graph: Graph):
    """The default-graph quads of `graph` as pyoxigraph Quads, whatever store holds it.

    Read straight from Oxigraph when the graph is on one; converted with oxrdflib's converter
    (this module is the only one that touches oxrdflib's internals) otherwise.
    """
    import pyoxigraph

    store = oxigraph_of(graph)
    if store is not None:
        return store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
    from oxrdflib._converter import to_ox

    return (pyoxigraph.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in graph)


def finish_writing(graph: Graph) -> None:
    """Wait for the on-disk copy of an in-memory build graph that kg.pipeline writes in the
    background, if one is still being written; raise what writing it raised."""
    pending = getattr(graph.store, "pending_write", None)
    if pending is not None:
        graph.store.pending_write = None
        pending.wait()


def close_store(graph: Graph, graph_path: Path | None = None) -> None:
    """Flush and close the on-disk store under `graph`; with `graph_path`, record that it holds that file.

    Closing matters: another reader (a later `kg query`) must not open RocksDB files that
    this process may still compact.
    """
    finish_writing(graph)
    store = oxigraph_of(graph)
    if store is None:
        return
    store.flush()
    del store
    graph.close()  # oxrdflib drops its reference; RocksDB closes with the last one
    if graph_path is not None and Path(graph_path).is_file():
        write_stamp(store_dir(graph_path), graph_path)


def _readable_store(folder: Path):
    """The stamped store in `folder` opened read-only, or None when it does not open or read."""
    import pyoxigraph

    try:
        store = pyoxigraph.Store.read_only(str(folder))
        next(iter(store.quads_for_pattern(None, None, None)), None)  # reads a block: catches corruption
        return store
    except (OSError, RuntimeError, ValueError) as err:  # RocksDB reports corruption as RuntimeError
        log.warning("store %s is unreadable (%s); rebuilding it from the Turtle file", folder, err)
        return None


def discard_store(graph_path: Path) -> None:
    """Remove the store beside a Turtle file (it is rebuilt from the file when next needed)."""
    shutil.rmtree(store_dir(graph_path), ignore_errors=True)


def _load_turtle(store, path: Path) -> None:
    import pyoxigraph

    try:
        store.bulk_load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    except (SyntaxError, ValueError) as err:
        raise GraphFileError(f"{path}: not readable as Turtle ({' '.join(str(err).split())})") from err
    except UnicodeDecodeError as err:
        raise GraphFileError(f"{path}: not readable as Turtle (not UTF-8 text)") from err


def _load_into(folder: Path, path: Path) -> None:
    """Load the Turtle file into a new on-disk store in `folder`, flushed and closed on return."""
    import pyoxigraph

    store = pyoxigraph.Store(str(folder))
    _load_turtle(store, path)
    store.flush()


def load_store(graph_path: Path):
    """An Oxigraph store of the Turtle file, kept on disk beside it and reused while the file is unchanged.

    A large graph is parsed once; later commands open the store in milliseconds.
    """
    import pyoxigraph

    path = Path(graph_path)
    if path.is_dir() or not path.exists():
        raise GraphFileError(f"{path}: no such graph file; build one with `kg build ... -o DIR`")
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as err:
        raise GraphFileError(f"{path}: cannot read the graph file ({err.strerror or err})") from err
    folder = store_dir(path)
    if stamp_matches(folder, path):
        store = _readable_store(folder)
        if store is not None:
            return store
    tmp = folder.with_name(f".{folder.name}.{os.getpid()}.tmp")
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            _load_into(tmp, path)
        except GraphFileError:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        write_stamp(tmp, path)
        # Swap the complete store in; a reader never sees a half-loaded one.
        if folder.exists():
            trash = folder.with_name(f".{folder.name}.{os.getpid()}.old.tmp")
            os.replace(folder, trash)
            shutil.rmtree(trash, ignore_errors=True)
        os.replace(tmp, folder)
        return pyoxigraph.Store.read_only(str(folder))
    except OSError:
        # A read-only folder, or a store another process holds: an in-memory store instead.
        shutil.rmtree(tmp, ignore_errors=True)
        store = pyoxigraph.Store()
        _load_turtle(store, path)
        return store


def open_graph(graph_path: Path) -> Graph:
    """A built graph (Turtle file) as an rdflib Graph, read through its on-disk store."""
    return as_rdflib(load_store(graph_path))
