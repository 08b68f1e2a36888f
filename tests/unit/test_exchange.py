"""The JSON exchange format: what an export holds, and that import is exact and all or nothing."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest

from tyokirja.domain.encounter import Encounter, FollowUp
from tyokirja.exchange import json_format, limits
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.diary import DiaryService
from tyokirja.services.transfer import TransferService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository

HKI_WINTER = timezone(timedelta(hours=2))
HKI_SUMMER = timezone(timedelta(hours=3))
SAMI = "Čđŋšŧž ČĐŊŠŦŽ čđŋšŧž"
EMOJI = "🙂 👍🏽 👨‍👩‍👧‍👦"
MARKUP = "<b>&amp; < & > \"lainaus\" 'yksi'"


def full_encounter(n: int = 0, **changes) -> Encounter:
    enc = Encounter(
        id=f"enc{n:04d}",
        occurred_at=datetime(2026, 1, 10, 9, 15, tzinfo=HKI_WINTER) + timedelta(days=n),
        title=f"Reklamaatio {n} – {SAMI} {EMOJI}",
        my_role="service",
        counterpart_role="customer",
        scope="external",
        channel="phone",
        situation="complaint",
        difficulty=1 + n % 5,
        facts=f"Asiakas kertoi, että lasku oli väärä. {MARKUP} {SAMI} {EMOJI}\nToinen rivi.",
        my_feelings=["irritated", "nervous"],
        my_feelings_text="Kiire painoi.",
        their_feelings=["frustrated"],
        their_feelings_text="Arvaan: turhautunut.",
        impact_on_other="Rauhoittui, kun kuuntelin loppuun.",
        went_well="Annoin puhua loppuun.",
        do_differently="Tarkistaisin ymmärrykseni aiemmin.",
        elements={"personal": "yes", "anticipate": "partly", "exceed": "no"},
        follow_up=FollowUp(text="Soita takaisin", due=date(2026, 1, 12), done=bool(n % 2)),
        notes="<img src='/etc/passwd'/> & muuta",
        skills=["listening", "eq.empathy"],
        share_with_coach=bool(n % 3 == 0),
    )
    return enc.copy(**changes)


def open_service(path: Path, catalogue) -> tuple[DiaryService, object]:
    db = open_diary(path)
    return DiaryService(EncounterRepository(db), DraftRepository(db), catalogue), db


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def valid_document(count: int = 4) -> dict:
    return json_format.build_document(
        [full_encounter(n) for n in range(count)],
        exported_at=datetime(2026, 3, 1, 12, 0, tzinfo=HKI_WINTER),
        app_version="0.1.0",
        content_version=1,
    )


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")  # \u escapes: lone surrogates fit too
    return path


# -- export -----------------------------------------------------------------------------------


def test_export_is_schema_valid_sorted_private_and_readable(diary, catalogue, tmp_path):
    for n in (3, 0, 2, 1):
        diary.save(full_encounter(n))
    diary.save(full_encounter(9, id="aaa-same-time", occurred_at=full_encounter(1).occurred_at))
    diary.save_draft(full_encounter(50, title="Keskeneräinen luonnos"), is_new=True)
    out = tmp_path / "vienti.json"
    assert TransferService(diary, catalogue).export_json(out) == 5

    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = out.read_bytes()
    assert SAMI.encode("utf-8") in raw and b"\\u" not in raw  # real UTF-8, not escapes
    doc = json.loads(raw)
    jsonschema.Draft202012Validator(json_format.schema()).validate(doc)
    assert doc["format"] == "tyokirja-export" and doc["format_version"] == json_format.FORMAT_VERSION
    assert datetime.fromisoformat(doc["exported_at"]).utcoffset() is not None
    assert doc["content_version"] == catalogue.version
    ids = [r["id"] for r in doc["encounters"]]
    assert ids == ["enc0000", "aaa-same-time", "enc0001", "enc0002", "enc0003"]
    assert "Keskeneräinen luonnos" not in raw.decode("utf-8")  # drafts are not exported
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_failed_export_keeps_the_earlier_file_and_leaves_no_temp(diary, catalogue, tmp_path, monkeypatch):
    diary.save(full_encounter(1))
    out = tmp_path / "vienti.json"
    out.write_text("aiempi vienti", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        TransferService(diary, catalogue).export_json(out)
    assert out.read_text(encoding="utf-8") == "aiempi vienti"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "vienti.json"]


# -- exact round trips ------------------------------------------------------------------------


def test_export_import_export_gives_identical_entries(diary, catalogue, tmp_path):
    for n in range(6):
        diary.save(full_encounter(n))
    diary.save(full_encounter(7, occurred_at=datetime(2026, 7, 1, 8, 5, 30, 123456, tzinfo=HKI_SUMMER)))
    first = tmp_path / "eka.json"
    TransferService(diary, catalogue).export_json(first)

    other, db = open_service(tmp_path / "uusi" / "toinen.sqlite", catalogue)
    try:
        assert TransferService(other, catalogue).import_json(first) == 7
        second = tmp_path / "toka.json"
        TransferService(other, catalogue).export_json(second)
        for enc in diary.encounters.all():
            assert other.get(enc.id) == enc
    finally:
        close_diary(db)
    a, b = json.loads(first.read_text("utf-8")), json.loads(second.read_text("utf-8"))
    assert a["encounters"] == b["encounters"]


def test_one_megabyte_entry_saves_loads_and_survives_export_import(diary, catalogue, tmp_path):
    text = ("Äänekoski, Šumppu ja čđŋ — pitkä havainto 🙂. " * 25_000)[:1_000_000]
    assert len(text) == 1_000_000
    enc = full_encounter(1, facts=text)
    diary.save(enc)
    assert diary.get(enc.id).facts == text

    out = tmp_path / "iso.json"
    TransferService(diary, catalogue).export_json(out)
    other, db = open_service(tmp_path / "b" / "iso.sqlite", catalogue)
    try:
        TransferService(other, catalogue).import_json(out)
        assert other.get(enc.id).facts == text
        assert other.get(enc.id) == diary.get(enc.id)
    finally:
        close_diary(db)


@pytest.mark.parametrize(
    "text",
    [
        "<script>&amp;</script> < & >",
        "🙂👍🏽👨‍👩‍👧‍👦",
        "č đ ŋ š ŧ ž Č Đ Ŋ Š Ŧ Ž",
        "Sámi: Čáhppes Đuolla ŊUOLGGAT šaddu ŧuoddar žurdda & <sámegiella> 👍🏽",
    ],
)
def test_special_text_round_trips_through_save_and_export(diary, catalogue, tmp_path, text):
    enc = full_encounter(2, title=text, facts=text, notes=text, follow_up=FollowUp(text=text))
    diary.save(enc)
    loaded = diary.get(enc.id)
    assert (loaded.title, loaded.facts, loaded.notes, loaded.follow_up.text) == (text, text, text, text)

    out = tmp_path / "teksti.json"
    TransferService(diary, catalogue).export_json(out)
    other, db = open_service(tmp_path / "c" / "teksti.sqlite", catalogue)
    try:
        TransferService(other, catalogue).import_json(out)
        again = other.get(enc.id)
        assert (again.title, again.facts, again.notes, again.follow_up.text) == (text, text, text, text)
    finally:
        close_diary(db)


def test_utf8_with_byte_order_mark_is_accepted(diary, catalogue, tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(valid_document(2), ensure_ascii=False).encode("utf-8"))
    assert TransferService(diary, catalogue).import_json(path) == 2
    assert diary.get("enc0001").title == full_encounter(1).title


def test_a_minimal_hand_written_file_imports_with_defaults(diary, catalogue, tmp_path):
    doc = {"format": "tyokirja-export", "format_version": 1,
           "encounters": [{"id": "kasin-1", "occurred_at": "2026-02-01T08:00Z", "title": "Lyhyt"}]}
    assert TransferService(diary, catalogue).import_json(write_json(tmp_path / "min.json", doc)) == 1
    enc = diary.get("kasin-1")
    assert enc.facts == "" and enc.elements == {} and enc.difficulty is None
    assert enc.occurred_at == datetime(2026, 2, 1, 8, 0, tzinfo=UTC)


# -- refusals: nothing changes ----------------------------------------------------------------


@pytest.fixture
def closed_diary(tmp_path, catalogue):
    """A diary with two entries, closed, so its file can be hashed before and after."""
    path = tmp_path / "d" / "paivakirja.sqlite"
    service, db = open_service(path, catalogue)
    service.save(full_encounter(100, id="olemassa-1"))
    service.save(full_encounter(101, id="olemassa-2"))
    close_diary(db)
    return path


def refused(path: Path, catalogue, document_or_bytes) -> ImportRejected:
    """Import into the diary at `path`; assert it was refused and the diary is byte for byte unchanged."""
    source = path.parent / "tuonti.json"
    if isinstance(document_or_bytes, bytes):
        source.write_bytes(document_or_bytes)
    else:
        write_json(source, document_or_bytes)
    before = sha256(path)
    service, db = open_service(path, catalogue)
    try:
        with pytest.raises(ImportRejected) as info:
            TransferService(service, catalogue).import_json(source)
        assert service.count() == 2
    finally:
        close_diary(db)
    assert sha256(path) == before
    return info.value


def test_wrong_field_in_record_three_changes_nothing_and_is_named(closed_diary, catalogue):
    from tyokirja.transfertext import describe_import_error

    doc = valid_document(5)
    doc["encounters"][2]["difficulty"] = "vaikea"
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.record_index, exc.record_id, exc.field, exc.code) == (3, "enc0002", "difficulty", "schema")
    message = describe_import_error(exc)
    assert "Entry 3 (id enc0002)" in message and "“difficulty”" in message
    assert "Nothing was imported." in message


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        (lambda r: r.update(sää="x"), "?", "schema"),
        (lambda r: r.update(tunniste="x"), "tunniste", "schema"),
        (lambda r: r.pop("title"), "title", "schema"),
        (lambda r: r.update(title="   "), "title", "schema"),
        (lambda r: r.update(difficulty=6), "difficulty", "schema"),
        (lambda r: r.update(elements={"personal": "maybe"}), "elements", "schema"),
        (lambda r: r.update(occurred_at="2026-02-01T08:00"), "occurred_at", "schema"),
        (lambda r: r["follow_up"].update(done="yes"), "follow_up.done", "schema"),
        (lambda r: r.update(occurred_at="2026-02-30T10:00:00+02:00"), "occurred_at", "bad_date"),
        (lambda r: r["follow_up"].update(due="2026-02-30"), "follow_up.due", "bad_date"),
        (lambda r: r.update(created_at="0001-01-01T00:00:00+05:00"), "created_at", "bad_date"),
        (lambda r: r.update(my_role="kuningas"), "my_role", "unknown_value"),
        (lambda r: r.update(my_feelings=["irritated", "no_such_feeling"]), "my_feelings", "unknown_value"),
        (lambda r: r.update(elements={"no_such_element": "yes"}), "elements", "unknown_value"),
        (lambda r: r.update(id="enc0000"), "id", "duplicate_id"),
        (lambda r: r.update(id="olemassa-2"), "id", "already_exists"),
        (lambda r: r.update(id="rivi\n"), "id", "schema"),
        (lambda r: r.update(notes="\ud800"), "notes", "not_json"),
    ],
)
def test_record_problems_are_refused_with_their_field(closed_diary, catalogue, change, field, code):
    doc = valid_document(4)
    change(doc["encounters"][2])
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.record_index, exc.field, exc.code) == (3, field, code)


def test_invalid_date_2026_02_30_is_refused(closed_diary, catalogue):
    from tyokirja.transfertext import describe_import_error

    doc = valid_document(1)
    doc["encounters"][0]["occurred_at"] = "2026-02-30T10:00:00+02:00"
    exc = refused(closed_diary, catalogue, doc)
    assert exc.code == "bad_date"
    assert "Entry 1 (id enc0000): the field “occurred_at” is not a real date or time." in describe_import_error(exc)


def test_duplicate_ids_within_the_file_are_refused(closed_diary, catalogue):
    doc = valid_document(3)
    doc["encounters"][2]["id"] = doc["encounters"][0]["id"]
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.code, exc.record_index, exc.record_id) == ("duplicate_id", 3, "enc0000")


def test_an_id_the_diary_holds_with_other_content_refuses_the_whole_file_without_a_choice(closed_diary, catalogue):
    doc = valid_document(3)
    doc["encounters"].append(json_format.record_dict(full_encounter(100, id="olemassa-1", title="Muutettu")))
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.code, exc.record_index, exc.record_id) == ("already_exists", 4, "olemassa-1")


@pytest.mark.parametrize(
    ("payload", "code", "detail"),
    [
        (b"", "not_json", "1:1"),
        (b"tama ei ole jsonia", "not_json", "1:1"),
        (b'{"format": "tyokirja-export", "format_version": 1, "encounters": [', "not_json", "1:67"),
        (b'{"format": "tyokirja-export", "format_version": 1, "encounters": [], "x": NaN}', "not_json", "syntax"),
        ('{"format": "tyokirja-export"}'.encode("utf-16"), "not_json", "encoding"),
        (b'{"format": "tyokirja-export", "title": "\xe4"}', "not_json", "encoding"),
        (b"[]", "wrong_format", ""),
        (b'{"format": "other-app", "format_version": 1, "encounters": []}', "wrong_format", ""),
        (b'{"format_version": 1, "encounters": []}', "wrong_format", ""),
        (b'{"format": "tyokirja-export", "format_version": 5, "encounters": []}', "unsupported_version", "5"),
        (b'{"format": "tyokirja-export", "format_version": "1", "encounters": []}', "unsupported_version", ""),
        (b'{"format": "tyokirja-export", "format_version": 1}', "schema", "required"),
        (b'{"format": "tyokirja-export", "format_version": 1, "encounters": {}}', "schema", "type"),
        (b'{"format": "tyokirja-export", "format_version": 1, "format_version": 1, "encounters": []}',
         "schema", "duplicate_key"),
    ],
)
def test_files_that_are_not_version_1_exports_are_refused(closed_diary, catalogue, payload, code, detail):
    exc = refused(closed_diary, catalogue, payload)
    assert (exc.record_index, exc.code, exc.detail) == (None, code, detail)


def test_messages_for_file_level_refusals(catalogue):
    from tyokirja.transfertext import describe_import_error

    newer = describe_import_error(ImportRejected(None, None, "format_version", "unsupported_version", "5"))
    assert "newer Työkirja" in newer and "version 5" in newer
    assert "not a valid JSON document (error at line 3, column 7)" in describe_import_error(
        ImportRejected(None, None, None, "not_json", "3:7"))
    assert "not UTF-8" in describe_import_error(ImportRejected(None, None, None, "not_json", "encoding"))
    assert "not a Työkirja export" in describe_import_error(ImportRejected(None, None, "format", "wrong_format"))


def test_a_record_larger_than_the_record_limit_is_refused_by_its_position(closed_diary, catalogue, monkeypatch):
    # There is no whole-file cap (the app's own export of a big diary is larger than any): one
    # record past limits.MAX_RECORD_CHARS is what is refused, named by its place in the file.
    monkeypatch.setattr(json_format, "MAX_IMPORT_BYTES", 1000)
    size = len(json.dumps(valid_document(1)["encounters"][0], ensure_ascii=False, indent=2))
    monkeypatch.setattr(limits, "MAX_RECORD_CHARS", 2 * size)
    doc = valid_document(3)
    doc["encounters"][1]["notes"] = "ä" * (2 * size)
    exc = refused(closed_diary, catalogue, doc)
    assert (exc.code, exc.array, exc.record_index, exc.detail) == ("too_large", "encounters", 2, "record")


def test_message_never_contains_the_entry_text(closed_diary, catalogue):
    from tyokirja.transfertext import describe_import_error

    doc = valid_document(2)
    doc["encounters"][1]["difficulty"] = "Salainen havainto asiakkaasta"
    doc["encounters"][1]["my_role"] = "Matti Meikäläinen"
    exc = refused(closed_diary, catalogue, doc)
    assert "Salainen" not in str(exc) + describe_import_error(exc)
    assert "Matti" not in str(exc) + describe_import_error(exc)


def test_nothing_is_written_when_the_check_inside_the_transaction_refuses(diary, catalogue):
    diary.save(full_encounter(5))
    batch = [full_encounter(n) for n in range(5)] + [full_encounter(5, title="Toinen otsikko")]
    with pytest.raises(ImportRejected) as info:
        TransferService(diary, catalogue).import_encounters(batch)
    assert info.value.record_index == 6
    assert diary.count() == 1


# -- the documented format stays true ---------------------------------------------------------


def test_schema_is_valid_and_covers_every_field_of_an_entry():
    schema = json_format.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    properties = schema["$defs"]["encounter"]["properties"]
    assert set(properties) == set(json_format.record_dict(full_encounter()))
    assert properties["elements"]["additionalProperties"] == {"enum": ["no", "partly", "yes"]}
    assert (properties["difficulty"]["minimum"], properties["difficulty"]["maximum"]) == (1, 5)


def test_the_example_in_the_documentation_imports(diary, catalogue, tmp_path):
    import re

    text = (Path(__file__).resolve().parents[2] / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)```", text, re.S).group(1)
    source = tmp_path / "esimerkki.json"
    source.write_text(example, encoding="utf-8")
    assert TransferService(diary, catalogue).import_json(source) == 1
    assert diary.get("3f9c1e0a7b2d4c5e8f6a1b2c3d4e5f60").elements == {"anticipate": "partly", "personal": "yes"}


def test_export_into_a_device_writes_through_it_and_never_replaces_it(tmp_path):
    """/dev/full as root: a temp-file rename would replace the device node with a plain file."""
    import stat as stat_mod

    from tyokirja.exchange.json_format import write_atomically

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_atomically(fifo, '{"ok": "ä"}')
    reader.join(5)
    assert received == ['{"ok": "ä"}']
    assert stat_mod.S_ISFIFO(os.stat(fifo).st_mode)
    if Path("/dev/full").exists():
        with pytest.raises(OSError) as caught:
            write_atomically(Path("/dev/full"), "x" * 100_000)
        assert caught.value.errno == errno.ENOSPC
        assert stat_mod.S_ISCHR(os.stat("/dev/full").st_mode)
