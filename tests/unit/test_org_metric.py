"""The optional customer metric on an entry (Asiakasmittari: NPS, CSAT, CES): rules, storage, exchange."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest

from tests.helpers.old_diary import insert_old_entry
from tyokirja.domain.encounter import (
    METRIC_KINDS,
    METRIC_RANGES,
    Encounter,
    OrgMetric,
    encounter_from_dict,
    encounter_to_dict,
)
from tyokirja.domain.validation import Problem, validate_encounter
from tyokirja.exchange import json_format
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.transfer import TransferService
from tyokirja.storage import migrations
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository

HKI = timezone(timedelta(hours=2))


def entry(n: int = 0, metric: OrgMetric | None = None) -> Encounter:
    return Encounter(id=f"m{n}", occurred_at=datetime(2026, 2, 2 + n, 9, 0, tzinfo=HKI),
                     title=f"Asiakaspuhelu {n} – äänensävy", org_metric=metric)


# -- rules ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "low", "high"), [("nps", 0, 10), ("csat", 1, 5), ("ces", 1, 7)])
def test_each_kind_accepts_exactly_its_own_range(catalogue, kind, low, high):
    assert (min(METRIC_RANGES[kind]), max(METRIC_RANGES[kind])) == (low, high)
    for value in (low, high):
        assert validate_encounter(entry(metric=OrgMetric(kind, value)), catalogue) == []
    for value in (low - 1, high + 1):
        assert validate_encounter(entry(metric=OrgMetric(kind, value)), catalogue) == [
            Problem("org_metric", "out_of_range", value)]


def test_an_unknown_kind_is_refused_and_no_metric_is_fine(catalogue):
    assert METRIC_KINDS == ("nps", "csat", "ces")
    assert validate_encounter(entry(metric=OrgMetric("enps", 5)), catalogue) == [
        Problem("org_metric", "unknown_value", "enps")]
    assert validate_encounter(entry(), catalogue) == []


def test_the_dict_form_carries_the_metric_and_a_missing_key_means_none():
    enc = entry(metric=OrgMetric("ces", 6))
    data = encounter_to_dict(enc)
    assert data["org_metric"] == {"kind": "ces", "value": 6}
    assert encounter_from_dict(data) == enc
    assert encounter_to_dict(entry())["org_metric"] is None
    del data["org_metric"]
    assert encounter_from_dict(data).org_metric is None


# -- storage --------------------------------------------------------------------------------------


def test_the_metric_is_stored_changed_and_cleared(db_path):
    db = open_diary(db_path)
    try:
        repo = EncounterRepository(db)
        saved = repo.save(entry(metric=OrgMetric("nps", 9)))
        assert repo.get("m0").org_metric == OrgMetric("nps", 9)
        assert repo.save(saved.copy(org_metric=OrgMetric("csat", 4))).org_metric == OrgMetric("csat", 4)
        assert repo.save(saved.copy(org_metric=None)).org_metric is None
        assert db.execute("SELECT org_metric_kind, org_metric_value FROM encounters").fetchall() == [(None, None)]
        repo.save(entry(1, OrgMetric("nps", 0)))  # zero is a real NPS answer, not "none"
        assert repo.get("m1").org_metric == OrgMetric("nps", 0)
        assert [e.org_metric for e in repo.all()] == [None, OrgMetric("nps", 0)]
    finally:
        close_diary(db)


def test_a_diary_made_before_the_metric_gains_it_after_a_safety_copy(db_path, monkeypatch):
    def up_to_0005(db, path, *, fresh):  # the app as it was before migration 0006
        migrations.migrations.apply(db, stop_before="0006_org_metric")
        return []

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "migrate", up_to_0005)
        old = open_diary(db_path)
        assert "org_metric_kind" not in {c.name for c in old["encounters"].columns}
        insert_old_entry(old, "m0", entry(0).title, entry(0).occurred_at)
        close_diary(old)

    db = open_diary(db_path)
    try:
        assert {"org_metric_kind", "org_metric_value"} <= {c.name for c in db["encounters"].columns}
        repo = EncounterRepository(db)
        old_entry = repo.get("m0")
        assert old_entry.title == "Asiakaspuhelu 0 – äänensävy" and old_entry.org_metric is None
        repo.save(old_entry.copy(org_metric=OrgMetric("ces", 2)))
        assert repo.get("m0").org_metric == OrgMetric("ces", 2)
    finally:
        close_diary(db)
    copies = list(migrations.backups_dir(db_path).glob("*before-0006_org_metric*"))
    assert len(copies) == 1


# -- exchange -------------------------------------------------------------------------------------


def test_export_then_import_keeps_the_metric(diary, catalogue, tmp_path):
    diary.save(entry(0, OrgMetric("csat", 4)))
    diary.save(entry(1, OrgMetric("nps", 0)))
    diary.save(entry(2))
    out = tmp_path / "vienti.json"
    TransferService(diary, catalogue).export_json(out)
    doc = json.loads(out.read_text("utf-8"))
    jsonschema.Draft202012Validator(json_format.schema()).validate(doc)
    assert [e["org_metric"] for e in doc["encounters"]] == [
        {"kind": "csat", "value": 4}, {"kind": "nps", "value": 0}, None]

    other = open_diary(tmp_path / "toinen" / "t.sqlite")
    try:
        assert TransferService(EncounterRepository(other), catalogue).import_json(out) == 3
        assert [e.org_metric for e in EncounterRepository(other).all()] == [
            OrgMetric("csat", 4), OrgMetric("nps", 0), None]
    finally:
        close_diary(other)


def _document(metric) -> bytes:
    record = json_format.record_dict(entry())
    record["org_metric"] = metric
    doc = json_format.build_document([], exported_at=datetime(2026, 3, 1, tzinfo=HKI), app_version="0.1.0",
                                     content_version=1)
    doc["encounters"] = [record]
    return json.dumps(doc).encode("utf-8")


def test_an_integral_float_imports_as_an_integer(catalogue):
    enc = json_format.parse_document(_document({"kind": "csat", "value": 4.0}), catalogue).encounters[0]
    assert enc.org_metric == OrgMetric("csat", 4) and type(enc.org_metric.value) is int


@pytest.mark.parametrize(
    ("metric", "field", "detail"),
    [
        ({"kind": "csat", "value": 7}, "org_metric", "out_of_range"),  # within the schema's 0–10, outside CSAT's 1–5
        ({"kind": "enps", "value": 5}, "org_metric.kind", "enum"),  # the object branch of the oneOf names the field
        ({"kind": "nps", "value": 11}, "org_metric.value", "maximum"),
        ({"kind": "nps"}, "org_metric.value", "required"),
        ({"kind": "nps", "value": 8, "comment": "x"}, "org_metric.comment", "additionalProperties"),
        ("nps 8", "org_metric", "type"),
    ],
)
def test_a_bad_metric_refuses_the_file_naming_the_field(catalogue, metric, field, detail):
    with pytest.raises(ImportRejected) as info:
        json_format.parse_document(_document(metric), catalogue)
    assert (info.value.record_index, info.value.field, info.value.code, info.value.detail) == (
        1, field, "schema", detail)
