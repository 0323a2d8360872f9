"""Doc -> Mentions and Relations; the last place spaCy objects exist."""
from __future__ import annotations

from kg.extract.article import extract_article

__all__ = ["extract_article"]
