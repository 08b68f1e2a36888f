"""Encryption at rest over one open diary: its state, the passphrase check and change, the lock
policy, and the diary's own unencrypted copies. The passphrase is never stored.

Turning encryption on or off, locking and unlocking close the connection and open the file again:
those go through services.workbook.WorkbookKeeper, which builds a new Workbook (and so new
services) over the new connection. Changing the passphrase re-keys the same connection in place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from tyokirja.storage import encryption
from tyokirja.storage.connection import is_encrypted
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
    """Encryption state, the passphrase check and change, the lock policy and the plaintext copies."""

    def __init__(self, db: sqlite_utils.Database, path: Path, settings: SettingsRepository | None = None) -> None:
        self.db = db
        self.path = Path(path)
        self.settings = settings or SettingsRepository(db)

    # -- state -------------------------------------------------------------------------------

    def is_encrypted(self) -> bool:
        return is_encrypted(self.path)

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphraseError unless `passphrase` opens the diary (read only, about 0.1 s)."""
        encryption.check_passphrase(self.path, passphrase)

    # -- the passphrase and the copies -------------------------------------------------------

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-key the diary; `current` must open it first (someone at an unlocked screen cannot re-key it)."""
        self.check_passphrase(current)
        encryption.change_passphrase(self.db, new)

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
