"""Shared fixtures: one real build of the sample articles per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "examples" / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_build():
    """The BuildResult of the shipped sample articles (real spaCy model)."""
    from kg.pipeline import build

    return build([SAMPLES])


@pytest.fixture(scope="session")
def sample_turtle(sample_build, tmp_path_factory) -> Path:
    """The sample graph written as Turtle by the real exporter."""
    from kg.export import export

    out = tmp_path_factory.mktemp("sample")
    return export(sample_build.graph, "turtle", out)[0]
