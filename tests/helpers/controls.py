"""Finding controls in a GUI test the way a user or a screen reader does: by accessible name.

Tests ask for "the line edit named Title", never for a widget's private attribute, so a test breaks
when what the user sees changes, not when a widget's insides are renamed (DESIGN §7).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

W = TypeVar("W", bound=QWidget)


def controls(parent: QWidget, kind: type[W], name: str | None = None) -> list[W]:
    """Every `kind` under `parent` (at any depth), in creation order; only those named `name` if given."""
    found = [w for w in parent.findChildren(QWidget) if isinstance(w, kind)]
    return found if name is None else [w for w in found if w.accessibleName() == name]


def control(parent: QWidget, kind: type[W], name: str) -> W:
    """The one `kind` under `parent` whose accessible name is `name`.

    Raises LookupError when there is none or more than one, listing the names there are, so a
    missing or doubled accessible name shows up as a test failure that says what to fix.
    """
    found = controls(parent, kind, name)
    if len(found) != 1:
        names = sorted({w.accessibleName() for w in controls(parent, kind)})
        raise LookupError(f"{len(found)} {kind.__name__} named {name!r} under {type(parent).__name__}; "
                          f"the {kind.__name__} names there are: {names}")
    return found[0]


def label_for(control_widget: QWidget) -> QLabel:
    """The label a user reads for `control_widget`: the one QLabel in its window whose buddy it is."""
    window = control_widget.window()
    found = [label for label in window.findChildren(QLabel) if label.buddy() is control_widget]
    if len(found) != 1:
        raise LookupError(f"{len(found)} labels have {control_widget.accessibleName()!r} as their buddy")
    return found[0]


def scroll_area(parent: QWidget) -> QScrollArea:
    """The one scrolling area under `parent` (a long form scrolls inside one)."""
    found = controls(parent, QScrollArea)
    if len(found) != 1:
        raise LookupError(f"{len(found)} scroll areas under {type(parent).__name__}")
    return found[0]
