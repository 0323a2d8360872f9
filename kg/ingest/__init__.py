"""Paths -> Article records (main text + metadata), streamed; every unreadable input is a Skip.

Duplicate ids (the same file name in two folders, the same record id in two crawls) are
resolved by one rule that does not depend on input order or on how the paths were written:
every article whose id occurs more than once gets `ID~` plus the first 10 hex digits of the
SHA-1 of its text; a second article with the same id and the same text is the same article,
read once and named as a skip.
"""
from __future__ import annotations

import glob
import hashlib
import logging
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Sequence

from kg.ingest.readers import IngestOptions, json_record_ids, plain_path, read_json_file, reader_for
from kg.model import Article, Skip

log = logging.getLogger(__name__)

# What a browser's "save page, complete" writes beside a page: never news text, so not worth a word.
_PAGE_ASSETS = frozenset(".css .js .mjs .map .png .jpg .jpeg .gif .svg .webp .ico .avif .bmp .woff .woff2 .ttf "
                         ".otf .eot .mp4 .webm .mp3".split())


def _walk(folder: Path) -> tuple[list[Path], list[Skip]]:
    """Files of a folder tree (hidden ones left out), and a Skip for each sub-folder that cannot be listed."""
    files, skips = [], []

    def unreadable(err: OSError) -> None:
        skips.append(Skip(str(err.filename or folder), f"cannot list the folder ({err.strerror or err})"))

    others: Counter = Counter()
    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            if name.startswith("."):
                continue
            path = Path(root, name)
            if reader_for(path) is not None:
                files.append(path)
            elif (suffix := path.suffix.lower()) not in _PAGE_ASSETS:
                others[suffix] += 1
    if others:
        # A folder is read for what kg can read; a .pdf or .docx dropped in it should not vanish unnoticed.
        kinds = ", ".join(f"{n} {s}" for s, n in sorted(others.items()))
        log.warning("%s: left out %d file(s) kg cannot read (%s); give .txt, .html or .jsonl",
                    folder, sum(others.values()), kinds)
    return sorted(files), skips


def expand_paths(paths: Sequence[str | Path]) -> Iterator[Path | Skip]:
    """Files named by paths, folders (recursively, sorted) and glob patterns."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            yield path
        elif path.is_dir():
            files, skips = _walk(path)
            yield from skips
            if not files and not skips:
                yield Skip(str(path), "the folder holds no .txt, .html or .jsonl files")
            yield from files
        elif any(c in str(raw) for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True) if Path(p).is_file())
            if not matches:
                yield Skip(str(raw), "the pattern matches no file")
            yield from matches
        else:
            yield Skip(str(path), "no such file or folder; check the path")


def _readable(path: Path) -> Skip | None:
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as err:
        return Skip(str(path), f"cannot read the file ({err.strerror or err})")
    return None


def _gather(paths: Sequence[str | Path]) -> tuple[list[Path], list[Skip]]:
    """Every input file, and every input that cannot be read, found before any parsing starts."""
    files, skips, seen = [], [], set()
    for item in expand_paths(paths):
        if isinstance(item, Skip):
            skips.append(item)
            continue
        key = os.path.realpath(item)
        if key in seen:
            continue  # the same file named twice (a folder and a file in it)
        seen.add(key)
        if reader_for(item) is None:
            kind = "".join(item.suffixes[-2:]) if plain_path(item) != item else item.suffix
            skips.append(Skip(str(item), f"unsupported file type {kind!r}; give .txt, .html or .jsonl "
                                         "(gzip, bzip2 or xz compressed or not)"))
            continue
        problem = _readable(item)
        if problem:
            skips.append(problem)
        else:
            files.append(item)
    return files, skips


def _id_counts(files: list[Path], options: IngestOptions) -> Counter:
    counts: Counter = Counter()
    for path in files:
        if reader_for(path) is read_json_file:
            counts.update(json_record_ids(path, options))
        else:
            counts[plain_path(path).name] += 1
    return counts


def load_articles(paths: Sequence[str | Path], options: IngestOptions = IngestOptions()) -> Iterator[Article | Skip]:
    """Articles read from `paths`, streamed, with a Skip for each input that cannot be read.

    Inputs that cannot be listed or opened are named first, before any article is read.
    """
    files, skips = _gather(paths)
    yield from skips
    counts = _id_counts(files, options)
    emitted: set[str] = set()
    for path in files:
        for result in reader_for(path)(path, options):
            if isinstance(result, Article) and counts[result.id] > 1:
                digest = hashlib.sha1(result.text.encode("utf-8")).hexdigest()[:10]
                new_id = f"{result.id}~{digest}"
                if new_id in emitted:
                    result = Skip(result.source, f"same id {result.id!r} and text as another input; read once")
                else:
                    result = replace(result, id=new_id)
            if isinstance(result, Article):
                emitted.add(result.id)
            yield result


__all__ = ["IngestOptions", "load_articles", "expand_paths"]
