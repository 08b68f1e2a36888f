"""The command line as part of a shell pipeline: a reader that goes away is not an error."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone

from tests.e2e.conftest import ROOT, cli_env
from tyokirja.domain.encounter import Encounter
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository


def test_search_into_head_exits_quietly(tmp_path):
    path = tmp_path / "d.sqlite"
    db = open_diary(path)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    EncounterRepository(db).insert_many([
        Encounter(occurred_at=start + timedelta(hours=n), title=f"Asiakas {n} " + "x" * 200) for n in range(2000)])
    close_diary(db)
    command = f"{sys.executable} -m tyokirja --db {path} search asiak | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, env=cli_env(),
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.count("\n") == 1 and "Asiakas" in done.stdout
    assert done.stderr == ""  # not "could not be opened or created", no traceback
    assert done.returncode == 0
