"""The diary list model, tested without a view: lazy pages, filters, labels, lookups."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale, Qt

from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.ui.models.encounter_list_model import (
    PAGE_SIZE,
    DateTextRole,
    EncounterListModel,
    LabelsTextRole,
    NeedsCompletionRole,
    SummaryRole,
)

HELSINKI = timezone(timedelta(hours=2))


def _bulk(diary, n: int) -> list[str]:
    start = datetime(2024, 1, 1, 8, 0, tzinfo=HELSINKI)
    roles, channels = ("manager", "service", "sales"), ("phone", "email", "face_to_face")
    items = [
        Encounter(
            occurred_at=start + timedelta(minutes=30 * i),
            title=f"Kohtaaminen {i}",
            my_role=roles[i % 3],
            channel=channels[i % 3],
            facts="Lyhyt kuvaus",
        )
        for i in range(n)
    ]
    with diary.encounters.db.atomic():
        diary.encounters.insert_many(items)
    return [e.id for e in items]


@pytest.fixture
def fi_locale(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("fi_FI"))
    yield
    QLocale.setDefault(before)


class _Reads:
    """Records what the model asks the diary for: each page (the row it starts at, limit, rows
    returned) and each count. A page asked for by key ("after" a row) starts after that row."""

    def __init__(self, monkeypatch, service):
        self.pages: list[tuple[int, int, int]] = []
        self.counts = 0
        summaries, count = service.summaries, service.count
        listed: list[str] = []  # the ids handed out since the last first page

        def spy_summaries(flt=EncounterFilter(), offset=0, limit=PAGE_SIZE, order="date", after=None):
            page = summaries(flt, offset=offset, limit=limit, order=order, after=after)
            if after is None:
                del listed[offset:]
                start = offset
            else:
                start = listed.index(after) + 1
                del listed[start:]
            listed.extend(s.id for s in page)
            self.pages.append((start, limit, len(page)))
            return page

        def spy_count(flt=EncounterFilter()):
            self.counts += 1
            return count(flt)

        monkeypatch.setattr(service, "summaries", spy_summaries)
        monkeypatch.setattr(service, "count", spy_count)

    def rows_read(self) -> int:
        return sum(n for _offset, _limit, n in self.pages)


def test_twenty_thousand_entries_load_one_page_at_a_time(qapp, diary, catalogue, monkeypatch):
    ids = _bulk(diary, 20_000)
    reads = _Reads(monkeypatch, diary)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.total() == 20_000
    assert model.canFetchMore()
    # one count and one page of 200 were read from the diary, never the 20,000 entries
    assert (reads.counts, reads.pages) == (1, [(0, PAGE_SIZE, PAGE_SIZE)])
    # newest first; nothing beyond the first page is loaded yet
    assert model.data(model.index(0), SummaryRole).id == ids[-1]
    assert model.row_of(ids[0]) == -1
    assert len(reads.pages) == 1  # looking a row up does not load further pages
    model.fetchMore()
    assert model.rowCount() == 400
    for _ in range(5):
        model.fetchMore()
    assert model.rowCount() == 1400
    # each fetchMore read exactly the next page, and nothing was read that is not shown
    assert reads.pages == [(offset, PAGE_SIZE, PAGE_SIZE) for offset in range(0, 1400, PAGE_SIZE)]
    assert reads.rows_read() == model.rowCount() and reads.counts == 1
    # a full reset with a filter reads one count and the first page again
    reads.pages.clear()
    model.set_filter(EncounterFilter(my_role="service", channel="email"))
    assert model.total() == len([i for i in range(20_000) if i % 3 == 1])
    assert model.rowCount() == 200
    assert (reads.counts, reads.pages) == (2, [(0, PAGE_SIZE, PAGE_SIZE)])


def test_filter_resets_to_first_page_and_last_page_ends_fetching(qapp, diary, catalogue):
    _bulk(diary, 450)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    model.set_filter(EncounterFilter(text="Kohtaaminen 44"))  # 44, 144, 244, 344, 440..449
    assert model.rowCount() == model.total() == 14
    assert not model.canFetchMore()


def test_row_of_can_load_further_pages_to_find_an_entry(qapp, diary, catalogue):
    ids = _bulk(diary, 700)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    assert model.row_of(ids[0]) == -1
    assert model.row_of(ids[0], load=True) == 699
    assert model.rowCount() == 700


def test_refresh_keeps_the_loaded_rows_and_sees_changes(qapp, diary, catalogue):
    ids = _bulk(diary, 500)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    model.fetchMore()
    assert model.rowCount() == 400
    diary.delete(ids[-1])
    model.refresh()
    assert model.rowCount() == 400
    assert model.total() == 499
    assert model.row_of(ids[-1]) == -1


def test_rows_show_date_title_labels_and_the_to_complete_marker(qapp, diary, catalogue, fi_locale):
    diary.save(Encounter(
        occurred_at=datetime(2024, 3, 12, 14, 32, tzinfo=HELSINKI),
        title="Asiakkaan reklamaatio puhelimessa",
        my_role="service",
        channel="phone",
        situation="complaint",
    ))
    quick = diary.quick_entry("Pikainen merkintä", "Tapahtui jotain", None)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    full = model.index(model.row_of(diary.summaries()[-1].id))
    assert model.data(full) == "Asiakkaan reklamaatio puhelimessa"
    assert model.data(full, DateTextRole) == "12.3.2024 14.32"
    assert model.data(full, LabelsTextRole) == "Asiakaspalvelija · Puhelin · Reklamaatio"
    assert model.data(full, NeedsCompletionRole) is False
    tip = model.data(full, Qt.ItemDataRole.ToolTipRole)
    assert "Asiakkaan reklamaatio puhelimessa" in tip and "Puhelin" in tip
    quick_index = model.index(model.row_of(quick.id))
    assert model.data(quick_index, NeedsCompletionRole) is True
    english = EncounterListModel(diary, catalogue, "en")
    english.set_filter(EncounterFilter())
    assert english.data(english.index(english.row_of(full.data(SummaryRole).id)), LabelsTextRole) == (
        "Customer service · Phone · Complaint"
    )


def test_summaries_carry_no_bodies(qapp, diary, catalogue):
    _bulk(diary, 3)
    model = EncounterListModel(diary, catalogue, "fi")
    model.set_filter(EncounterFilter())
    summary = model.data(model.index(0), SummaryRole)
    assert not hasattr(summary, "facts")
