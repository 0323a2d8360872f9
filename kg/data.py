"""The one place that knows where kg's data files are: read through importlib.resources, so an
installed wheel finds them as a checkout does.

`kg/ontology` is a link to the repository's top-level `ontology/` folder (external tools read
`ontology/*.ttl` there); the wheel carries its files as `kg/ontology/`. Saved queries live in
`kg/queries/`, the page template in `kg/export/assets/`.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def data_path(*parts: str) -> Path:
    """A file or folder shipped inside the kg package, as a filesystem path."""
    return Path(str(files("kg").joinpath(*parts))).resolve()


def ontology_dir() -> Path:
    """The folder of the ontology, SHACL shapes and gazetteer."""
    return data_path("ontology")


def ontology_path() -> Path:
    """The OWL/RDFS ontology (Turtle)."""
    return ontology_dir() / "kg.ttl"


def shapes_path() -> Path:
    """The SHACL shapes (Turtle)."""
    return ontology_dir() / "shapes.ttl"


def gazetteer_path() -> Path:
    """The gazetteer (JSON)."""
    return ontology_dir() / "gazetteer.json"


def queries_dir() -> Path:
    """The saved SPARQL queries (*.rq)."""
    return data_path("queries")


def page_template() -> Path:
    """The HTML page's template."""
    return data_path("export", "assets", "page.html")


def relation_model_path() -> Path:
    """The trained relation classifier (JSON weights; see scripts/train_relations.py)."""
    return data_path("models", "relations.json")
