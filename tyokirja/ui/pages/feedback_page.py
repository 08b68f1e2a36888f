"""Feedback requests (Palautepyynnöt): list and editor with the life cycle planned → … → loop closed.

Received feedback is filed as situation – behaviour – impact, with what I take and what I leave.
The editor autosaves (debounced, and when another request is chosen), like the diary; the list, the
editor and autosave come from ui/pages/record_page.py.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tyokirja.domain.content import Catalogue
from tyokirja.domain.practice import (
    FEEDBACK_STATUSES,
    FeedbackRequest,
    next_feedback_status,
)
from tyokirja.services.feedback import FeedbackService
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.dates import format_day
from tyokirja.ui.pages.record_page import RecordPage, fields_of
from tyokirja.ui.widgets.choice_combo import ChoiceCombo
from tyokirja.ui.widgets.wrap_label import WrapLabel

TEXT_FIELDS = ("question", "content", "sbi_situation", "sbi_behaviour", "sbi_impact", "take", "leave", "action")


class FeedbackPage(RecordPage):
    def __init__(self, feedback: FeedbackService, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.feedback, self.catalogue, self.lang = feedback, catalogue, lang
        self.status_names = {"planned": self.tr("Planned"), "asked": self.tr("Asked"),
                             "received": self.tr("Received"), "processed": self.tr("Processed"),
                             "closed": self.tr("Loop closed")}
        self.advance_names = {"asked": self.tr("Mark asked"), "received": self.tr("Mark received"),
                              "processed": self.tr("Mark processed"), "closed": self.tr("Loop closed")}

        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. interrupting less in team meetings"))
        self.asked_role = ChoiceCombo(catalogue, "counterpart_roles", lang)
        self.channel = ChoiceCombo(catalogue, "channels", lang)
        self.edits: dict[str, QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            edit.textChanged.connect(self._on_edited)
            self.edits[name] = edit
        self.edits["question"].setPlaceholderText(
            self.tr("What one thing would you suggest so that I succeed better at … next time?"))
        self.thanked = QCheckBox(self.tr("I thanked them"))
        self.thanked.toggled.connect(self._on_edited)
        self.target.textChanged.connect(self._on_edited)
        self.asked_role.currentIndexChanged.connect(self._on_edited)
        self.channel.currentIndexChanged.connect(self._on_edited)

        self.lifecycle = QLabel()
        self.lifecycle.setTextFormat(Qt.TextFormat.RichText)
        self.lifecycle.setAccessibleName(self.tr("Stage"))
        self.advance_button = QPushButton()
        self.advance_button.clicked.connect(self.advance)
        stage_row = QHBoxLayout()
        stage_row.addWidget(self.lifecycle, 1)
        stage_row.addWidget(self.advance_button)
        self.need_target = QLabel(self.tr("Name the behaviour you are developing; the request is saved from then on."))
        self.need_target.setWordWrap(True)
        self.need_target.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "target": self.tr("Behaviour I am developing"), "asked_role": self.tr("Whom I ask (role)"),
            "channel": self.tr("Channel"), "question": self.tr("My question"),
            "content": self.tr("What they said"), "sbi_situation": self.tr("Situation"),
            "sbi_behaviour": self.tr("Behaviour"), "sbi_impact": self.tr("Impact"),
            "take": self.tr("What I take"), "leave": self.tr("What I leave, and why"),
            "action": self.tr("What I will do"),
        }
        widgets = {"target": self.target, "asked_role": self.asked_role, "channel": self.channel, **self.edits}
        for name, widget in widgets.items():
            widget.setAccessibleName(labels[name])
            form.addRow(labels[name], widget)
            if name == "content":
                sbi = WrapLabel(self.tr("If it was about something past, file it as situation – behaviour – impact:"))
                form.addRow(sbi)
        form.addRow("", self.thanked)
        self.thanked.setAccessibleName(self.tr("I thanked them"))

        self._assemble(
            list_name=self.tr("Feedback requests"), new_text=self.tr("New request"),
            new_name=self.tr("New feedback request"),
            empty_text=self.tr("Asking for advice on one behaviour is the quickest way to grow. "
                               "Plan a request with New request, or with the feedforward exercise."),
            need=self.need_target, first_field=self.target, editor_parts=[stage_row], form=form,
            delete_text=self.tr("Delete"), delete_name=self.tr("Delete the feedback request"),
            deleted_text=self.tr("Feedback request deleted: {title}"),
            restored_text=self.tr("Feedback request restored."))
        self.refresh()

    # -- the records ---------------------------------------------------------------------------

    def _fetch_all(self) -> list[FeedbackRequest]:
        return self.feedback.feedback_requests()

    def _fetch(self, record_id: str) -> FeedbackRequest:
        return self.feedback.get_feedback(record_id)

    def _create(self, record: FeedbackRequest) -> FeedbackRequest:
        return self.feedback.create_feedback(record.target_behaviour, **fields_of(record, "target_behaviour"))

    def _update(self, record: FeedbackRequest) -> FeedbackRequest:
        return self.feedback.update_feedback(record)

    def _blank(self) -> FeedbackRequest:
        return FeedbackRequest(target_behaviour="")

    def _lacks_required(self, record: FeedbackRequest) -> bool:
        return not record.target_behaviour

    def _delete(self, record_id: str) -> FeedbackRequest:
        return self.feedback.delete_feedback(record_id)

    def _restore(self, record: FeedbackRequest) -> FeedbackRequest:
        return self.feedback.add(record)

    def _kept_id(self) -> str | None:
        # A new request not stored yet is asked for by its id too: shown again after a hide, the page
        # then has nothing chosen (the goals page shows its first goal instead).
        return self.record.id if self.record is not None else None

    def _list_text(self, request: FeedbackRequest) -> str:
        title = request.target_behaviour or self.tr("(no behaviour named yet)")
        status = self.status_names.get(request.status, request.status)
        day = format_day(request.created_at)
        return title + "\n" + (f"{day} · {status}" if day else status)

    # -- editor --------------------------------------------------------------------------------

    def _load(self, request: FeedbackRequest, is_new: bool) -> None:
        self.target.setText(request.target_behaviour)
        self.asked_role.set_value(request.asked_role)
        self.channel.set_value(request.channel)
        values = {"question": request.question, "content": request.content, "sbi_situation": request.sbi.situation,
                  "sbi_behaviour": request.sbi.behaviour, "sbi_impact": request.sbi.impact,
                  "take": request.take, "leave": request.leave, "action": request.action}
        for name, edit in self.edits.items():
            edit.setPlainText(values[name])
        self.thanked.setChecked(request.thanked)
        self._show_stage()

    def _show_stage(self) -> None:
        status = self.record.status
        parts = []
        for name in FEEDBACK_STATUSES:
            text = html.escape(self.status_names[name])
            parts.append("<b><u>" + text + "</u></b>" if name == status else text)
        self.lifecycle.setText(" → ".join(parts))
        self.lifecycle.setAccessibleDescription(self.status_names[status])
        following = next_feedback_status(status)
        self.advance_button.setVisible(following is not None)
        if following:
            self.advance_button.setText(self.advance_names[following])
            self.advance_button.setAccessibleName(self.advance_names[following])

    def _collect(self) -> FeedbackRequest:
        r = self.record
        r.target_behaviour = self.target.text().strip()
        r.asked_role, r.channel = self.asked_role.value(), self.channel.value()
        r.question, r.content = self.edits["question"].toPlainText(), self.edits["content"].toPlainText()
        r.sbi.situation = self.edits["sbi_situation"].toPlainText()
        r.sbi.behaviour = self.edits["sbi_behaviour"].toPlainText()
        r.sbi.impact = self.edits["sbi_impact"].toPlainText()
        r.take, r.leave = self.edits["take"].toPlainText(), self.edits["leave"].toPlainText()
        r.action, r.thanked = self.edits["action"].toPlainText(), self.thanked.isChecked()
        return r

    def open_request(self, request_id: str) -> None:
        self.refresh(request_id)

    def advance(self) -> None:
        """Move the request one stage on (stamped with the time), after storing what is typed."""
        if self.record is None or not self.save():
            return
        if self._is_new:
            self.need_target.show()
            self.target.setFocus()
            return
        try:
            self.record = self.feedback.advance_feedback(self.record.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Stage: {stage}").replace("{stage}", self.status_names[self.record.status]))
        self.refresh(self.record.id)
        self.practice_changed.emit()
