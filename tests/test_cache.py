"""The extraction cache: a re-run reads unchanged articles from disk and builds the same graph."""
from __future__ import annotations

import shutil

from rdflib.compare import isomorphic

from kg.pipeline import BuildOptions, build
from tests.conftest import SAMPLES


def test_second_run_hits_the_cache_and_builds_the_same_graph(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    files = sorted(SAMPLES.glob("*.txt"))
    for f in files[:2]:
        shutil.copy(f, corpus / f.name)
    options = BuildOptions(cache_dir=tmp_path / "cache")
    first = build([corpus], options)
    assert first.summary.cache_hits == 0
    second = build([corpus], options)
    assert second.summary.cache_hits == 2
    assert isomorphic(first.graph, second.graph)
    shutil.copy(files[2], corpus / files[2].name)
    third = build([corpus], options)
    assert (third.summary.articles, third.summary.cache_hits) == (3, 2)
    (corpus / files[0].name).unlink()
    fourth = build([corpus], options)
    assert fourth.summary.articles == 2
    assert files[0].name not in fourth.graph.serialize(format="nt")


def test_a_changed_pipeline_version_misses(tmp_path):
    from kg.cache import ExtractionCache
    from kg.model import Article, Extraction

    article = Article(id="a", text="Some text.")
    ExtractionCache(tmp_path, "v1").put(Extraction(article, (), ()))
    assert ExtractionCache(tmp_path, "v1").get(article) is not None
    assert ExtractionCache(tmp_path, "v2").get(article) is None
    assert ExtractionCache(tmp_path, "v1").get(Article(id="a", text="Other text.")) is None


def test_the_cache_version_covers_every_module_and_data_file_that_extraction_reads():
    from kg.cache import hashed_files

    names = {(f.parent.name, f.name) for f in hashed_files()}
    # rule modules, the officeholders list the post rules read, the trained model, a resolution module
    for expected in [("extract", "roles.py"), ("extract", "atlas.py"), ("ontology", "people.json"),
                     ("ontology", "gazetteer.json"), ("models", "relations.json"), ("kg", "people.py")]:
        assert expected in names, expected
    assert all(f.suffix in (".py", ".json") for f in hashed_files())


def test_the_cache_version_changes_when_a_data_file_changes(monkeypatch, tmp_path):
    import kg.cache

    real = kg.cache.hashed_files()
    extra = tmp_path / "people.json"
    extra.write_text("[]")
    monkeypatch.setattr(kg.cache, "hashed_files", lambda: real + [extra])
    before = kg.cache.code_version()
    extra.write_text('[{"name": "someone"}]')
    assert kg.cache.code_version() != before
