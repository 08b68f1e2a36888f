"""Layouts hold at 1280 × 720 and at 200 % scale (1600 × 1000 pixels), in Finnish and English.

Each case starts the window in its own process with QT_SCALE_FACTOR (tests/helpers/layout_walk.py) and
walks every area and the entry editor: no label or button is cut, no field sits under a scrollbar or
out of reach.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", ["fi", "en"])
@pytest.mark.parametrize(("scale", "width", "height", "strict"), [
    (1, 1280, 720, True),  # the default window at 100 %: nothing under a scrollbar either
    (2, 800, 500, False),  # 1600 × 1000 pixels at 200 %: the form may scroll sideways, nothing is cut
])
def test_nothing_is_cut_or_out_of_reach(tmp_path, lang, scale, width, height, strict):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=str(scale), HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "tests.helpers.layout_walk", lang, str(width), str(height),
                           "1" if strict else "0"], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == [], "\n".join(found)
