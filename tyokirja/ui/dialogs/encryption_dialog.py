"""Settings → Encryption…: turn encryption on (passphrase twice), change the passphrase, set the
idle lock, turn encryption off. Forgetting the passphrase cannot be undone: the dialog says so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tyokirja.errortext import describe
from tyokirja.services.security import (
    MAX_LOCK_IDLE_MINUTES,
    MIN_PASSPHRASE_LENGTH,
    PlainCopy,
    SecurityService,
    passphrase_strength,
)
from tyokirja.services.workbook import WorkbookKeeper
from tyokirja.storage.errors import StorageError, WrongPassphraseError
from tyokirja.ui import messages
from tyokirja.ui.dialogs.passphrase_dialog import PassphraseField, error_label
from tyokirja.ui.widgets.plaintext_copies import PlaintextCopiesBox


class EncryptionDialog(QDialog):
    changed = Signal()  # encryption was turned on or off, the passphrase or the lock time changed
    reopened = Signal()  # encryption was turned on or off: the diary is a new workbook, build views anew

    def __init__(self, keeper: WorkbookKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        self.setWindowTitle(self.tr("Encryption"))
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.content: QWidget | None = None
        self.copies_box: PlaintextCopiesBox | None = None  # the diary's own unencrypted copies, when any
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self._rebuild()

    @property
    def security(self) -> SecurityService:
        """The open diary's security service (a new one after encryption was turned on or off)."""
        return self.keeper.workbook.security

    # -- building ----------------------------------------------------------------------------

    def _rebuild(self, copies: list[PlainCopy] | None = None) -> None:
        if self.content is not None:
            self.content.deleteLater()
        self.copies_box = None
        encrypted = self.keeper.is_encrypted()
        self.content = self._build_encrypted(copies) if encrypted else self._build_plain()
        self.layout_.insertWidget(0, self.content)
        # the cursor where typing starts (the Close button, made first, would otherwise take the focus):
        # the new passphrase, or on an encrypted diary the lock time
        (self.idle_spin if encrypted else self.new_field).setFocus()

    def _field(self, name: str) -> PassphraseField:
        return PassphraseField(name)

    def _build_plain(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Encryption keeps the diary file, its backups and its search index unreadable without your "
            "passphrase. Työkirja asks for the passphrase when it starts and after it has locked itself."))
        intro.setWordWrap(True)
        warning = QLabel(self.tr(
            "If you forget the passphrase, nobody can open the diary again: not you, not Työkirja's makers. "
            "There is no way to recover it. Write it down and keep it somewhere safe."))
        warning.setWordWrap(True)
        warning.setObjectName("forgotten_warning")
        warning.setStyleSheet("font-weight: bold;")
        self.new_field = self._field(self.tr("New passphrase"))
        self.repeat_field = self._field(self.tr("Repeat the passphrase"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setObjectName("strength_hint")
        self.new_field.changed.connect(self._on_new_field_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.new_field)
        form.addRow(self.tr("&Repeat:"), self.repeat_field)
        form.addRow("", self.strength)
        self.error = error_label()
        self.turn_on_button = QPushButton(self.tr("Encrypt the diary"))
        self.turn_on_button.clicked.connect(self.turn_on)
        self.repeat_field.submitted.connect(self.turn_on)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(warning)
        column.addWidget(self.error)
        column.addWidget(self.turn_on_button, 0, Qt.AlignmentFlag.AlignRight)
        self._on_new_field_changed()
        return box

    def _build_encrypted(self, copies: list[PlainCopy] | None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        status = QLabel(self.tr("The diary is encrypted."))
        status.setObjectName("encryption_status")
        column.addWidget(status)
        if copies is None:
            try:
                copies = self.security.plaintext_copies()
            except StorageError:
                copies = []
        if copies:  # nothing offered, nothing asked
            self.copies_box = PlaintextCopiesBox(self.security, copies)
            self.copies_box.deletion_finished.connect(self._on_copies_box_deletion_finished)
            column.addWidget(self.copies_box)

        lock_box = QGroupBox(self.tr("Lock"))
        lock_form = QFormLayout(lock_box)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, MAX_LOCK_IDLE_MINUTES)
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_spin.setValue(self.security.lock_idle_minutes())
        self.idle_spin.valueChanged.connect(self._on_idle_spin_value_changed)
        lock_form.addRow(self.tr("Lock after this long without use:"), self.idle_spin)
        hint = QLabel(self.tr("Työkirja also locks when the computer goes to sleep, and with Ctrl+L."))
        hint.setWordWrap(True)
        lock_form.addRow(hint)

        change_box = QGroupBox(self.tr("Change the passphrase"))
        change_form = QFormLayout(change_box)
        self.current_field = self._field(self.tr("Current passphrase"))
        self.new_field = self._field(self.tr("New passphrase"))
        self.repeat_field = self._field(self.tr("Repeat the new passphrase"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.new_field.changed.connect(self._on_new_field_changed)
        change_form.addRow(self.tr("C&urrent passphrase:"), self.current_field)
        change_form.addRow(self.tr("&New passphrase:"), self.new_field)
        change_form.addRow(self.tr("&Repeat:"), self.repeat_field)
        change_form.addRow("", self.strength)
        self.change_button = QPushButton(self.tr("Change the passphrase"))
        self.change_button.clicked.connect(self.change)
        change_form.addRow("", self.change_button)

        off_box = QGroupBox(self.tr("Turn encryption off"))
        off_form = QFormLayout(off_box)
        off_text = QLabel(self.tr("The diary is stored unencrypted again; anyone who can read the file can read it."))
        off_text.setWordWrap(True)
        off_form.addRow(off_text)
        self.off_field = self._field(self.tr("Current passphrase for turning encryption off"))
        off_form.addRow(self.tr("Current &passphrase:"), self.off_field)
        self.turn_off_button = QPushButton(self.tr("Turn encryption off"))
        self.turn_off_button.clicked.connect(self.turn_off)
        off_form.addRow("", self.turn_off_button)

        self.error = error_label()
        column.addWidget(lock_box)
        column.addWidget(change_box)
        column.addWidget(off_box)
        column.addWidget(self.error)
        self._on_new_field_changed()
        return box

    # -- actions -----------------------------------------------------------------------------

    def _checked_new(self) -> str | None:
        new, repeat = self.new_field.text(), self.repeat_field.text()
        if len(new) < MIN_PASSPHRASE_LENGTH:
            self._fail(self.tr("Use at least {count} characters; a few words in a row are easy to remember.")
                       .replace("{count}", str(MIN_PASSPHRASE_LENGTH)))
        elif new != repeat:
            self._fail(self.tr("The two passphrases differ. Type the same one twice."))
        else:
            return new
        return None

    def turn_on(self) -> bool:
        new = self._checked_new()
        if new is None:
            return False
        left = self._reopening(lambda: self.keeper.turn_encryption_on(new))
        if left is None:
            return False
        self.new_field.clear()
        self.repeat_field.clear()
        self.changed.emit()
        self._rebuild(left)  # the diary's own unencrypted copies, if any, are listed for the user to pick
        return True

    def change(self) -> bool:
        current = self.current_field.text()
        new = self._checked_new()
        if new is None:
            return False
        if self._run(lambda: self.security.change_passphrase(current, new)) is None:
            return False
        for field in (self.current_field, self.new_field, self.repeat_field):
            field.clear()
        self.error.hide()
        self.changed.emit()
        messages.info(self, self.tr("The passphrase was changed. Use the new one from now on."))
        return True

    def turn_off(self) -> bool:
        current = self.off_field.text()
        if not messages.confirm(self, self.tr(
                "Store the diary unencrypted? Anyone who can read the file can then read your diary."),
                self.tr("Turn encryption off")):
            return False
        if self._reopening(lambda: self.keeper.turn_encryption_off(current)) is None:
            return False
        self.changed.emit()
        self._rebuild()
        return True

    def _reopening(self, work):
        """_run for a step that may open the diary again (also when it fails late): say so first."""
        before = self.keeper.workbook
        try:
            return self._run(work)
        finally:
            if self.keeper.workbook is not before:
                self.reopened.emit()

    def _run(self, work):
        """Run a slow step with a wait cursor; map a wrong passphrase and storage errors to messages."""
        self.error.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = work()
        except WrongPassphraseError:
            self._fail(self.tr("The current passphrase is wrong. Nothing was changed."))
            return None
        except StorageError as exc:
            self._fail(describe(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True if result is None else result

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- slots -------------------------------------------------------------------------------

    def _on_new_field_changed(self) -> None:
        score = passphrase_strength(self.new_field.text())
        texts = (
            self.tr("Strength: too short"),
            self.tr("Strength: weak — add more words"),
            self.tr("Strength: fair"),
            self.tr("Strength: good"),
            self.tr("Strength: strong"),
        )
        self.strength.setText(texts[score] if self.new_field.text() else
                              self.tr("Tip: a sentence of four or more words is strong and easy to remember."))

    def _on_copies_box_deletion_finished(self) -> None:
        self._rebuild()

    def _on_idle_spin_value_changed(self, minutes: int) -> None:
        try:
            self.security.set_lock_idle_minutes(minutes)
        except StorageError as exc:
            self._fail(describe(exc))
            return
        self.changed.emit()
