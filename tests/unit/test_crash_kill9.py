"""kill -9 at random moments while the real save path writes: nothing acknowledged is ever lost.

`make test` runs 50 kills (TYOKIRJA_KILL9_ITERATIONS overrides; `make stress` runs 1,000). The
seed is printed on failure and can be replayed with TYOKIRJA_KILL9_SEED. The positive control
(journal_mode=OFF, synchronous=OFF in the child only) must show that the oracle catches damage;
it is slow and runs in `make stress`.
"""

from __future__ import annotations

import os
import random

import pytest

from tests.helpers.crashwriter import report, run_kill9

ITERATIONS = int(os.environ.get("TYOKIRJA_KILL9_ITERATIONS", "50"))
# The control stops at its first detected failure; measured rates are 1.5–5 % a kill, so 600
# kills without one would mean a blind oracle (chance of a false alarm below 1e-4).
CONTROL_ITERATIONS = int(os.environ.get("TYOKIRJA_KILL9_CONTROL_ITERATIONS", "600"))


def _seed() -> int:
    return int(os.environ.get("TYOKIRJA_KILL9_SEED") or random.SystemRandom().randrange(2**32))


@pytest.mark.timeout(120 + 4 * ITERATIONS)  # about 0.4–0.7 s a kill on 2 cores
def test_kill9_loses_no_acknowledged_save_and_never_corrupts(tmp_path):
    iterations = ITERATIONS
    seed = _seed()
    result = run_kill9(tmp_path, iterations, seed, recreate_every=25)
    report("kill9", result.as_dict())
    print(f"kill -9 harness: seed {seed}, {result.iterations} kills, {result.acknowledged} acknowledged saves")
    assert result.iterations == iterations
    assert result.acknowledged > iterations  # the child really saved between kills
    assert result.failures == [], f"seed {seed}"
    assert (result.lost_acknowledged, result.integrity_failures, result.digest_mismatches, result.gaps) == (0, 0, 0, 0)


@pytest.mark.slow
@pytest.mark.timeout(120 + 4 * CONTROL_ITERATIONS)
def test_positive_control_unsafe_settings_are_caught(tmp_path):
    """journal_mode=OFF + synchronous=OFF corrupts a few files in 100 kills: the oracle must see it."""
    iterations = CONTROL_ITERATIONS
    seed = _seed()
    result = run_kill9(tmp_path, iterations, seed, unsafe=True, recreate_every=25, stop_at_first_failure=True)
    report("kill9_control", {**result.as_dict(), "failed": result.failed})
    print(f"positive control: seed {seed}, {result.failed} failures in {result.iterations} kills")
    assert result.failed >= 1, f"the harness saw no damage with unsafe settings (seed {seed}): it is blind"
