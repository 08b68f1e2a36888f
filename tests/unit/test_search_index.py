"""The word-form index (migration 0009): existing diaries get it, edits and erasure keep it true."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tests.helpers.old_diary import insert_old_entry
from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.services.erasure import ForgetService
from tyokirja.storage import migrations
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.inspection import examine

HELSINKI = timezone(timedelta(hours=2))


def _entry(day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2026, 4, day, 9, tzinfo=HELSINKI), **fields)


def _titles(repo: EncounterRepository, text: str) -> set[str]:
    return {s.title for s in repo.summaries(EncounterFilter(text=text))}


def test_a_diary_made_before_the_index_finds_inflected_forms_after_opening(db_path, monkeypatch):
    def up_to_0008(db, path, *, fresh):  # the app as it was before migration 0009
        migrations.migrations.apply(db, stop_before="0009_search_terms")
        return []

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", up_to_0008)
        old = open_diary(db_path)
        insert_old_entry(old, "e1", "Asiakkaan palautteen käsittely", datetime(2025, 1, 7, 9, tzinfo=HELSINKI))
        insert_old_entry(old, "e2", "Sään takia myöhästyin", datetime(2025, 1, 8, 9, tzinfo=HELSINKI))
        close_diary(old)

    db = open_diary(db_path)
    try:
        repo = EncounterRepository(db)
        assert _titles(repo, "asiakas palaute") == {"Asiakkaan palautteen käsittely"}
        assert _titles(repo, "sää") == {"Sään takia myöhästyin"}
        assert _titles(repo, "saa") == set()
    finally:
        close_diary(db)
    assert len(list(migrations.backups_dir(db_path).glob("*before-0009_search_terms*"))) == 1
    assert examine(db_path, None, full=True, scan_content=True).problems == []


def test_an_edit_moves_the_entry_to_its_new_words(diary):
    saved = diary.save(_entry(1, title="Kokous", facts="Kuuntelin asiakasta."))
    assert diary.count(EncounterFilter(text="kuunnella")) == 1
    diary.save(saved.copy(facts="Puhuin esihenkilön kanssa."))
    assert diary.count(EncounterFilter(text="kuunnella")) == 0
    assert diary.count(EncounterFilter(text="esihenkilö")) == 1
    diary.delete(saved.id)
    assert diary.count(EncounterFilter(text="esihenkilö")) == 0


def test_forgetting_a_word_takes_its_forms_out_of_the_index(diary, db_path):
    diary.save(_entry(2, title="Puhelu", facts="Hilppasen palautteen jälkeen soitin."))
    assert diary.count(EncounterFilter(text="palaute")) == 1
    ForgetService.for_diary(diary, db_path).forget("palautteen")
    assert diary.count(EncounterFilter(text="palaute")) == 0
    assert diary.count(EncounterFilter(text="soittaa")) == 1


def test_the_reindex_at_open_reports_its_progress_to_the_end(db_path, monkeypatch):
    def up_to_0008(db, path, *, fresh):  # the app as it was before migration 0009
        migrations.migrations.apply(db, stop_before="0009_search_terms")
        return []

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", up_to_0008)
        old = open_diary(db_path)
        with old.atomic():
            for n in range(450):
                insert_old_entry(old, f"e{n}", f"Asiakkaan palaute {n}", datetime(2025, 1, 7, 9, tzinfo=HELSINKI))
        close_diary(old)

    reports: list[tuple[int, int]] = []
    db = open_diary(db_path, progress=lambda done, total: reports.append((done, total)))
    try:
        assert EncounterRepository(db).count(EncounterFilter(text="palautteet")) == 450
    finally:
        close_diary(db)
    assert reports[0] == (0, 0)  # before the safety copy: not counted yet
    counted = reports[1:]
    total = counted[0][1]
    assert total >= 450 and all(t == total for _, t in counted)
    assert [d for d, _ in counted] == sorted(d for d, _ in counted)
    assert len(counted) >= 4 and counted[-1] == (total, total)

    again: list[tuple[int, int]] = []
    close_diary(open_diary(db_path, progress=lambda done, total: again.append((done, total))))
    assert again == []  # an ordinary open says nothing
