"""The diary list's second, read-only connection (services.diary.DiaryReader): the same rows, counts
and order as the app's own connection, never a write, and no hold on the file that the app's
deletes and closes would feel."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers.search_quality import QUERIES, fill_diary
from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.services.workbook import WorkbookKeeper, open_workbook
from tyokirja.storage.connection import open_reader
from tyokirja.storage.errors import DiaryUnavailableError

HELSINKI = timezone(timedelta(hours=2))
PASS = "kaksi kuusta ja kolme kissaa"


def _fill(workbook) -> None:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=HELSINKI)
    day = iter(range(1000))

    def save(title: str, text: str) -> None:
        # two entries per sentence, some with the same moment: the order's tie-break is tested too
        n = next(day)
        for k in range(2):
            when = start + timedelta(hours=n // 3)
            workbook.diary.save(Encounter(occurred_at=when, title=f"{title} {k}", facts=text, my_role=(
                "service" if n % 2 else "manager")))

    fill_diary(save)


@pytest.fixture
def filled(workbook):
    _fill(workbook)
    return workbook


def _ids(rows) -> list[str]:
    return [r.id for r in rows]


@pytest.mark.parametrize("order", ["date", "relevance"])
def test_every_quality_query_lists_the_same_rows_count_and_pages_on_both_connections(filled, order):
    reader = filled.diary_reader()
    assert reader is not None
    queries = [q.query for q in QUERIES] + ["", "as", "asiakas palaute", "-asiakas"]
    for text in queries:
        for flt in (EncounterFilter(text=text), EncounterFilter(text=text, my_role="service")):
            expected = filled.diary.first_page(flt, order, limit=7, snippet_rows=7)
            got = reader.first_page(flt, order, 7, 7)
            assert got is not None
            assert (got.total, _ids(got.rows), got.snippets) == (
                expected.total, _ids(expected.rows), expected.snippets), (text, flt.my_role)
            # the next pages by key, on the reader, continue the app connection's list exactly
            after = expected.rows[-1].id if expected.rows else None
            while after is not None:
                mine = filled.diary.summaries(flt, limit=7, order=order, after=after)
                theirs = reader.summaries(flt, limit=7, order=order, after=after)
                assert _ids(theirs) == _ids(mine)
                after = mine[-1].id if len(mine) == 7 else None


def test_the_reader_sees_each_save_at_once_and_writes_nothing(workbook, db_path):
    reader = workbook.diary_reader()
    assert reader is not None
    flt = EncounterFilter(text="asiakas")
    page = reader.first_page(flt, "date", 50, 10)
    assert page is not None and page.total == 0
    workbook.diary.save(Encounter(occurred_at=datetime(2026, 3, 2, 9, tzinfo=HELSINKI), title="Asiakkaan soitto"))
    page = reader.first_page(flt, "date", 50, 10)
    assert page is not None and [r.title for r in page.rows] == ["Asiakkaan soitto"]
    workbook.close()  # the reader first, then the app's connection (which checkpoints)
    assert reader.closed and reader.first_page(flt, "date", 50, 10) is None
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    again = open_reader(db_path)
    try:
        list(again.execute("SELECT count(*) FROM encounters"))
        with pytest.raises(Exception, match="readonly"):
            again.execute("DELETE FROM encounters")
    finally:
        again.conn.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_delete_still_empties_the_wal_after_a_search_on_the_reader(filled, db_path):
    reader = filled.diary_reader()
    assert reader is not None
    page = reader.first_page(EncounterFilter(text="asiakas"), "relevance", 3, 3)
    assert page is not None and page.total > 3
    reader.summaries(EncounterFilter(text="asiakas"), limit=3, order="relevance", after=page.rows[-1].id)
    filled.diary.delete(page.rows[0].id)  # erasure: the deleted text must leave the WAL at once
    assert os.path.getsize(f"{db_path}-wal") == 0


def test_interrupt_stops_a_running_search_and_the_reader_answers_again(filled):
    reader = filled.diary_reader()
    assert reader is not None
    flt = EncounterFilter(text="asiakas")
    results: list[object] = []
    started = threading.Event()
    real = reader.encounters.count

    def slow_count(f, tz=None):
        started.set()
        # a query that runs until interrupted
        reader.db.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                          "SELECT count(*) FROM n").fetchone()
        return real(f, tz)

    reader.encounters.count = slow_count  # type: ignore[method-assign]
    worker = threading.Thread(target=lambda: results.append(reader.first_page(flt, "date", 5, 0)))
    worker.start()
    assert started.wait(5)
    while worker.is_alive():
        reader.interrupt()
        worker.join(0.05)
    assert results == [None]
    reader.encounters.count = real  # type: ignore[method-assign]
    page = reader.first_page(flt, "date", 5, 0)
    assert page is not None and page.total == filled.diary.count(flt)


def test_an_encrypted_diary_has_no_reader_and_converting_closes_it(db_path, catalogue):
    keeper = WorkbookKeeper(open_workbook(db_path, create=True, catalogue=catalogue))
    try:
        plain = keeper.workbook
        reader = plain.diary_reader()
        assert reader is not None
        keeper.turn_encryption_on(PASS)
        assert reader.closed  # closed before the file was rewritten and replaced
        assert keeper.workbook.diary_reader() is None  # encrypted: the list reads on the app's connection
        with pytest.raises(DiaryUnavailableError):
            open_reader(db_path)
    finally:
        keeper.close()
