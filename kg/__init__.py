"""kg: news articles to a knowledge graph with provenance.

The library entry point is `kg.build` (see kg.pipeline); the `kg` command is a thin layer over it.
"""
from __future__ import annotations

__version__ = "0.1.0"


def build(*args, **kwargs):
    """Build a graph from paths or Article records; see kg.pipeline.build."""
    from kg.pipeline import build as _build

    return _build(*args, **kwargs)


__all__ = ["build", "__version__"]
