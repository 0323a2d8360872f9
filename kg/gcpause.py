"""Python's cyclic garbage collector paused around the stages that only build long-lived data.

Resolution, the graph and the exports allocate hundreds of thousands of objects that live to
the end of the stage (records, terms, rows) and make almost no reference cycles. Each of the
collector's full passes walks every live object, and their number grows with the heap, so on a
150-article build the passes cost more than a second of these stages. Reference counting still
frees everything that is not in a cycle; the collector runs again when the stage ends.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic collector off (restored as it was, even on an error)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's reach for the rest of the process
    (`gc.freeze`). Called once the read-only data that lives to the end is loaded (the model, the
    gazetteer, the GeoNames indexes): otherwise each full pass during extraction walks those
    hundreds of thousands of objects again, which cost about a tenth of a 150-article build.
    No collection first: the data is loaded with the collector paused and leaves a few dozen
    objects of garbage, while a full pass over the half million live ones costs half a second."""
    gc.freeze()


__all__ = ["freeze_long_lived", "paused_gc"]
