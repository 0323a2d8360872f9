"""Russian: natasha's segmentation, morphology and news NER, plus the gazetteer in Russian.

natasha (on the package registry) bundles its models and runs offline. It is imported when
the first Russian article arrives, never in an English build. Mentions carry natasha's
normalised names ("Йенсом Столтенбергом" -> "Йенс Столтенберг") as the name to resolve by, and
gazetteer ids where the Russian gazetteer (ontology/gazetteer-ru.json, same ids as
gazetteer.json, plus country names from pycountry's Russian translations) knows the name, so
"МИД России" and "Russian Foreign Ministry" are one node. Relations: kg.lang.ru_rules.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import re
from functools import lru_cache
from typing import Iterator, Sequence

from kg import data
from kg.gazetteer import Gazetteer
from kg.lang.ru_mentions import QUOTES
from kg.lang.ru_words import FUNCTION_WORDS
from kg.model import Article, Extraction, Mention, Sentence

DATA_PATH = data.ontology_dir() / "gazetteer-ru.json"
_MAX_NAME_TOKENS = 10


class _Models:
    """natasha's segmenter, morphology and NER, loaded once per process."""

    def __init__(self):
        from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

        emb = NewsEmbedding()
        self.segmenter, self.vocab = Segmenter(), MorphVocab()
        # The syntax parser is left out: the rules read word forms and morphology, and it would
        # double the time per article.
        self.morph, self.ner = NewsMorphTagger(emb), NewsNERTagger(emb)
        self.lemma = lru_cache(maxsize=200_000)(self._lemma)

    def _lemma(self, word: str) -> str:
        """A context-free normal form, the same for a gazetteer name and a word in the text."""
        if not any("\u0400" <= c <= "\u04ff" for c in word):
            return word.lower()
        parses = self.vocab.parse(word)
        return (parses[0].normal_form if parses else word.lower()).replace("ё", "е")

    def parse(self, text: str):
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_morph(self.morph)
        doc.tag_ner(self.ner)
        for span in doc.spans:
            span.normalize(self.vocab)
        return doc


def _tokens(text: str) -> list[str]:
    from razdel import tokenize

    return [t.text for t in tokenize(text) if t.text not in QUOTES]


class GazetteerIndex:
    """Russian (and Latin) names of gazetteer entries as sequences of normal forms; acronyms as written."""

    def __init__(self, gazetteer: Gazetteer, models: _Models):
        self.names: dict[tuple[str, ...], tuple[str, str]] = {}  # normal forms -> (entry id, name)
        self.acronyms: dict[tuple[str, ...], tuple[str, str]] = {}
        self.adjectives: dict[str, str] = {}  # adjective's normal form -> country id
        data = json.loads(DATA_PATH.read_text(encoding="utf-8"))["entries"]
        for entry_id, names in sorted(_country_names(gazetteer).items()):
            data.setdefault(entry_id, {}).setdefault("names", [])
            data[entry_id]["names"] = list(data[entry_id]["names"]) + names
        for entry in gazetteer.entries:  # Latin names as the Russian press quotes them: Reuters, Twitter
            for name in entry.names:
                self._add(self.names, tuple(models.lemma(t) for t in _tokens(name)), entry.id, entry.label)
            for acronym in entry.acronyms:
                self._add(self.acronyms, tuple(_tokens(acronym)), entry.id, acronym)
        for entry_id, fields in sorted(data.items()):
            if gazetteer.by_id(entry_id) is None:
                continue  # an id the main gazetteer no longer has
            for name in fields.get("names", ()):
                self._add(self.names, tuple(models.lemma(t) for t in _tokens(name)), entry_id, name, force=True)
            for acronym in fields.get("acronyms", ()):
                self._add(self.acronyms, tuple(_tokens(acronym)), entry_id, acronym, force=True)
            for adjective in fields.get("adjectives", ()):
                self.adjectives[models.lemma(adjective)] = entry_id

    @staticmethod
    def _add(index: dict, key: tuple[str, ...], entry_id: str, name: str, force: bool = False) -> None:
        if key and len(key) <= _MAX_NAME_TOKENS and (force or key not in index):
            index[key] = (entry_id, name)


def _country_names(gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Russian names of the gazetteer's countries from pycountry's translations (ISO 3166-1)."""
    try:
        import gettext

        import pycountry

        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    except (ImportError, OSError):
        return {}
    names: dict[str, list[str]] = {}
    for entry in gazetteer.entries:
        if entry.subtype != "Country":
            continue
        record = None
        for name in entry.names:
            try:
                record = pycountry.countries.lookup(name)
                break
            except LookupError:
                continue
        if record is None:
            continue
        found = [ru.gettext(v) for v in (getattr(record, a, None) for a in ("name", "common_name", "official_name"))
                 if v]
        names[entry.id] = [n for n in dict.fromkeys(found) if any("\u0400" <= c <= "\u04ff" for c in n)]
    return names


class RussianPack:
    code = "ru"
    script = "Cyrillic"
    # For the page-furniture rules (kg.ingest.text): prose has these; Latin names in it are not foreign.
    function_words = FUNCTION_WORDS
    foreign_script = re.compile(r"[\u0600-\u06ff\u4e00-\u9fff\u0590-\u05ff]")

    def __init__(self):
        self._models: _Models | None = None
        self._indexes: dict[str, GazetteerIndex] = {}

    def version(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            natasha = version("natasha")
        except PackageNotFoundError:
            natasha = "?"
        data = hashlib.sha256(DATA_PATH.read_bytes()).hexdigest()[:12] if DATA_PATH.exists() else "-"
        return f"natasha={natasha};gazetteer-ru={data}"

    def models(self) -> _Models:
        if self._models is None:
            try:
                self._models = _Models()
            except ImportError as err:
                from kg.errors import OntologyError

                raise OntologyError("Russian articles need natasha: pip install natasha") from err
        return self._models

    def index(self, gazetteer: Gazetteer) -> GazetteerIndex:
        if gazetteer.version not in self._indexes:
            self._indexes[gazetteer.version] = GazetteerIndex(gazetteer, self.models())
        return self._indexes[gazetteer.version]

    def extract(self, articles: Sequence[Article], context, batch_size: int = 32,
                processes: int = 1) -> Iterator[Extraction]:
        """Extractions of `articles`, in order (natasha runs in this process)."""
        models, index = self.models(), self.index(context.gazetteer)
        for article in articles:
            yield extract_russian(article, models, index, context.gazetteer)


def extract_russian(article: Article, models: _Models, index: GazetteerIndex, gazetteer: Gazetteer) -> Extraction:
    """Sentences, mentions and relations of one Russian article."""
    from kg.lang.ru_mentions import find_mentions
    from kg.lang.ru_rules import extract_relations

    doc = models.parse(article.text)
    sentences = []
    for sent in doc.sents:
        raw = article.text[sent.start:sent.stop]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        if text:
            sentences.append(Sentence(start=sent.start + lead, end=sent.start + lead + len(text), text=text))
    if not sentences:
        return Extraction(article=article, sentences=(), mentions=())
    starts = [s.start for s in sentences]
    found = find_mentions(doc, models, index, gazetteer)
    mentions = [Mention(text=m.text, start=m.start, end=m.end, type=m.type,
                        sentence=max(0, bisect.bisect_right(starts, m.start) - 1),
                        key=m.key, method=m.method, normal=m.normal) for m in found]
    quotations: list = []
    relations = extract_relations(doc, article.text, sentences, mentions, models, index, quotations)
    return Extraction(article=article, sentences=tuple(sentences), mentions=tuple(mentions),
                      relations=tuple(relations), quotations=tuple(quotations))


PACK = RussianPack()
