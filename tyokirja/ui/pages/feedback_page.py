"""Feedback requests (Palautepyynnöt): list and editor with the life cycle planned → … → loop closed.

Received feedback is filed as situation – behaviour – impact, with what I take and what I leave.
The editor autosaves (debounced, and when another request is chosen), like the diary.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
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
from tyokirja.ui.autosave import AUTOSAVE_MS
from tyokirja.ui.widgets.choice_combo import ChoiceCombo
from tyokirja.ui.widgets.record_list import ID_ROLE, LIST_STYLE
from tyokirja.ui.widgets.wrap_label import WrapLabel

TEXT_FIELDS = ("question", "content", "sbi_situation", "sbi_behaviour", "sbi_impact", "take", "leave", "action")


class FeedbackPage(QWidget):
    status_message = Signal(str)
    practice_changed = Signal()

    def __init__(self, feedback: FeedbackService, catalogue: Catalogue, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.feedback, self.catalogue, self.lang = feedback, catalogue, lang
        self.request: FeedbackRequest | None = None
        self._is_new = False
        self._loading = False
        self.status_names = {"planned": self.tr("Planned"), "asked": self.tr("Asked"),
                             "received": self.tr("Received"), "processed": self.tr("Processed"),
                             "closed": self.tr("Loop closed")}
        self.advance_names = {"asked": self.tr("Mark asked"), "received": self.tr("Mark received"),
                              "processed": self.tr("Mark processed"), "closed": self.tr("Loop closed")}
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)

        self.list = QListWidget()
        self.list.setStyleSheet(LIST_STYLE)
        self.list.setAccessibleName(self.tr("Feedback requests"))
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.new_button = QPushButton(self.tr("New request"))
        self.new_button.setAccessibleName(self.tr("New feedback request"))
        self.new_button.clicked.connect(self.new_request)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.list)

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

        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.addLayout(stage_row)
        editor_layout.addWidget(self.need_target)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.empty = QLabel(self.tr("Asking for advice on one behaviour is the quickest way to grow. "
                                    "Plan a request with New request, or with the feedforward exercise."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(scroll)
        self.scroll = scroll
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.refresh()

    # -- list ----------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list (after storing what is typed) and show `select_id`, the shown one, or the first."""
        if not self.save():
            return
        select_id = select_id or (self.request.id if self.request else None)
        try:
            requests = self.feedback.feedback_requests()
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.list.blockSignals(True)
        self.list.clear()
        shown = None
        for request in requests:
            item = QListWidgetItem(self._list_text(request))
            item.setData(ID_ROLE, request.id)
            self.list.addItem(item)
            if request.id == select_id or shown is None and select_id is None:
                self.list.setCurrentItem(item)
                shown = request
        self.list.blockSignals(False)
        self._show(shown)

    def _list_text(self, request: FeedbackRequest) -> str:
        title = request.target_behaviour or self.tr("(no behaviour named yet)")
        return title + "\n" + self.status_names.get(request.status, request.status)

    def _on_list_current_item_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if not self.save():
            return
        if current is None:
            self._show(None)
            return
        try:
            self._show(self.feedback.get_feedback(current.data(ID_ROLE)))
        except StorageError as exc:
            messages.storage_error(self, exc)

    # -- editor --------------------------------------------------------------------------------

    def _show(self, request: FeedbackRequest | None, is_new: bool = False) -> None:
        self.request, self._is_new = request, is_new
        self.need_target.setVisible(is_new)
        self.empty.setVisible(request is None)
        self.scroll.setVisible(request is not None)
        if request is None:
            return
        self._loading = True
        self.target.setText(request.target_behaviour)
        self.asked_role.set_value(request.asked_role)
        self.channel.set_value(request.channel)
        values = {"question": request.question, "content": request.content, "sbi_situation": request.sbi.situation,
                  "sbi_behaviour": request.sbi.behaviour, "sbi_impact": request.sbi.impact,
                  "take": request.take, "leave": request.leave, "action": request.action}
        for name, edit in self.edits.items():
            edit.setPlainText(values[name])
        self.thanked.setChecked(request.thanked)
        self._loading = False
        self._show_stage()

    def _show_stage(self) -> None:
        status = self.request.status
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
        r = self.request
        r.target_behaviour = self.target.text().strip()
        r.asked_role, r.channel = self.asked_role.value(), self.channel.value()
        r.question, r.content = self.edits["question"].toPlainText(), self.edits["content"].toPlainText()
        r.sbi.situation = self.edits["sbi_situation"].toPlainText()
        r.sbi.behaviour = self.edits["sbi_behaviour"].toPlainText()
        r.sbi.impact = self.edits["sbi_impact"].toPlainText()
        r.take, r.leave = self.edits["take"].toPlainText(), self.edits["leave"].toPlainText()
        r.action, r.thanked = self.edits["action"].toPlainText(), self.thanked.isChecked()
        return r

    def _on_edited(self, *_args) -> None:
        if not self._loading and self.request is not None:
            self._timer.start()

    def save(self) -> bool:
        """Store the shown request now (autosave); False when storing failed.

        A request is stored once its behaviour is named (the one required field); until then the
        hint under the stage says so.
        """
        self._timer.stop()
        if self.request is None or self._loading:
            return True
        request = self._collect()
        self.need_target.setVisible(not request.target_behaviour)
        if not request.target_behaviour:
            return True
        try:
            if self._is_new:
                fields = request.__dict__.copy()
                for key in ("id", "target_behaviour", "created_at", "updated_at"):
                    fields.pop(key)
                self.request = self.feedback.create_feedback(request.target_behaviour, **fields)
                self._is_new = False
                item = QListWidgetItem(self._list_text(self.request))
                item.setData(ID_ROLE, self.request.id)
                self.list.blockSignals(True)
                self.list.insertItem(0, item)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
            else:
                self.request = self.feedback.update_feedback(request)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return False
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE) == self.request.id:
            item.setText(self._list_text(self.request))
        self.practice_changed.emit()
        return True

    def new_request(self) -> None:
        """An empty request in the editor; it is stored as soon as its behaviour is named."""
        if not self.save():
            return
        self.list.clearSelection()
        self.list.setCurrentItem(None)
        self._show(FeedbackRequest(target_behaviour=""), is_new=True)
        self.target.setFocus()

    def open_request(self, request_id: str) -> None:
        self.refresh(request_id)

    def advance(self) -> None:
        """Move the request one stage on (stamped with the time), after storing what is typed."""
        if self.request is None or not self.save():
            return
        if self._is_new:
            self.need_target.show()
            self.target.setFocus()
            return
        try:
            self.request = self.feedback.advance_feedback(self.request.id)
        except StorageError as exc:
            messages.storage_error(self, exc)
            return
        self.status_message.emit(self.tr("Stage: {stage}").replace("{stage}", self.status_names[self.request.status]))
        self.refresh(self.request.id)
        self.practice_changed.emit()

    def prepare_close(self) -> bool:
        return self.save()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.save()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.refresh()
