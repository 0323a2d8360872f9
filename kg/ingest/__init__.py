"""Paths -> Article records (main text + metadata), streamed; every unreadable input is a Skip."""
from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from kg.ingest.readers import read_html_file, read_json_file, read_text_file
from kg.model import Article, Skip

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read inputs: the user's JSON field names (kind -> name) and the default language."""

    field_map: tuple[tuple[str, str], ...] = ()
    default_language: str = "en"


def expand_paths(paths: Sequence[str | Path]) -> Iterator[Path | Skip]:
    """Files named by paths, folders (recursively, sorted) and glob patterns."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")
                           and p.suffix.lower() in KNOWN_SUFFIXES)
            if not files:
                yield Skip(str(path), "the folder holds no .txt, .html or .jsonl files")
            yield from files
        elif any(c in str(raw) for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True) if Path(p).is_file())
            if not matches:
                yield Skip(str(raw), "the pattern matches no file")
            yield from matches
        else:
            yield Skip(str(path), "no such file or folder; check the path")


def load_articles(paths: Sequence[str | Path], options: IngestOptions = IngestOptions()) -> Iterator[Article | Skip]:
    """Articles read from `paths`, streamed, with a Skip for each input that cannot be read."""
    field_map = dict(options.field_map)
    seen_ids: set[str] = set()
    for item in expand_paths(paths):
        if isinstance(item, Skip):
            yield item
            continue
        suffix = item.suffix.lower()
        if suffix in JSON_SUFFIXES:
            produced = read_json_file(item, field_map, options.default_language)
        elif suffix in HTML_SUFFIXES:
            produced = read_html_file(item, item.name, options.default_language)
        elif suffix in TEXT_SUFFIXES:
            produced = read_text_file(item, item.name, options.default_language)
        else:
            yield Skip(str(item), f"unsupported file type {suffix!r}; give .txt, .html or .jsonl")
            continue
        for result in produced:
            if isinstance(result, Article):
                if result.id in seen_ids:
                    # Same file name in two folders: the path keeps the id unique and stable.
                    result = _with_id(result, str(item) if suffix not in JSON_SUFFIXES else result.source)
                seen_ids.add(result.id)
            yield result


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)


__all__ = ["IngestOptions", "load_articles", "expand_paths"]
