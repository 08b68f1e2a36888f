"""Fuzzing the importers from other journals: any source is either refused with SourceRejected or read into
entries that the diary stores (never another exception, never a half-written diary)."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tyokirja.domain.validation import validate_encounter
from tyokirja.exchange.importers import SourceRejected, read_source

# `make stress` raises this (as for tests/unit/test_exchange_fuzz.py).
FUZZ_EXAMPLES = int(os.environ.get("TYOKIRJA_FUZZ_EXAMPLES", "200")) // 2
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"
ZONE = timezone(timedelta(hours=2))
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

odd_text = st.text(max_size=30) | st.sampled_from(["\ud800", "a\x00b", "2026-13-45", "25:99", "", " ", "🙂" * 3,
                                                    "2026-02-29", "9999-12-31T23:59:59Z", "../../x", "<&>"])
values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | odd_text,
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                      max_leaves=8)


@pytest.fixture(scope="module")
def store(tmp_path_factory, catalogue):
    from tyokirja.services.workbook import open_workbook

    opened = open_workbook(tmp_path_factory.mktemp("fuzz") / "d.sqlite", create=True, catalogue=catalogue)
    yield opened
    opened.close()


def _accept_or_refuse(store, catalogue, kind, path):
    try:
        found = read_source(kind, path, ZONE)
    except SourceRejected:
        return
    for entry in found.entries:
        assert not validate_encounter(entry, catalogue)
    store.transfer.import_bundle(found.bundle, "keep_both")  # stored, whatever the text holds


def _mutate_bytes(data: bytes, draw) -> bytes:
    how = draw(st.sampled_from(["cut", "flip", "insert"]))
    at = draw(st.integers(0, max(0, len(data) - 1)))
    if how == "cut":
        return data[:at]
    if how == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:] if data else data
    return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]


@st.composite
def jrnl_sources(draw) -> bytes:
    document = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))
    document["entries"] = document["entries"][:3]
    if draw(st.booleans()):
        entry = document["entries"][draw(st.integers(0, 2))]
        key = draw(st.sampled_from(["title", "body", "date", "time", "tags", "starred"]) | st.text(max_size=6))
        entry[key] = draw(values)
        return json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    return _mutate_bytes(json.dumps(document, ensure_ascii=False).encode(), draw)


@FUZZ
@given(data=jrnl_sources())
def test_jrnl_fuzz(tmp_path, store, catalogue, data):
    path = tmp_path / "jrnl.json"
    path.write_bytes(data)
    _accept_or_refuse(store, catalogue, "jrnl", path)


@st.composite
def dayone_sources(draw) -> dict[str, bytes] | bytes:
    with zipfile.ZipFile(FIXTURES / "dayone.zip") as archive:
        document = json.loads(archive.read("Journal.json"))
    how = draw(st.sampled_from(["field", "name", "bytes"]))
    if how == "field":
        entry = document["entries"][draw(st.integers(0, 2))]
        key = draw(st.sampled_from(["uuid", "creationDate", "timeZone", "text", "tags", "starred", "photos"])
                   | st.text(max_size=6))
        entry[key] = draw(values)
    members = {"Journal.json": json.dumps(document).encode("utf-8", "surrogatepass")}
    if how == "name":
        members[draw(st.text(min_size=1, max_size=12))] = b"x"
    if how == "bytes":
        return _mutate_bytes(members["Journal.json"], draw)
    return members


@FUZZ
@given(source=dayone_sources())
def test_day_one_fuzz(tmp_path, store, catalogue, source):
    path = tmp_path / "export.zip"
    if isinstance(source, bytes):
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("Journal.json", source)
        if source and source[0] % 3 == 0:  # sometimes damage the zip itself
            raw = path.read_bytes()
            path.write_bytes(raw[: len(raw) * 2 // 3])
    else:
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in source.items():
                try:
                    archive.writestr(name, data)
                except (ValueError, UnicodeEncodeError):  # a name zipfile itself cannot write
                    return
    _accept_or_refuse(store, catalogue, "dayone", path)


@st.composite
def rednotebook_months(draw) -> bytes:
    if draw(st.booleans()):
        days = draw(st.dictionaries(st.integers(-3, 40) | st.text(max_size=3),
                                    st.none() | st.fixed_dictionaries({"text": values}, optional={"Työ": values}),
                                    max_size=4))
        try:
            return yaml.safe_dump(days, allow_unicode=True).encode("utf-8", "surrogatepass")
        except (yaml.YAMLError, UnicodeEncodeError):
            return b"1: {text: ok}\n"
    return _mutate_bytes((FIXTURES / "rednotebook" / "2025-10.txt").read_bytes(), draw)


@FUZZ
@given(month=rednotebook_months(), name=st.sampled_from(["2025-10.txt", "2024-02.txt", "2026-00.txt"]))
def test_rednotebook_fuzz(tmp_path, store, catalogue, month, name):
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(month)
    _accept_or_refuse(store, catalogue, "rednotebook", folder)


@FUZZ
@given(document=st.dictionaries(st.text(max_size=6) | st.just("entries"), values, max_size=4),
       entries=st.lists(values, max_size=5), spaces=st.sampled_from(["", " ", "\n  ", "\t"]))
def test_entries_are_decoded_one_by_one_as_json_loads_would(document, entries, spaces):
    """The entry-by-entry decoder (which lets the GUI thread run between entries) reads what json.loads reads."""
    from tyokirja.exchange.importers import common

    document = {**document, "entries": entries}
    text = json.dumps(document, indent=len(spaces) or None, ensure_ascii=False)
    data = text.encode("utf-8", "surrogatepass")
    check = common.Checker(Path("x.json"))
    try:
        expected = common.load_json(data, check)
    except SourceRejected as exc:
        with pytest.raises(SourceRejected) as caught:
            common.load_entries_json(data, check)
        assert caught.value.code == exc.code
        return
    assert common.load_entries_json(data, check) == expected
    cut = data[: len(data) // 2]
    for loader in (common.load_json, common.load_entries_json):
        with pytest.raises(SourceRejected):
            loader(cut, check)
