"""Per-article extraction cache: a re-run processes only articles it has not seen.

Each Extraction is stored under a key made of the article's content (text and metadata) and
the pipeline's version: the model package, the gazetteer's content and the source of the
extraction code. Editing the gazetteer or a rule therefore invalidates every entry; adding
ten articles to a corpus makes ten misses. Resolution and the graph are always redone from
the extractions, so an article removed from the input leaves no trace in the graph.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
from dataclasses import replace
from pathlib import Path

from kg.export.atomic import atomic_open
from kg.model import Article, Extraction

log = logging.getLogger(__name__)
_CODE = ("extract", "lang", "models", "nlp.py", "attribute_rules.py", "gazetteer_ruler.py", "gazetteer.py", "model.py", "names.py", "personnames.py",
         "headwords.py")


def code_version() -> str:
    """A hash of the source files whose change alters extraction results."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _CODE:
        path = root / name
        # The trained models (JSON) change extraction results as much as the code does.
        files = sorted(p for p in path.rglob("*") if p.suffix in (".py", ".json")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    """Extractions on disk, one file per (article content, pipeline version)."""

    def __init__(self, folder: Path, version: str):
        self.folder, self.version = Path(folder), version
        self.hits = self.misses = 0

    def key(self, article: Article) -> str:
        # Where the article was read from is not part of its content: a moved file still hits.
        raw = repr((self.version, replace(article, source="")))
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, article: Article) -> Extraction | None:
        """The cached extraction of `article`, or None."""
        path = self._path(self.key(article))
        try:
            with path.open("rb") as handle:
                found = pickle.load(handle)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError) as err:
            log.warning("ignoring unreadable cache entry %s: %s", path, err)
            self.misses += 1
            return None
        self.hits += 1
        return found if isinstance(found, Extraction) else None

    def put(self, extraction: Extraction) -> None:
        """Store an extraction (atomically; a crash leaves no half-written entry)."""
        path = self._path(self.key(extraction.article))
        with atomic_open(path, "wb") as handle:
            pickle.dump(extraction, handle, protocol=pickle.HIGHEST_PROTOCOL)
