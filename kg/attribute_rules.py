"""spaCy's attribute ruler (tag -> part of speech and morphology, plus word exceptions) without its Matcher.

The English model's `attribute_ruler` holds about 180 one- and two-token patterns over a token's
tag, lower-case form, dependency label and whitespace flag. spaCy runs them through its general
Matcher, which costs as much as the tagger and the NER together on a news article. Here each
distinct (tag, lower, dep, space) combination is tested against the patterns once and the answer
kept, so a Doc costs one dictionary lookup per token. The annotations are the ruler's own: the
same attribute sets, set through the Token's public setters, later rules winning as they do in
AttributeRuler (matches sorted by rule, applied in that order, all matched before any is set).

A ruler with a pattern this module does not read (an operator, another attribute) is kept as it is.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.slot import ComponentSlot

FACTORY = "kg_attribute_rules"
RULER = "attribute_ruler"
_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


def _predicate(field: int, value, strings):
    """A test on one token's (tag, lower, dep, space) row of hashes, or None when the value is not understood."""
    if field == 3:
        return (lambda row: row[3] == int(value)) if isinstance(value, bool) else None
    if isinstance(value, str):
        wanted = get_string_id(value)
        return lambda row: row[field] == wanted
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            members = {get_string_id(v) for v in arg}
            return (lambda row: row[field] in members) if op == "IN" else (lambda row: row[field] not in members)
        if op == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda row: bool(regex.search(strings[row[field]]))
    return None


def _token_test(spec: dict, strings):
    """All of a token pattern's predicates as one test, or None when one is not understood."""
    tests = []
    for key, value in spec.items():
        field = _FIELDS.get(key)
        test = None if field is None else _predicate(field, value, strings)
        if test is None:
            return None
        tests.append(test)
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda row: first(row) and second(row)
    return lambda row: all(t(row) for t in tests)


def _anchor(spec: dict) -> tuple[int, int] | None:
    """(field, value hash) that a token must have for `spec` to match it (its tag or its lower-case
    form), so that a token is tested only against the patterns that name its own tag or word."""
    for key in ("LOWER", "TAG"):  # a word is the narrower of the two
        value = spec.get(key)
        if isinstance(value, str):
            return _FIELDS[key], get_string_id(value)
    return None


def _set_morph(token, value) -> None:
    token.set_morph(value)


# The attributes the ruler sets, each through the Token's public setter.
_SETTERS = {POS: lambda t, v: setattr(t, "pos", v), TAG: lambda t, v: setattr(t, "tag", v),
            LEMMA: lambda t, v: setattr(t, "lemma", v), DEP: lambda t, v: setattr(t, "dep", v),
            MORPH: _set_morph}


def _set_token_attrs(token, attrs: dict) -> None:
    for key, value in attrs.items():
        _SETTERS[key](token, value)


class AttributeRules:
    """The rules of an AttributeRuler, applied per distinct token row."""

    def __init__(self, singles: list, pairs: list, attrs: list):
        """`singles`: (rule id, token test, anchor); `pairs`: (rule id, (first's test, anchor),
        (second's test, anchor), target offset 0 or 1); `attrs`: rule id -> normalised attributes."""
        self.pairs = [(rule, offset) for rule, _, _, offset in pairs]
        self.attrs = attrs
        # Every token test once, as (what passing it means, test): ("rule", id), ("start", p) or ("end", p).
        tests = [(("rule", rule), test, anchor) for rule, test, anchor in singles]
        for p, (_, first, second, _) in enumerate(pairs):
            tests += [(("start", p), *first), (("end", p), *second)]
        self._anchored: dict[tuple[int, int], list] = {}  # (field, hash) -> the tests that need it
        self._free = []  # the tests without an anchor: tried on every row
        for meaning, test, anchor in tests:
            (self._free if anchor is None else self._anchored.setdefault(anchor, [])).append((meaning, test))
        self._rows: dict[tuple, tuple] = {}
        self._merged: dict[tuple, dict] = {}

    @classmethod
    def from_ruler(cls, ruler) -> AttributeRules | None:
        """The rules of spaCy's AttributeRuler `ruler`, or None if any pattern is beyond this module."""
        strings = ruler.vocab.strings
        singles, pairs = [], []
        for rule, index in enumerate(ruler.indices):
            found = ruler.matcher.get(str(rule))
            if found is None:
                return None
            for pattern in found[1]:
                tests = [_token_test(spec, strings) for spec in pattern]
                if not tests or None in tests or len(tests) > 2:
                    return None
                offset = index if index >= 0 else len(tests) + index
                if not 0 <= offset < len(tests):
                    return None
                anchors = [_anchor(spec) for spec in pattern]
                if len(tests) == 1:
                    singles.append((rule, tests[0], anchors[0]))
                else:
                    pairs.append((rule, (tests[0], anchors[0]), (tests[1], anchors[1]), offset))
        attrs = [dict(a) for a in ruler.attrs]
        if any(key not in _SETTERS for a in attrs for key in a):
            return None
        return cls(singles, pairs, attrs)

    def _row(self, key: bytes) -> tuple:
        """(rules matching a token of this row alone, the pair patterns it may start, those it may end)."""
        found = self._rows.get(key)
        if found is None:
            row = tuple(int(v) for v in numpy.frombuffer(key, dtype=numpy.uint64))
            tried = self._anchored.get((0, row[0]), []) + self._anchored.get((1, row[1]), []) + self._free
            passed = [meaning for meaning, test in tried if test(row)]
            found = (tuple(sorted(n for kind, n in passed if kind == "rule")),
                     tuple(sorted(n for kind, n in passed if kind == "start")),
                     frozenset(n for kind, n in passed if kind == "end"))
            self._rows[key] = found
        return found

    def _attrs_of(self, rules: tuple) -> dict:
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in sorted(set(rules)):  # a later rule wins, as in AttributeRuler
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        # Each token's four values as one bytes key: slicing bytes is cheaper than making Python ints.
        array = numpy.ascontiguousarray(doc.to_array([TAG, LOWER, DEP, IS_SPACE]), dtype=numpy.uint64)
        data, width = array.tobytes(), 4 * 8
        rows = [self._row(data[k:k + width]) for k in range(0, len(data), width)]
        rules = [r[0] for r in rows]
        for i in range(len(rows) - 1):
            for p in rows[i][1]:  # usually none: few words start a two-token pattern
                if p in rows[i + 1][2]:
                    rule, offset = self.pairs[p]
                    rules[i + offset] += (rule,)
        for i, matched in enumerate(rules):
            if matched:
                _set_token_attrs(doc[i], self._attrs_of(matched))
        return doc


@Language.factory(FACTORY)
def _make_attribute_rules(nlp: Language, name: str) -> ComponentSlot:
    return ComponentSlot()


def use_attribute_rules(nlp: Language) -> None:
    """Replace `nlp`'s attribute ruler by AttributeRules with the same rules (same name, same place)."""
    if RULER not in nlp.pipe_names:
        return
    rules = AttributeRules.from_ruler(nlp.get_pipe(RULER))
    if rules is not None:
        nlp.replace_pipe(RULER, FACTORY)
        nlp.get_pipe(RULER).component = rules


__all__ = ["AttributeRules", "use_attribute_rules"]
