"""`tyokirja import`: merge a Työkirja export, or another journal's (jrnl, Day One, RedNotebook), into the diary.

The whole source is read and checked first; then the counts (new, already there, conflicting) are
printed before anything is written, and the records are added in one transaction. A refused
source is one sentence naming the file, the record and the field (exit 2, nothing changed).
"""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path

from tyokirja.cli_common import EXIT_OK, CommandError, _opened, progress_line, translate

SOURCES = ("tyokirja", "jrnl", "dayone", "rednotebook")


def add_import_parser(commands) -> None:
    """The `import` command and its options."""
    into = commands.add_parser(
        "import", help=translate("Cli", "add what is new in a JSON export, or in another journal's export, to the "
                                        "diary (all or nothing); records already there are left as they are"))
    into.add_argument("file", metavar="PATH", help=translate(
        "Cli", "a Työkirja JSON export; with --from: jrnl's JSON export, Day One's export zip, or RedNotebook's "
               "data folder"))
    into.add_argument("--from", dest="source_kind", choices=SOURCES, default="tyokirja", help=translate(
        "Cli", "the program the file comes from (default: tyokirja); other journals' texts come in as quick "
               "entries to complete"))
    into.add_argument("--dry-run", action="store_true",
                      help=translate("Cli", "only count what is new, already there and conflicting; change nothing"))
    into.add_argument("--conflicts", choices=("keep-both", "skip"),
                      help=translate("Cli", "records whose id the diary holds with other content: keep both side "
                                            "by side (the file's gets a new id) or skip them"))


def run_import(args: argparse.Namespace, path: Path) -> int:
    """Read and check the source, print what it would do, then merge it in (unless --dry-run)."""
    from tyokirja.transfertext import describe_import_read_error

    source = Path(args.file).expanduser()
    try:
        bundle = _read(args.source_kind, source)
    except OSError as exc:
        raise CommandError(describe_import_read_error(exc, source)) from None
    return _merge(bundle, args, path, source)


def _read(kind: str, source: Path):
    from tyokirja.exchange.importers import SourceRejected, read_source
    from tyokirja.exchange.json_format import open_document
    from tyokirja.exchange.rejection import ImportRejected
    from tyokirja.importtext import describe_source, describe_source_error
    from tyokirja.transfertext import describe_import_error

    if kind == "tyokirja":
        from tyokirja.domain.content import Catalogue

        try:
            # the whole file is checked first (its entries are read again, in batches, to plan and write them)
            return open_document(source, Catalogue.load_default(), progress=progress_line())
        except ImportRejected as exc:  # the sentence names the file, the record and the field
            raise CommandError(describe_import_error(exc, source)) from None
    try:
        found = read_source(kind, source)
    except SourceRejected as exc:
        raise CommandError(describe_source_error(exc, kind)) from None
    for line in describe_source(found):
        print(line)
    return found.bundle


def _merge(bundle, args: argparse.Namespace, path: Path, source: Path) -> int:
    from tyokirja.exchange.rejection import ImportRejected
    from tyokirja.transfertext import describe_import_error, describe_import_result

    choice = {"keep-both": "keep_both", "skip": "skip", None: None}[args.conflicts]
    if args.dry_run:
        if not path.exists():  # a dry run creates nothing: into a new diary everything is new
            from tyokirja.exchange.merge import ImportPlan, KindPlan

            print_plan(ImportPlan({name: KindPlan(new=list(range(n))) for name, n in bundle.counts().items()},
                                  settings_new=dict(bundle.history.settings)))
        else:
            with _opened(path) as workbook:
                print_plan(workbook.transfer.plan_import(bundle))
        print(translate("Cli", "Dry run: nothing was changed."))
        return EXIT_OK
    created = not path.exists()
    try:
        with _opened(path, create=True) as workbook:
            print_plan(workbook.transfer.plan_import(bundle))  # the counts come first, before anything is written
            try:
                plan = workbook.transfer.import_bundle(bundle, choice)
            except ImportRejected as exc:
                if exc.code != "already_exists":
                    raise
                raise CommandError(describe_import_error(exc, source) + " " + translate(
                    "Cli", "To import it, add --conflicts keep-both (both side by side) or --conflicts skip "
                           "(the diary's stays).")) from None
    except BaseException:
        if created:  # a new diary that did not receive the import is not left behind
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{path}{suffix}")
        raise
    print(describe_import_result(plan.added(choice), path))  # every kind it added, not only entries
    return EXIT_OK


def print_plan(plan) -> None:
    """The dry run's counts, then each conflicting record and setting by kind and id (never its text)."""
    from tyokirja.transfertext import describe_conflict, describe_import_plan, describe_setting_conflict

    print(describe_import_plan(plan.new, plan.same, plan.conflicting))
    for array, position, record_id in plan.conflicts():
        print("  - " + describe_conflict(array, position, record_id))
    for key in plan.settings_conflicts:
        print("  - " + describe_setting_conflict(key))
