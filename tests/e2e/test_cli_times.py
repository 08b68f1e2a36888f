"""Issue 10: `tyokirja search` prints an entry's own local time, with its offset when not the computer's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.conftest import cli_env, run_cli
from tests.e2e.test_cli import seed
from tyokirja.domain.encounter import Encounter

PLUS3 = timezone(timedelta(hours=3))
HOME_INSTANT = datetime(2026, 3, 9, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("zone", ["Europe/Helsinki", "America/New_York", "Asia/Kolkata"])
def test_search_prints_each_entrys_own_wall_time_in_every_machine_zone(tmp_path, zone):
    home = HOME_INSTANT.astimezone(ZoneInfo(zone))  # written at the computer's own offset
    diary = tmp_path / "tyokirja.sqlite"
    seed(diary, [
        Encounter(id="away", occurred_at=datetime(2026, 3, 8, 8, 21, tzinfo=PLUS3), title="Asiakas matkalla"),
        Encounter(id="gap", occurred_at=datetime(2026, 3, 8, 2, 30, tzinfo=PLUS3), title="Asiakas yöllä"),
        Encounter(id="home", occurred_at=home.astimezone(timezone(home.utcoffset())), title="Asiakas kotona"),
    ])
    done = run_cli("--db", diary, "search", "asiakas", env=cli_env(TZ=zone))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        home.strftime("%Y-%m-%d %H:%M") + "  Asiakas kotona",  # no offset: it is the computer's
        "2026-03-08 08:21 +03:00  Asiakas matkalla",  # the same wall time the list and the editor show
        "2026-03-08 02:30 +03:00  Asiakas yöllä",
    ]
