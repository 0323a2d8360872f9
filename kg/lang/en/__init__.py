"""English: the registry's spaCy model with the gazetteer ruler, and kg.extract's rules.

This is the pipeline kg had before language packs, unchanged: the same model, the same
batches, the same extraction code.
"""
from __future__ import annotations

from typing import Iterator, Sequence

from kg.gazetteer import Gazetteer
from kg.model import Article, Extraction


class EnglishPack:
    code = "en"
    script = "Latin"

    def __init__(self):
        self._pipelines: dict[str, object] = {}  # gazetteer version -> spaCy Language

    def version(self) -> str:
        from kg.nlp import MODEL_PACKAGE, model_version

        return f"{MODEL_PACKAGE}={model_version()}"

    def pipeline(self, gazetteer: Gazetteer):
        """The spaCy pipeline for `gazetteer`, built once per process and gazetteer version."""
        if gazetteer.version not in self._pipelines:
            from kg.nlp import build_pipeline

            self._pipelines[gazetteer.version] = build_pipeline(gazetteer)
        return self._pipelines[gazetteer.version]

    def extract(self, articles: Sequence[Article], context, batch_size: int = 32,
                processes: int = 1) -> Iterator[Extraction]:
        """Extractions of `articles`, streamed from spaCy's batches (a text past the model's limit last)."""
        from kg.extract import extract_article
        from kg.nlp import parse_articles

        nlp = self.pipeline(context.gazetteer)
        for doc, article in parse_articles(nlp, list(articles), batch_size, processes):
            yield extract_article(doc, article, context.gazetteer)


PACK = EnglishPack()
