"""The first open after an update re-indexes the diary: a window shows how far it is, then goes away."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QApplication, QProgressDialog

from tests.helpers.old_diary import insert_old_entry
from tyokirja.domain.encounter import EncounterFilter
from tyokirja.storage import migrations
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.ui.opening import open_with_progress

HELSINKI = timezone(timedelta(hours=2))


def _visible_progress() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def _old_diary(db_path, monkeypatch, entries: int) -> None:
    def up_to_0008(db, path, *, fresh):  # the app as it was before migration 0009
        migrations.migrations.apply(db, stop_before="0009_search_terms")
        return []

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", up_to_0008)
        old = open_diary(db_path)
        with old.atomic():
            for n in range(entries):
                insert_old_entry(old, f"e{n}", f"Tilanteessa {n} kuuntelin", datetime(2025, 2, 3, 9, tzinfo=HELSINKI))
        close_diary(old)


def test_a_reindex_at_open_shows_a_finnish_progress_window_that_reaches_the_end(db_path, monkeypatch, qapp, fi_app):
    _old_diary(db_path, monkeypatch, 650)
    seen: list[tuple[int, int, str]] = []

    def opener(progress):
        def watched(done: int, total: int) -> None:
            progress(done, total)
            shown = _visible_progress()
            assert len(shown) == 1
            seen.append((shown[0].value(), shown[0].maximum(), shown[0].labelText()))
        return open_diary(db_path, progress=watched)

    db = open_with_progress(opener)
    try:
        assert EncounterRepository(db).count(EncounterFilter(text="tilanne")) == 650
    finally:
        close_diary(db)
    assert _visible_progress() == []
    values = [value for value, maximum, _ in seen if maximum]
    assert len(values) >= 4 and values == sorted(values)
    assert seen[-1][0] == seen[-1][1] > 0
    assert "Hakuhakemisto" in seen[-1][2] and "100 %" in seen[-1][2]


def test_an_ordinary_open_shows_no_window(db_path, qapp):
    close_diary(open_diary(db_path))
    shown: list[int] = []

    def opener(progress):
        db = open_diary(db_path, progress=progress)
        shown.append(len(_visible_progress()))
        return db

    close_diary(open_with_progress(opener))
    assert shown == [0]
