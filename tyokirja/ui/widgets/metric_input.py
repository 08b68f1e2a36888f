"""The customer metric input (asiakasmittari): a kind (NPS, CSAT, CES or none) and a value in its range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from tyokirja.domain.encounter import METRIC_KINDS, METRIC_RANGES, OrgMetric

if TYPE_CHECKING:
    _WidgetMixinBase = QWidget  # the mixin is only ever combined with a QWidget subclass
else:
    _WidgetMixinBase = object


class _WheelWhenFocused(_WidgetMixinBase):
    """Scrolling the form over an unfocused control scrolls the form, not the value (as ChoiceCombo).

    Used with Qt.StrongFocus: the default WheelFocus would hand the control focus on the first wheel.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt API)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _KindCombo(_WheelWhenFocused, QComboBox):
    pass


class _ValueSpin(_WheelWhenFocused, QSpinBox):
    pass


class MetricInput(QWidget):
    """value() -> OrgMetric | None; the value box follows the chosen kind's range and is off for none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = _KindCombo(self)
        labels = {
            "nps": self.tr("NPS (likelihood to recommend) 0–10"),
            "csat": self.tr("CSAT (satisfaction) 1–5"),
            "ces": self.tr("CES (customer effort) 1–7"),
        }
        self.kind.addItem(self.tr("No metric"), None)
        for kind in METRIC_KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.setAccessibleName(self.tr("Customer metric"))
        self.value_box = _ValueSpin(self)
        self.value_box.setAccessibleName(self.tr("Customer metric value"))
        self.value_box.setEnabled(False)
        for control in (self.kind, self.value_box):
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.value_box)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.value_box.valueChanged.connect(self.changed)

    def _on_kind_current_index_changed(self) -> None:
        kind = self.kind.currentData()
        self.value_box.setEnabled(kind is not None)
        if kind is not None:
            span = METRIC_RANGES[kind]
            self.value_box.setRange(span.start, span.stop - 1)
        self.changed.emit()

    def value(self) -> OrgMetric | None:
        kind = self.kind.currentData()
        return OrgMetric(kind, self.value_box.value()) if kind is not None else None

    def set_value(self, metric: OrgMetric | None) -> None:
        self.kind.setCurrentIndex(self.kind.findData(metric.kind) if metric else 0)
        if metric is not None:
            self.value_box.setValue(metric.value)
