"""Edit → For my next session (Ctrl+Shift+K): flag what the current page shows for the next coaching session.

The diary's open entry, the exercise session open in the runner, the newest skill rating (Progress),
the goal or the feedback request in its editor. Pressing it again on a flagged record takes the flag
off. The flag waits until a session's agenda is gathered (services.coaching).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from tyokirja.services.workbook import Workbook
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day

SHORTCUT = "Ctrl+Shift+K"


class FlagAction(QObject):
    status_message = Signal(str)
    flagged = Signal()

    def __init__(self, workbook: Workbook, lang: str, target: Callable[[], tuple[str, str, str] | None],
                 parent: QWidget):
        """`target()` names what the current page shows: (kind, record id, label), or None."""
        super().__init__(parent)
        self.workbook, self.lang, self.target, self.parent_widget = workbook, lang, target, parent
        self.action = QAction(self.tr("For my &next session"), parent)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setToolTip(self.tr("Bring what this page shows up in the next coaching session"))
        self.action.triggered.connect(self.toggle)

    def toggle(self) -> None:
        try:
            target = self.target()
        except StorageError as exc:
            messages.storage_error(self.parent_widget, exc)
            return
        if target is None:
            self.status_message.emit(self.tr(
                "Open an entry, an exercise session, a goal or a feedback request first, then flag it."))
            return
        kind, ref_id, label = target
        coaching = self.workbook.coaching
        try:
            if coaching.is_flagged(kind, ref_id):
                coaching.unflag(kind, ref_id)
                self.status_message.emit(self.tr("No longer flagged for the next session."))
            else:
                coaching.flag(kind, ref_id, label)
                self.status_message.emit(self.tr("Flagged for the next coaching session."))
        except StorageError as exc:
            messages.storage_error(self.parent_widget, exc)
            return
        self.flagged.emit()


def rating_label(workbook: Workbook) -> tuple[str, str, str] | None:
    """The newest full skill rating, as a flag target."""
    latest = workbook.progress.latest_session(None)
    if latest is None:
        return None
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("FlagAction", "Skill rating {day}").replace("{day}", format_day(latest.rated_at))
    return "rating", latest.id, text


def exercise_label(workbook: Workbook, lang: str, session_id: str) -> tuple[str, str, str]:
    session = workbook.exercises.get_session(session_id)
    try:
        name = workbook.library.get(session.exercise_id).name(lang)
    except KeyError:
        name = session.exercise_id
    return "exercise_session", session.id, f"{name} {format_day(session.started_at)}"


def window_target(window, lang: str) -> tuple[str, str, str] | None:
    """What the main window's current area shows, as a flag target (None: nothing to flag there)."""
    area = window.current_area()
    wb = window.workbook
    if area == "diary":
        encounter_id = window.diary_page.current_encounter_id()
        if encounter_id is None:
            return None
        return "encounter", encounter_id, wb.diary.get(encounter_id).title
    if area == "exercises":
        runner = window.practice_pages.exercises.runner
        return exercise_label(wb, lang, runner.session.id) if runner.session is not None else None
    if area in ("goals", "feedback"):
        page = getattr(window.practice_pages, area)
        record = page.record
        if record is None or not page.save() or page.record is None or getattr(page, "_is_new", False):
            return None
        record = page.record
        label = record.wish if area == "goals" else record.target_behaviour
        return ("goal" if area == "goals" else "feedback"), record.id, label
    if area == "progress":
        return rating_label(wb)
    return None
