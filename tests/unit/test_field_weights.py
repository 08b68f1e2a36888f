"""Best match first with field weights (migration 0013): a word form in the title ranks above one in
"what happened", which ranks above one elsewhere, however it is inflected; existing diaries are
re-indexed at open with progress, and edits and erasure keep every column of the index true."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.helpers.old_diary import insert_old_entry
from tyokirja.domain.encounter import Encounter, EncounterFilter
from tyokirja.services.erasure import ForgetService
from tyokirja.storage import migrations
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.inspection import examine

HELSINKI = timezone(timedelta(hours=2))


def _entry(day: int, title: str, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2026, 4, day, 9, tzinfo=HELSINKI), title=title, **fields)


def _best_first(repo: EncounterRepository, text: str, **flt) -> list[str]:
    return [s.title for s in repo.summaries(EncounterFilter(text=text, **flt), order="relevance")]


def test_an_inflected_word_ranks_by_the_field_it_stands_in_not_by_date(diary):
    # newest last in field order, so that date order would list them the other way round
    diary.save(_entry(1, "Asiakkaiden soitot", facts="Soittoja tuli paljon."))
    diary.save(_entry(2, "Maanantai", facts="Asiakkaalle lähti vastaus."))
    diary.save(_entry(3, "Tiistai", facts="Postia.", notes="Soitan asiakkaille huomenna."))
    for day in (4, 5, 6):  # entries without the word: bm25 weighs a word by how rare it is
        diary.save(_entry(day, "Palaveri", facts="Sovimme aikataulun."))
    repo = diary.encounters
    assert _best_first(repo, "asiakas") == ["Asiakkaiden soitot", "Maanantai", "Tiistai"]
    assert [s.title for s in repo.summaries(EncounterFilter(text="asiakas"))] == [
        "Tiistai", "Maanantai", "Asiakkaiden soitot"]  # newest first is unchanged
    # a phrase has no word forms to weigh: the written form's place (title, what happened) decides
    diary.save(_entry(7, "Sovimme aikataulun", facts="Lyhyt."))
    assert _best_first(repo, '"sovimme aikataulun"')[0] == "Sovimme aikataulun"


def test_an_edit_moves_the_entry_between_the_columns(diary):
    saved = diary.save(_entry(1, "Asiakkaan palaute", facts="Lyhyt."))
    diary.save(_entry(2, "Puhelu", facts="Asiakkaan kanssa sovittiin."))
    diary.save(_entry(3, "Palaveri", facts="Ei mitään."))
    assert _best_first(diary.encounters, "asiakas") == ["Asiakkaan palaute", "Puhelu"]
    diary.save(saved.copy(title="Palaute", notes="Asiakkaan asia hoidettiin."))
    assert _best_first(diary.encounters, "asiakas") == ["Puhelu", "Palaute"]


def test_forgetting_a_name_in_the_title_takes_its_forms_out_of_every_column(diary, db_path):
    diary.save(_entry(1, "Virtasen palaute", facts="Soitto tuli.", notes="Virtasen kanssa sovittu."))
    diary.save(_entry(2, "Muu", facts="Palautetta tuli."))
    assert diary.count(EncounterFilter(text="virtanen")) == 1
    before = diary.encounters.db.execute("SELECT title_terms, search_terms FROM encounters WHERE title <> 'Muu'")
    assert all(any(k == "virtanen" for k in column.split()) for column in before.fetchone())
    ForgetService.for_diary(diary, db_path).forget("Virtasen")
    assert diary.count(EncounterFilter(text="virtanen")) == 0
    assert diary.count(EncounterFilter(text="palaute")) == 2  # the rest of the entry is still found
    terms = diary.encounters.db.execute(
        "SELECT title_terms, facts_terms, search_terms FROM encounters WHERE title <> 'Muu'").fetchone()
    assert not any(k == "virtanen" for column in terms for k in column.split())


@pytest.fixture
def diary_of_0012(db_path, monkeypatch):
    """A diary as the app left it before migration 0013: the word-form index of one column."""
    def up_to(stop: str):
        def migrate(db, path, *, fresh):
            migrations.migrations.apply(db, stop_before=stop)
            return []
        return migrate

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", up_to("0009_search_terms"))
        old = open_diary(db_path)
        for n, (title, facts, notes) in enumerate([
            ("Asiakkaiden soitot", "Soittoja tuli paljon.", ""),
            ("Maanantai", "Asiakkaalle lähti vastaus.", ""),
            ("Tiistai", "Postia.", "Soitan asiakkaille huomenna."),
            *[(f"Palaveri {k}", "Sovimme aikataulun.", "") for k in range(400)],
        ]):
            insert_old_entry(old, f"e{n}", title, datetime(2025, 1, 7, 9, tzinfo=HELSINKI) + timedelta(hours=n))
            with old.atomic():
                old.execute("UPDATE encounters SET facts = ?, notes = ? WHERE id = ?", [facts, notes, f"e{n}"])
        close_diary(old)
        patch.setattr(migrations, "migrate", up_to("0013_field_terms"))  # 0009 indexes them, one column
        close_diary(open_diary(db_path))


def test_a_diary_indexed_in_one_column_ranks_by_field_after_opening_with_progress(db_path, diary_of_0012):
    reports: list[tuple[int, int]] = []
    db = open_diary(db_path, progress=lambda done, total: reports.append((done, total)))
    try:
        repo = EncounterRepository(db)
        assert _best_first(repo, "asiakas") == ["Asiakkaiden soitot", "Maanantai", "Tiistai"]
        assert repo.count(EncounterFilter(text="sopia")) == 400  # every form still found
    finally:
        close_diary(db)
    assert reports[0] == (0, 0)  # before the safety copy: not counted yet
    counted = reports[1:]
    total = counted[0][1]
    assert total >= 403 and all(t == total for _, t in counted)
    assert [d for d, _ in counted] == sorted(d for d, _ in counted) and counted[-1] == (total, total)
    assert len(list(migrations.backups_dir(db_path).glob("*before-0013_field_terms*"))) == 1
    assert examine(db_path, None, full=True, scan_content=True).problems == []


def test_best_match_pages_of_any_size_are_slices_of_one_order(diary):
    from tests.helpers.search_quality import QUERIES, fill_diary

    day = iter(range(10_000))

    def save(title: str, text: str) -> None:
        n = next(day)
        when = datetime(2026, 3, 2, 9, tzinfo=HELSINKI) + timedelta(hours=n // 2)  # pairs share a moment
        diary.save(Encounter(occurred_at=when, title=title, facts=text))
        diary.save(Encounter(occurred_at=when, title="Toinen", notes=text))

    fill_diary(save)
    repo = diary.encounters
    for text in [q.query for q in QUERIES] + ["asiakas palaute", "tuli OR kiire"]:
        flt = EncounterFilter(text=text)
        whole = [s.id for s in repo.summaries(flt, limit=1000, order="relevance")]
        for size in (1, 3, 7):
            assert [s.id for s in repo.summaries(flt, limit=size, order="relevance")] == whole[:size], text
            paged: list[str] = []
            while True:
                page = repo.summaries(flt, limit=size, order="relevance", after=paged[-1] if paged else None)
                paged += [s.id for s in page]
                if len(page) < size:
                    break
            assert paged == whole, text
