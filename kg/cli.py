"""The `kg` command: parses arguments, calls one library function, prints a summary."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from kg.errors import NONCONFORMING_EXIT_CODE, PARTIAL_EXIT_CODE, KGError


class _Group(click.Group):
    """Turns every KGError into a one-line `Error: ...` and its exit code, once, here."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"Error: {err}", err=True)
            sys.exit(err.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Log each stage and each skipped input.")
def main(verbose: bool) -> None:
    """Turn news articles into a knowledge graph with provenance."""
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(message)s")
    if not verbose:
        # Metadata dropped from an input (a number for a title, an impossible date) is worth a line.
        logging.getLogger("kg.ingest").setLevel(logging.WARNING)


def _parse_pairs(values: tuple[str, ...], option: str, example: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        if "=" not in value:
            raise click.BadParameter(f"{value!r}: use NAME=VALUE, e.g. {example}", param_hint=option)
        kind, name = value.split("=", 1)
        pairs.append((kind.strip(), name.strip()))
    return tuple(pairs)


def _print_summary(summary, outputs: list[Path]) -> None:
    cached = f" ({summary.cache_hits} from the cache)" if summary.cache_hits else ""
    click.echo(f"Read {summary.articles} article(s){cached}, skipped {len(summary.skipped)}.")
    for skip in summary.skipped:
        click.echo(f"  skipped {skip.where}: {skip.reason}")
    ents = ", ".join(f"{n} {t}" for t, n in summary.entities_by_type.items()) or "none"
    click.echo(f"Entities: {ents}")
    rels = ", ".join(f"{n} {p}" for p, n in summary.relations_by_predicate.items()) or "none"
    click.echo(f"Relations: {rels}")
    click.echo(f"{summary.triples} triples in {summary.seconds:.1f} s")
    for path in outputs:
        click.echo(f"Wrote {path}")


def _progress_counter(tty: bool):
    """An article counter on stderr (the total is unknown while inputs stream): one line rewritten
    in place on a terminal, a plain line every 100 articles otherwise (a log file, CI)."""
    seen = [0]

    def update(n: int) -> None:
        seen[0] += n
        if tty and seen[0] % 10 == 0:
            click.echo(f"\r{seen[0]} articles", nl=False, err=True)
        elif not tty and seen[0] % 100 == 0:
            click.echo(f"parsed {seen[0]} articles", err=True)

    return update


def _require_dask() -> None:
    import importlib.util

    if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
        raise KGError("--dask needs dask.distributed, which is not installed: pip install 'kg[dask]'")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder for graph.ttl, graph.html and other exports.")
@click.option("-f", "--format", "formats", multiple=True, default=("turtle", "html"), show_default=True,
              help="Export format (repeatable): turtle/ttl, html.")
@click.option("--field", "fields", multiple=True, metavar="FIELD=NAME",
              help="JSON field names of your crawler, e.g. --field text=articleBody --field id=uuid.")
@click.option("--strict", is_flag=True, help="Fail (exit 5) if any input is skipped.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="spaCy worker processes.")
@click.option("--batch-size", type=click.IntRange(1, 1024), default=32, show_default=True)
@click.option("--html-max-nodes", type=click.IntRange(1), default=400, show_default=True,
              help="Above this many entities the HTML page shows the most mentioned ones.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Extraction cache folder [default: OUTPUT/.kg-cache].")
@click.option("--no-cache", is_flag=True, help="Process every article again; neither read nor write the cache.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on a Dask cluster: a scheduler address, or local:N for N local workers.")
@click.option("--corrections", "corrections", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your corrections to entities (YAML) [default: OUTPUT/corrections.yaml if it exists].")
def build(inputs, out_dir, formats, fields, strict, processes, batch_size, html_max_nodes, cache_dir, no_cache,
          dask_address, corrections):
    """Build a graph from article files, folders or globs (.txt, .html, .json, .jsonl; also .gz, .bz2, .xz).

    Exit code 0 when every input was read, 3 when some were skipped (the graph is still
    written), 4 when nothing could be read. Re-runs process only new or changed articles:
    extractions are cached per article (see --cache, --no-cache).
    """
    from kg.corrections import default_corrections
    from kg.export import ExportOptions
    from kg.ingest import IngestOptions
    from kg.output import build_into
    from kg.pipeline import BuildOptions

    if dask_address:
        _require_dask()
    options = BuildOptions(ingest=IngestOptions(field_map=_parse_pairs(fields, "--field", "text=articleBody")),
                           batch_size=batch_size, processes=processes,
                           cache_dir=None if no_cache else (cache_dir or out_dir / ".kg-cache"),
                           dask=dask_address, keep_extractions=False,
                           corrections=corrections or default_corrections(out_dir))
    tty = sys.stderr.isatty()
    result, outputs = build_into(out_dir, inputs, formats, options, ExportOptions(html_max_nodes=html_max_nodes),
                                 strict=strict, progress=_progress_counter(tty))
    if tty:
        click.echo("", err=True)  # end the counter's line
    _print_summary(result.summary, outputs)
    if result.summary.skipped:
        sys.exit(PARTIAL_EXIT_CODE)


def _print_result(result, fmt: str) -> None:
    import csv
    import json

    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(click.get_text_stream("stdout"), lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    else:
        cells = [list(result.columns)] + [["" if v is None else v.replace("\n", " ") for v in row] for row in result.rows]
        widths = [min(60, max(len(r[i]) for r in cells)) for i in range(len(result.columns))]
        for n, row in enumerate(cells):
            click.echo("  ".join(v[:60].ljust(w) for v, w in zip(row, widths)).rstrip())
            if n == 0:
                click.echo("  ".join("-" * w for w in widths))


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Bind variable ?NAME (a saved query's $NAME) to a string, or to an IRI written <...>; "
                   "e.g. --bind name='Sergey Lavrov'. Values are RDF terms, never query text.")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and exit.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--allow-network", is_flag=True, help="Allow SERVICE clauses (requests to other SPARQL endpoints).")
def query(graph, sparql, query_file, binds, list_saved, fmt, allow_network):
    """Run SPARQL on GRAPH (Turtle): a saved query by name, a query text, or --file q.rq.

    Saved queries: positions, meetings, cooccurrence, entity, evidence, articles, treaties
    (see --list). Common prefixes (rdf, rdfs, skos, owl, xsd, prov, schema, kg, id) are
    predeclared. The graph is loaded once into an Oxigraph store kept beside it
    (GRAPH.oxigraph/) and reused while the file is unchanged. Queries never reach the
    network unless --allow-network is given.
    """
    import re

    from kg.query import adhoc_query, query_names, run_query, saved_query, saved_query_text

    if list_saved:
        for name in query_names():
            first = saved_query_text(name).splitlines()[0].lstrip("# ")
            click.echo(f"{name:14} {first}")
        return
    if (sparql is None) == (query_file is None):
        raise click.UsageError("give a saved query name or a query as an argument, or --file, not both")
    bindings = dict(_parse_pairs(binds, "--bind", "name=Sergey Lavrov"))
    if query_file:
        prepared = adhoc_query(query_file.read_text(encoding="utf-8"), bindings)
    elif re.fullmatch(r"[A-Za-z_][\w-]*", sparql.strip()):
        prepared = saved_query(sparql.strip(), bindings)  # a bare word is a saved query's name
    else:
        prepared = adhoc_query(sparql, bindings)
    _print_result(run_query(graph, prepared, allow_network=allow_network), fmt)


@main.command("export")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-f", "--format", "formats", multiple=True, required=True, help="Format (repeatable).")
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True)
@click.option("--html-max-nodes", type=click.IntRange(1), default=400, show_default=True,
              help="html: entities drawn in the first view (every entity stays searchable).")
# --- Subgraph options (every format): the slice of the graph to write. ---
@click.option("--focus", metavar="NAME", help="Only the entities around the one with this name (any of its names).")
@click.option("--depth", type=click.IntRange(1, 5), default=2, show_default=True, help="Relations away from --focus.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or before YYYY-MM-DD.")
@click.option("--type", "types", multiple=True, type=click.Choice(["Person", "Organization", "Place", "Treaty"]),
              help="Only entities of this type (repeatable).")
@click.option("--min-weight", type=click.IntRange(0), default=0, show_default=True,
              help="Only co-occurrence edges seen in at least this many sentences.")
def export_command(graph, formats, out_dir, html_max_nodes, focus, depth, since, until, types, min_weight):
    """Write a built graph (Turtle) in other formats, whole or a slice of it (--focus, --since, ...)."""
    from kg.export import ExportOptions, canonical_format, export
    from kg.store import open_graph

    names = list(dict.fromkeys(canonical_format(f) for f in formats))
    g = open_graph(graph)
    options = ExportOptions(html_max_nodes=html_max_nodes, focus=focus, depth=depth,
                            since=since.date().isoformat() if since else None,
                            until=until.date().isoformat() if until else None, types=tuple(types),
                            min_weight=min_weight)
    for name in names:
        for path in export(g, name, out_dir, options):
            click.echo(f"Wrote {path}")


@main.group()
def push():
    """Send a built graph to a database."""


@push.command("neo4j")
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--uri", default="bolt://localhost:7687", show_default=True)
@click.option("--user", default="neo4j", show_default=True)
@click.option("--password", envvar="NEO4J_PASSWORD", prompt=True, hide_input=True,
              help="Or set NEO4J_PASSWORD.")
@click.option("--database", default=None, help="Database name (default: the server's default).")
@click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True)
def push_neo4j(graph, uri, user, password, database, batch_size):
    """MERGE GRAPH (Turtle) into Neo4j in UNWIND batches; running it twice changes nothing."""
    from kg.push import push_to_neo4j
    from kg.store import open_graph

    summary = push_to_neo4j(open_graph(graph), uri, user, password, database, batch_size)
    click.echo("Nodes: " + ", ".join(f"{n} {label}" for label, n in sorted(summary.nodes.items())))
    click.echo("Relationships: " + ", ".join(f"{n} {t}" for t, n in sorted(summary.relationships.items())))


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph):
    """Check GRAPH against the SHACL shapes of the ontology.

    Exit code 0 when it conforms, 10 when it does not (each result is listed), 11 when GRAPH
    cannot be read as Turtle, 6 when the shapes themselves are broken.
    """
    from kg.store import load_store
    from kg.validate import validate_store

    report = validate_store(load_store(graph))
    click.echo(report.text)
    sys.exit(0 if report.conforms else NONCONFORMING_EXIT_CODE)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def stats(graph, fmt):
    """Print counts of articles, entities by type, edges by predicate and evidence in GRAPH."""
    from kg.query import graph_stats

    _print_result(graph_stats(graph), fmt)


if __name__ == "__main__":
    main()
