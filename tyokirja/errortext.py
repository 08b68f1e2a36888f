"""Plain-language sentences for every failure the user can act on (shared by UI and CLI).

Each text says what happened and what to do. No diary text ever goes into these messages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tyokirja.domain.validation import Problem
from tyokirja.storage import errors

translate = QCoreApplication.translate


def describe(exc: BaseException) -> str:
    """One or two sentences for a typed storage error (or a generic line for anything else)."""
    path = getattr(exc, "path", None)
    where = str(path) if path else translate("ErrorText", "the diary file")
    if isinstance(exc, errors.NotADiaryError):
        reason = getattr(exc, "reason", "foreign")
        if reason == "empty":
            text = translate("ErrorText", "{path} is an empty file, not a Työkirja diary. It was left untouched. "
                      "Choose another file, or move this one away to start a new diary.")
        elif reason == "newer":
            text = translate("ErrorText", "{path} was made by a newer version of Työkirja. "
                      "Update Työkirja to open it; the file was left untouched.")
        elif reason == "encrypted":
            text = translate("ErrorText", "{path} is encrypted or not a database. It was left untouched.")
        else:
            text = translate("ErrorText", "{path} is not a Työkirja diary (it may belong to another program). "
                      "It was left untouched. Choose a Työkirja diary file instead.")
    elif isinstance(exc, errors.WrongPassphraseError):
        text = translate("ErrorText", "The passphrase did not open {path}: either the passphrase is wrong, or the file "
                  "is not a Työkirja diary. Nothing was changed. Check the passphrase and try again.")
    elif isinstance(exc, errors.IncompleteDiaryError):
        text = translate("ErrorText", "{path} is a Työkirja diary, but parts of it are missing or do not belong "
                  "to it ({detail}). It was not opened and was left untouched. Restore it from a backup; "
                  "'tyokirja check' lists everything that differs.")
        details = [describe_schema_problem(p) for p in getattr(exc, "problems", ())[:3]]
        text = text.replace("{detail}", "; ".join(details))
    elif isinstance(exc, errors.DamagedRecordError):
        text = translate("ErrorText", "{path} holds a damaged record that cannot be read ({detail}). Nothing was "
                  "changed. Restore the diary from a backup; 'tyokirja check' lists every damaged record.")
        records = getattr(exc, "records", ())
        if records:
            detail = "; ".join(describe_damaged_record(r) for r in records[:3])
        else:
            detail = record_label(getattr(exc, "table", ""), getattr(exc, "record_id", None))
        text = text.replace("{detail}", detail)
    elif isinstance(exc, errors.CorruptDiaryError):
        text = translate("ErrorText", "{path} is damaged and cannot be opened safely. It was left untouched. "
                  "Restore it from a backup, or keep it aside and start a new diary elsewhere.")
    elif isinstance(exc, errors.ForeignWalError):
        text = translate("ErrorText", "Beside the diary lies a change log ({path}) that was not written for this "
                  "file; it probably comes from another copy, for example through a sync folder. It was not "
                  "applied and nothing was changed. Move that file somewhere else, and the diary opens as it "
                  "was last saved.")
    elif isinstance(exc, errors.DiskFullError):
        text = translate("ErrorText", "The disk is full, so the change was not saved. Nothing already saved was lost "
                  "and your text is still in the editor. Free some space and try again.")
    elif isinstance(exc, errors.ReadOnlyError):
        text = translate("ErrorText", "{path} cannot be written to (read-only file or folder). Your text is still in "
                  "the editor. Check the file's location and permissions, then try again.")
    elif isinstance(exc, errors.DiaryLockedError):
        text = translate("ErrorText", "The diary is busy in another program or window. Close it there and try again.")
    elif isinstance(exc, errors.UnsupportedSqliteError):
        text = translate("ErrorText", "This installation uses an SQLite version with a known data-corruption bug. "
                  "Reinstall Työkirja with its own SQLite library.")
    elif isinstance(exc, errors.DiaryUnavailableError):
        text = translate("ErrorText", "{path} could not be opened or created. Check that the folder exists and "
                  "that you may write to it.")
    elif isinstance(exc, errors.NotFoundError):
        text = translate("ErrorText", "The entry no longer exists. It may have been deleted.")
    else:
        text = translate("ErrorText", "Something unexpected went wrong. Your text was not discarded.")
    return text.replace("{path}", where)


def record_label(table: str, record_id: str | None) -> str:
    """A record named by its kind and id, never by its text ("entry 3f2a…")."""
    kinds = {
        "encounters": translate("ErrorText", "entry"),
        "exercise_sessions": translate("ErrorText", "exercise session"),
        "follow_ups": translate("ErrorText", "follow-up"),
        "feedback_requests": translate("ErrorText", "feedback request"),
        "goals": translate("ErrorText", "goal"),
        "rating_sessions": translate("ErrorText", "skill rating"),
        "skill_ratings": translate("ErrorText", "skill rating item"),
        "drafts": translate("ErrorText", "unsaved draft"),
        "settings": translate("ErrorText", "setting"),
        "coach_exports": translate("ErrorText", "shared report log row"),
    }
    kind = kinds.get(table, table or translate("ErrorText", "record"))
    return f"{kind} {record_id}" if record_id else kind


def describe_damaged_record(record) -> str:
    """One damaged value (storage.content_scan.DamagedRecord) in a few words."""
    what = {
        "text": translate("ErrorText", "text that is not readable UTF-8 in field {field}"),
        "timestamp": translate("ErrorText", "an unreadable time in field {field}"),
        "date": translate("ErrorText", "an unreadable date in field {field}"),
        "json": translate("ErrorText", "broken structured data in field {field}"),
        "integer": translate("ErrorText", "a non-number in number field {field}"),
        "digest": translate("ErrorText", "its text has changed on disk since it was saved (a damaged letter)"),
    }.get(record.kind, translate("ErrorText", "an unreadable value in field {field}"))
    column = {"occurred_utc": "occurred_at"}.get(record.column, record.column)
    return f"{record_label(record.table, record.record_id)}: {what.replace('{field}', field_label(column))}"


def describe_schema_problem(problem) -> str:
    """One schema difference (storage.schema_check.SchemaProblem) in a few words."""
    text = {
        "missing_table": translate("ErrorText", "table {name} is missing"),
        "extra_table": translate("ErrorText", "unknown table {name}"),
        "missing_column": translate("ErrorText", "column {name} is missing"),
        "extra_column": translate("ErrorText", "unknown column {name}"),
        "changed_column": translate("ErrorText", "column {name} is defined differently"),
        "missing_index": translate("ErrorText", "index {name} is missing"),
        "extra_index": translate("ErrorText", "unknown index {name}"),
        "missing_trigger": translate("ErrorText", "trigger {name} is missing"),
        "extra_trigger": translate("ErrorText", "unknown trigger {name}"),
        "missing_view": translate("ErrorText", "view {name} is missing"),
        "extra_view": translate("ErrorText", "unknown view {name}"),
    }.get(problem.kind, translate("ErrorText", "{name} differs"))
    return text.replace("{name}", problem.name)


def field_label(name: str) -> str:
    labels = {
        "occurred_at": translate("ErrorText", "When"),
        "title": translate("ErrorText", "Title"),
        "my_role": translate("ErrorText", "My role"),
        "counterpart_role": translate("ErrorText", "Counterpart (role)"),
        "scope": translate("ErrorText", "Internal or external"),
        "channel": translate("ErrorText", "Channel"),
        "situation": translate("ErrorText", "Situation"),
        "difficulty": translate("ErrorText", "Difficulty"),
        "facts": translate("ErrorText", "What happened"),
        "my_feelings": translate("ErrorText", "My feelings"),
        "their_feelings": translate("ErrorText", "Their feelings (my guess)"),
        "elements": translate("ErrorText", "Elements present"),
        "skills": translate("ErrorText", "Skills"),
        "my_feelings_text": translate("ErrorText", "My feelings in my own words"),
        "their_feelings_text": translate("ErrorText", "Their feelings, my guess in words"),
        "impact_on_other": translate("ErrorText", "Effect on the other"),
        "went_well": translate("ErrorText", "What went well"),
        "do_differently": translate("ErrorText", "What I would do differently"),
        "follow_up_text": translate("ErrorText", "Follow-up"),
        "notes": translate("ErrorText", "Notes"),
        "org_metric": translate("ErrorText", "Customer metric"),
    }
    return labels.get(name, name)


def describe_problem(problem: Problem) -> str:
    """A sentence for one invalid field."""
    label = field_label(problem.field)
    if problem.code == "required":
        text = translate("ErrorText", "{field}: this field is required.")
    elif problem.code == "out_of_range":
        text = translate("ErrorText", "{field}: the value must be between 1 and 5.")
    elif problem.code == "too_long":
        text = translate("ErrorText", "{field}: the text is too long.")
    elif problem.code == "naive_time":
        text = translate("ErrorText", "{field}: the time has no time zone.")
    else:
        text = translate("ErrorText", "{field}: the value is not one of the allowed choices.")
    return text.replace("{field}", label)
