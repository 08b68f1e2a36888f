"""Writing an export file so that a failure never leaves half of one: temp file, fsync, rename.

The text may come in pieces (`write_chunks_atomically`), so an export of any size is written
while it is made and never held whole in memory.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any


def _open_for(target: Path | int, binary: bool) -> IO[Any]:
    """`target` (a path or a file descriptor) opened for writing: binary for bytes, text for str."""
    if binary:
        return open(target, "wb")
    return open(target, "w", encoding="utf-8", newline="\n")


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write owner-only (0600) via a temp file in the same folder, fsync and rename (text or bytes).

    A failure (disk full, interrupted run) leaves any earlier file at `path` as it was and no
    half-written file behind. OSError propagates to the caller.
    """
    if isinstance(text, bytes):
        write_chunks_atomically(path, [text], binary=True)
    else:
        write_chunks_atomically(path, [text])


def write_chunks_atomically(path: Path, chunks: Iterable[str] | Iterable[bytes], *, binary: bool = False) -> None:
    """write_atomically for text that arrives in pieces (all str, or with `binary` all bytes).

    Whatever the iteration raises (a storage error while the records are read) propagates like a
    write failure: the temp file is removed and an earlier file at `path` stays as it was.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        # A device or pipe (/dev/stdout, /dev/full, a FIFO): write into it as it is. Renaming a
        # temp file over it would replace the device node itself (as root, even /dev/full).
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        with _open_for(path, binary) as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
        return
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with _open_for(fd, binary) as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
