"""Commands that need no window never load Qt's widget library (a headless server may lack its libraries)."""

from __future__ import annotations

import subprocess
import sys

from tests.e2e.conftest import ROOT, cli_env
from tyokirja.services.backup import BackupService
from tyokirja.storage.connection import close_diary, open_diary

PROBE = """
import sys
from tyokirja import cli
code = cli.main(sys.argv[1:])
print("widgets loaded" if "PySide6.QtWidgets" in sys.modules else "no widgets", code)
"""


def test_restore_backup_check_and_search_do_not_load_qtwidgets(tmp_path):
    path = tmp_path / "d.sqlite"
    db = open_diary(path)
    backup = BackupService(db, path).backup_to(tmp_path / "copy.sqlite")
    close_diary(db)
    for args in (["restore", str(backup)], ["check"], ["search", "asiakas"], ["backup", "-o", str(tmp_path / "b.sqlite")]):
        done = subprocess.run([sys.executable, "-c", PROBE, "--db", str(path), *args], cwd=ROOT, env=cli_env(),
                              capture_output=True, text=True, timeout=60)
        assert done.stdout.strip().endswith(("no widgets 0",)), (args, done.stdout, done.stderr)
