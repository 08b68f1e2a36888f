"""The content catalogue: complete in both languages and consistent with the records."""

from __future__ import annotations

import tomllib

import pytest

from tyokirja.domain.content import KINDS, LANGUAGES, Catalogue, ContentError
from tyokirja.resources import resources_dir


def test_every_kind_is_present_in_both_languages(catalogue):
    for kind in KINDS:
        terms = catalogue.terms(kind)
        assert terms, kind
        for term in terms:
            for lang in LANGUAGES:
                assert term.labels[lang].strip(), (kind, term.id, lang)


def test_domain_counts(catalogue):
    assert len(catalogue.terms("elements")) == 5
    assert {t.id for t in catalogue.children("skills", None)} == {
        "communication", "presence", "listening", "problem_solving", "eq"}
    assert len(catalogue.children("skills", "communication")) == 4
    assert len(catalogue.children("skills", "eq")) == 3
    assert len(catalogue.terms("emotion_families")) == 7
    assert all(catalogue.emotions_in(f.id) for f in catalogue.terms("emotion_families"))
    assert len(catalogue.terms("needs")) == 13
    assert catalogue.ids("scopes") == {"internal", "external"}


def test_finnish_labels_are_finnish(catalogue):
    assert catalogue.label("channels", "face_to_face", "fi") == "Kasvokkain"
    assert catalogue.label("channels", "face_to_face", "en") == "Face to face"
    assert catalogue.label("emotions", "frustrated", "fi") == "turhautunut"
    assert catalogue.label("elements", "connection", "fi") == "Tunnetason yhteys"


def test_unknown_ids_show_as_themselves(catalogue):
    assert catalogue.label("channels", "carrier_pigeon", "fi") == "carrier_pigeon"
    assert catalogue.label("channels", None, "fi") == ""


def test_descriptions_exist_for_skills_and_elements_in_both_languages(catalogue):
    for kind in ("skills", "elements"):
        for term in catalogue.terms(kind):
            assert term.description("fi") and term.description("en"), term.id
            assert term.description("fi") != term.description("en")


def test_content_files_are_valid_toml_with_versions():
    for path in (resources_dir() / "content").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data.get("version"), int), path.name


def test_a_missing_translation_is_refused(tmp_path):
    (tmp_path / "x.toml").write_text('version = 1\n[[channels]]\nid = "phone"\nfi = "Puhelin"\n', encoding="utf-8")
    with pytest.raises(ContentError):
        Catalogue.load(tmp_path)


def test_an_unknown_family_is_refused(tmp_path):
    src = (resources_dir() / "content")
    for path in src.glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    vocab = tmp_path / "vocabulary.toml"
    vocab.write_text(vocab.read_text(encoding="utf-8").replace('family = "sad"', 'family = "gloomy"', 1),
                     encoding="utf-8")
    with pytest.raises(ContentError):
        Catalogue.load(tmp_path)
