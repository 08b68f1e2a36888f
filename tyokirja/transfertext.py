"""User sentences for export and import problems (shared by the CLI and the UI).

Messages name the record (its kind, its position in its array and its id) and the JSON field,
never the record's text.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tyokirja.exchange import limits
from tyokirja.exchange.json_format import FORMAT_VERSION, MAX_IMPORT_BYTES, RECORD_ARRAYS
from tyokirja.exchange.rejection import ImportRejected

translate = QCoreApplication.translate


def _where(exc: ImportRejected) -> str:
    """The record a refusal is about, by kind, position and id ("Goal 2 (id g7)"), or the file."""
    if exc.record_index is None:
        return translate("TransferText", "The file")
    array = exc.array or "encounters"
    if exc.record_id:
        text = {
            "encounters": translate("TransferText", "Entry {index} (id {id})"),
            "exercise_sessions": translate("TransferText", "Exercise session {index} (id {id})"),
            "follow_ups": translate("TransferText", "Follow-up {index} (id {id})"),
            "feedback_requests": translate("TransferText", "Feedback request {index} (id {id})"),
            "goals": translate("TransferText", "Goal {index} (id {id})"),
            "rating_sessions": translate("TransferText", "Skill rating {index} (id {id})"),
            "shared_reports": translate("TransferText", "Shared report {index} (id {id})"),
            "coaching_sessions": translate("TransferText", "Coaching session {index} (id {id})"),
            "session_flags": translate("TransferText", "Next-session flag {index} (id {id})"),
            "session_agreements": translate("TransferText", "Agreement {index} (id {id})"),
        }[array].replace("{id}", exc.record_id)
    else:
        text = {
            "encounters": translate("TransferText", "Entry {index}"),
            "exercise_sessions": translate("TransferText", "Exercise session {index}"),
            "follow_ups": translate("TransferText", "Follow-up {index}"),
            "feedback_requests": translate("TransferText", "Feedback request {index}"),
            "goals": translate("TransferText", "Goal {index}"),
            "rating_sessions": translate("TransferText", "Skill rating {index}"),
            "shared_reports": translate("TransferText", "Shared report {index}"),
            "coaching_sessions": translate("TransferText", "Coaching session {index}"),
            "session_flags": translate("TransferText", "Next-session flag {index}"),
            "session_agreements": translate("TransferText", "Agreement {index}"),
        }[array]
    return text.replace("{index}", str(exc.record_index))


def _already_exists(array: str | None) -> str:
    """The diary holds a different record of this kind with the same id, and no choice was made."""
    kind = {
        "exercise_sessions": translate("TransferText", "{where}: the diary already has an exercise session with "
                                       "this id, with different content."),
        "follow_ups": translate("TransferText", "{where}: the diary already has a follow-up with this id, "
                                "with different content."),
        "feedback_requests": translate("TransferText", "{where}: the diary already has a feedback request with "
                                       "this id, with different content."),
        "goals": translate("TransferText", "{where}: the diary already has a goal with this id, "
                           "with different content."),
        "rating_sessions": translate("TransferText", "{where}: the diary already has a skill rating with this id, "
                                     "with different content."),
        "shared_reports": translate("TransferText", "{where}: the diary already has a shared report with this id, "
                                    "with different content."),
        "coaching_sessions": translate("TransferText", "{where}: the diary already has a coaching session with "
                                       "this id, with different content."),
        "session_flags": translate("TransferText", "{where}: the diary already has a next-session flag with "
                                   "this id, with different content."),
        "session_agreements": translate("TransferText", "{where}: the diary already has an agreement with this "
                                        "id, with different content."),
    }.get(array or "encounters", translate("TransferText", "{where}: the diary already has an entry with this id, "
                                           "with different content."))
    return kind + " " + translate("TransferText", "Choose whether to keep both side by side or to skip the "
                                  "conflicting records.")


def _range_sentence(exc: ImportRejected) -> str:
    """A number or date outside its range (exc.limits), saying the range."""
    if exc.code == "bad_date":
        text = translate("TransferText", "{where}: the field “{field}” has a date outside the years {min}–{max}.")
    else:
        text = translate("TransferText", "{where}: the field “{field}” must be a whole number from {min} to {max}.")
    low, high = exc.limits or (0, 0)
    return text.replace("{min}", str(low)).replace("{max}", str(high))


def _schema_sentence(detail: str) -> str:
    if detail == "required":
        return translate("TransferText", "{where}: the field “{field}” is missing.")
    if detail == "additionalProperties":
        return translate("TransferText", "{where}: the field “{field}” is not part of the format.")
    if detail == "duplicate_key":
        return translate("TransferText", "{where}: the field “{field}” appears twice in the same place.")
    if detail == "type":
        return translate("TransferText", "{where}: the field “{field}” has a value of the wrong type.")
    if detail in ("enum", "const", "unknown_value"):
        return translate("TransferText", "{where}: the field “{field}” is not one of the allowed values.")
    if detail in ("pattern", "format", "propertyNames", "required_text"):
        return translate("TransferText", "{where}: the field “{field}” is not in the expected form.")
    if detail in ("maxLength", "maxItems", "maxProperties", "too_long"):
        return translate("TransferText", "{where}: the field “{field}” is too long.")
    if detail == "huge_number":
        return translate("TransferText", "{where}: the field “{field}” holds a number too large for Työkirja.")
    if detail == "answer_shape":
        return translate("TransferText", "{where}: the answer in the field “{field}” does not fit its exercise step.")
    if detail in ("minimum", "maximum", "out_of_range"):
        return translate("TransferText", "{where}: the field “{field}” is out of range.")
    return translate("TransferText", "{where}: the field “{field}” is not valid.")


def describe_import_error(exc: ImportRejected, source: Path | None = None) -> str:
    """One or two sentences saying which record and field made the import fail, and that nothing
    changed; with `source`, the last sentence names the file ("Nothing was imported from x.json.")."""
    code = exc.code
    if code == "not_json" and exc.detail == "encoding":
        if exc.record_index is None:
            text = translate("TransferText", "The file is not UTF-8 text. Save it as UTF-8 and try again.")
        else:
            text = translate("TransferText", "{where}: the field “{field}” holds text that is not valid Unicode.")
    elif code == "not_json":
        text = translate("TransferText", "The file is not a valid JSON document.")
        if ":" in exc.detail:
            line, column = exc.detail.split(":", 1)
            text = translate(
                "TransferText", "The file is not a valid JSON document (error at line {line}, column {column}).")
            text = text.replace("{line}", line).replace("{column}", column)
    elif code == "wrong_format":
        text = translate(
            "TransferText", "The file is not a Työkirja export (it lacks the mark \"format\": \"tyokirja-export\").")
    elif code == "unsupported_version":
        if exc.detail.isdigit() and int(exc.detail) > FORMAT_VERSION:
            text = translate("TransferText", "The file was made by a newer Työkirja (export format version {version}; "
                                             "this one reads up to version {max}). Update Työkirja to import it.")
        else:
            text = translate("TransferText", "The file has an unknown export format version.")
        text = text.replace("{version}", exc.detail).replace("{max}", str(FORMAT_VERSION))
    elif code == "too_deep":
        text = translate("TransferText", "The file is nested too deeply: its lists and objects go more than {depth} "
                         "levels deep, and no Työkirja export does. Check that you chose the right file.")
        text = text.replace("{depth}", exc.detail)
    elif code == "too_large" and exc.detail == "record":
        text = translate("TransferText", "{where} is larger than one record of an export can be (over {size} MB of "
                         "text, or too many values). Check that you chose the right file.")
        text = text.replace("{size}", str(limits.MAX_RECORD_CHARS // (1024 * 1024)))
    elif code == "too_large":
        text = translate("TransferText", "The file is larger than {size} MB, more than an export can be.")
        text = text.replace("{size}", str(MAX_IMPORT_BYTES // (1024 * 1024)))
    elif code == "too_many":
        text = translate("TransferText", "The file holds more than {count} records of one kind, more than Työkirja "
                         "can import at once. Check that you chose the right file.")
        text = text.replace("{count}", exc.detail)
    elif code == "changed":
        text = translate("TransferText", "The file changed while it was being imported. Make sure no other "
                                         "program is writing it, and import it again.")
    elif exc.limits is not None and exc.detail in ("years", "minimum", "maximum", "out_of_range", "type"):
        text = _range_sentence(exc)
    elif code == "bad_date":
        text = translate("TransferText", "{where}: the field “{field}” is not a real date or time.")
    elif code == "duplicate_id":
        text = translate("TransferText", "{where}: the same id appears earlier in the file.")
    elif code == "already_exists":
        text = _already_exists(exc.array)
    elif code == "unknown_value":
        text = translate(
            "TransferText", "{where}: the field “{field}” has a value this version of Työkirja does not know.")
    else:  # schema
        text = _schema_sentence(exc.detail)
    text = text.replace("{where}", _where(exc)).replace("{field}", exc.field or "?")
    if source is not None:
        return text + " " + translate("TransferText", "Nothing was imported from {file}.").replace(
            "{file}", str(source))
    return text + " " + translate("TransferText", "Nothing was imported.")


def describe_import_result(counts: dict[str, int], path: Path) -> str:
    """What an import added, per kind of record that it added ("Imported 3 exercise sessions and
    2 goals into …"); `counts` maps the arrays of the file (RECORD_ARRAYS) to how many."""
    kinds = {
        "encounters": lambda n: translate("TransferText", "%n entries", None, n),
        "exercise_sessions": lambda n: translate("TransferText", "%n exercise sessions", None, n),
        "follow_ups": lambda n: translate("TransferText", "%n follow-ups", None, n),
        "feedback_requests": lambda n: translate("TransferText", "%n feedback requests", None, n),
        "goals": lambda n: translate("TransferText", "%n goals", None, n),
        "rating_sessions": lambda n: translate("TransferText", "%n skill ratings", None, n),
        "shared_reports": lambda n: translate("TransferText", "%n shared reports", None, n),
        "coaching_sessions": lambda n: translate("TransferText", "%n coaching sessions", None, n),
        "session_flags": lambda n: translate("TransferText", "%n next-session flags", None, n),
        "session_agreements": lambda n: translate("TransferText", "%n agreements", None, n),
    }
    parts = [kinds[name](counts[name]) for name in RECORD_ARRAYS if counts.get(name)]
    if not parts:
        text = translate(
            "TransferText", "The file holds no entries or practice records, so nothing was added to {path}.")
    else:
        added = parts[0] if len(parts) == 1 else translate("TransferText", "{items} and {last}").replace(
            "{items}", ", ".join(parts[:-1])).replace("{last}", parts[-1])
        text = translate("TransferText", "Imported {records} into {path}.").replace("{records}", added)
    return text.replace("{path}", str(path))


def describe_import_plan(new: int, same: int, conflicting: int) -> str:
    """The dry run's counts, said before anything is written ("5 new, 2 already there, 1 conflicting")."""
    return translate("TransferText", "The file holds {new}, {same} and {conflicting}.") \
        .replace("{new}", translate("TransferText", "%n new records", None, new)) \
        .replace("{same}", translate("TransferText", "%n already in the diary", None, same)) \
        .replace("{conflicting}", translate("TransferText", "%n conflicting", None, conflicting))


def describe_conflict(array: str, position: int, record_id: str) -> str:
    """One conflicting record of a dry run, by kind, position and id (never its text)."""
    return _where(ImportRejected(position, record_id, "id", "already_exists", "", array))


def describe_setting_conflict(key: str) -> str:
    """A setting of the file that differs from the diary's own (which stays)."""
    return translate("TransferText", "The setting “{key}” differs from this diary's; the diary keeps its own.") \
        .replace("{key}", key)


def describe_import_read_error(exc: OSError, path: Path) -> str:
    """The import file itself could not be read."""
    if exc.errno == errno.ENOENT:
        text = translate("TransferText", "{path} does not exist. Nothing was imported.")
    elif isinstance(exc, IsADirectoryError):
        text = translate("TransferText", "{path} is a folder, not an export file. Nothing was imported.")
    else:
        text = translate("TransferText", "{path} could not be read. Check that you may read it. Nothing was imported.")
    return text.replace("{path}", str(path))


def describe_export_error(exc: OSError, path: Path) -> str:
    """The export file could not be written; no partial file was left behind."""
    if exc.errno == errno.ENOSPC:
        text = translate("TransferText", "The disk is full, so {path} was not written. Free some space and try again.")
    elif exc.errno == errno.ENOENT:
        text = translate("TransferText", "{path} could not be written because its folder does not exist.")
    elif isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        text = translate("TransferText", "{path} is a folder. Give a file name for the export.")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate(
            "TransferText", "{path} could not be written: the folder is read-only or you may not write there.")
    else:
        text = translate("TransferText", "{path} could not be written. Check the folder and try again.")
    return text.replace("{path}", str(path))


def describe_report_option(exc) -> str:
    """A coach report option that cannot work (tyokirja.domain.report.ReportOptionError)."""
    texts = {
        "unknown_section": translate("TransferText", "There is no report section called {detail}. "
                                     "The sections are: {sections}."),
        "unknown_language": translate("TransferText", "The report can be written in Finnish (fi) or English (en)."),
        "start_after_end": translate("TransferText", "The period starts after it ends. Check the dates."),
        "since_required": translate("TransferText", "Give the first day of the period."),
        "agenda_too_long": translate("TransferText", "The agenda takes up to three short lines (400 characters)."),
        "unknown_period": translate("TransferText", "Choose the period: the last four weeks, the last three "
                                    "months, the last twelve months or since a date."),
    }
    text = texts.get(exc.code, translate(
        "TransferText", "The report options do not work together. Nothing was written."))
    return text.replace("{detail}", exc.detail)
