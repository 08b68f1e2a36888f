""""Forget a word": every occurrence in every record goes, nothing stays in the files, backups are named."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.unit.test_erasure import files_holding
from tyokirja.domain.encounter import Encounter, FollowUp
from tyokirja.services.erasure import ForgetService, count_in, replace_in
from tyokirja.storage import erasure

HELSINKI = timezone(timedelta(hours=2))
WORD = "Äänisvaara"  # a surname-like canary with Finnish letters
VARIANTS = ("Äänisvaara", "äänisvaara", "ÄÄNISVAARA", "äänisvaaran")


def _entry(day: int, **fields) -> Encounter:
    return Encounter(occurred_at=datetime(2026, 4, day, 9, tzinfo=HELSINKI), **fields)


@pytest.fixture
def filled(diary):
    a = diary.save(_entry(1, title="Palaveri Äänisvaaran kanssa", facts="äänisvaara kysyi aikataulusta."))
    b = diary.save(_entry(2, title="Puhelu", notes="Soitin: ÄÄNISVAARA ei vastannut.",
                          follow_up=FollowUp(text="Muistuta äänisvaaraa")))
    c = diary.save(_entry(3, title="Tiimipalaveri", facts="Kaikki paikalla, sujui hyvin."))
    diary.save_draft(a.copy(went_well="Äänisvaara kiitti"), is_new=False)
    diary.save_draft(_entry(4, title="Kesken: äänisvaara"), is_new=True)
    return diary, (a, b, c)


def test_matching_ignores_case_including_finnish_letters():
    assert count_in("ÄÄNISVAARA ja äänisvaaran", WORD) == 2
    assert replace_in("Äänisvaaran ja Åke", WORD, "[poistettu]") == "[poistettu] ja Åke"  # the whole inflected word
    assert replace_in("Straße", "STRASSE", "X") == "X"  # casefold: ß folds to ss
    assert replace_in("ei osumaa", WORD, "X") == "ei osumaa"


def test_preview_counts_every_kind_and_field(filled):
    diary, _ = filled
    preview = ForgetService.for_diary(diary, None).preview(WORD)
    assert preview.counts == {
        ("encounter", "title"): 1,
        ("encounter", "facts"): 1,
        ("encounter", "notes"): 1,
        ("encounter", "follow_up_text"): 1,
        ("draft", "payload"): 4,  # the edited draft: title, facts, went_well; the new one: title
    }
    assert preview.by_kind() == {"encounter": 4, "draft": 4}
    assert preview.total == 8


def test_forget_rewrites_everything_and_leaves_no_bytes(filled, db_path):
    diary, (a, b, c) = filled
    db = diary.encounters.db
    # positive control: the raw scan finds the word before
    assert any(files_holding(db_path, v.encode()) for v in VARIANTS)
    service = ForgetService.for_diary(diary, db_path)
    result = service.forget(WORD)

    assert result.word_occurrences == 8
    assert result.records_changed == 4  # two entries, two drafts
    assert service.preview(WORD).total == 0
    assert diary.get(a.id).title == "Palaveri [poistettu] kanssa"
    assert diary.get(a.id).facts == "[poistettu] kysyi aikataulusta."
    assert diary.get(b.id).notes == "Soitin: [poistettu] ei vastannut."
    assert diary.get(b.id).follow_up.text == "Muistuta [poistettu]"
    assert diary.get(c.id).facts == "Kaikki paikalla, sujui hyvin."
    drafts = {d.key: enc for d, enc in diary.pending_drafts()}
    assert drafts[f"encounter:{a.id}"].went_well == "[poistettu] kiitti"
    assert drafts["encounter:new"].title == "Kesken: [poistettu]"
    for variant in VARIANTS:
        assert files_holding(db_path, variant.encode()) == [], variant
    assert Path(f"{db_path}-wal").stat().st_size == 0
    assert db.execute("SELECT count(*) FROM encounters_fts WHERE encounters_fts MATCH ?",
                      ['"äänisvaara"']).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM encounters_fts WHERE encounters_fts MATCH ?",
                      ['"poistettu"']).fetchone()[0] == 2
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backups_are_listed_and_pruned_only_on_request(filled, db_path):
    diary, _ = filled
    db = diary.encounters.db
    folder = db_path.parent / "backups"
    folder.mkdir(mode=0o700)
    older = folder / f"{db_path.stem}-20260301T100000Z.sqlite"
    db.execute("VACUUM INTO ?", [str(older)])
    unrelated = db_path.parent / "muistiinpanot.txt"
    unrelated.write_text("ei varmuuskopio")
    service = ForgetService.for_diary(diary, db_path)

    result = service.forget(WORD)
    assert result.backups == [older]
    assert older.exists() and WORD.encode() in older.read_bytes()  # the old copy still holds it
    assert service.prune_backups([unrelated]) == []  # only backups can be pruned
    assert unrelated.exists()
    assert service.prune_backups() == [older]
    assert not older.exists() and service.backups() == []


def test_role_label_is_recognised_but_role_ids_are_kept(diary, catalogue):
    term = catalogue.terms("counterpart_roles")[0]
    label = term.label("fi")
    enc = diary.save(_entry(5, title="Kohtaaminen", counterpart_role=term.id, facts=f"{label} oli tyytymätön."))
    service = ForgetService.for_diary(diary, None)
    preview = service.preview(label)
    assert ("counterpart_roles", term.id) in preview.role_labels
    assert preview.counts.get(("encounter", "facts")) == 1
    service.forget(label)
    stored = diary.get(enc.id)
    assert stored.counterpart_role == term.id  # a role id is content, not personal data
    assert label.casefold() not in stored.facts.casefold()


def test_a_new_table_is_one_line_in_the_targets(diary, monkeypatch):
    db = diary.encounters.db
    db.execute("CREATE TABLE notes_extra (id TEXT PRIMARY KEY, body TEXT NOT NULL)")
    db.execute("INSERT INTO notes_extra VALUES ('n1', 'Äänisvaara soitti')")
    monkeypatch.setattr(erasure, "FORGET_TARGETS",
                        erasure.FORGET_TARGETS + (erasure.TextTarget("note", "notes_extra", "id", ("body",)),))
    service = ForgetService.for_diary(diary, None)
    assert service.preview(WORD).counts == {("note", "body"): 1}
    service.forget(WORD)
    assert db.execute("SELECT body FROM notes_extra").fetchone()[0] == "[poistettu] soitti"


def test_empty_word_and_self_containing_replacement_are_refused(diary):
    service = ForgetService.for_diary(diary, None)
    assert service.preview("  ").total == 0
    with pytest.raises(ValueError):
        service.forget(" ")
    with pytest.raises(ValueError):
        service.forget("poistettu")


def test_every_forget_target_names_real_columns_of_the_current_schema(diary):
    """Guards against schema drift: a renamed column would silently escape "Forget a word"."""
    db = diary.encounters.db
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    for target in erasure.FORGET_TARGETS:
        if target.table not in tables:
            continue  # a table a later migration adds
        columns = {r[1] for r in db.execute(f'PRAGMA table_info("{target.table}")')}
        wanted = {target.key, *target.text_columns, *target.json_columns, *target.derived_columns}
        assert wanted <= columns, (target.table, wanted - columns)
    assert {"encounters", "drafts"} <= {t.table for t in erasure.present_targets(db)}


def test_practice_records_are_rewritten_and_leave_the_practice_index(diary, db_path):
    from tyokirja.domain.practice import Goal, IfThen
    from tyokirja.storage.goals import GoalRepository

    db = diary.encounters.db
    goals = GoalRepository(db)
    goal = goals.save(Goal(wish="Kuuntelen Äänisvaaraa loppuun", obstacle="äänisvaara keskeyttää",
                           plans=[IfThen(when="Kun ÄÄNISVAARA aloittaa", then="odotan")]))
    service = ForgetService.for_diary(diary, db_path)
    assert service.preview(WORD).by_kind() == {"goal": 3}
    service.forget(WORD)
    stored = goals.get(goal.id)
    assert stored.wish == "Kuuntelen [poistettu] loppuun"
    assert stored.obstacle == "[poistettu] keskeyttää"
    assert stored.plans[0].when == "Kun [poistettu] aloittaa"
    assert db.execute("SELECT count(*) FROM practice_fts WHERE practice_fts MATCH ?", ['"äänisvaara"']).fetchone()[0] == 0
    for variant in VARIANTS:
        assert files_holding(db_path, variant.encode()) == [], variant


@pytest.mark.parametrize("word, text, expected", [
    ("asia", "Asiakas kertoi asiasta; asia selvisi. Kokousasia jäi.",
     "Asiakas kertoi [poistettu]; [poistettu] selvisi. Kokousasia jäi."),  # never "[poistettu]kas"
    ("Hilppa", "Hilppa soitti. Hilpan viesti tuli, Hilpalle vastasin.",
     "[poistettu] soitti. [poistettu] viesti tuli, [poistettu] vastasin."),  # a name's forms, gradation too
    ("Ville Virtanen", "Ville Virtanen soitti, VILLE VIRTANEN!", "[poistettu] soitti, [poistettu]!"),
    ("saa", "Sää oli hyvä, saa nähdä.", "Sää oli hyvä, [poistettu] nähdä."),
])
def test_a_word_is_forgotten_whole_with_its_forms_and_nothing_that_merely_contains_it(word, text, expected):
    assert replace_in(text, word, "[poistettu]") == expected


def test_the_preview_shows_each_hit_in_its_context(diary, db_path):
    diary.save(_entry(5, title="Puhelu", facts="Eilen illalla soitin Äänisvaaralle pitkästä aikaa ja kerroin uutiset."))
    preview = ForgetService.for_diary(diary, db_path).preview("äänisvaara")
    assert preview.contexts == [("Eilen illalla soitin ", "Äänisvaaralle", " pitkästä aikaa ja kerroin uutiset.")]
