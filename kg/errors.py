"""One exception family for everything a user can get wrong; stdlib only.

Exit codes: 0 all read; 1 unexpected kg error; 2 bad command line (click);
3 graph built but some inputs were skipped; 4 nothing could be built;
5 `--strict` and something was skipped; 6 ontology; 7 export (or an unwritable output folder);
8 query; 9 input; 10 `kg validate`: the graph does not conform to the shapes;
11 a graph file given to query/stats/export/validate/push cannot be read as Turtle;
12 another `kg build` holds the output folder's lock.
"""
from __future__ import annotations

PARTIAL_EXIT_CODE = 3
NONCONFORMING_EXIT_CODE = 10


class KGError(Exception):
    """Base of every error kg reports to a user; `exit_code` is what the CLI returns."""

    exit_code = 1


class InputError(KGError):
    """An input path or file cannot be read as articles.

    `where` names the file (and line); `reason` is the one-line explanation, kept apart so that
    a reader can turn the error into a Skip without parsing the message.
    """

    exit_code = 9

    def __init__(self, reason: str, where: str | None = None):
        super().__init__(f"{where}: {reason}" if where else reason)
        self.reason = reason
        self.where = where


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
    """A SPARQL query given to `kg query` is invalid or not allowed."""

    exit_code = 8


class GraphFileError(KGError):
    """A graph file given to `kg query`, `stats`, `export`, `validate` or `push` is missing or not Turtle."""

    exit_code = 11


class BuildLockedError(KGError):
    """Another `kg build` is writing into the same output folder."""

    exit_code = 12
