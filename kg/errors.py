"""One exception family for everything a user can get wrong; stdlib only.

Exit codes: 0 all read; 1 unexpected kg error; 2 bad command line (click);
3 graph built but some inputs were skipped; 4 nothing could be built;
5 `--strict` and something was skipped; 6 ontology; 7 export; 8 query; 9 input.
"""
from __future__ import annotations

PARTIAL_EXIT_CODE = 3


class KGError(Exception):
    """Base of every error kg reports to a user; `exit_code` is what the CLI returns."""

    exit_code = 1


class InputError(KGError):
    """An input path or file cannot be read as articles."""

    exit_code = 9


class NothingBuiltError(KGError):
    """No article could be read, so there is no graph to write."""

    exit_code = 4


class SkippedInputError(KGError):
    """`--strict` was given and at least one input was skipped."""

    exit_code = 5


class OntologyError(KGError):
    """The ontology, shapes or gazetteer in ontology/ are missing or malformed."""

    exit_code = 6


class ExportError(KGError):
    """An output could not be written, or a format name is unknown."""

    exit_code = 7


class QueryError(KGError):
    """A SPARQL query or a graph file given to `kg query` is invalid."""

    exit_code = 8
