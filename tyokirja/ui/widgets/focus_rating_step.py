"""The weekly review's focus rating: one skill rated with the self-rating instrument's anchors."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tyokirja.domain.rating import load_default_instrument
from tyokirja.ui.widgets.rating_item_form import RatingItemForm
from tyokirja.ui.widgets.step_base import StepWidget


class FocusRatingStep(StepWidget):
    """Pick the focus skill, then the anchor sentence that fits the last four weeks (with evidence)."""

    def __init__(self, step, ctx, parent=None):
        super().__init__(step, ctx, parent)
        self.instrument = load_default_instrument(ctx.catalogue)
        self.skill = QComboBox()
        self.skill.setAccessibleName(self.tr("Focus skill"))
        for item in self.instrument.items:
            self.skill.addItem(item.name(ctx.lang), item.id)
        self.body.addWidget(self.label(self.instrument.text("window", ctx.lang)))
        self.body.addWidget(self.skill)
        self.form: RatingItemForm | None = None
        self._entries = []
        if ctx.diary is not None:
            self._entries = [(s.id, s.title) for s in ctx.diary.summaries(limit=30)]
        self._build_form(self.skill.currentData())
        self.skill.currentIndexChanged.connect(lambda _i: self._on_skill_changed())
        self.setFocusProxy(self.skill)

    def _build_form(self, item_id: str) -> None:
        if self.form is not None:
            self.body.removeWidget(self.form)
            self.form.hide()  # gone at once; the deferred delete comes later
            self.form.deleteLater()
        self.form = RatingItemForm(self.instrument, item_id, self.ctx.lang, self._entries)
        self.form.changed.connect(self.changed)
        self.body.addWidget(self.form)

    def _on_skill_changed(self) -> None:
        self._build_form(self.skill.currentData())
        self.changed.emit()

    def value(self):
        """The rating once it is complete (a level, and evidence for 1–5); None until then."""
        if self.form is None or self.form.level() is None or self.form.problem():
            return None
        r = self.form.rating()
        return {"item_id": r.item_id, "level": r.level, "evidence_text": r.evidence_text,
                "evidence_encounter_id": r.evidence_encounter_id, "confidence": r.confidence}

    def set_value(self, value) -> None:
        if not value:
            return
        index = self.skill.findData(value.get("item_id"))
        if index >= 0:
            self.skill.setCurrentIndex(index)
        form = self.form
        assert form is not None  # built in __init__, rebuilt on every skill change
        button = form.group.button(int(value.get("level", 0)))
        if button is not None:
            button.setChecked(True)
        form.evidence.setText(value.get("evidence_text", ""))
        linked = form.entry.findData(value.get("evidence_encounter_id"))
        if linked >= 0:
            form.entry.setCurrentIndex(linked)
        form.confidence.set_value(value.get("confidence"))
