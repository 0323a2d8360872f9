"""A spaCy component that marks gazetteer names in a Doc before the model's NER runs.

Acronyms (and all-capitals labels such as "NATO") match case-sensitively, so "START" is a
treaty and "start" is not; names match case-insensitively unless they start in lower case
in the text ("a new start" is not New START, "NEW START" is). Dash variants of a name match
too. Phrase matchers (hash lookups) keep this cheap beside the model.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer
from kg.headwords import ORGANIZATION_HEADS
from kg.personnames import titles

DEFERRED = "kg_gazetteer_deferred"
# For a deferred match with name words before it ("Kata'ib" + Hezbollah), the whole longer name.
LONGER = "kg_gazetteer_longer"

_DASH_VARIANTS = ("-", "\u2013", "\u2014")


def _forms(entry) -> list[tuple[str, bool]]:
    """(form, is_case_sensitive) for every name of an entry."""
    forms = [(a, True) for a in entry.acronyms]
    for name in (entry.label, *entry.aliases):
        name = name[4:] if name.lower().startswith("the ") else name
        forms.append((name, name.isupper() and len(name) <= 6))
    return forms


_HONORIFICS = frozenset("mr mrs ms miss mister dr".split())
# The shapes of English adjectives of parties, peoples and places ("Democratic", "Republican", "Scottish").
_ADJECTIVE = re.compile(r"(?:ic|an|ish|ese|al|ist)$")
# A word of letters, an apostrophe or hyphen inside it allowed: "Kata'ib" of "Kata'ib Hezbollah".
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
# Title words that also open the names of bodies: "St Pauli", "Saint-Etienne".
_NAME_OPENERS = frozenset(["st", "saint"])


def _continues_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """Token i is a capitalised proper noun that carries a name on ("Paris" + "St Germain")."""
    if i < 0 or i >= len(doc) or i in taken:
        return False
    tok = doc[i]
    word = tok.lower_.rstrip(".")
    return (tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and _WORD.fullmatch(tok.text) is not None
            and (word in _NAME_OPENERS or word not in titles() or _body_name_follows(doc, i)))


def _body_name_follows(doc: Doc, i: int) -> bool:
    """A run of capitalised words from token i ends in a body's head word: "Intelligence", a title word
    elsewhere, carries "U.S. House" on into "U.S. House Intelligence Committee"."""
    j = i
    while j < len(doc) and doc[j].tag_ in ("NNP", "NNPS") and doc[j].text[:1].isupper():
        j += 1
    return j - i >= 2 and doc[j - 1].lower_ in ORGANIZATION_HEADS


def _modifier(word: str, gazetteer: Gazetteer) -> bool:
    """A word that qualifies a known name without making another name: a nationality ("Lebanese
    Hezbollah"), a place or a name the gazetteer knows ("Iran's", "Tehran", "Moscow")."""
    from kg.places import place_index  # GeoNames, loaded once; imported here to keep this module light

    return bool(gazetteer.country_for_demonym(word) or gazetteer.lookup_name(word) or place_index().lookup(word))


class GazetteerRuler:
    """Sets doc.ents to the gazetteer's longest matches, labelled by type, with the entry id as span id.

    A match inside a longer proper name ("Paris" in "Paris St Germain", "Malaysia" in "Malaysia
    Airlines") is not set before the model runs: it waits in doc.spans[DEFERRED] and
    GazetteerFill sets it afterwards only where the model found no longer name over it.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.types: dict[int, tuple[str, str]] = {}
        for entry in gazetteer.entries:
            key = nlp.vocab.strings.add(entry.id)
            self.types[key] = (entry.type, entry.id)
            exact, folded = set(), set()
            for form, case_sensitive in _forms(entry):
                if not form.strip():
                    continue
                variants = {form.replace("-", d) for d in _DASH_VARIANTS} if "-" in form else {form}
                # "Democratic People’s Republic of Korea": typographic apostrophes, or only
                # "Republic of Korea" inside it would match (South Korea)
                variants |= {v.replace("'", "\u2019") for v in variants if "'" in v}
                (exact if case_sensitive else folded).update(variants)
            if exact:
                self.exact.add(entry.id, [nlp.make_doc(f) for f in sorted(exact)])
            if folded:
                self.folded.add(entry.id, [nlp.make_doc(f) for f in sorted(folded)])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.exact(doc):
            spans.append(self._span(doc, match_id, start, end))
        for match_id, start, end in self.folded(doc):
            if not doc[start].is_lower:
                spans.append(self._span(doc, match_id, start, end))
        # "Mr. Hague", "Ms. Jordan": after an honorific a place's or body's name is a person's surname.
        spans = filter_spans([s for s in spans if s.label_ == "Person" or s.start == 0
                              or doc[s.start - 1].lower_.rstrip(".") not in _HONORIFICS])
        taken = {i for span in spans for i in range(span.start, span.end)}
        sure, deferred = [], []
        for span in spans:
            inside = _continues_name(doc, span.end, taken) or _continues_name(doc, span.start - 1, taken)
            (deferred if inside else sure).append(span)
        doc.spans[DEFERRED] = deferred
        doc.spans[LONGER] = [longer for span in deferred if (longer := self._longer(doc, span, taken)) is not None]
        if sure:
            doc.ents = filter_spans(sure + [e for e in doc.ents])
        return doc

    def _longer(self, doc: Doc, span: Span, taken: set[int]) -> Span | None:
        """The name a known one ends ("Kata'ib Hezbollah", "Hezbollah" known): its capitalised words
        before it, when none is a nationality, a place or a known name; a body's names only."""
        start = span.start
        while _continues_name(doc, start - 1, taken) and not _modifier(doc[start - 1].text, self.gazetteer):
            start -= 1
        if start == span.start or (start > 0 and _continues_name(doc, start - 1, taken)):
            return None  # nothing before it, or a modifier stopped the walk inside a longer run of names
        # labelled as the model labels a body it reads: the new name is read as the model's own names are
        return Span(doc, start, span.end, label="ORG") if span.label_ == "Organization" else None

    def _span(self, doc: Doc, match_id: int, start: int, end: int) -> Span:
        etype, entry_id = self.types[match_id]
        return Span(doc, start, end, label=etype, span_id=entry_id)


def _names_another(words: Span, known: Span, ents: list[Span]) -> bool:
    """Words before a known body's name that make it another body's: a word the model reads as a
    group's name ("Kataeb" + Hezbollah) or a foreign word with an apostrophe inside ("Kata'ib"); not a
    date, place, person or body ("July CNN", "Senate Democrats"), an English word or adjective ("Defeat
    ISIS", "Democratic White House"),
    capitals (a headline's "TRUMP BLAMES IRAN"), nor before a plural that names a party's members
    ("Congressional Republicans", "Angry Democrats")."""
    if known[-1].tag_ == "NNPS" or known[-1].text.endswith("s") or any(t.is_upper for t in words):
        return False
    over = [e for e in ents if e.start < words.end and words.start < e.end]
    if over:
        # an adjective the model reads as a group's ("Democratic White House", "Scottish") qualifies the
        # body; a group's own name (a transliteration: "Kataeb") makes another
        return all(e.label_ == "NORP" for e in over) and not any(_ADJECTIVE.search(t.lower_) for t in words)
    return any(c in t.text[1:-1] for t in words for c in "'\u2019")


class GazetteerFill:
    """After the model: a deferred gazetteer match stands unless a longer named entity covers it."""

    def __init__(self, kept_labels: frozenset[str]):
        self.kept_labels = kept_labels

    def __call__(self, doc: Doc) -> Doc:
        deferred = list(doc.spans.get(DEFERRED, ()))
        if not deferred:
            return doc
        ents = list(doc.ents)
        longer = {s.end: s for s in doc.spans.get(LONGER, ())}
        for span in deferred:
            over = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(e.label_ in self.kept_labels and len(e) > len(span) for e in over):
                continue  # the model read a longer name: "Paris St Germain", "Malaysia Airlines"
            whole = longer.get(span.end)
            if whole is not None and _names_another(doc[whole.start:span.start], span, ents):
                # "Kata'ib Hezbollah": a longer name that ends in a known one is another body
                span = whole
                over = [e for e in ents if e.start < span.end and span.start < e.end]
            ents = [e for e in ents if e not in over] + [span]
        doc.ents = filter_spans(ents)
        return doc
