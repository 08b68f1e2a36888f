"""Coaching sessions (Valmennuskerrat): the list, and each session with its agenda, notes and agreements.

A new session gathers its agenda at once (flags, due reviews and follow-ups, skill changes, last
time's agreements first); "Gather agenda" adds what came up since. Notes are private unless "Notes
may go into a report" is ticked. Deleting a session keeps the goals agreed in it (they lose the
link, and the undo notice says so). The list, autosave and undo come from ui/pages/record_page.py.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tyokirja.domain.coaching import MODES, STATUSES, AgendaItem, Agreement, CoachingSession
from tyokirja.domain.practice import IfThen
from tyokirja.services.coaching import CoachingService, DeletedSession
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day
from tyokirja.ui.pages.record_page import RecordPage
from tyokirja.ui.widgets.agenda_editor import AgendaEditor
from tyokirja.ui.widgets.agreements_editor import AgreementsEditor
from tyokirja.ui.widgets.date_inputs import DateTimeField
from tyokirja.ui.widgets.segmented_choice import SegmentedChoice

REVIEW_AFTER_DAYS = 14
NEXT_SESSION_DAYS = 14


def agenda_source(item: AgendaItem, fate: str = "") -> str:
    """Where an agenda line came from, as the agenda shows it."""
    names = {
        "flag": QCoreApplication.translate("SessionsPage", "Flagged"),
        "goal_review": QCoreApplication.translate("SessionsPage", "Goal review due"),
        "follow_up": QCoreApplication.translate("SessionsPage", "Follow-up due"),
        "skill_change": QCoreApplication.translate("SessionsPage", "Skill rating changed"),
        "agreement": QCoreApplication.translate("SessionsPage", "Agreed last time"),
        "question": QCoreApplication.translate("SessionsPage", "My question"),
    }
    name = names.get(item.kind, item.kind)
    return f"{name} – {fate}" if fate else name


class SessionsPage(RecordPage):
    def __init__(self, coaching: CoachingService, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.coaching, self.lang = coaching, lang
        self._deleted: DeletedSession | None = None
        self.mode_names = {"face_to_face": self.tr("Face to face"), "video": self.tr("Video"),
                           "phone": self.tr("Phone")}
        self.status_names = {"planned": self.tr("Planned"), "held": self.tr("Held"),
                             "followed_up": self.tr("Followed up")}
        self.fate_names = {"open": self.tr("open"), "done": self.tr("done"), "active": self.tr("goal active"),
                           "continue": self.tr("goal continues"), "adapted": self.tr("goal adapted"),
                           "ended": self.tr("goal ended")}

        self.when = DateTimeField()
        self.coach = QLineEdit()
        self.coach.setPlaceholderText(self.tr("e.g. coach, mentor (a role is enough)"))
        self.mode = SegmentedChoice(list(MODES), [self.mode_names[m] for m in MODES])
        self.status = SegmentedChoice(list(STATUSES), [self.status_names[s] for s in STATUSES])
        self.agenda = AgendaEditor(self._describe)
        self.gather_button = QPushButton(self.tr("Gather agenda"))
        self.gather_button.setAccessibleName(self.tr("Add flagged and due items to the agenda"))
        self.gather_button.clicked.connect(self.gather)
        self.reflection, self.insights = QPlainTextEdit(), QPlainTextEdit()
        for edit in (self.reflection, self.insights):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
        self.reflection.setPlaceholderText(self.tr("What the coach reflected back to me"))
        self.insights.setPlaceholderText(self.tr("What I realised myself"))
        self.share_notes = QCheckBox(self.tr("Notes may go into a coach report"))
        self.share_notes.setToolTip(self.tr("Private by default: the notes stay on this computer unless ticked."))
        names = sorted(((e.id, e.name(lang)) for e in coaching.library.all()), key=lambda p: p[1])
        self.agreements = AgreementsEditor(names)
        self.agreements.add_requested.connect(self._on_agreements_add_requested)
        self.need = QLabel()
        self.need.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("When"), self.when), (self.tr("Coach"), self.coach), (self.tr("Mode"), self.mode),
            (self.tr("Status"), self.status), (self.tr("Agenda"), self.agenda), ("", self.gather_button),
            (self.tr("Coach reflected"), self.reflection), (self.tr("My insights"), self.insights),
            ("", self.share_notes), (self.tr("Agreements"), self.agreements),
        ]
        for label, widget in rows:
            if label:
                widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.agenda.table.setAccessibleName(self.tr("Agenda"))
        self.agreements.list.setAccessibleName(self.tr("Agreements"))
        self.coach.textChanged.connect(self._on_edited)
        for edit in (self.reflection, self.insights):
            edit.textChanged.connect(self._on_edited)
        for signal in (self.when.dateTimeChanged, self.mode.changed, self.status.changed, self.agenda.changed,
                       self.share_notes.toggled):
            signal.connect(self._on_edited)
        self.gather_action = QAction(self.tr("Gather agenda"), self)
        self.gather_action.setShortcut(QKeySequence("Ctrl+G"))
        self.gather_action.triggered.connect(self.gather)
        self.addAction(self.gather_action)

        self._assemble(
            list_name=self.tr("Coaching sessions"), new_text=self.tr("New session"),
            new_name=self.tr("Plan a new coaching session"),
            empty_text=self.tr("Plan your next coaching session here. Flag diary entries, exercises, ratings, "
                               "goals and feedback for it with Ctrl+Shift+K; they gather on its agenda."),
            need=self.need, first_field=self.coach, editor_parts=[], form=form,
            delete_text=self.tr("Delete"), delete_name=self.tr("Delete the session"),
            deleted_text=self.tr("Session deleted: {title}"), restored_text=self.tr("Session restored."))
        self.refresh()

    # -- the records ---------------------------------------------------------------------------

    def _fetch_all(self) -> list[CoachingSession]:
        return self.coaching.sessions()

    def _fetch(self, record_id: str) -> CoachingSession:
        return self.coaching.get(record_id)

    def _create(self, record: CoachingSession) -> CoachingSession:
        created = self.coaching.plan(record.held_at, record.coach_label, record.mode)
        record.id, record.created_at = created.id, created.created_at
        self.coaching.update(record)
        return self.coaching.assemble(created.id, self.lang)

    def _update(self, record: CoachingSession) -> CoachingSession:
        return self.coaching.update(record)

    def _blank(self) -> CoachingSession:
        now = self.coaching.clock()
        last = self.coaching.last_held()
        # in the computer's zone for that day (a fixed offset would show "(UTC+02:00)" across a DST change)
        when = (max(now, last.held_at if last is not None else now) + timedelta(days=NEXT_SESSION_DAYS)).astimezone()
        session = CoachingSession(held_at=when.replace(minute=0, second=0, microsecond=0))
        if last is not None:
            session.coach_label, session.mode = last.coach_label, last.mode
        return session

    def _lacks_required(self, record: CoachingSession) -> bool:
        return False

    def _delete(self, record_id: str) -> CoachingSession:
        self._deleted = self.coaching.delete(record_id)
        n = len(self._deleted.goal_ids)
        text = self.tr("Session deleted: {title}")
        if n:
            text += " " + self.tr("%n goal(s) agreed in it stay, without the link to the session.", "", n)
        self._deleted_text = text
        return self._deleted.session

    def _restore(self, record: CoachingSession) -> CoachingSession:
        deleted = self._deleted if self._deleted is not None and self._deleted.session.id == record.id \
            else DeletedSession(record)
        self._deleted = None
        return self.coaching.restore(deleted)

    def _on_created(self) -> None:
        self._loading = True
        try:
            self.agenda.set_value(self.record.agenda)
        finally:
            self._loading = False

    def _list_text(self, session: CoachingSession) -> str:
        status = self.status_names.get(session.status, session.status)
        coach = session.coach_label or self.tr("Coaching session")
        return coach + "\n" + f"{format_day(session.held_at)} · {status}"

    def open_session(self, session_id: str) -> None:
        self.refresh(session_id)

    # -- editor --------------------------------------------------------------------------------

    def _describe(self, item: AgendaItem) -> str:
        fate = ""
        if item.kind == "agreement" and item.ref_id is not None:
            try:
                fate = self._fate(self.coaching.agreement(item.ref_id))
            except StorageError:
                fate = ""
        return agenda_source(item, fate)

    def _fate(self, agreement: Agreement) -> str:
        status, goal_status = self.coaching.fate(agreement)
        parts = [self.fate_names.get(status, status)]
        if goal_status is not None:
            parts.append(self.fate_names.get(goal_status, goal_status))
        return ", ".join(parts)

    def _load(self, session: CoachingSession, is_new: bool) -> None:
        self.when.set_value(session.held_at)
        self.coach.setText(session.coach_label)
        self.mode.set_value(session.mode)
        self.status.set_value(session.status)
        self.agenda.set_value(session.agenda)
        self.reflection.setPlainText(session.coach_reflection)
        self.insights.setPlainText(session.insights)
        self.share_notes.setChecked(session.share_notes)
        self.agreements.set_default_due(session.held_at.date() + timedelta(days=REVIEW_AFTER_DAYS))
        self._show_agreements(session, is_new)

    def _show_agreements(self, session: CoachingSession, is_new: bool) -> None:
        try:
            agreements = [] if is_new else self.coaching.agreements(session.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.agreements.show_agreements(agreements, self._fate)

    def _collect(self) -> CoachingSession:
        s = self.record
        s.held_at, s.coach_label = self.when.value(), self.coach.text().strip()
        s.mode, s.status = self.mode.value(), self.status.value()
        s.agenda = self.agenda.value()
        s.coach_reflection, s.insights = self.reflection.toPlainText(), self.insights.toPlainText()
        s.share_notes = self.share_notes.isChecked()
        return s

    # -- actions -------------------------------------------------------------------------------

    def gather(self) -> None:
        """Store what is typed, then add flagged and due items the agenda does not hold yet."""
        if self.record is None or not self.save():
            return
        try:
            self.record = self.coaching.assemble(self.record.id, self.lang)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self._on_created()
        self.status_message.emit(self.tr("Agenda gathered."))

    def _on_agreements_add_requested(self, text: str, kind: str, due: date, plan: IfThen | None,
                                     exercise_id: str | None) -> None:
        if self.record is None or not self.save():
            return
        try:
            self.coaching.add_agreement(self.record.id, text, kind, due, plan, exercise_id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        except ValueError:
            messages.error(self, self.tr("The agreement was not saved: write what you agreed, then add it again."))
            return
        self.agreements.clear_input()
        self._show_agreements(self.record, False)
        self.status_message.emit(self.tr("Agreement saved; it is on Today until done."))
        self.practice_changed.emit()
