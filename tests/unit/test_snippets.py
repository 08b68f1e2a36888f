"""Snippets of search hits: the piece of text around the first match, the matched words marked."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tyokirja.domain.encounter import Encounter

HELSINKI = timezone(timedelta(hours=2))
LONG = "Aamulla oli hiljaista ja kävin postit läpi rauhassa ennen ensimmäistä puhelua. " * 5


def _save(diary, title: str, **fields) -> str:
    return diary.save(Encounter(occurred_at=datetime(2026, 5, 4, 9, tzinfo=HELSINKI), title=title, **fields)).id


def test_the_snippet_starts_near_the_first_match_and_marks_every_form(diary):
    entry = _save(diary, "Palaveri", facts=LONG + "Lopuksi asiakkaan palaute: asiakas kiitti.")
    snippet = diary.snippets("asiakas", [entry])[entry]
    assert snippet.marked().startswith("…")
    assert "[asiakkaan] palaute: [asiakas] kiitti." in snippet.marked()
    assert len(snippet.text()) <= 145


def test_a_phrase_is_marked_whole_and_a_title_only_hit_has_no_snippet(diary):
    body = _save(diary, "Puhelu", notes="Soitin takaisin heti.")
    title_only = _save(diary, "Soitin takaisin", facts="Asia selvisi.")
    found = diary.snippets('"soitin takaisin"', [body, title_only])
    assert found[body].marked() == "[Soitin takaisin] heti."
    assert found[title_only].parts == ()


def test_a_very_long_entry_gets_a_short_snippet(diary):
    entry = _save(diary, "Pitkä", facts=("sana " * 300_000) + "palaute")
    assert diary.snippets("sana", [entry])[entry].text().endswith("…")
