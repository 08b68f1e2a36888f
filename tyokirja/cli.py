"""Command line: open the app, or export, import, search and check a diary without a window.

Exit codes: 0 done, 2 bad input or a refused file (nothing was changed), 1 any other failure.
`check` is read-only and exits 0 when the diary is healthy, 2 when it found problems (each named on
stderr) or the file is not a diary, 1 when the file could not be read at all.
Errors are one clear sentence on stderr; diary text is never printed, except the titles and snippets
of search hits.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication

from tyokirja.cli_common import (
    _PASSPHRASE_SOURCE,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    CommandError,
    _opened,
    _require_diary,
    _same_file,
    passphrase_for,
    translate,
    translate_argparse,
)
from tyokirja.paths import resolve_db_path

COMMANDS = ("export", "import", "search", "check", "backup", "restore", "report", "sessions")
SEARCH_PAGE = 500


def build_parser() -> argparse.ArgumentParser:
    """The full parser; help texts are translated, so build it after translators are installed."""
    import tyokirja

    parser = argparse.ArgumentParser(
        prog="tyokirja",
        description=translate("Cli", "Työkirja, a private workbook for the encounters you lead at work. "
                       "Without a command, opens the app."),
    )
    parser.add_argument("--db", metavar="PATH",
                        help=translate("Cli", "the diary file (default: $TYOKIRJA_DB, then the app data folder)"))
    parser.add_argument("--lang", choices=("fi", "en"), help=translate("Cli", "language of the app and its messages"))
    parser.add_argument("--version", action="version", version=f"tyokirja {tyokirja.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    export = commands.add_parser("export", help=translate("Cli", "write the whole diary to a file"))
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    as_json = formats.add_parser("json", help=translate("Cli", "the JSON exchange format (docs/exchange-format.md)"))
    as_json.add_argument("--output", "-o", metavar="FILE", required=True, help=translate("Cli", "the file to write"))
    from tyokirja.cli_report import date_arg

    as_markdown = formats.add_parser("markdown", help=translate(
        "Cli", "readable text: entries, exercises, feedback, goals and skill ratings"))
    as_markdown.add_argument("--output", "-o", metavar="PATH", required=True,
                             help=translate("Cli", "the file to write (with --per-month: a folder)"))
    as_markdown.add_argument("--per-month", action="store_true",
                             help=translate("Cli", "one file per month (YYYY-MM.md) in the folder --output"))
    as_csv = formats.add_parser("csv", help=translate(
        "Cli", "the entries as a spreadsheet table (semicolons, UTF-8 with BOM)"))
    as_csv.add_argument("--output", "-o", metavar="FILE", required=True, help=translate("Cli", "the file to write"))
    for readable in (as_json, as_markdown, as_csv):
        readable.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=date_arg,
                              help=translate("Cli", "only records from this day on"))
        readable.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=date_arg,
                              help=translate("Cli", "only records up to this day"))
        readable.add_argument("--search", metavar="TEXT", default="",
                              help=translate("Cli", "only records that contain these words"))

    from tyokirja.cli_import import add_import_parser

    add_import_parser(commands)

    search = commands.add_parser("search", help=translate("Cli", "list entries that contain the words, newest first"))
    # REMAINDER: "-kiire" among the words is an exclusion, not an unknown option
    search.add_argument("query", metavar="QUERY", nargs=argparse.REMAINDER, help=translate(
        "Cli", "words to look for (each also finds its inflected forms); \"exact phrase\", -word to leave out, "
               "OR between two words for either"))
    search.add_argument("--json", action="store_true", help=translate(
        "Cli", "print the hits as JSON: kind, id, time, title, snippet and the matched ranges in it"))

    commands.add_parser("check", help=translate(
        "Cli", "check the diary file without changing it and list every problem found "
               "(exit 0: in good order, 2: problems found or not a diary, 1: could not be checked)"))

    backup = commands.add_parser("backup", help=translate("Cli", "write a consistent copy of the diary to a file"))
    backup.add_argument("--output", "-o", metavar="FILE", required=True,
                        help=translate("Cli", "the backup file to write"))

    restore = commands.add_parser("restore", help=translate(
        "Cli", "replace the diary with a backup; the current file is kept aside, never overwritten"))
    restore.add_argument("backup", metavar="BACKUP", help=translate("Cli", "a backup of a Työkirja diary"))

    from tyokirja.cli_report import add_report_parser

    add_report_parser(commands)
    from tyokirja.cli_sessions import add_sessions_parser

    add_sessions_parser(commands)
    _add_passphrase_option(parser, argparse.SUPPRESS)  # last: every command above accepts it
    return parser


def _wants_gui(argv: list[str]) -> tuple[bool, argparse.Namespace]:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--db")
    pre.add_argument("--lang")
    pre.add_argument("rest", nargs=argparse.REMAINDER)
    try:
        ns, unknown = pre.parse_known_args(argv)
    except SystemExit:
        return False, argparse.Namespace(db=None, lang=None)
    gui = not ns.rest and not unknown and ns.lang in (None, "fi", "en")
    return gui, ns


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    gui, pre = _wants_gui(argv)
    if gui:
        from tyokirja.app import run_gui

        return run_gui(resolve_db_path(pre.db), pre.lang)
    if any(a == "search" or a.startswith("--search") for a in argv):
        # a search needs the word analyser (about a second to load, in its own process): let it
        # load while this process starts up and opens the diary
        from tyokirja.storage.wordforms import preload

        preload()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):  # a replaced stream may not have reconfigure()
            cast(io.TextIOWrapper, stream).reconfigure(errors="replace")
    from tyokirja.i18n import choose_language, install_translators

    lang = choose_language(pre.lang if pre.lang in ("fi", "en") else None)
    app = QCoreApplication.instance() or QCoreApplication(["tyokirja"])
    install_translators(app, lang)  # the translators are children of `app`, which outlives the command
    translate_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    if args.command is None:  # only options that did not make sense without a command
        parser.print_usage(sys.stderr)
        return EXIT_REFUSED
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run one non-GUI command and turn every expected failure into a sentence and exit code."""
    from tyokirja.errortext import describe
    from tyokirja.exchange.rejection import ImportRejected
    from tyokirja.storage.errors import StorageError, classify
    from tyokirja.transfertext import describe_import_error

    path = resolve_db_path(args.db)
    _PASSPHRASE_SOURCE.set({"file": getattr(args, "passphrase_file", None)})
    from tyokirja.cli_report import run_report
    from tyokirja.cli_sessions import run_sessions

    handlers = {"export": _export, "import": _import, "search": _search, "check": _check,
                "backup": _backup, "restore": _restore, "report": run_report, "sessions": run_sessions}
    from tyokirja.services.longwork import collector_paused

    # export and import go through thousands of records: no full collections over them
    quiet = collector_paused() if args.command in ("export", "import") else contextlib.nullcontext()
    try:
        with quiet:
            return handlers[args.command](args, path)
    except CommandError as exc:
        _say(str(exc))
        return exc.code
    except ImportRejected as exc:
        _say(describe_import_error(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`tyokirja search … | head -1`): not a storage problem, and nothing to say.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        err = classify(exc, path)
        if not isinstance(err, StorageError):
            raise
        if err.path is None:  # a record that failed deep in a repository: name the file it is in
            err.path = path
        _say(describe(err))
        _offer_backup(err, path)
        return EXIT_REFUSED if isinstance(err, _refusals()) else EXIT_FAILED


def _offer_backup(err: BaseException, path: Path) -> None:
    """For a damaged diary, name the newest backup that passes the checks and the command that restores it."""
    from tyokirja.services.backup import RecoveryService
    from tyokirja.storage.errors import CorruptDiaryError, StorageError

    if not isinstance(err, CorruptDiaryError):
        return
    try:
        newest = RecoveryService(path).newest_good_backup()
    except StorageError:
        return
    if newest is None:
        return
    text = translate("Cli", "The newest good backup is {backup} ({date}, %n entries). To restore it (the damaged "
                            "file is kept aside): tyokirja --db {path} restore {backup}", None, newest.entries or 0)
    print(text.replace("{backup}", str(newest.path)).replace("{path}", str(path))
          .replace("{date}", newest.created.astimezone().strftime("%Y-%m-%d %H:%M")), file=sys.stderr)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _add_passphrase_option(parser: argparse.ArgumentParser, sub_default) -> None:
    """--passphrase-file on the main parser and on every (nested) command, so it may come before or after."""
    help_text = translate("Cli", "for an encrypted diary when not run in a terminal: read the passphrase "
                          "from the first line of FILE")
    parser.add_argument("--passphrase-file", metavar="FILE", help=help_text)
    pending = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    while pending:
        for sub in pending.pop().choices.values():
            sub.add_argument("--passphrase-file", metavar="FILE", default=sub_default, help=help_text)
            pending.extend(a for a in sub._actions if isinstance(a, argparse._SubParsersAction))


def _catalogue():
    from tyokirja.domain.content import Catalogue

    return Catalogue.load_default()


def _export(args: argparse.Namespace, path: Path) -> int:
    from tyokirja.transfertext import describe_export_error

    output = Path(args.output).expanduser()
    _require_diary(path)
    if any(_same_file(output, Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal")):
        raise CommandError(translate(
            "Cli", "The export file would replace the diary itself. Give another --output file."))
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CommandError(translate("Cli", "The period starts after it ends. Check --from and --to."))
    with _opened(path) as workbook:
        try:
            if args.format == "json":
                filtered = args.date_from or args.date_to or args.search.strip()
                chosen_json = workbook.transfer.selection(args.date_from, args.date_to, args.search) if filtered \
                    else None
                count = workbook.transfer.export_json(output, chosen_json)
            else:
                from tyokirja.i18n import choose_language

                transfer = workbook.transfer
                chosen = transfer.selection(args.date_from, args.date_to, args.search)
                lang = choose_language(args.lang)
                if args.format == "csv":
                    count = transfer.export_csv(output, lang, chosen)
                else:
                    count = transfer.export_markdown(output, lang, chosen, per_month=args.per_month)
        except OSError as exc:
            raise CommandError(describe_export_error(exc, output), EXIT_FAILED) from None
    print(translate("Cli", "Exported %n entries to {path}.", None, count).replace("{path}", str(output)))
    return EXIT_OK


def _import(args: argparse.Namespace, path: Path) -> int:
    from tyokirja.cli_import import run_import

    return run_import(args, path)


def _one_line(text: str) -> str:
    """A title on one terminal line: control characters and line breaks become spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def _search(args: argparse.Namespace, path: Path) -> int:
    from tyokirja.domain.timeutil import minute_text, shown_time
    from tyokirja.i18n import choose_language

    words = list(args.query)
    if words[:1] == ["--"]:
        words = words[1:]
    as_json = args.json or "--json" in words  # the option may also come after the words
    query = " ".join(w for w in words if w != "--json").strip()
    if not query:
        raise CommandError(translate("Cli", "Give the words to search for."))
    _require_diary(path)
    kinds = {"session": translate("Cli", "Exercise"), "feedback": translate("Cli", "Feedback request"),
             "goal": translate("Cli", "Goal")}
    hits = 0
    with _opened(path) as workbook:  # entries and practice records together, newest first
        search = workbook.search(choose_language(args.lang))
        if as_json:
            found = search.search_all(query)
            hits = len(found)
            print(json.dumps([{"kind": hit.kind, "id": hit.id, "when": hit.when.isoformat(), "title": hit.title,
                               "snippet": hit.snippet.text(), "matches": hit.snippet.ranges()} for hit in found],
                             ensure_ascii=False, indent=1))
            return EXIT_OK
        # streamed: each line is printed as its page is read, the first after one page
        for hit in search.iter_hits(query):
            shown = shown_time(hit.when)  # the record's own local time, its offset if not this computer's
            when = minute_text(shown.local) + (f" {shown.offset}" if shown.show_offset else "")
            label = f"{kinds[hit.kind]}: " if hit.kind in kinds else ""
            line = f"{when}  {label}{_one_line(hit.title)}"
            snippet = _one_line(hit.snippet.marked())  # the matched words [in brackets]
            print(f"{line}  — {snippet}" if snippet else line)
            hits += 1
            if hits == 1 or hits % 256 == 0:
                sys.stdout.flush()  # the first line out at once, then in pieces, also into a pipe
    if not hits:
        _say(translate("Cli", "No entries match the search."))
    return EXIT_OK


def _check(args: argparse.Namespace, path: Path) -> int:
    """Read-only check: one line per problem found, then a verdict. Exit 0 healthy, 2 problems."""
    from tyokirja.errortext import describe, describe_damaged_record, describe_schema_problem
    from tyokirja.services.transfer import examine_diary
    from tyokirja.storage.errors import DamagedRecordError, IncompleteDiaryError

    _require_diary(path)
    report = examine_diary(path, passphrase_for(path))
    for problem in report.problems:
        _say(describe(problem))
        details = []
        if isinstance(problem, IncompleteDiaryError):
            details = [describe_schema_problem(p) for p in problem.problems]
        elif isinstance(problem, DamagedRecordError):
            details = [describe_damaged_record(r) for r in problem.records]
        for line in details[:50]:
            _say(f"  - {line}")
        if len(details) > 50:
            _say("  - " + translate("Cli", "… and %n more", None, len(details) - 50))
    if report.wal is not None and report.wal.belongs and report.wal.reason not in ("empty",):
        print(translate("Cli", "Note: the diary was not closed cleanly last time; its unsaved-to-file changes "
                               "(%n transactions) are applied when it is next opened.", None, report.wal.commits))
    if report.folder_open_to_others and not report.problems:
        print(translate("Cli", "Note: other users of this computer may look into the folder {folder}. "
                               "Consider making it private (chmod 700).").replace("{folder}", str(path.parent)))
    if report.problems:
        first = report.problems[0]
        code = EXIT_FAILED if not isinstance(first, _refusals()) else EXIT_REFUSED
        _say(translate("Cli", "The diary is not in good order. Nothing was changed."))
        return code
    print(translate("Cli", "The diary is in good order: %n entries.", None, int(report.entries or 0)))
    return EXIT_OK


def _refusals() -> tuple[type, ...]:
    from tyokirja.storage.errors import (
        CorruptDiaryError,
        ForeignWalError,
        NotADiaryError,
        WrongPassphraseError,
    )

    return (CorruptDiaryError, ForeignWalError, NotADiaryError, WrongPassphraseError)


def _backup(args: argparse.Namespace, path: Path) -> int:

    output = Path(args.output).expanduser()
    _require_diary(path)
    if any(_same_file(output, Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal")):
        raise CommandError(translate(
            "Cli", "The backup file would replace the diary itself. Give another --output file."))
    with _opened(path) as workbook:  # the workbook's backups carry the diary's key
        service = workbook.backups
        written = service.backup_to(output)
        count = service.recovery().check(written)  # an encrypted diary's backup opens with its key
    print(translate("Cli", "Backed up %n entries to {path}.", None, count).replace("{path}", str(written)))
    return EXIT_OK


def _restore(args: argparse.Namespace, path: Path) -> int:
    from PySide6.QtCore import QLockFile

    from tyokirja.paths import lock_path
    from tyokirja.services.backup import RecoveryService

    source = Path(args.backup).expanduser()
    if not source.is_file():
        message = translate("Cli", "There is no backup file at {path}. Nothing was changed.")
        raise CommandError(message.replace("{path}", str(source)))
    if any(_same_file(source, Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal")):
        raise CommandError(translate("Cli", "The backup is the diary file itself. Nothing was changed."))
    lock = QLockFile(lock_path(path))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise CommandError(translate("Cli", "The diary is open in Työkirja. Close the app first; nothing was changed."))
    try:
        recovery = RecoveryService(path)
        count = recovery.check(source)  # a file that is no healthy diary is refused before anything moves
        aside = recovery.restore(source)
    finally:
        lock.unlock()
    print(translate("Cli", "Restored %n entries from {backup} into {path}.", None, count)
          .replace("{backup}", str(source)).replace("{path}", str(path)))
    if aside is not None:
        print(translate("Cli", "The previous diary file was kept as {aside}.").replace("{aside}", str(aside)))
    return EXIT_OK
