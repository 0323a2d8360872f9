"""A spaCy component that marks gazetteer names in a Doc before the model's NER runs.

Acronyms (and all-capitals labels such as "NATO") match case-sensitively, so "START" is a
treaty and "start" is not; names match case-insensitively unless they start in lower case
in the text ("a new start" is not New START, "NEW START" is). Dash variants of a name match
too. Phrase matchers (hash lookups) keep this cheap beside the model.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer
from kg.personnames import titles

DEFERRED = "kg_gazetteer_deferred"

_DASH_VARIANTS = ("-", "\u2013", "\u2014")


def _forms(entry) -> list[tuple[str, bool]]:
    """(form, is_case_sensitive) for every name of an entry."""
    forms = [(a, True) for a in entry.acronyms]
    for name in (entry.label, *entry.aliases):
        name = name[4:] if name.lower().startswith("the ") else name
        forms.append((name, name.isupper() and len(name) <= 6))
    return forms


_HONORIFICS = frozenset("mr mrs ms miss mister dr".split())
# Title words that also open the names of bodies: "St Pauli", "Saint-Etienne".
_NAME_OPENERS = frozenset(["st", "saint"])


def _continues_name(doc: Doc, i: int, taken: set[int]) -> bool:
    """Token i is a capitalised proper noun that carries a name on ("Paris" + "St Germain")."""
    if i < 0 or i >= len(doc) or i in taken:
        return False
    tok = doc[i]
    word = tok.lower_.rstrip(".")
    return (tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and tok.is_alpha
            and (word in _NAME_OPENERS or word not in titles()))


class GazetteerRuler:
    """Sets doc.ents to the gazetteer's longest matches, labelled by type, with the entry id as span id.

    A match inside a longer proper name ("Paris" in "Paris St Germain", "Malaysia" in "Malaysia
    Airlines") is not set before the model runs: it waits in doc.spans[DEFERRED] and
    GazetteerFill sets it afterwards only where the model found no longer name over it.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
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
        if sure:
            doc.ents = filter_spans(sure + [e for e in doc.ents])
        return doc

    def _span(self, doc: Doc, match_id: int, start: int, end: int) -> Span:
        etype, entry_id = self.types[match_id]
        return Span(doc, start, end, label=etype, span_id=entry_id)


class GazetteerFill:
    """After the model: a deferred gazetteer match stands unless a longer named entity covers it."""

    def __init__(self, kept_labels: frozenset[str]):
        self.kept_labels = kept_labels

    def __call__(self, doc: Doc) -> Doc:
        deferred = list(doc.spans.get(DEFERRED, ()))
        if not deferred:
            return doc
        ents = list(doc.ents)
        for span in deferred:
            over = [e for e in ents if e.start < span.end and span.start < e.end]
            if any(e.label_ in self.kept_labels and len(e) > len(span) for e in over):
                continue  # the model read a longer name: "Paris St Germain", "Malaysia Airlines"
            ents = [e for e in ents if e not in over] + [span]
        doc.ents = filter_spans(ents)
        return doc
