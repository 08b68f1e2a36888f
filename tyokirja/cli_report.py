"""`tyokirja report`: the coach report (PDF) without a window — the same PDF as File → Coach report.

Entries marked "share with coach" in the period become the excerpts when --include names excerpts
or quotes. A likely personal name in the text that would leave stops the command (exit 2, nothing
written) until the user passes --names-checked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tyokirja.cli_common import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    _opened,
    _require_diary,
    _same_file,
    translate,
)
from tyokirja.domain.report import DEFAULT_SECTIONS, SECTIONS, ReportOptionError, parse_sections


def add_report_parser(commands) -> None:
    report = commands.add_parser("report", help=translate(
        "Cli", "write a coach report (PDF) with only the sections you choose"))
    report.add_argument("--output", "-o", metavar="FILE", required=True, help=translate("Cli", "the PDF file to write"))
    report.add_argument("--from", dest="date_from", metavar="DATE", type=date_arg,
                        help=translate("Cli", "first day of the period, YYYY-MM-DD (default: three months back)"))
    report.add_argument("--to", dest="date_to", metavar="DATE", type=date_arg,
                        help=translate("Cli", "last day of the period, YYYY-MM-DD (default: today)"))
    report.add_argument("--lang", dest="report_lang", choices=("fi", "en"),
                        help=translate("Cli", "language of the report (default: the app's language)"))
    report.add_argument("--include", metavar="SECTION,...", default="",
                        help=translate("Cli", "sections to add to the default ones: {sections}")
                        .replace("{sections}", ", ".join(SECTIONS)))
    report.add_argument("--exclude", metavar="SECTION,...", default="",
                        help=translate("Cli", "default sections to leave out"))
    report.add_argument("--agenda", metavar="TEXT", default="",
                        help=translate("Cli", "what you want to discuss, up to three lines"))
    report.add_argument("--names-checked", action="store_true",
                        help=translate("Cli", "write the report even if the text that leaves has words that look "
                                              "like personal names (you have checked them)"))


def date_arg(text: str):
    from datetime import date

    from tyokirja.domain.timeutil import MAX_YEAR, MIN_YEAR

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date: {text} (write it as YYYY-MM-DD)").replace("{text}", text)) from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{text} is outside the years {first}–{last}").replace("{text}", text)
            .replace("{first}", str(MIN_YEAR)).replace("{last}", str(MAX_YEAR)))
    return day


def run_report(args: argparse.Namespace, path: Path) -> int:
    from tyokirja.i18n import choose_language
    from tyokirja.transfertext import describe_export_error, describe_report_option

    output = Path(args.output).expanduser()
    _require_diary(path)
    if any(_same_file(output, Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm", "-journal")):
        raise CommandError(translate("Cli", "The report would replace the diary itself. Give another --output file."))
    try:
        sections = (DEFAULT_SECTIONS | parse_sections(args.include)) - parse_sections(args.exclude)
    except ReportOptionError as exc:
        raise CommandError(describe_report_option(exc).replace("{sections}", ", ".join(SECTIONS))) from None
    lang = args.report_lang or choose_language(args.lang)
    with _opened(path) as workbook:
        service = workbook.reports
        today = args.date_to or service.today()
        try:
            if args.date_from is not None:
                options = service.options("since", since=args.date_from, today=today, lang=lang,
                                          sections=sections, agenda=args.agenda)
            else:
                options = service.options("3m", today=today, lang=lang, sections=sections, agenda=args.agenda)
            chosen = [c.ref for c in service.choices(options.start, options.end) if c.preselected]
            options = service.options(
                "since", since=options.start, today=options.end, lang=lang, sections=sections,
                agenda=args.agenda, items=chosen)
        except ReportOptionError as exc:
            raise CommandError(describe_report_option(exc).replace("{sections}", ", ".join(SECTIONS))) from None
        doc = service.document(options)
        hits = service.name_check(options, doc)
        if hits and not args.names_checked:
            words = ", ".join(h.word for h in hits)
            raise CommandError(translate(
                "Cli", "The text that would leave has words that may be personal names: {words}. Nothing was "
                       "written. Change the text so that people appear by role only, or, if these are not "
                       "names, run again with --names-checked.").replace("{words}", words))
        try:
            record = service.export(options, output, doc=doc)
        except OSError as exc:
            raise CommandError(describe_export_error(exc, output), EXIT_FAILED) from None
    headings = service.texts[choose_language(args.lang)]
    print(translate("Cli", "Wrote the coach report for {period} to {path} ({sections}).")
          .replace("{period}", f"{options.start.isoformat()} – {options.end.isoformat()}")
          .replace("{path}", str(output))
          .replace("{sections}", ", ".join(headings.get(f"section_{s}", s) for s in record.sections)))
    return EXIT_OK
