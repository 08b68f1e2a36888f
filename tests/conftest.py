"""Shared fixtures. Qt runs offscreen, and every test gets private config/data folders."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: without a display a headless run would abort with no report.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("TYOKIRJA_DB", None)
_SANDBOX = tempfile.mkdtemp(prefix="tyokirja-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())
os.environ["TZ"] = "Europe/Helsinki"  # DST boundaries are tested in Finland's zone
import time  # noqa: E402

time.tzset()

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tyokirja.domain.content import Catalogue  # noqa: E402


@pytest.fixture(autouse=True)
def _forget_window_and_reminder_settings():
    """What one test's window remembered (size, last area, reminder plan) is not the next test's start."""
    yield
    from PySide6.QtCore import QSettings

    settings = QSettings()
    for group in ("window", "reminder"):
        settings.remove(group)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.load_default()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "tyokirja.sqlite"


@pytest.fixture
def workbook(db_path, catalogue):
    """A Workbook over a fresh diary file: the composition root app.py and the CLI use."""
    from tyokirja.services.workbook import open_workbook

    opened = open_workbook(db_path, create=True, catalogue=catalogue)
    yield opened
    opened.close()


@pytest.fixture
def diary(workbook):
    """The workbook's DiaryService (the same object the main window uses)."""
    return workbook.diary


@pytest.fixture
def fi_app(qapp):
    """The QApplication speaking Finnish, as users see it by default."""
    from tyokirja.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "fi")
    yield qapp
    remove_translators(qapp, translators)


@pytest.fixture
def en_app(qapp):
    from tyokirja.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield qapp
    remove_translators(qapp, translators)


@pytest.fixture
def restore_app_state(qapp):
    """run_gui names the application and sets the default locale: put both back afterwards."""
    from PySide6.QtCore import QLocale

    name, org, locale = qapp.applicationName(), qapp.organizationName(), QLocale()
    yield
    qapp.setApplicationName(name)
    qapp.setOrganizationName(org)
    QLocale.setDefault(locale)
