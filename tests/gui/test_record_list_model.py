"""The list model beside the goals and feedback editors, without a view: rows, ids, texts, changes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from tyokirja.ui.models.record_list_model import ID_ROLE, RecordListModel


def test_rows_carry_their_id_and_text_and_are_replaced_whole():
    model = RecordListModel()
    assert model.rowCount() == 0 and model.texts() == []
    model.set_rows([("g2", "Toinen\nActive"), ("g1", "Eka\nEnded")])
    assert model.rowCount() == 2 and model.rowCount(model.index(0, 0)) == 0  # a list: rows have no children
    first = model.index(0, 0)
    assert model.data(first) == "Toinen\nActive" and model.data(first, ID_ROLE) == "g2"
    assert model.data(first, Qt.ItemDataRole.DecorationRole) is None and model.data(QModelIndex()) is None
    assert (model.record_id(1), model.text(1)) == ("g1", "Eka\nEnded")
    assert model.row_of("g1") == 1 and model.row_of("none") == -1
    model.set_rows([])
    assert model.rowCount() == 0


def test_a_new_record_goes_on_top_and_a_stored_one_changes_its_text(qtbot):
    model = RecordListModel()
    model.set_rows([("f1", "Vanha\nPlanned")])
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.prepend("f2", "Uusi\nPlanned")
    assert inserted.args[1:] == [0, 0]
    assert model.texts() == ["Uusi\nPlanned", "Vanha\nPlanned"] and model.row_of("f2") == 0
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_text(1, "Vanha\nAsked")
    assert changed.args[0].row() == changed.args[1].row() == 1
    assert model.text(1) == "Vanha\nAsked" and model.record_id(1) == "f1"
