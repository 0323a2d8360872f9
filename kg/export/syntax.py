"""Terms written so that every reader parses them back whatever the text holds.

N-Triples term syntax is valid Turtle, TriG and N-Quads. rdflib's `Literal.n3()` writes a
string with a line break as a triple-quoted literal, which is invalid when the text ends in
a quote, and leaves U+2028, U+2029, \\x0b and other controls raw, which split a line-based
N-Quads file for any reader that splits on Unicode line breaks. Here every
literal is one quoted line with those characters escaped.

XML 1.0 cannot hold most C0 controls at all, escaped or not: GraphML and GEXF get them removed.
"""
from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# Escaped: quote and backslash, C0 and C1 controls, DEL, and Unicode's own line and paragraph separators.
_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029]')
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(match: re.Match) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def quoted(text: str) -> str:
    """`text` as a one-line N-Triples/Turtle string: "..." with every risky character escaped."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def literal(term: Literal, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax; `datatype` overrides how its datatype IRI is written."""
    text = quoted(str(term))
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^{datatype or '<' + str(term.datatype) + '>'}"
    return text


def term(node) -> str:
    """Any RDF term in N-Triples syntax."""
    if isinstance(node, Literal):
        return literal(node)
    if isinstance(node, (URIRef, BNode)):
        return node.n3()
    raise TypeError(f"not an RDF term: {node!r}")


def xml_text(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (NUL, most C0 controls, U+FFFE/FFFF)."""
    return _XML_ILLEGAL.sub("", text) if _XML_ILLEGAL.search(text) else text
