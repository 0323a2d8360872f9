"""TEMPORARY minimal ingest (to be replaced by the full kg.ingest)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from kg.model import Article, Skip


@dataclass(frozen=True, slots=True)
class IngestOptions:
    field_map: tuple[tuple[str, str], ...] = ()
    default_language: str = "en"


def _clean(text: str) -> str:
    keep = []
    for line in text.splitlines():
        line = line.strip()
        if len(line.split()) >= 8 and re.search(r"[.!?\"”]$", line) and not re.search(r"[\u0400-\u04ff]", line):
            keep.append(line)
    return "\n\n".join(keep)


def load_articles(paths: Sequence, options: IngestOptions = IngestOptions()) -> Iterator[Article | Skip]:
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        if not p.exists():
            yield Skip(str(p), "no such file or folder")
            continue
        for f in files:
            if f.suffix == ".jsonl":
                for n, line in enumerate(f.read_text().splitlines(), 1):
                    if not line.strip():
                        continue
                    try:
                        rec = json.loads(line)
                    except ValueError as err:
                        yield Skip(f"{f}:{n}", f"malformed JSON: {err}")
                        continue
                    text = rec.get("text") or rec.get("content_original") or ""
                    yield Article(id=str(rec.get("id") or rec.get("ID")), text=text, headline=rec.get("title"),
                                  url=rec.get("url"), publisher=rec.get("source"), source=f"{f}:{n}")
                continue
            raw = f.read_bytes()
            if not raw.strip() or b"\x00" in raw:
                yield Skip(str(f), "empty or binary file")
                continue
            text = _clean(raw.decode("utf-8", "replace"))
            m = re.search(r"\b([A-Z]{3,}(?: [A-Z]{3,})?), \w+ \d+", text[:300])
            yield Article(id=f.name, text=text, dateline=m.group(1).title() if m else None, source=str(f),
                          language="en")
