"""Edit → Forget a word, as a user drives it: type, find, confirm, then the backup notice and prune."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers.typing import type_text
from tests.unit.test_erasure import files_holding
from tyokirja.app import build_main_window
from tyokirja.domain.encounter import Encounter
from tyokirja.ui import messages
from tyokirja.ui.dialogs.forget_dialog import ForgetDialog

HELSINKI = timezone(timedelta(hours=2))
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()


@pytest.fixture
def window(workbook, diary, catalogue, qtbot, en_app, db_path):
    win = build_main_window(workbook, "en")
    qtbot.addWidget(win)
    win.show()
    return win


def _entry(day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2026, 4, day, 9, tzinfo=HELSINKI), **fields)


def _open_dialog(window):
    action = window.forget_action
    assert action.text().replace("&", "") == "Forget a word…"
    assert action in window.menuBar().actions()[1].menu().actions()  # in the Edit menu
    action.trigger()
    (dialog,) = [d for d in window.findChildren(ForgetDialog) if d.isVisible()]
    return dialog


def test_forget_a_word_from_the_menu_rewrites_entries_and_prunes_backups(window, diary, db_path, qtbot, monkeypatch):
    a = diary.save(_entry(1, title="Palaveri Äänisvaaran kanssa", facts="Äänisvaara kysyi aikataulusta."))
    b = diary.save(_entry(2, title="Puhelu", notes="ÄÄNISVAARA ei vastannut."))
    folder = db_path.parent / "backups"
    folder.mkdir(mode=0o700)
    backup = folder / f"{db_path.stem}-20260301T100000Z.sqlite"
    diary.encounters.db.execute("VACUUM INTO ?", [str(backup)])
    window.diary_page.model.refresh()
    window.diary_page.open_encounter(a.id)  # the editor shows the entry that holds the word
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: asked.append(text) or True)

    dialog = _open_dialog(window)
    type_text(dialog.word_edit, "äänisvaara")
    assert not dialog.forget_button.isEnabled()
    dialog.find_button.click()
    preview = dialog.preview_label.text()
    assert "Occurrences found: 3" in preview
    assert "Diary entries: 3 (title 1, what happened 1, notes 1)" in preview
    hits = dialog.context_list
    assert hits.isVisible() and hits.accessibleName() == "Hits in their context"
    shown = sorted(hits.item(i).text() for i in range(hits.count()))
    assert shown == ["Palaveri [Äänisvaaran] kanssa", "[ÄÄNISVAARA] ei vastannut.", "[Äänisvaara] kysyi aikataulusta."]
    assert dialog.forget_button.isEnabled()

    dialog.forget_button.click()
    assert "Occurrences: 3. Replace each “äänisvaara” with “[poistettu]”?" in asked[0]
    assert diary.get(a.id).title == "Palaveri [poistettu] kanssa"
    assert diary.get(b.id).notes == "[poistettu] ei vastannut."
    assert window.diary_page.editor.encounter().facts == "[poistettu] kysyi aikataulusta."  # editor reloaded
    assert not window.diary_page.is_dirty()
    assert files_holding(db_path, "Äänisvaara".encode()) == []
    # the notice names the older backups, which still hold the word
    assert "Older backups still hold the word" in dialog.result_label.text()
    assert dialog.preview_label.text() == "Done. Records changed: 2."
    assert [dialog.backup_list.item(i).text() for i in range(dialog.backup_list.count())] == [backup.name]
    assert dialog.prune_button.isVisible()

    dialog.prune_button.click()
    assert "Delete the older backups listed (1) for good?" in asked[1]
    assert not backup.exists()
    assert dialog.result_label.text() == "Backups deleted: 1."
    assert not dialog.prune_button.isVisible()


def test_declining_changes_nothing_and_a_role_name_is_explained(window, diary, catalogue, qtbot, monkeypatch):
    term = catalogue.terms("counterpart_roles")[0]
    label = term.label("en")
    enc = diary.save(_entry(3, title="Kohtaaminen", counterpart_role=term.id, facts=f"The {label} was upset."))
    monkeypatch.setattr(messages, "confirm", lambda parent, text, yes=None: False)
    dialog = _open_dialog(window)
    type_text(dialog.word_edit, label)
    dialog.find_button.click()
    assert "a role is not personal data" in dialog.preview_label.text()
    dialog.forget_button.click()
    assert diary.get(enc.id).facts == f"The {label} was upset."  # declined: unchanged
    assert not dialog.result_label.isVisible()


def test_a_word_that_does_not_occur_says_so(window, diary, qtbot):
    diary.save(_entry(4, title="Tiimipalaveri"))
    dialog = _open_dialog(window)
    type_text(dialog.word_edit, "Virtanen")
    dialog.word_edit.returnPressed.emit()
    assert dialog.preview_label.text() == "The word does not occur in the diary."
    assert not dialog.forget_button.isEnabled()
