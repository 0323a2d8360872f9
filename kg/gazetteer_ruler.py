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

_DASH_VARIANTS = ("-", "\u2013", "\u2014")


def _forms(entry) -> list[tuple[str, bool]]:
    """(form, is_case_sensitive) for every name of an entry."""
    forms = [(a, True) for a in entry.acronyms]
    for name in (entry.label, *entry.aliases):
        name = name[4:] if name.lower().startswith("the ") else name
        forms.append((name, name.isupper() and len(name) <= 6))
    return forms


class GazetteerRuler:
    """Sets doc.ents to the gazetteer's longest matches, labelled by type, with the entry id as span id."""

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
        if spans:
            doc.ents = filter_spans(spans + [e for e in doc.ents])
        return doc

    def _span(self, doc: Doc, match_id: int, start: int, end: int) -> Span:
        etype, entry_id = self.types[match_id]
        return Span(doc, start, end, label=etype, span_id=entry_id)
