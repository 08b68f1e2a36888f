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


def _argparse_messages() -> dict[str, str]:
    """argparse's own user-facing sentences (Python 3.11+), each through the catalogue (context "argparse").

    The literals are argparse's msgids exactly; one that a later Python rewords simply stays English.
    """
    messages = (
        translate("argparse", "usage: "),
        translate("argparse", "positional arguments"),
        translate("argparse", "options"),
        translate("argparse", "show this help message and exit"),
        translate("argparse", "show program's version number and exit"),
        translate("argparse", "%(prog)s: error: %(message)s\n"),
        translate("argparse", "argument %(argument_name)s: %(message)s"),
        translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        translate("argparse", "invalid %(type)s value: %(value)r"),
        translate("argparse", "unrecognized arguments: %s"),
        translate("argparse", "the following arguments are required: %s"),
        translate("argparse", "one of the arguments %s is required"),
        translate("argparse", "not allowed with argument %s"),
        translate("argparse", "ignored explicit argument %r"),
        translate("argparse", "expected one argument"),
        translate("argparse", "expected at most one argument"),
        translate("argparse", "expected at least one argument"),
        translate("argparse", "expected %s argument"),
        translate("argparse", "expected %s arguments"),
        translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        translate("argparse", "unexpected option string: %s"),
        translate("argparse", "can't open '%(filename)s': %(error)s"),
        translate("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    )
    sources = (
        "usage: ", "positional arguments", "options", "show this help message and exit",
        "show program's version number and exit", "%(prog)s: error: %(message)s\n",
        "argument %(argument_name)s: %(message)s", "invalid choice: %(value)r (choose from %(choices)s)",
        "invalid %(type)s value: %(value)r", "unrecognized arguments: %s", "the following arguments are required: %s",
        "one of the arguments %s is required", "not allowed with argument %s", "ignored explicit argument %r",
        "expected one argument", "expected at most one argument", "expected at least one argument",
        "expected %s argument", "expected %s arguments", "ambiguous option: %(option)s could match %(matches)s",
        "unexpected option string: %s", "can't open '%(filename)s': %(error)s",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
    )
    return dict(zip(sources, messages, strict=True))


def translate_argparse() -> None:
    """Make argparse speak the installed language: "käyttö:", "virhe:", "näytä tämä ohje ja lopeta".

    argparse looks its sentences up through the module globals `_` and `ngettext` (gettext) at the
    moment it prints them; both are pointed at Qt's catalogue. Call after the translators are installed.
    """
    import argparse

    catalogue = _argparse_messages()

    def gettext(message: str) -> str:
        return catalogue.get(message, message) if isinstance(message, str) else message

    def ngettext(singular: str, plural: str, count: int) -> str:
        return gettext(singular if count == 1 else plural)

    setattr(argparse, "_", gettext)  # noqa: B010 - argparse's module global, not an attribute of ours
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def progress_line():
    """A progress(done, total) that shows how much of a file has been read, on a terminal only."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 0
        if percent != shown[0]:
            shown[0] = percent
            text = translate("Cli", "Checking the file: {percent} %").replace("{percent}", str(percent))
            print("\r" + text, end="\n" if percent >= 100 else "", file=sys.stderr, flush=True)

    return progress
