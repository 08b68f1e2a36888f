"""Streaming export and import: the same document written piece by piece, read record by record.

A big diary's export is larger than any whole-file cap, so import guards with limits per record
(text size, values, depth) and per array (count) instead; export never holds the document.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from tyokirja.exchange import csv_format, json_format, json_stream, limits, markdown
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.exchange.readable import EntryStream, Selection, Wording
from tyokirja.services.workbook import open_workbook

from .test_exchange import HKI_WINTER, full_encounter, refused, valid_document
from .test_exchange import closed_diary as closed_diary_fixture
from .test_exchange_limits import MARK, SESSION, document, encoded
from .test_exchange_v3 import fill_every_kind

FIXED = datetime(2026, 5, 1, 12, 0, tzinfo=HKI_WINTER)


def _fill(book, entries: int) -> None:
    fill_every_kind(book)
    same_moment = datetime(2025, 6, 1, 8, 0, tzinfo=HKI_WINTER)
    for n in range(entries):
        # several entries share a moment: the file orders them by id, as build_document does
        when = same_moment if n % 7 == 0 else same_moment - timedelta(days=n, minutes=n)
        book.diary.save(full_encounter(10 + n, id=f"e{(n * 7919) % 1000:03d}-{n}", occurred_at=when,
                                       title=f"Merkintä {n} – äö"))


closed_diary = pytest.fixture(closed_diary_fixture.__wrapped__, name="closed_diary")  # type: ignore[attr-defined]


@pytest.fixture
def big(tmp_path, catalogue):
    book = open_workbook(tmp_path / "iso.sqlite", create=True, catalogue=catalogue)
    book.transfer.clock = lambda: FIXED
    try:
        _fill(book, 300)
        yield book
    finally:
        book.close()


def test_the_streamed_export_is_byte_for_byte_the_whole_document(big, tmp_path):
    out = tmp_path / "vienti.json"
    assert big.transfer.export_json(out) == 302
    assert out.read_text("utf-8") == json_format.dumps(big.transfer.export_document())


def test_an_empty_diary_streams_the_same_document_too(workbook, tmp_path):
    workbook.transfer.clock = lambda: FIXED
    out = tmp_path / "tyhja.json"
    assert workbook.transfer.export_json(out) == 0
    assert out.read_text("utf-8") == json_format.dumps(workbook.transfer.export_document())


def test_an_export_imported_into_an_empty_diary_exports_again_identically(big, tmp_path, catalogue):
    first, second = tmp_path / "eka.json", tmp_path / "toka.json"
    big.transfer.export_json(first)
    seen: list[tuple[int, int]] = []
    empty = open_workbook(tmp_path / "uusi.sqlite", create=True, catalogue=catalogue)
    empty.transfer.clock = lambda: FIXED
    try:
        assert empty.transfer.import_json(first, progress=lambda done, total: seen.append((done, total))) == 302
        empty.transfer.export_json(second)
    finally:
        empty.close()
    assert second.read_bytes() == first.read_bytes()
    size = first.stat().st_size
    assert seen and seen[-1] == (size, size) and [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_records_split_anywhere_by_the_read_chunks_read_the_same(big, tmp_path, catalogue, monkeypatch, chunk):
    out = tmp_path / "vienti.json"
    big.transfer.export_json(out)
    whole = json_format.load_document(out, catalogue)
    monkeypatch.setattr(json_stream, "_CHUNK", chunk)
    assert json_format.load_document(out, catalogue) == whole
    # an error's line and column count across the chunks
    broken = out.read_bytes().replace(b'"title": "Merkint\xc3\xa4 5 ', b'"title": Merkint\xc3\xa4 5 ', 1)
    line = broken[: broken.index(b"Merkint\xc3\xa4 5 ")].count(b"\n") + 1
    with pytest.raises(ImportRejected) as info:
        json_format.parse_document(broken, catalogue)
    assert (info.value.code, info.value.detail) == ("not_json", f"{line}:16")


def test_one_50_mb_text_field_is_refused_as_too_large_and_changes_nothing(closed_diary, catalogue):
    doc = valid_document(3)
    doc["encounters"][2]["notes"] = "a" * (50 * 1000 * 1000)
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.code, exc.array, exc.record_index, exc.detail) == ("too_large", "encounters", 3, "record")


def test_a_ten_level_deep_bomb_is_refused_before_it_is_parsed(catalogue):
    # Ten levels, each a list of lists, ending in 300,000 empty lists: under a megabyte of file,
    # tens of megabytes once parsed. The record limit on values refuses it first.
    bomb = "[" * 9 + ",".join(["[]"] * 300_000) + "]" * 9
    data = encoded(document(exercise_sessions=[{**SESSION, "responses": {"notes": MARK}}]), bomb)
    with pytest.raises(ImportRejected) as info:
        json_format.parse_document(data, catalogue)
    assert (info.value.code, info.value.array, info.value.record_index) == ("too_large", "exercise_sessions", 1)
    from tyokirja.transfertext import describe_import_error

    assert describe_import_error(info.value).startswith("Exercise session 1 is larger than one record")


def test_a_huge_count_of_records_is_refused_by_the_count_limit(closed_diary, catalogue, monkeypatch):
    monkeypatch.setattr(limits, "MAX_RECORDS", 5)
    json_format.parse_document(json.dumps(valid_document(5)).encode("utf-8"), catalogue)  # at the limit: read
    exc = refused(closed_diary, catalogue, valid_document(6))
    assert (exc.code, exc.array, exc.detail) == ("too_many", "encounters", "5")
    from tyokirja.transfertext import describe_import_error

    assert "more than 5 records of one kind" in describe_import_error(exc)


def test_the_header_may_come_after_the_entries(catalogue):
    doc = valid_document(2)
    moved = {"encounters": doc.pop("encounters"), **doc}
    bundle = json_format.parse_document(json.dumps(moved).encode("utf-8"), catalogue)
    assert [e.id for e in bundle.encounters] == ["enc0000", "enc0001"]
    moved["format_version"] = 9
    with pytest.raises(ImportRejected) as info:
        json_format.parse_document(json.dumps(moved).encode("utf-8"), catalogue)
    assert info.value.code == "unsupported_version"


def test_markdown_and_csv_exports_are_streamed_with_the_text_of_the_whole(big, tmp_path):
    selection = big.transfer.selection()
    assert isinstance(selection.encounters, EntryStream) and len(selection.encounters) == 302
    held = sorted(selection.encounters, key=lambda e: (e.occurred_at.astimezone(UTC), e.id))
    whole = Selection(held, selection.practice, selection.ratings)
    wording = Wording("fi", big.transfer.catalogue, big.transfer.library)
    md, table = tmp_path / "vienti.md", tmp_path / "vienti.csv"
    assert big.transfer.export_markdown(md, "fi", selection) == 302
    assert md.read_text("utf-8") == markdown.render(whole, wording, exported_at=FIXED)
    assert big.transfer.export_csv(table, "fi", selection) == 302
    assert table.read_bytes() == csv_format.render(held, wording).encode("utf-8")
    assert table.read_text("utf-8").count("Merkintä 299 – äö") == 1


@pytest.mark.parametrize("change", ["edited", "broken"])
def test_a_file_changed_after_its_check_is_refused_and_nothing_is_written(big, tmp_path, catalogue, change):
    """Planning and writing read the checked file again without every check (about twice as fast);
    the file's digest, and any record that no longer converts, tell that it changed meanwhile."""
    out = tmp_path / "vienti.json"
    big.transfer.export_json(out)
    target = open_workbook(tmp_path / "uusi.sqlite", create=True, catalogue=catalogue)
    try:
        bundle = target.transfer.read_file(out)
        assert target.transfer.plan_import(bundle).new >= 300  # planned from the second reading
        text = out.read_text("utf-8")
        if change == "edited":  # still a valid export, same size: only the digest can tell
            text = text.replace("Merkintä 299 – äö", "Merkintä 298 – äö", 1)
        else:  # an entry that no longer converts into a record
            text = text.replace('"title": "Merkintä 5 – äö"', '"title": ["Merkintä 5"]', 1)
        out.write_text(text, encoding="utf-8")
        with pytest.raises(ImportRejected) as caught:
            target.transfer.import_bundle(bundle)
        assert caught.value.code == "changed"
        assert target.diary.count() == 0
    finally:
        target.close()
