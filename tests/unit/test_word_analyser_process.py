"""The Finnish word analyser runs in a process of its own (storage/analyser_worker.py).

What a user notices: search finds inflected forms as before, the app's own memory does not carry the
analyser's ~280 MB, and when that process cannot start or dies, search still works (in-process).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tyokirja.storage import analyser_worker, wordforms

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = "Kuuntelin asiakkaan palautteen tiimipalaverissa ja Hilppa soitti."
KEYS = {"asiakas", "kuunnella", "palaute", "palaveri", "tiimipalaveri", "soittaa", "hilppa"}


def test_the_app_process_never_loads_the_transducer() -> None:
    code = (
        "import json, sys\n"
        "from tyokirja.storage import wordforms\n"
        f"terms = wordforms.document_terms([{SENTENCE!r}])\n"
        "print(json.dumps({'terms': terms.split(), 'loaded': 'pyvoikko' in sys.modules,\n"
        # VmHWM: this process's own peak (ru_maxrss would also count the forking test process's)
        "  'rss_mb': [int(l.split()[1]) / 1024 for l in open('/proc/self/status') if l.startswith('VmHWM:')][0],\n"
        "  'sense': wordforms.word_sense('Hilppa'), 'query': sorted(wordforms.query_keys('asiakkaan'))}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          check=True)
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(out["terms"]) >= KEYS
    assert out["sense"] == "name"
    assert out["query"] == ["asiakas"]
    assert out["loaded"] is False
    assert out["rss_mb"] < 150  # the transducer alone is ~280 MB


def test_the_child_answers_a_batch_in_order() -> None:
    process = analyser_worker.AnalyserProcess()
    try:
        found = process.analyse_many(["asiakkaan", "xqzzy", "kuuntelevani"])
    finally:
        process.stop()
    assert [a[0] for a in found[0]] == ["asiakas"]
    assert found[1] == ()
    assert any(verb == "kuunnella" for _, _, verb, _ in found[2])


def _forget_everything(monkeypatch: pytest.MonkeyPatch, process: analyser_worker.AnalyserProcess) -> None:
    monkeypatch.setattr(wordforms, "_known", {})
    monkeypatch.setattr(wordforms, "_process", process)
    wordforms.word_keys.cache_clear()
    wordforms.query_keys.cache_clear()


def test_search_keys_still_come_when_the_process_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyser_worker, "_command", lambda: [str(ROOT / "no-such-program")])
    _forget_everything(monkeypatch, analyser_worker.AnalyserProcess())
    try:
        assert set(wordforms.document_terms([SENTENCE]).split()) >= KEYS
    finally:
        wordforms.word_keys.cache_clear()
        wordforms.query_keys.cache_clear()


def test_a_killed_analyser_is_replaced_without_losing_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    process = analyser_worker.AnalyserProcess()
    _forget_everything(monkeypatch, process)
    try:
        assert wordforms.query_keys("tilanteessa") == frozenset({"tilanne"})
        first = process._proc
        assert first is not None
        first.kill()
        first.wait()
        assert wordforms.query_keys("asiakkaan") == frozenset({"asiakas"})
        assert wordforms.query_keys("kuuntelin") == frozenset({"kuunnella"})
    finally:
        process.stop()
        wordforms.word_keys.cache_clear()
        wordforms.query_keys.cache_clear()
