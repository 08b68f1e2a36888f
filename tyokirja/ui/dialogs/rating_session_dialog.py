"""A rating session (taitoarvio): one item per screen, then save, then now-versus-before.

Blind first: the previous levels are not fetched, let alone shown, until the session is saved.
Kinds: monthly (all items), weekly focus (one item) and the quarterly retrospective, which asks about
three months ago "with what I know now" and stores that date as refers_to_date.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tyokirja.domain.rating import RatingSession
from tyokirja.domain.validation import ValidationError
from tyokirja.storage.errors import StorageError
from tyokirja.ui import messages
from tyokirja.ui.widgets.rating_item_form import RatingItemForm, entry_choices
from tyokirja.ui.widgets.scroll_region import scroll_region
from tyokirja.ui.widgets.wrap_label import WrapLabel

ENTRY_LIMIT = 60


class RatingSessionDialog(QDialog):
    """`session_saved(RatingSession)` fires once the session is stored."""

    session_saved = Signal(object)

    def __init__(self, progress, diary, lang: str, kind: str = "monthly", item_id: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.progress, self.lang, self.kind = progress, lang, kind
        self.instrument = progress.instrument
        self.base = progress.new_session(kind, item_id)  # not stored; a retrospective knows its date
        self.saved: RatingSession | None = None
        self.setWindowTitle({"monthly": self.tr("Monthly skill rating"),
                             "weekly_focus": self.tr("Weekly focus rating"),
                             "retrospective": self.tr("Looking back three months")}[kind])
        self.resize(760, 680)
        item_ids = [r.item_id for r in self.base.ratings]
        entries = entry_choices(diary.summaries(limit=ENTRY_LIMIT)) if diary is not None else []

        intro = WrapLabel(self.instrument.text("window", lang))
        bold = intro.font()
        bold.setBold(True)
        intro.setFont(bold)
        self.window_label = intro
        self.appraisal_label = WrapLabel(self.instrument.text("not_appraisal", lang))
        italic = self.appraisal_label.font()
        italic.setItalic(True)
        self.appraisal_label.setFont(italic)
        self.step_label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, len(item_ids))
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Progress"))

        self.forms: list[RatingItemForm] = [
            RatingItemForm(self.instrument, iid, lang, entries, retrospective=(kind == "retrospective"))
            for iid in item_ids]
        self.stack = QStackedWidget()
        for form in self.forms:
            self.stack.addWidget(form)
        self.summary = QWidget()
        self.stack.addWidget(self.summary)
        scroll = scroll_region(self.stack, self.tr("Skills to rate"))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Previous item (Alt+Left)"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next)

        layout = QVBoxLayout(self)
        layout.addWidget(self.window_label)
        layout.addWidget(self.appraisal_label)
        layout.addWidget(self.step_label)
        layout.addWidget(self.bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self._show(0)

    # -- navigation ---------------------------------------------------------------------------

    def current(self) -> int:
        return self.stack.currentIndex()

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        total = len(self.forms)
        if index < total:
            self.step_label.setText(self.tr("Item {n} of {total}").replace("{n}", str(index + 1)).replace(
                "{total}", str(total)))
            self.bar.setValue(index)
            self.back_button.setEnabled(index > 0)
            last = index == total - 1
            self.next_button.setText(self.tr("Save") if last else self.tr("Next"))
            self.forms[index].focus_first()
        else:
            self.step_label.setText(self.tr("Saved"))
            self.bar.setValue(total)
            self.back_button.hide()
            self.cancel_button.hide()
            self.next_button.setText(self.tr("Close"))

    def go_back(self) -> None:
        if 0 < self.current() < len(self.forms):
            self._show(self.current() - 1)

    def go_next(self) -> None:
        index = self.current()
        if index >= len(self.forms):
            self.accept()
            return
        if self.forms[index].show_problem():
            return
        if index < len(self.forms) - 1:
            self._show(index + 1)
        else:
            self.save()

    # -- saving -------------------------------------------------------------------------------

    def session(self) -> RatingSession:
        """The session as the forms show it (not saved)."""
        return dataclasses.replace(self.base, ratings=[f.rating() for f in self.forms])

    def save(self) -> RatingSession | None:
        try:
            saved = self.progress.save_session(self.session())
        except ValidationError as exc:
            first = next((i for i, f in enumerate(self.forms) if f.problem()), None)
            if first is not None:
                self._show(first)
                self.forms[first].show_problem()
            else:
                messages.error(self, self.tr("This rating could not be saved: {n} problems.").replace(
                    "{n}", str(len(exc.problems))))
            return None
        except StorageError as exc:
            messages.storage_error(self, exc)
            return None
        self.saved = saved
        self._build_summary(saved, self.progress.previous_levels(saved))
        self._show(len(self.forms))
        self.session_saved.emit(saved)
        return saved

    def _build_summary(self, saved: RatingSession, previous: dict[str, int]) -> None:
        """Now versus the previous session, revealed only now that this one is stored."""
        layout = QVBoxLayout(self.summary)
        heading = QLabel(self.tr("Your rating is saved. Here it is beside your previous one."))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if not previous:
            layout.addWidget(WrapLabel(self.tr("This is your first rating of these skills: nothing to compare yet.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addWidget(QLabel("<b>" + self.tr("Skill") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Now") + "</b>"), 0, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Before") + "</b>"), 0, 2)
        self.summary_rows: dict[str, tuple[str, str]] = {}
        for row, rating in enumerate(saved.ratings, start=1):
            name = self.instrument.item(rating.item_id).name(self.lang)
            now_text = self._level_text(rating.level)
            before = previous.get(rating.item_id)
            before_text = self._level_text(before) if before is not None else self.tr("not rated")
            grid.addWidget(QLabel(name), row, 0)
            now_label = QLabel(now_text)
            now_label.setToolTip(self.instrument.level_text(rating.item_id, rating.level, self.lang))
            grid.addWidget(now_label, row, 1)
            grid.addWidget(QLabel(before_text), row, 2)
            self.summary_rows[rating.item_id] = (now_text, before_text)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        note = WrapLabel(self.instrument.text("response_shift_note", self.lang))
        italic = note.font()
        italic.setItalic(True)
        note.setFont(italic)
        layout.addWidget(note)
        layout.addStretch(1)

    def _level_text(self, level: int) -> str:
        return self.instrument.text("zero", self.lang) if level == 0 else str(level)

    def reject(self) -> None:
        touched = self.saved is None and any(f.level() is not None or f.evidence.text() for f in self.forms)
        if touched and not messages.confirm(self, self.tr("Leave this rating without saving it?"),
                                            self.tr("Leave")):
            return
        super().reject()
