"""A spaCy pipeline component whose work is done by an object set after the pipeline is built.

spaCy creates components from a registered factory name with no way to pass a Python object in,
so kg registers a slot and sets the real component (the gazetteer ruler, the attribute rules)
on it right after `add_pipe`/`replace_pipe`.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc


class ComponentSlot:
    """Runs `component` on each Doc once it is set; passes Docs through until then."""

    def __init__(self):
        self.component: Callable[[Doc], Doc] | None = None

    def __call__(self, doc: Doc) -> Doc:
        return self.component(doc) if self.component is not None else doc
