"""User sentences for imports from other journals (jrnl, Day One, RedNotebook), shared by the CLI and the UI.

A refusal names the file (and the file inside a zip or folder), the entry or day and the field, says
what is wrong and that nothing was imported; it never quotes diary text. The dry run says how many
entries were read, the period, duplicates inside the source and what does not come over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tyokirja.exchange.importers import ForeignImport, SourceRejected
from tyokirja.exchange.importers.common import MAX_ENTRIES, MAX_SOURCE_BYTES

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    """The source program's name as the user knows it."""
    return {"jrnl": "jrnl", "dayone": "Day One", "rednotebook": "RedNotebook"}.get(kind, kind)


def _where(exc: SourceRejected) -> str:
    if exc.part is not None and exc.part != exc.source.name:
        text = translate("ImportText", "{part} in {source}").replace("{part}", exc.part)
    else:
        text = translate("ImportText", "{source}")
    text = text.replace("{source}", str(exc.source))
    if exc.record is not None:
        if exc.unit == "day":
            text += translate("ImportText", ", day {n}")
        elif exc.record_id is not None:
            text += translate("ImportText", ", entry {n} (id {id})").replace("{id}", exc.record_id)
        else:
            text += translate("ImportText", ", entry {n}")
        text = text.replace("{n}", str(exc.record))
    if exc.field is not None:
        text += translate("ImportText", ", field “{field}”").replace("{field}", exc.field)
    return text


def _shape(kind: str) -> str:
    return {
        "jrnl": translate("ImportText", "is not a jrnl JSON export (made with jrnl --format json)."),
        "dayone": translate("ImportText", "is not a Day One journal file (its JSON export with \"entries\")."),
        "rednotebook": translate("ImportText", "is not a RedNotebook month file."),
    }.get(kind, translate("ImportText", "is not in the layout this kind of journal exports."))


def _problem(exc: SourceRejected, kind: str) -> str:
    code, detail = exc.code, exc.detail
    if code == "encoding":
        if exc.field is None and detail.isdigit():
            return translate("ImportText", "line {line} is not UTF-8 text. Save the file as UTF-8 and try again.") \
                .replace("{line}", detail)
        return translate("ImportText", "holds text that is not valid Unicode.")
    if code == "not_json":
        if ":" in detail:
            line, column = detail.split(":", 1)
            return translate("ImportText", "is not valid JSON (error at line {line}, column {column}); the file may "
                             "be cut short.").replace("{line}", line).replace("{column}", column)
        return translate("ImportText", "is not valid JSON.")
    if code == "not_yaml":
        return translate("ImportText", "is not valid YAML (error at line {line}).").replace("{line}", detail or "?")
    if code == "yaml_tag":
        return translate("ImportText", "holds a YAML tag that would build program objects (line {line}); only text, "
                         "numbers, lists and mappings are read.").replace("{line}", detail or "?")
    if code == "yaml_aliases":
        return translate("ImportText", "holds more YAML aliases than a RedNotebook file ever has (line {line}), "
                         "as a file built to exhaust memory does.").replace("{line}", detail or "?")
    if code == "too_large":
        return translate("ImportText", "is larger than {size} MB, more than Työkirja reads from one file.") \
            .replace("{size}", str(MAX_SOURCE_BYTES // (1024 * 1024)))
    if code == "wrong_shape":
        if detail == "depth":
            return translate("ImportText", "is nested far deeper than a journal export is.")
        return _shape(kind)
    if code == "missing":
        return translate("ImportText", "is missing.")
    if code == "type":
        return translate("ImportText", "has a value of the wrong type.")
    if code == "bad_date":
        if detail == "month":
            return translate("ImportText", "is not a real month: month files are named YYYY-MM.txt.")
        if detail == "years":
            return translate("ImportText", "has a date outside the years 1900–9998.")
        return translate("ImportText", "is not a real date or time.")
    if code == "too_long":
        return translate("ImportText", "holds a text longer than Työkirja stores (5 million characters).")
    if code == "bad_zip":
        return translate("ImportText", "is not a complete zip file: it is damaged or was cut short.")
    if code == "unsafe_name":
        return translate("ImportText", "holds a file name that points outside the zip (../ or an absolute "
                         "path), so it was not opened.")
    if code == "no_journal":
        return translate("ImportText", "holds no journal file (Journal.json). Choose the zip Day One exported "
                         "as JSON.")
    if code == "no_months":
        return translate("ImportText", "holds no RedNotebook month files (YYYY-MM.txt). Choose RedNotebook's "
                         "data folder.")
    return translate("ImportText", "holds more than {count} entries.").replace("{count}", str(MAX_ENTRIES))


def describe_source_error(exc: SourceRejected, kind: str) -> str:
    """One sentence naming the file, the entry and the field, what is wrong, and that nothing changed."""
    return (_where(exc) + ": " + _problem(exc, kind) + " "
            + translate("ImportText", "Nothing was imported."))


def describe_source(found: ForeignImport) -> list[str]:
    """The dry run's lines about the source: entries read and their period, duplicates, what stays behind."""
    text = translate("ImportText", "{program}: %n entries read from {source}", None, found.read)
    text = text.replace("{program}", kind_name(found.kind)).replace("{source}", str(found.source))
    if found.first is not None and found.last is not None:
        text += translate("ImportText", ", from {first} to {last}").replace(
            "{first}", found.first.isoformat()).replace("{last}", found.last.isoformat())
    lines = [text + "."]
    if found.duplicates:
        lines.append(translate("ImportText", "%n entries appear twice in the source and come in once.", None,
                               found.duplicates))
    lines.append(translate("ImportText", "Each comes in as a quick entry to complete; tags, stars and the "
                           "source's other fields go into its notes."))
    left = [_left_out(what, count) for what, count in found.not_imported.items()]
    if left:
        lines.append(translate("ImportText", "Not imported: {items}.").replace("{items}", ", ".join(left)))
    return lines


def _left_out(what: str, count: int) -> str:
    texts = {
        "photos": translate("ImportText", "%n photos", None, count),
        "videos": translate("ImportText", "%n videos", None, count),
        "audios": translate("ImportText", "%n audio recordings", None, count),
        "pdfAttachments": translate("ImportText", "%n PDF attachments", None, count),
        "richText": translate("ImportText", "the formatting of %n entries (the text itself comes over)", None, count),
        "empty_days": translate("ImportText", "%n empty days", None, count),
    }
    return texts.get(what, f"{what} ({count})")
