"""A build written into an output folder: the lock, the hidden stage, the exports and the store.

`build_into(out_dir, inputs, formats, options, export_options)` is what `kg build` runs: it owns
everything a build leaves on disk, so the CLI only parses options and prints the summary. Every
output of one build is written into a hidden stage and moved into place at the end (all or
none); the on-disk store is stamped for the Turtle file it was built with and kept beside it.
"""
from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import SkippedInputError
from kg.export import ExportOptions, canonical_format, export
from kg.export.atomic import OutputStage, build_lock, check_writable, clean_stray_files
from kg.pipeline import BuildOptions, BuildResult, build
from kg.store import close_store, finish_writing, store_dir


def build_into(out_dir: Path, inputs: Iterable, formats: Iterable[str], options: BuildOptions,
               export_options: ExportOptions = ExportOptions(), strict: bool = False,
               progress: Callable[[int], None] | None = None) -> tuple[BuildResult, list[Path]]:
    """Build the graph of `inputs` and write `formats` into `out_dir`; returns the result and the files.

    Raises SkippedInputError, writing nothing, when `strict` and an input was skipped; another
    build writing into `out_dir` at the same time makes this one stop at once (kg.export.atomic).
    """
    out_dir = Path(out_dir)
    names = list(dict.fromkeys(canonical_format(f) for f in formats))  # a typo fails before the slow part
    check_writable(out_dir)
    with build_lock(out_dir):
        clean_stray_files(out_dir)
        stage = OutputStage(out_dir)
        result = None
        try:
            staged_turtle = stage.path / f"{export_options.stem}.ttl"
            options = replace(options, store_dir=store_dir(staged_turtle),
                              keep_extractions=options.keep_extractions or "mentions" in names)
            result = build(inputs, options, progress=progress)
            if strict and result.summary.skipped:
                close_store(result.graph)
                first = result.summary.skipped[0]
                raise SkippedInputError(f"{len(result.summary.skipped)} input(s) skipped, first {first.where}: "
                                        f"{first.reason}; nothing was written because of --strict")
            export_options = replace(export_options, extractions=result.extractions,
                                     mention_keys=tuple(sorted(result.mention_keys.items())))
            staged = []
            for fmt in names:
                staged += export(result.graph, fmt, stage.path, export_options)
            # The store is stamped for the Turtle file of this build, and kept only beside it: a build
            # without Turtle must not leave a store that claims to hold an older graph.ttl.
            close_store(result.graph, staged_turtle if "turtle" in names else None)
            if "turtle" in names:
                staged.append(options.store_dir)
            return result, [p for p in stage.publish(staged) if not p.name.endswith(".oxigraph")]
        finally:
            if result is not None:  # nothing may still write into the stage discarded below
                with contextlib.suppress(Exception):  # an error raised above is the one to report
                    finish_writing(result.graph)
            stage.discard()


__all__ = ["build_into"]
