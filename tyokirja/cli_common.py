"""What every command of the command line shares (cli.py and cli_report.py both build on it).

The exit codes, the error that carries a translated sentence to stderr, and opening the diary named
on the command line with its passphrase (asked at most once per command).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
# Where an encrypted diary's passphrase comes from during one command (never argv or the environment).
_PASSPHRASE_SOURCE: contextvars.ContextVar[dict | None] = contextvars.ContextVar("passphrase_source", default=None)


class CommandError(Exception):
    """A translated sentence for stderr, with the exit code that goes with it."""

    def __init__(self, message: str, code: int = EXIT_REFUSED):
        super().__init__(message)
        self.code = code


def _require_diary(path: Path) -> None:
    """Commands that read a diary never create one."""
    if not path.exists():
        message = translate("Cli", "There is no diary at {path}. Nothing was done; give the right file with --db.")
        raise CommandError(message.replace("{path}", str(path)))


@contextlib.contextmanager
def _opened(path: Path, *, create: bool = False):
    """The diary at `path` as a Workbook (services.workbook), closed again after the command."""
    from tyokirja.services.workbook import open_workbook

    workbook = open_workbook(path, create=create, passphrase=passphrase_for(path))
    try:
        yield workbook
    finally:
        workbook.close()


def passphrase_for(path: Path) -> str | None:
    """The passphrase an encrypted diary at `path` needs (None for a plaintext or missing file).

    Asked once per command: with getpass in a terminal, else from --passphrase-file (first line).
    """
    from tyokirja.storage.connection import is_encrypted

    source = _PASSPHRASE_SOURCE.get()
    if not Path(path).exists() or not is_encrypted(Path(path)):
        return None
    if source is None:
        source = {"file": None}
        _PASSPHRASE_SOURCE.set(source)
    if "passphrase" not in source:
        source["passphrase"] = _read_passphrase(source.get("file"))
    return source["passphrase"]


def _read_passphrase(file: str | None) -> str:
    if file:
        try:
            with open(Path(file).expanduser(), encoding="utf-8") as handle:
                line = handle.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError):
            message = translate("Cli", "The passphrase file {path} could not be read. Nothing was done.")
            raise CommandError(message.replace("{path}", str(file))) from None
    elif sys.stdin is not None and sys.stdin.isatty():
        import getpass

        try:
            line = getpass.getpass(translate("Cli", "Passphrase of the encrypted diary: "))
        except EOFError:
            line = ""
    else:
        raise CommandError(translate("Cli", "The diary is encrypted. Run the command in a terminal to be asked for "
                                     "its passphrase, or give it with --passphrase-file FILE. Nothing was done."))
    if not line:
        raise CommandError(translate("Cli", "No passphrase was given. Nothing was done."))
    return line


def _same_file(a: Path, b: Path) -> bool:
    with contextlib.suppress(OSError):
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    return os.path.abspath(a) == os.path.abspath(b)



