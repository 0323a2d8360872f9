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
        self._static_loaded = False

    def version(self) -> str:
        from kg.nlp import MODEL_PACKAGE, model_version

        return f"{MODEL_PACKAGE}={model_version()}"

    def pipeline(self, gazetteer: Gazetteer):
        """The spaCy pipeline for `gazetteer`, built once per process and gazetteer version."""
        if gazetteer.version not in self._pipelines:
            from kg.nlp import build_pipeline

            self._pipelines[gazetteer.version] = build_pipeline(gazetteer)
        return self._pipelines[gazetteer.version]

    def _load_static_data(self) -> None:
        """Load the GeoNames indexes the rules read before the first article, then freeze them
        (with the model) out of the cyclic collector's passes; once per process."""
        if self._static_loaded:
            return
        from kg.extract import atlas, geo
        from kg.gcpause import freeze_long_lived, paused_gc
        from kg.places import place_index

        with paused_gc():  # a quarter of a million long-lived objects: the collector's passes cost 40 %
            atlas.load()
            geo.load()
            place_index()
        freeze_long_lived()
        self._static_loaded = True

    def extract(self, articles: Sequence[Article], context, batch_size: int = 32,
                processes: int = 1) -> Iterator[Extraction]:
        """Extractions of `articles`, streamed from spaCy's batches (a text past the model's limit last)."""
        from kg.extract import extract_article
        from kg.nlp import parse_articles

        nlp = self.pipeline(context.gazetteer)
        self._load_static_data()
        for doc, article in parse_articles(nlp, list(articles), batch_size, processes):
            yield extract_article(doc, article, context.gazetteer)


PACK = EnglishPack()
