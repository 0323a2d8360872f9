"""The map step on a Dask cluster: workers parse and extract, the client resolves and builds.

Extraction is a map over articles; resolution and the graph are a reduce over the plain
Extraction records the workers send back. Each worker loads the language packs' pipelines once (they are
cached per process) and receives articles in batches. `address` is a scheduler address
(`tcp://host:8786`) or `local:N` for a LocalCluster of N single-threaded worker processes on
this machine. Install with `pip install kg[dask]`.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.errors import KGError
from kg.model import Article, Extraction


def _extract_batch(articles: list[Article], batch_size: int) -> list[Extraction]:
    """Runs on a worker: each pack loads its pipeline once per worker process and reuses it."""
    from kg.gazetteer import load_gazetteer
    from kg.lang import extract_articles

    return list(extract_articles(articles, load_gazetteer(), batch_size))


def _client(address: str):
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as err:
        raise KGError("the Dask path needs dask.distributed: pip install 'kg[dask]'") from err
    if address.startswith("local:"):
        workers = int(address.split(":", 1)[1] or 2)
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="20s"), None
    except OSError as err:
        raise KGError(f"cannot reach the Dask scheduler at {address} ({err}); check the address") from err


def extract_on_dask(articles: Iterable[Article], address: str, batch_size: int = 32,
                    articles_per_task: int = 64) -> Iterator[Extraction]:
    """Extractions of `articles` computed on a Dask cluster, streamed back as batches finish."""
    from dask.distributed import as_completed

    client, cluster = _client(address)
    try:
        futures, batch = [], []
        for article in articles:
            batch.append(article)
            if len(batch) == articles_per_task:
                futures.append(client.submit(_extract_batch, batch, batch_size, pure=False))
                batch = []
        if batch:
            futures.append(client.submit(_extract_batch, batch, batch_size, pure=False))
        for future in as_completed(futures):
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
