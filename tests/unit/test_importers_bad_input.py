"""Hostile and broken sources: each refusal says which file, entry (or day) and field, and nothing is read
past it. The CLI test (tests/e2e/test_cli_import_from.py) checks the Finnish sentence and the unchanged diary."""

from __future__ import annotations

import json
import zipfile
from datetime import timedelta, timezone
from pathlib import Path

import pytest

from tyokirja.exchange.importers import SourceRejected, common, read_source

HELSINKI = timezone(timedelta(hours=2))


def _jrnl(tmp_path, entries, raw: bytes | None = None):
    path = tmp_path / "jrnl.json"
    path.write_bytes(raw if raw is not None else json.dumps({"tags": {}, "entries": entries}).encode())
    return path


def _ok(n=1, **extra):
    return {"title": f"Otsikko {n}.", "body": "Teksti.", "date": "2026-03-04", "time": "08:15", "tags": [],
            "starred": False, **extra}


def _refusal(kind, path) -> SourceRejected:
    with pytest.raises(SourceRejected) as caught:
        read_source(kind, path, HELSINKI)
    return caught.value


@pytest.mark.parametrize(("entry", "field", "code"), [
    (_ok(date="2026-13-45"), "date", "bad_date"),
    (_ok(date="0001-01-01"), "date", "bad_date"),
    (_ok(time="25:99"), "time", "bad_date"),
    (_ok(title=5), "title", "type"),
    (_ok(body="rikki \ud800"), "body", "encoding"),
    (_ok(tags="@työ"), "tags", "type"),
    (_ok(starred="yes"), "starred", "type"),
    ({"title": "Ei päivää", "body": ""}, "date", "missing"),
])
def test_jrnl_refusal_names_entry_and_field(tmp_path, entry, field, code):
    exc = _refusal("jrnl", _jrnl(tmp_path, [_ok(1), entry]))
    assert (exc.record, exc.field, exc.code) == (2, field, code)


@pytest.mark.parametrize(("raw", "code", "detail"), [
    (b'{"entries": [{"title": "ok"}]}\n\xff\xfe', "encoding", "2"),
    (b'{"tags": {}, "entries": [{"title": "katkesi', "not_json", "1:36"),
    (b'{"entries": [{"title": NaN}]}', "not_json", "syntax"),
    (b'[1, 2, 3]', "wrong_shape", ""),
    (b'{"entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "wrong_shape", "depth"),
])
def test_jrnl_broken_files(tmp_path, raw, code, detail):
    exc = _refusal("jrnl", _jrnl(tmp_path, [], raw))
    assert (exc.code, exc.detail, exc.record) == (code, detail, None)
    assert exc.source.name == "jrnl.json"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "MAX_SOURCE_BYTES", 1000)
    exc = _refusal("jrnl", _jrnl(tmp_path, [_ok(n) for n in range(50)]))
    assert exc.code == "too_large"


# -- Day One ---------------------------------------------------------------------------------------


def _zip(tmp_path, members: dict[str, bytes], name="export.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def _journal(*entries) -> bytes:
    return json.dumps({"metadata": {"version": "1.0"}, "entries": list(entries)}).encode()


GOOD = {"uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9", "creationDate": "2025-11-03T06:15:00Z",
        "timeZone": "Europe/Helsinki", "text": "Hyvä merkintä"}


@pytest.mark.parametrize("name", ["../../.bashrc", "/etc/passwd", "photos/../../x.jpeg", "C:\\Windows\\x.json",
                                  "..\\..\\x.json"])
def test_day_one_zip_with_a_name_pointing_outside_is_refused(tmp_path, name):
    exc = _refusal("dayone", _zip(tmp_path, {"Journal.json": _journal(GOOD), name: b"x"}))
    assert exc.code == "unsafe_name"


def test_day_one_zip_bomb_stops_at_the_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "MAX_SOURCE_BYTES", 1_000_000)
    from tyokirja.exchange.importers import dayone

    monkeypatch.setattr(dayone, "MAX_SOURCE_BYTES", 1_000_000)
    bomb = _zip(tmp_path, {"Journal.json": b" " * 20_000_000})
    assert bomb.stat().st_size < 100_000
    exc = _refusal("dayone", bomb)
    assert (exc.code, exc.part) == ("too_large", "Journal.json")


def test_day_one_zip_whose_header_understates_its_size_stops_at_the_cap(tmp_path, monkeypatch):
    from tyokirja.exchange.importers import dayone

    monkeypatch.setattr(dayone, "MAX_SOURCE_BYTES", 1_000_000)
    path = _zip(tmp_path, {"Journal.json": b" " * 3_000_000})
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # uncompressed size: say 100 bytes
        at = data.find(signature)
        data[at + offset:at + offset + 4] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    exc = _refusal("dayone", path)
    assert exc.code in ("too_large", "bad_zip")


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_day_one_truncated_or_foreign_zip(tmp_path, cut):
    path = _zip(tmp_path, {"Journal.json": _journal(GOOD, dict(GOOD, uuid="1" * 32))})
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * cut)])
    assert _refusal("dayone", path).code == "bad_zip"
    path.write_bytes(b"not a zip at all")
    assert _refusal("dayone", path).code == "bad_zip"


def test_day_one_zip_without_a_journal(tmp_path):
    assert _refusal("dayone", _zip(tmp_path, {"photos/a.jpeg": b"x"})).code == "no_journal"


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"creationDate": "2026-13-45T10:00:00Z"}, "creationDate", "bad_date"),
    ({"creationDate": None}, "creationDate", "missing"),
    ({"text": ["ei", "tekstiä"]}, "text", "type"),
    ({"tags": "työ"}, "tags", "type"),
    ({"photos": {"md5": "x"}}, "photos", "type"),
])
def test_day_one_refusal_names_member_entry_uuid_and_field(tmp_path, change, field, code):
    second = dict(GOOD, uuid="1A1B2C3D4E5F60718293A4B5C6D7E8F9", **change)
    exc = _refusal("dayone", _zip(tmp_path, {"Journal.json": _journal(GOOD, second)}))
    assert (exc.part, exc.record, exc.record_id, exc.field, exc.code) == (
        "Journal.json", 2, "1A1B2C3D4E5F60718293A4B5C6D7E8F9", field, code)


def test_day_one_unknown_zone_keeps_utc_and_notes_the_zone(tmp_path):
    found = read_source("dayone", _zip(tmp_path, {"Journal.json": _journal(dict(GOOD, timeZone="../../etc/passwd"))}))
    entry = found.entries[0]
    assert entry.occurred_at.isoformat() == "2025-11-03T06:15:00+00:00"
    assert "timeZone: ../../etc/passwd" in entry.notes


# -- RedNotebook -----------------------------------------------------------------------------------


def _month(tmp_path, name: str, text: str | bytes):
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(text.encode() if isinstance(text, str) else text)
    return folder


def test_rednotebook_python_tags_are_refused_and_never_run(tmp_path):
    marker = tmp_path / "ran"
    folder = _month(tmp_path, "2026-03.txt", f"4:\n  text: !!python/object/apply:os.system ['touch {marker}']\n")
    exc = _refusal("rednotebook", folder)
    assert (exc.code, exc.part, exc.detail) == ("yaml_tag", "2026-03.txt", "2")
    assert not marker.exists()


def test_rednotebook_alias_bomb_is_refused_before_it_is_built(tmp_path):
    """A billion laughs under a category: 9**9 copies of "lol" once anything walks it."""
    lines = ['1:\n  text: ""\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(2, 11):
        prev, name = chr(ord("a") + level - 2), chr(ord("a") + level - 1)
        lines.append(f"{level}:\n  text: ''\n  {name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    exc = _refusal("rednotebook", _month(tmp_path, "2026-03.txt", "\n".join(lines) + "\n"))
    assert (exc.code, exc.part, exc.detail) == ("yaml_aliases", "2026-03.txt", "9")  # the 11th alias


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("2026-13.txt", "1:\n  text: hei\n", ("bad_date", None, None, "month")),
    ("2026-02.txt", "30:\n  text: hei\n", ("bad_date", 30, "day", "")),
    ("2026-02.txt", "3:\n  text: [1, 2]\n", ("type", 3, "text", "")),
    ("2026-02.txt", "3:\n  text: 'kesken\n", ("not_yaml", None, None, "3")),
    ("2026-02.txt", b"3:\n  text: caf\xe9\n", ("encoding", None, None, "2")),
    ("2026-02.txt", "- vain\n- lista\n", ("wrong_shape", None, None, "")),
])
def test_rednotebook_refusal_names_month_file_day_and_field(tmp_path, name, text, expected):
    exc = _refusal("rednotebook", _month(tmp_path, name, text))
    assert exc.part == name
    assert (exc.code, exc.record, exc.field, exc.detail) == expected


def test_a_folder_without_month_files(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    assert _refusal("rednotebook", tmp_path).code == "no_months"


def test_invalid_utf8_line_is_counted_in_bytes_not_guessed():
    check = common.Checker(Path("x.json"))
    with pytest.raises(SourceRejected) as caught:
        common.decode_utf8(b"a\nb\nc\xc3(\n", check)
    assert caught.value.detail == "3"
