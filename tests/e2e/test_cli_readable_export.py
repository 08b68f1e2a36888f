"""`tyokirja export markdown|csv`: what a person reads and what a Finnish spreadsheet opens.

The CSV is read back with Python's csv module and, as a Finnish LibreOffice Calc user would open
it, by LibreOffice headless (`soffice`, installed by .ci/run): semicolons, UTF-8 with a BOM,
Finnish locale with dates recognised.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import cli_env, run_cli
from tyokirja.domain.content import Catalogue
from tyokirja.services.workbook import open_workbook

from ..unit.test_exchange import EMOJI, SAMI, full_encounter
from ..unit.test_exchange_v3 import fill_every_kind

ENV = cli_env()  # TZ=Europe/Helsinki: entries written in Helsinki show no offset


@pytest.fixture(scope="module")
def diary(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kirja") / "d.sqlite"
    book = open_workbook(path, create=True, catalogue=Catalogue.load_default())
    try:
        fill_every_kind(book)
        book.diary.save(full_encounter(60, id="kaava", title="=HYPERLINK(\"http://x\")"))
    finally:
        book.close()
    return path


def _export(diary: Path, *args: object, lang: str = "fi") -> subprocess.CompletedProcess:
    done = run_cli("--db", diary, "export", *args, env=ENV, lang=lang)
    assert done.returncode == 0, done.stderr
    return done


def test_csv_is_one_row_per_entry_in_finnish_with_bom_and_semicolons(diary, tmp_path):
    out = tmp_path / "merkinnat.csv"
    _export(diary, "csv", "-o", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True), delimiter=";"))
    header, *entries = rows
    assert header[:3] == ["Tunniste", "Aika", "Otsikko"] and len(header) == 28
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in entries}
    assert set(by_id) == {"enc0001", "enc0002", "kaava"}
    first = by_id["enc0001"]
    assert first["Aika"] == "2026-01-11 09:15"
    assert first["Mitä tapahtui"].endswith("\nToinen rivi.") and SAMI in first["Mitä tapahtui"]
    assert first["Omat tunteeni"] == "ärtynyt, jännittynyt" and first["Asiakasmittari"] == "NPS 9"
    assert by_id["kaava"]["Otsikko"] == "'=HYPERLINK(\"http://x\")"  # never run as a formula


def test_libreoffice_opens_the_csv_with_every_row_and_the_finnish_text_intact(diary, tmp_path):
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is needed: .ci/run installs libreoffice-calc-nogui"
    out = tmp_path / "merkinnat.csv"
    _export(diary, "csv", "-o", out)
    env = {**os.environ, "HOME": str(tmp_path / "lo-home")}
    # As opened by a Finnish user: semicolon, double quote, UTF-8 (76), from row 1, Finnish locale
    # (1035), quoted fields as text off, special numbers (dates) recognised.
    subprocess.run([soffice, "--headless", "--norestore", "--infilter=CSV:59,34,76,1,,1035,false,true",
                    "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(out)],
                   env=env, check=True, capture_output=True, timeout=180)
    sheet = tmp_path / "ods" / "merkinnat.ods"
    subprocess.run([soffice, "--headless", "--norestore", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(tmp_path / "back"), str(sheet)],
                   env=env, check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / "back" / "merkinnat.csv").read_text(encoding="utf-8").splitlines(
        keepends=True)))
    assert len(rows) == 4 and {len(r) for r in rows} == {28}
    header, *entries = rows
    assert header[0] == "Tunniste"  # the byte-order mark is not part of the first heading
    first = dict(zip(header, next(r for r in entries if r[0] == "enc0001"), strict=True))
    assert first["Otsikko"] == f"Puhelu Pohdin – {SAMI} {EMOJI} <b>&amp;</b> & < >"
    assert first["Aika"] == "2026-01-11 09:15:00"  # read as a date and time, not as text
    assert first["Vaikeus (1–5)"] == "2" and first["Toisen rooli"] == "Asiakas"


def test_markdown_holds_every_kind_in_its_section_with_text_escaped(diary, tmp_path):
    out = tmp_path / "paivakirja.md"
    _export(diary, "markdown", "-o", out, lang="en")
    text = out.read_text(encoding="utf-8")
    sections = [line for line in text.splitlines() if line.startswith("## ")]
    assert sections == ["## Entries", "## Exercises and reflections", "## Feedback requests",
                        "## Goals and experiments", "## Skill ratings"]
    assert "### 2026-01-11 09:15 · Puhelu Pohdin" in text
    assert "- **My role:** Customer service" in text
    assert "\\<img src='/etc/passwd'/\\> \\& muuta" in text  # no HTML survives rendering
    assert "- **Listening:** level 4 – evidence: Kuuntelin loppuun" in text
    assert "- If puhelin soi, then hengitän." in text


def test_markdown_per_month_writes_one_file_per_month(diary, tmp_path):
    folder = tmp_path / "kuukaudet"
    _export(diary, "markdown", "-o", folder, "--per-month")
    assert sorted(p.name for p in folder.iterdir()) == ["2026-01.md", "2026-03.md"]  # months with records
    january = (folder / "2026-01.md").read_text(encoding="utf-8")
    assert january.startswith("# Työkirja 2026-01\n") and "## Merkinnät" in january
    assert "## Taitoarviot" not in january
    march = (folder / "2026-03.md").read_text(encoding="utf-8")
    assert "Puhelu Pohdin" not in march and "## Taitoarviot" in march and "## Harjoitukset ja pohdinnat" in march


def test_a_date_range_and_a_search_choose_what_is_exported(diary, tmp_path):
    out = tmp_path / "tammikuu.csv"
    done = _export(diary, "csv", "-o", out, "--from", "2026-01-12", "--to", "2026-01-31")
    assert "Vietiin 1 merkintä" in done.stdout
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(keepends=True), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["enc0002"]
    md = tmp_path / "haku.md"
    _export(diary, "markdown", "-o", md, "--search", "Puhelu")
    text = md.read_text(encoding="utf-8")
    assert "Puhelu Pohdin" in text and "Reklamaatio 2" not in text and "## Taitoarviot" not in text
    assert "haku ”Puhelu”" in text


def test_a_bad_date_is_one_sentence_and_writes_nothing(diary, tmp_path):
    out = tmp_path / "x.csv"
    done = run_cli("--db", diary, "export", "csv", "-o", out, "--from", "2026-13-45", env=ENV, lang="fi")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "2026-13-45" in done.stderr and not out.exists()
