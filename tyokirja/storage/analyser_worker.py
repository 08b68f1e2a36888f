"""The Finnish word analyser (Voikko) in a process of its own, and the client that talks to it.

Voikko's transducer (pyvoikko on kfst-rs) takes about a second of CPU and ~280 MB to load, and it holds
Python's GIL while it loads. Run inside the app, that froze the window for a second or more (the first
save or search, an import) and added the 280 MB to the app's own memory. Here it loads in a child
process instead, on the machine's other core: the app's threads never wait on its GIL, and its memory
goes away with the process.

The protocol is a line of JSON each way over the child's stdin and stdout: a list of lower-case words
in, and for each word its analyses out, each as [base form, FST output, verb of a participle or "",
word class]. Nothing is written anywhere else; the words never leave the two processes. The child ends
when its stdin closes (the app exits, or is killed).

`python -m tyokirja --word-analyser` starts the child (the same command works in the PyInstaller
bundle, where sys.executable is the app itself).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, TextIO

Analysis = tuple[str, str, str, str]  # base form, FST output, verb of a participle or "", word class
FLAG = "--word-analyser"
_VERB = re.compile(r"^\[Lt\]\[Xp\]([^\[]+)")


def analyse(voikko: Any, word: str) -> tuple[Analysis, ...]:
    """The analyses of one lower-case word by a loaded pyvoikko module; () if unknown or refused."""
    try:
        found = voikko.analyse(word)
    except Exception:  # noqa: BLE001 - the transducer refuses odd input with its own errors
        return ()
    result = []
    for a in found:
        if not a.BASEFORM:
            continue
        verb = _VERB.match(a.FSTOUTPUT.split("[Bh]")[-1].removeprefix("[Bc]")) if a.PARTICIPLE else None
        result.append((a.BASEFORM.casefold(), a.FSTOUTPUT, verb.group(1).casefold() if verb else "",
                       a.CLASS or ""))
    return tuple(result)


def serve(stdin: TextIO, stdout: TextIO) -> None:
    """The child's loop: a JSON list of words per line in, their analyses per line out, until EOF."""
    import pyvoikko  # the transducer is read here, in this process

    for line in stdin:
        words = json.loads(line)
        stdout.write(json.dumps([analyse(pyvoikko, w) for w in words], ensure_ascii=False) + "\n")
        stdout.flush()


def main() -> int:
    stdin = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115 - the process's own
    stdout = open(sys.stdout.fileno(), "w", encoding="utf-8", closefd=False)  # noqa: SIM115
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        serve(stdin, stdout)
    return 0


def _command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-m", "tyokirja", FLAG]


class AnalyserUnavailable(RuntimeError):
    """The analyser process could not be started or stopped answering."""


class AnalyserProcess:
    """The app's end of the child: started on first use (or by `start()`), one request at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._stop_at_exit = False

    def start(self) -> None:
        with self._lock:
            self._ensure()

    def _ensure(self) -> subprocess.Popen[str]:
        if self._proc is not None:
            if self._proc.poll() is None:
                return self._proc
            self._drop()  # it has died: its pipes are closed before a new one starts
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        try:
            self._proc = subprocess.Popen(
                _command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="utf-8", env=env, close_fds=True)
        except OSError as exc:
            raise AnalyserUnavailable(str(exc)) from exc
        if not self._stop_at_exit:
            atexit.register(self.stop)
            self._stop_at_exit = True
        return self._proc

    def analyse_many(self, words: list[str]) -> list[tuple[Analysis, ...]]:
        """The analyses of each word, in order (waits for the child to load on first use).

        A child that has died is replaced once; AnalyserUnavailable if the new one fails too.
        """
        request = json.dumps(words, ensure_ascii=False) + "\n"
        with self._lock:
            for attempt in (1, 2):
                proc = self._ensure()
                assert proc.stdin is not None and proc.stdout is not None
                try:
                    proc.stdin.write(request)
                    proc.stdin.flush()
                    line = proc.stdout.readline()
                except (OSError, ValueError) as exc:
                    line, failure = "", str(exc)
                else:
                    failure = "the word analyser process ended"
                if line:
                    break
                self._drop()
                if attempt == 2:
                    raise AnalyserUnavailable(failure)
            answer = json.loads(line)
        return [tuple((a[0], a[1], a[2], a[3]) for a in analyses) for analyses in answer]

    def _drop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.wait()
            _close_pipes(proc)

    def stop(self) -> None:
        """Close the child's input (it ends) and wait a moment for it."""
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.stdin is not None:
                proc.stdin.close()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        _close_pipes(proc)


def _close_pipes(proc: subprocess.Popen[str]) -> None:
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()
