"""The Dask path on a real LocalCluster with two worker processes builds the same graph."""
from __future__ import annotations

import pytest
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import BuildOptions, build
from tests.conftest import SAMPLES

pytest.importorskip("dask.distributed", reason="install the dask extra: pip install 'kg[dask]'")


def test_local_cluster_builds_the_same_graph_as_one_process(sample_build):
    files = sorted(SAMPLES.glob("*.txt"))
    result = build(files, BuildOptions(dask="local:2", batch_size=1))  # three tasks over two workers
    if not isomorphic(result.graph, sample_build.graph):
        _, only_dask, only_local = graph_diff(to_isomorphic(result.graph), to_isomorphic(sample_build.graph))
        pytest.fail(f"only on dask: {sorted(only_dask)[:3]}\nonly local: {sorted(only_local)[:3]}")
    assert result.summary.articles == 5
