"""The benchmark diary generator: realistic, complete, valid, reproducible and careful with files."""

from __future__ import annotations

import hashlib
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tyokirja.domain.encounter import ELEMENT_LEVELS, EncounterFilter, encounter_to_dict
from tyokirja.domain.validation import validate_encounter

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import generate_diary
import phrases_fi

END = datetime(2026, 3, 15, 23, 59, tzinfo=ZoneInfo("Europe/Helsinki"))
ENTRIES = 300


def _read(path: Path):
    from tyokirja.storage.connection import close_diary, open_diary
    from tyokirja.storage.encounters import EncounterRepository

    db = open_diary(path, create=False)
    try:
        repo = EncounterRepository(db)
        return repo.all(), repo.count(EncounterFilter(text=phrases_fi.RARE_WORD))
    finally:
        close_diary(db)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "diary.sqlite"
    report = generate_diary.generate_diary(path, ENTRIES, seed=7, end=END)
    entries, rare_hits = _read(path)
    return path, report, entries, rare_hits


def test_generates_the_requested_number_of_entries(generated):
    path, report, entries, _ = generated
    assert len(entries) == ENTRIES
    assert report.entries == ENTRIES and report.file_bytes == path.stat().st_size


def test_every_field_is_used(generated):
    entries = generated[2]
    for name in ("my_role", "counterpart_role", "scope", "channel", "situation", "difficulty"):
        values = {getattr(e, name) for e in entries} - {None}
        assert len(values) > 1, name
    for name in ("facts", "my_feelings_text", "their_feelings_text", "impact_on_other", "went_well",
                 "do_differently", "notes", "my_feelings", "their_feelings", "skills"):
        assert any(getattr(e, name) for e in entries), name
    assert {level for e in entries for level in e.elements.values()} == set(ELEMENT_LEVELS)
    assert any(e.follow_up.text and e.follow_up.due for e in entries)
    assert {e.follow_up.done for e in entries if e.follow_up.text} == {True, False}
    assert any(e.needs_completion for e in entries) and not all(e.needs_completion for e in entries)
    assert any(e.share_with_coach for e in entries)
    assert any(e.updated_at > e.created_at for e in entries)


def test_text_is_finnish_and_varies_in_length(generated):
    entries = generated[2]
    lengths = sorted(sum(len(t) for t in e.text_fields().values()) for e in entries if not e.needs_completion)
    assert lengths[len(lengths) // 2] > 300
    assert lengths[0] < 300 and lengths[-1] > 1500
    text = " ".join(e.facts for e in entries).lower()
    for word in ("asiakkaan", "asiakas", "kehityskeskustelussa", "asiakaskohtaamisessa"):
        assert word in text
    assert any("\n\n" in e.facts for e in entries)  # several paragraphs
    assert sum(generate_diary.COMMON_WORD in " ".join(e.text_fields().values()).lower() for e in entries) > ENTRIES / 4


def test_entries_spread_over_ten_years_with_busy_and_empty_days(generated):
    entries = generated[2]
    days = [e.occurred_at.date() for e in entries]
    assert min(e.occurred_at for e in entries) >= END - timedelta(days=3660)
    assert max(e.occurred_at for e in entries) <= END
    assert (max(days) - min(days)).days > 9 * 365
    assert len(set(days)) < len(days)  # several entries on some days


def test_entries_are_valid(generated, catalogue):
    for enc in generated[2]:
        assert validate_encounter(enc, catalogue) == []


def test_rare_word_is_in_exactly_five_entries_and_search_finds_them(generated):
    _, report, entries, rare_hits = generated
    holders = [e for e in entries if any(phrases_fi.RARE_WORD in t for t in e.text_fields().values())]
    assert len(holders) == generate_diary.RARE_COUNT == report.rare_entries
    assert rare_hits == generate_diary.RARE_COUNT


def test_same_seed_gives_the_same_diary_and_another_seed_does_not(generated, tmp_path):
    first = [encounter_to_dict(e) for e in generated[2]]
    generate_diary.generate_diary(tmp_path / "again.sqlite", ENTRIES, seed=7, end=END)
    generate_diary.generate_diary(tmp_path / "other.sqlite", ENTRIES, seed=8, end=END)
    assert [encounter_to_dict(e) for e in _read(tmp_path / "again.sqlite")[0]] == first
    assert [encounter_to_dict(e) for e in _read(tmp_path / "other.sqlite")[0]] != first


def test_refuses_to_overwrite_an_existing_file_unless_forced(tmp_path, capsys):
    path = tmp_path / "mine.sqlite"
    path.write_bytes(b"my own precious file")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(FileExistsError):
        generate_diary.generate_diary(path, 5, seed=1, end=END)
    assert generate_diary.main(["--entries", "5", "--db", str(path)]) == 2
    assert "exists" in capsys.readouterr().err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest

    assert generate_diary.main(["--entries", "5", "--db", str(path), "--force", "--until", "2026-03-15"]) == 0
    assert len(_read(path)[0]) == 5


def test_no_phrase_carries_the_rare_word_by_accident():
    pools = [v for v in vars(phrases_fi).values() if isinstance(v, (list, dict)) and v is not phrases_fi.RARE_SENTENCE]
    assert phrases_fi.RARE_WORD not in repr(pools)
