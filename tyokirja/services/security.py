"""Encryption at rest and the lock: turn on, change the passphrase, turn off; lock and unlock.

The diary's `Database` object stays the same through all of these: its connection is swapped
underneath (see storage.encryption.adopt), so every repository and service built over it keeps
working after an unlock or after encryption is turned on or off. The passphrase is never stored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from tyokirja.storage import encryption
from tyokirja.storage.connection import close_diary, is_encrypted, open_diary
from tyokirja.storage.encryption import PlainCopy
from tyokirja.storage.errors import StorageError
from tyokirja.storage.inspection import folder_open_to_others
from tyokirja.storage.settings import LOCK_IDLE_MINUTES, SettingsRepository

__all__ = ["CopyRemoval", "PlainCopy", "SecurityService", "folder_open_to_others", "passphrase_strength"]

DEFAULT_LOCK_IDLE_MINUTES = LOCK_IDLE_MINUTES.default  # 10
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


@dataclass
class CopyRemoval:
    """What delete_copies did with each picked path."""

    deleted: list[Path] = field(default_factory=list)
    failed: list[Path] = field(default_factory=list)  # the diary's own copy, but it could not be deleted
    skipped: list[Path] = field(default_factory=list)  # no longer provably the diary's copy: left alone


class SecurityService:
    """Turning encryption on and off, changing the passphrase, the lock policy, lock and unlock."""

    def __init__(self, db: sqlite_utils.Database, path: Path, settings: SettingsRepository | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.settings = settings or SettingsRepository(db)
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

    def turn_on(self, passphrase: str) -> list[PlainCopy]:
        """Encrypt the diary. Returns its own unencrypted old copies still on disk: offer them for deletion."""
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

    def plaintext_copies(self) -> list[PlainCopy]:
        """The diary's own unencrypted copies (same identity, in its folder and backups/), nothing else."""
        return encryption.plaintext_copies(self.path, encryption.diary_uuid(self.db))

    def delete_copies(self, paths: list[Path]) -> CopyRemoval:
        """Delete the copies the user picked, each only if it is still provably the diary's own copy."""
        uuid = encryption.diary_uuid(self.db)
        removal = CopyRemoval()
        for path in map(Path, paths):
            if not os.path.lexists(path):
                continue  # already gone
            try:
                removed = encryption.delete_plaintext_copy(self.path, path, uuid)
            except StorageError:
                removal.failed.append(path)
                continue
            (removal.deleted if removed else removal.skipped).append(path)
        return removal

    # -- lock policy -------------------------------------------------------------------------

    def lock_idle_minutes(self) -> int:
        """Minutes of inactivity before the app locks; 0 = never. Only meaningful when encrypted."""
        return max(0, min(self.settings.get(LOCK_IDLE_MINUTES), MAX_LOCK_IDLE_MINUTES))

    def set_lock_idle_minutes(self, minutes: int) -> None:
        minutes = max(0, min(int(minutes), MAX_LOCK_IDLE_MINUTES))
        self.settings.set(LOCK_IDLE_MINUTES, minutes)

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
