"""Fuzzing import with malformed documents: only ImportRejected, and the diary never changes."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tyokirja.domain.encounter import Encounter
from tyokirja.exchange import json_format
from tyokirja.exchange.json_format import ImportRejected
from tyokirja.services.transfer import TransferService

# `make stress` raises this to 10,000 and collects the figures through TYOKIRJA_STRESS_REPORT.
FUZZ_EXAMPLES = int(os.environ.get("TYOKIRJA_FUZZ_EXAMPLES", "200"))
FUZZ_FIGURES = {"tried": 0, "crashes": 0}

TEXT_FIELDS = ("facts", "my_feelings_text", "their_feelings_text", "impact_on_other",
               "went_well", "do_differently", "notes")
CHOICE_FIELDS = ("my_role", "counterpart_role", "scope", "channel", "situation")
LIST_FIELDS = ("my_feelings", "their_feelings", "skills")
BOOL_FIELDS = ("needs_completion", "share_with_coach")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)
not_string = json_values.filter(lambda v: not isinstance(v, str))
not_string_or_null = not_string.filter(lambda v: v is not None)
not_bool = json_values.filter(lambda v: not isinstance(v, bool))
not_object = not_string_or_null.filter(lambda v: not isinstance(v, dict))


def _all_ids() -> frozenset[str]:
    from tyokirja.domain.content import Catalogue

    catalogue = Catalogue.load_default()
    return frozenset().union(*(catalogue.ids(kind) for kind in catalogue.kinds()))


KNOWN_IDS = _all_ids()
unknown_id = st.text(min_size=1, max_size=12).filter(lambda t: t not in KNOWN_IDS)


def _not_a_moment(text: str) -> bool:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return True
    return moment.tzinfo is None


def base_document() -> dict:
    zone = timezone(timedelta(hours=2))
    encounters = [
        Encounter(id=f"rec{n}", occurred_at=datetime(2026, 2, 1 + n, 9, tzinfo=zone), title=f"Otsikko {n}",
                  my_role="manager", difficulty=3, elements={"personal": "yes"}, my_feelings=["nervous"])
        for n in range(3)
    ]
    return json_format.build_document(encounters, exported_at=datetime(2026, 3, 1, tzinfo=zone),
                                      app_version="0.1.0", content_version=1)


@st.composite
def broken_record(draw) -> bytes:
    doc = base_document()
    record = doc["encounters"][draw(st.integers(0, 2))]
    kind = draw(st.sampled_from(["text", "title", "choice", "list", "bool", "difficulty", "time",
                                 "elements", "id", "extra", "missing", "follow_up"]))
    if kind == "text":
        record[draw(st.sampled_from(TEXT_FIELDS))] = draw(not_string)
    elif kind == "title":
        record["title"] = draw(not_string | st.sampled_from(["", " ", "\n\t", "\u3000"]))
    elif kind == "choice":
        record[draw(st.sampled_from(CHOICE_FIELDS))] = draw(not_string_or_null | unknown_id)
    elif kind == "list":
        record[draw(st.sampled_from(LIST_FIELDS))] = draw(
            not_string.filter(lambda v: v != []) | st.lists(unknown_id, min_size=1, max_size=3))
    elif kind == "bool":
        record[draw(st.sampled_from(BOOL_FIELDS))] = draw(not_bool)
    elif kind == "difficulty":
        record["difficulty"] = draw(st.integers().filter(lambda n: not 1 <= n <= 5) | st.text() | st.booleans()
                                    | st.floats(allow_nan=False).filter(lambda f: not f.is_integer()))
    elif kind == "time":
        field = draw(st.sampled_from(["occurred_at", "created_at", "updated_at"]))
        record[field] = draw(st.text(max_size=30).filter(_not_a_moment) | not_string_or_null
                             | st.sampled_from(["2026-02-30T10:00+02:00", "2026-13-01T10:00Z", "2026-01-01T25:00Z"]))
    elif kind == "elements":
        record["elements"] = draw(st.dictionaries(st.sampled_from(["personal", "exceed", "x"]),
                                                  st.text(max_size=6).filter(lambda t: t not in ("no", "partly", "yes")),
                                                  min_size=1, max_size=2) | not_object)
    elif kind == "id":
        record["id"] = draw(not_string | st.sampled_from(["rec0", "rec1", "rec2", "", "tila väli", "a\n"]))
    elif kind == "extra":
        record[draw(st.text(min_size=1, max_size=10).filter(lambda k: k not in record))] = draw(json_values)
    elif kind == "missing":
        del record[draw(st.sampled_from(["id", "occurred_at", "title"]))]
    else:
        record["follow_up"] = draw(not_object
                                   | st.fixed_dictionaries({"due": st.sampled_from(["2026-02-30", "huomenna", "2026-1-1"])}))
    if kind == "id" and record["id"] == f"rec{doc['encounters'].index(record)}":
        record["id"] = 12345  # an unchanged id would leave the document valid
    return json.dumps(doc).encode("utf-8")


@st.composite
def broken_header(draw) -> bytes:
    doc = base_document()
    key = draw(st.sampled_from(["format", "format_version", "exported_at", "content_version", "encounters", "extra"]))
    if key == "format":
        doc["format"] = draw(json_values.filter(lambda v: v != "tyokirja-export"))
    elif key == "format_version":
        doc["format_version"] = draw(json_values.filter(lambda v: v != 1))
    elif key == "exported_at":
        doc["exported_at"] = draw(st.text(max_size=20).filter(_not_a_moment) | not_string)
    elif key == "content_version":
        doc["content_version"] = draw(st.integers(max_value=0) | st.text() | st.booleans() | st.none()
                                      | st.lists(st.integers(), max_size=2))
    elif key == "encounters":
        doc["encounters"] = draw(json_values.filter(lambda v: not isinstance(v, list)))
    else:
        doc[draw(st.text(min_size=1, max_size=8).filter(lambda k: k not in doc))] = draw(json_values)
    return json.dumps(doc).encode("utf-8")


@st.composite
def truncated(draw) -> bytes:
    data = json_format.dumps(base_document()).encode("utf-8")
    return data[: draw(st.integers(0, len(data) - 2))]


malformed = st.one_of(
    broken_record(),
    broken_header(),
    truncated(),
    st.binary(max_size=64),
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
)


@pytest.fixture(scope="module", autouse=True)
def _fuzz_report():
    yield
    if FUZZ_FIGURES["tried"]:
        from tests.helpers.crashwriter import report

        report("import_fuzz", dict(FUZZ_FIGURES))


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=malformed)
def test_malformed_documents_are_only_ever_rejected(diary, catalogue, tmp_path, payload):
    if not diary.count():
        diary.save(Encounter(id="jo-olemassa", occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title="Ennen"))
    before = [(s.id, s.title) for s in diary.summaries()]
    source = tmp_path / "fuzz.json"
    source.write_bytes(payload)
    FUZZ_FIGURES["tried"] += 1
    try:
        with pytest.raises(ImportRejected):
            TransferService(diary, catalogue).import_json(source)
        assert [(s.id, s.title) for s in diary.summaries()] == before
    except BaseException:
        FUZZ_FIGURES["crashes"] += 1
        raise


def test_the_unbroken_base_document_imports(diary, catalogue, tmp_path):
    source = tmp_path / "ok.json"
    source.write_bytes(json.dumps(base_document()).encode("utf-8"))
    assert TransferService(diary, catalogue).import_json(source) == 3
