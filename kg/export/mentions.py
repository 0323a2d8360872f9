"""mentions.jsonl: one line per article with its metadata, main text, every mention and relation.

For debugging extraction, feeding other NLP tools, and scoring the extractor against
annotated corpora: offsets are into the article's main text (field `text`, as the build extracted
it, so a main-text extraction can be scored too), entity IRIs are the graph's. A mention's
`type` is its entity's (decided over the whole corpus), `mention_type` the one extraction gave
this mention.
Only a build has this (the Turtle graph does not keep every mention's offsets), so it is
written by `kg build -f mentions`, not by `kg export`.
"""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from kg.errors import ExportError
from kg.export.atomic import atomic_open
from kg.export.view import ENTITY_CLASSES
from kg.vocab import ID, RDF


def write(graph: Graph, out_dir: Path, options) -> list[Path]:
    """out_dir/mentions.jsonl, sorted by article id."""
    if not options.extractions:
        raise ExportError("the mentions format needs a build's extractions: use `kg build ... -f mentions`")
    keys = dict(options.mention_keys)
    # A mention's type is its entity's: one type per entity, decided over the whole corpus.
    types = {node: etype for cls, etype in ENTITY_CLASSES.items() for node in graph.subjects(RDF.type, cls)}
    path = Path(out_dir) / "mentions.jsonl"
    with atomic_open(path) as handle:
        for ex in sorted(options.extractions, key=lambda e: e.article.id):
            art = ex.article
            entity = keys.get(art.id, ())
            record = {
                "id": art.id, "headline": art.headline, "url": art.url, "date": art.date,
                "publisher": art.publisher, "author": list(art.author), "language": art.language,
                "dateline": art.dateline, "text": art.text, "text_length": len(art.text),
                "mentions": [_mention(m, ID[entity[i]] if i < len(entity) and entity[i] else None, types)
                             for i, m in enumerate(ex.mentions)],
                "relations": [{"predicate": r.predicate, "subject": r.subject, "object": r.object,
                               "sentence": r.sentence, "start": ex.sentences[r.sentence].start,
                               "end": ex.sentences[r.sentence].end, "method": r.method,
                               "confidence": r.confidence, "role": r.role} for r in ex.relations],
            }
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return [path]


def _mention(m, node, types: dict) -> dict:
    """A mention with its entity's IRI and type; `mention_type` is what extraction said of this one."""
    return {"text": m.text, "start": m.start, "end": m.end, "type": types.get(node, m.type),
            "mention_type": m.type, "sentence": m.sentence, "method": m.method,
            "entity": str(node) if node is not None else None}
