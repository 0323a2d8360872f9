"""Atomic file writes: a crash never leaves a half-written output behind."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator


@contextmanager
def atomic_open(path: Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path` in one step."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
    try:
        text_args = {} if "b" in mode else {"encoding": encoding, "newline": newline}
        with os.fdopen(fd, mode, **text_args) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> Path:
    """Write `text` to `path` atomically and return the path."""
    with atomic_open(path) as handle:
        handle.write(text)
    return Path(path)


LOCK_NAME = ".kg-build.lock"
STAGE_PREFIX = ".kg-staging-"


@contextmanager
def build_lock(folder: Path) -> Iterator[Path]:
    """Hold the output folder's lock for a build; a second build into it stops at once.

    fcntl.flock locks die with the process, so a crash or kill -9 never leaves a stale lock.
    """
    import fcntl

    from kg.errors import BuildLockedError

    lock = Path(folder) / LOCK_NAME
    handle = open(lock, "a+b")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise BuildLockedError(f"another kg build is writing into {folder} (it holds {lock}); "
                                   "wait for it to finish or choose another -o") from err
        yield lock
    finally:
        handle.close()


def clean_stray_files(folder: Path) -> list[Path]:
    """Remove what an interrupted build left: `.NAME.*.tmp` files and folders, staging folders.

    Call only while holding the folder's build lock, so another build's files are never touched.
    """
    import shutil

    removed = []
    for path in sorted(Path(folder).glob(".*")):
        if path.name.endswith(".tmp") or path.name.startswith(STAGE_PREFIX):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed.append(path)
    return removed


class OutputStage:
    """A hidden folder beside the outputs where a build writes everything first; `publish` then
    moves each file into place with os.replace, one after the other at the very end, so that a
    build that fails or is killed before then leaves every old output as it was."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, suffix=".tmp", dir=self.folder))

    def publish(self, staged: list[Path]) -> list[Path]:
        """Move staged files (and folders) into the output folder; returns their final paths."""
        import shutil

        final = []
        for path in staged:
            target = self.folder / Path(path).relative_to(self.path)
            target.parent.mkdir(parents=True, exist_ok=True)
            if Path(path).is_dir() and target.exists():
                old = target.with_name(f".{target.name}.{os.getpid()}.old.tmp")
                os.replace(target, old)
                os.replace(path, target)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(path, target)
            final.append(target)
        return final

    def discard(self) -> None:
        """Remove the stage and whatever is left in it."""
        import shutil

        shutil.rmtree(self.path, ignore_errors=True)


def check_writable(folder: Path) -> None:
    """Create `folder` if needed and make sure files can be written in it; ExportError if not."""
    from kg.errors import ExportError

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".kg-probe-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as err:
        raise ExportError(f"cannot write into the output folder {folder} ({err.strerror or err}); "
                          "choose another -o") from err
