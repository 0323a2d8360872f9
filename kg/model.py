"""Frozen records that flow between the stages: files -> Article -> Extraction -> graph.

Everything here is plain data (str, int, float, tuples) so that per-article results
can be cached, pickled, or sent between processes.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("Person", "Organization", "Place", "Treaty")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its main text (page furniture removed) and whatever metadata it had."""

    id: str
    text: str
    headline: str | None = None
    url: str | None = None
    date: str | None = None  # ISO 8601: YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]
    publisher: str | None = None
    author: tuple[str, ...] = ()
    language: str | None = None
    dateline: str | None = None  # place named in the dateline, e.g. "Minsk"
    source: str = ""  # file (and line) the article came from


@dataclass(frozen=True, slots=True)
class Skip:
    """An input that could not be read; `where` names the file (and line)."""

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity as written in one article's text."""

    text: str  # surface form as written
    start: int  # character offsets into Article.text
    end: int
    type: str  # one of ENTITY_TYPES
    sentence: int  # index into Extraction.sentences
    key: str = ""  # gazetteer id when the gazetteer knows it, else ""
    method: str = "ner"  # ner, gazetteer, rule:...
    normal: str = ""  # the name to resolve by, e.g. title-cased dateline, expanded description
    honorific: str = ""  # "mrs", "mr", ... written right before a person's name (kept with the mention)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article's main text, with its offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed relation stated by one sentence, between two mentions of the same article."""

    predicate: str  # local name in the kg namespace, e.g. "holdsPosition"
    subject: int  # index into Extraction.mentions
    object: int
    sentence: int
    method: str
    confidence: float
    role: str | None = None  # role title ("Foreign Minister") or treaty action ("withdrew")
    qualifiers: tuple[tuple[str, str], ...] = ()  # e.g. (("past", "true"), ("place", "Geneva"))
    # A relation the sentence only reports as an accusation or claim ("X accused Y of violating T"):
    # not a fact; `claimant` is the mention of who claims it, when the sentence names one.
    claimed: bool = False
    claimant: int | None = None


@dataclass(frozen=True, slots=True)
class Quotation:
    """Who said what: a speaker mention, the quoted or reported words, and who reported them."""

    speaker: int  # index into Extraction.mentions
    text: str  # the quote, or the reported content
    verb: str  # speech verb as written: "said", "told reporters", "stressed"
    sentence: int
    method: str
    confidence: float
    reporter: int | None = None  # mention of the outlet that reports it, when the text names one
    about: tuple[int, ...] = ()  # mentions inside the quote


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one article yields: its sentences, mentions and typed relations."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...] = ()
    quotations: tuple[Quotation, ...] = ()


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity across the corpus."""

    key: str  # the local name of its IRI under /id/, minted by kg.iri (no type in it)
    type: str
    label: str
    alt_labels: tuple[str, ...] = ()
    wikidata: str | None = None
    subtype: str | None = None  # e.g. "Country", "City"
    same_as: tuple[str, ...] = ()  # other IRIs of the same thing (GeoNames), besides Wikidata
    geo: tuple[float, float] | None = None  # latitude, longitude of a place
    corrections: tuple[str, ...] = ()  # the user's corrections applied to it, as written


@dataclass(frozen=True, slots=True)
class Resolution:
    """Entities of the corpus and, per article, the entity key of each mention (None: dropped)."""

    entities: tuple[Entity, ...]
    mention_keys: dict = field(default_factory=dict)  # article id -> tuple[str | None, ...]
    # article id -> (publisher key, author keys, dateline key), each None when absent
    metadata_keys: dict = field(default_factory=dict)
