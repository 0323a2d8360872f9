"""Extraction records parked in a temporary file during a build, read back one at a time.

Resolution needs every article's mentions at once, the graph needs each article's sentences,
relations and statements once; holding the whole records for both costs ~55 KB an article.
A build parks them here and keeps only light copies (article id and text, metadata names and mentions) in
memory: the text is a tenth of a record, and resolution reads the words around each mention.
"""
from __future__ import annotations

import pickle
import tempfile

from kg.model import Article, Extraction


class ExtractionSpill:
    """Whole extractions on disk by article id; the file is deleted when closed or collected."""

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="kg-spill-")
        self._offsets: dict[str, int] = {}

    def park(self, extraction: Extraction) -> Extraction:
        """Store `extraction`; returns its light copy, with what resolution reads (id, text, metadata names,
        mentions): the words around a mention vote on its type (kg.typecues), so the text must stay."""
        self._offsets[extraction.article.id] = self._file.seek(0, 2)
        pickle.dump(extraction, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        art = extraction.article
        return Extraction(article=Article(id=art.id, text=art.text, publisher=art.publisher, author=art.author,
                                          dateline=art.dateline),
                          sentences=(), mentions=extraction.mentions)

    def load(self, article_id: str) -> Extraction:
        """The whole extraction of `article_id`, as parked."""
        self._file.seek(self._offsets[article_id])
        return pickle.load(self._file)

    def close(self) -> None:
        self._file.close()
