"""Encryption at rest and the lock: turn on, change the passphrase, turn off; lock and unlock.

The diary's `Database` object stays the same through all of these: its connection is swapped
underneath (see storage.encryption.adopt), so every repository and service built over it keeps
working after an unlock or after encryption is turned on or off. The passphrase is never stored.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import sqlite_utils

from tyokirja.storage import encryption
from tyokirja.storage.connection import close_diary, is_encrypted, open_diary

LOCK_IDLE_KEY = "lock_idle_minutes"
DEFAULT_LOCK_IDLE_MINUTES = 10
MAX_LOCK_IDLE_MINUTES = 24 * 60
MIN_PASSPHRASE_LENGTH = 8


def passphrase_strength(passphrase: str) -> int:
    """A rough 0–4 hint for the dialog (length counts most; a long sentence is strong)."""
    length = len(passphrase)
    if length < MIN_PASSPHRASE_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1 + (length >= 12) + (length >= 16) + (length >= 24)
    if kinds >= 3:
        score += 1
    if len(set(passphrase)) <= 3:
        score = 1
    return min(score, 4)


class SecurityService:
    """Turning encryption on and off, changing the passphrase, the lock policy, lock and unlock."""

    def __init__(self, db: sqlite_utils.Database, path: Path):
        self.db = db
        self.path = Path(path)
        self._locked = False

    # -- state -------------------------------------------------------------------------------

    def is_encrypted(self) -> bool:
        return is_encrypted(self.path)

    def is_locked(self) -> bool:
        return self._locked

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphraseError unless `passphrase` opens the diary (read only, about 0.1 s)."""
        encryption.check_passphrase(self.path, passphrase)

    # -- turning on, changing, turning off ---------------------------------------------------

    def turn_on(self, passphrase: str) -> list[Path]:
        """Encrypt the diary. Returns the unencrypted old copies (backups) still on disk: offer to delete them."""
        encryption.encrypt_diary(self.db, self.path, passphrase)
        return self.plaintext_copies()

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-key the diary; `current` must open it first (someone at an unlocked screen cannot re-key it)."""
        self.check_passphrase(current)
        encryption.change_passphrase(self.db, new)

    def turn_off(self, current: str) -> None:
        """Store the diary unencrypted again, after checking the current passphrase."""
        self.check_passphrase(current)
        encryption.decrypt_diary(self.db, self.path, current)

    def plaintext_copies(self) -> list[Path]:
        """Old unencrypted copies of the diary (in its folder and backups/) that still hold plain text."""
        return encryption.plaintext_copies(self.path)

    def delete_copies(self, paths: list[Path]) -> list[Path]:
        """Delete the given copies (with their -wal/-shm); returns the ones that could not be deleted."""
        failed = []
        for path in paths:
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass
            except OSError:
                failed.append(Path(path))
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{path}{suffix}")
        return failed

    # -- lock policy -------------------------------------------------------------------------

    def lock_idle_minutes(self) -> int:
        """Minutes of inactivity before the app locks; 0 = never. Only meaningful when encrypted."""
        raw = encryption.read_setting(self.db, LOCK_IDLE_KEY)
        try:
            value = int(raw) if raw is not None else DEFAULT_LOCK_IDLE_MINUTES
        except ValueError:
            value = DEFAULT_LOCK_IDLE_MINUTES
        return max(0, min(value, MAX_LOCK_IDLE_MINUTES))

    def set_lock_idle_minutes(self, minutes: int) -> None:
        minutes = max(0, min(int(minutes), MAX_LOCK_IDLE_MINUTES))
        encryption.write_setting(self.db, LOCK_IDLE_KEY, str(minutes))

    # -- lock and unlock ---------------------------------------------------------------------

    def lock(self) -> None:
        """Close the connection: SQLCipher frees the key with it. Nothing can read the diary until unlock()."""
        if self._locked:
            return
        close_diary(self.db)
        self._locked = True

    def unlock(self, passphrase: str) -> None:
        """Reopen the diary with `passphrase` (WrongPassphraseError leaves it locked and the file untouched)."""
        if not self._locked:
            return
        fresh = open_diary(self.path, create=False, passphrase=passphrase)
        encryption.adopt(self.db, fresh)
        self._locked = False
