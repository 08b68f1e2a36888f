"""Finnish is complete: every translatable string in the code has a finished Finnish translation.

lupdate is run over the current sources into a copy of the catalogue, so a string added to the
code without a translation fails here, as does an unfinished or stale entry.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from tyokirja.devtools.lupdate import ROOT, run_lupdate

I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, ET.Element]:
    work = tmp_path_factory.mktemp("ts")
    copies = []
    for name in ("tyokirja_fi.ts", "tyokirja_en.ts"):
        shutil.copy(I18N / name, work / name)
        copies.append(work / name)
    run_lupdate(copies)
    return {p.name: ET.parse(p).getroot() for p in copies}


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_every_finnish_string_is_translated(refreshed):
    missing = []
    for context, message in _messages(refreshed["tyokirja_fi.ts"]):
        translation = message.find("translation")
        source = message.findtext("source")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f and f.strip() for f in forms
        ):
            missing.append(f"{context}: {source}")
    assert not missing, f"{len(missing)} Finnish translations missing or unfinished:\n" + "\n".join(missing[:40])


def test_english_plural_forms_are_written(refreshed):
    missing = []
    for context, message in _messages(refreshed["tyokirja_en.ts"]):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.find("translation").iter("numerusform")]
            if len(forms) < 2 or not all(forms):
                missing.append(f"{context}: {message.findtext('source')}")
    assert not missing, missing


def test_placeholders_survive_translation(refreshed):
    broken = []
    for context, message in _messages(refreshed["tyokirja_fi.ts"]):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for token in ("{path}", "{field}", "{name}", "{count}", "{time}", "{title}", "%n", "%1", "%2"):
            if token in source and not all(token in f for f in forms):
                broken.append(f"{context}: {source!r} lacks {token}")
    assert not broken, broken


def test_built_catalogue_translates_at_runtime(qapp):
    from PySide6.QtCore import QCoreApplication

    from tyokirja.i18n import install_translators, remove_translators

    assert (I18N / "tyokirja_fi.qm").exists(), "run `make translations`"
    translators = install_translators(qapp, "fi")
    try:
        assert QCoreApplication.translate("ErrorText", "the diary file") == "päiväkirjatiedosto"
    finally:
        remove_translators(qapp, translators)
