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
    elif isinstance(exc, errors.CorruptDiaryError):
        text = translate("ErrorText", "{path} is damaged and cannot be opened safely. It was left untouched. "
                  "Restore it from a backup, or keep it aside and start a new diary elsewhere.")
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
