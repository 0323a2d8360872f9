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


__all__ = ["paused_gc"]
