"""The command line on an encrypted diary: the passphrase comes from --passphrase-file (first line)
when there is no terminal, never from argv or the environment; a wrong one is refused with exit 2."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests.e2e.conftest import run_cli
from tyokirja.domain.encounter import Encounter
from tyokirja.storage.connection import is_encrypted, open_diary
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.encryption import encrypt_diary

PASS = "Kuusi kuikkaa järvellä 2026 ŋ"
HKI = timezone(timedelta(hours=2))


@pytest.fixture
def encrypted_diary(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "tyokirja.sqlite"
    db = open_diary(path)
    EncounterRepository(db).insert_many([
        Encounter(occurred_at=datetime(2026, 3, 2, 9, 0, tzinfo=HKI), title="Palaverissa sovittiin Äänekosken asiasta"),
        Encounter(occurred_at=datetime(2026, 3, 3, 9, 0, tzinfo=HKI), title="Puhelu toimittajan kanssa"),
    ])
    encrypt_diary(db, path, PASS)  # closes the connection; the file is now encrypted
    assert is_encrypted(path)
    return path


def passfile(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(text + "\nsecond line is ignored\n", encoding="utf-8")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_search_and_check_work_with_a_passphrase_file(encrypted_diary, tmp_path):
    secret = passfile(tmp_path, PASS)
    found = run_cli("--db", encrypted_diary, "--passphrase-file", secret, "search", "Äänekosken")
    assert found.returncode == 0, found.stderr
    assert "Palaverissa sovittiin Äänekosken asiasta" in found.stdout
    checked = run_cli("--db", encrypted_diary, "check", "--passphrase-file", secret)
    assert checked.returncode == 0, checked.stderr
    assert "2 entries" in checked.stdout


def test_export_of_an_encrypted_diary(encrypted_diary, tmp_path):
    out = tmp_path / "export.json"
    done = run_cli("--db", encrypted_diary, "--passphrase-file", passfile(tmp_path, PASS), "export", "json", "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Puhelu toimittajan kanssa" in out.read_text(encoding="utf-8")


def test_a_wrong_passphrase_fails_with_exit_2_and_changes_nothing(encrypted_diary, tmp_path):
    before = sha(encrypted_diary)
    listing = sorted(p.name for p in encrypted_diary.parent.iterdir())
    done = run_cli("--db", encrypted_diary, "--passphrase-file", passfile(tmp_path, "väärä"), "search", "asia")
    assert done.returncode == 2
    assert "passphrase" in done.stderr and "Traceback" not in done.stderr
    assert "hmac" not in done.stderr.lower()  # no SQLCipher log noise
    assert done.stdout == ""
    assert sha(encrypted_diary) == before
    assert sorted(p.name for p in encrypted_diary.parent.iterdir()) == listing


def test_without_terminal_or_passphrase_file_it_says_how_to_give_one(encrypted_diary):
    done = run_cli("--db", encrypted_diary, "search", "asia")
    assert done.returncode == 2
    assert "--passphrase-file" in done.stderr and "Traceback" not in done.stderr


def test_the_passphrase_is_not_an_argv_option(encrypted_diary):
    done = run_cli("--db", encrypted_diary, "--passphrase", PASS, "search", "asia")
    assert done.returncode == 2
    assert PASS not in done.stdout


def test_in_a_terminal_the_passphrase_is_asked_without_echo(encrypted_diary):
    import fcntl
    import os
    import select
    import subprocess
    import sys
    import termios

    from tests.e2e.conftest import ROOT, cli_env

    master, slave = os.openpty()

    def make_controlling_terminal():
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "tyokirja", "--lang", "en", "--db", str(encrypted_diary), "search", "Äänekosken"],
        cwd=ROOT, env=cli_env(), stdin=slave, stdout=slave, stderr=slave,
        preexec_fn=make_controlling_terminal, close_fds=True,
    )
    os.close(slave)
    output = b""
    answered = False
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not answered and b"Passphrase" in output:
                os.write(master, PASS.encode("utf-8") + b"\n")
                answered = True
        assert proc.wait(timeout=30) == 0, output.decode("utf-8", "replace")
    finally:
        os.close(master)
    text = output.decode("utf-8", "replace")
    assert answered
    assert "Palaverissa sovittiin Äänekosken asiasta" in text
    assert PASS not in text  # not echoed


@pytest.mark.parametrize("where", ["before", "after"])
def test_backup_of_an_encrypted_diary_succeeds_and_its_copy_opens_with_the_key(encrypted_diary, tmp_path, where):
    secret = passfile(tmp_path, PASS)
    out = tmp_path / "copy.sqlite"
    args = ["--db", encrypted_diary, "backup", "-o", out]
    args = (["--passphrase-file", secret, *args] if where == "before" else [*args, "--passphrase-file", secret])
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    assert "Backed up 2 entries" in done.stdout and done.stderr == ""
    assert is_encrypted(out)
    checked = run_cli("--db", out, "check", "--passphrase-file", secret)
    assert checked.returncode == 0 and "2 entries" in checked.stdout, checked.stderr
