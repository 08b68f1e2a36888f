"""`tyokirja import --from jrnl|dayone|rednotebook PATH`: the dry run first, then the entries; a second
import adds nothing; a broken or hostile source gets one Finnish sentence naming the file, the entry and
the field, exit 2, and the diary is as it was."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.e2e.conftest import run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"


def _state(diary: Path) -> bytes:
    return diary.read_bytes() if diary.exists() else b""


def test_jrnl_dry_run_then_import_then_again(tmp_path):
    diary = tmp_path / "kirja.sqlite"
    source = FIXTURES / "jrnl.json"
    dry = run_cli("--db", diary, "import", "--from", "jrnl", source, "--dry-run", lang="fi")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        f"jrnl: 40 merkintää luettu lähteestä {source}, ajalta 2024-01-03 – 2024-01-18.",
        "Jokainen tuodaan pikakirjauksena, jonka voit myöhemmin täydentää; tunnisteet, tähdet ja lähteen muut "
        "kentät tallentuvat sen muistiinpanoihin.",
        "Tiedostossa on 40 uutta tietoa, 0 jo päiväkirjassa ja 0 ristiriitaista.",
        "Koeajo: mitään ei muutettu.",
    ]
    assert not diary.exists()
    done = run_cli("--db", diary, "import", "--from", "jrnl", source)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"Imported 40 entries into {diary}."
    hits = run_cli("--db", diary, "search", "--json", "Čuđet")
    assert len(json.loads(hits.stdout)) == sum(
        "Čuđet" in e["title"] + e["body"] for e in json.loads(source.read_text(encoding="utf-8"))["entries"])
    again = run_cli("--db", diary, "import", "--from", "jrnl", source)
    assert "0 new records, 40 already in the diary and 0 conflicting" in again.stdout


def test_day_one_dry_run_lists_what_does_not_come_over(tmp_path):
    done = run_cli("--db", tmp_path / "k.sqlite", "import", "--from", "dayone", FIXTURES / "dayone.zip", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "Not imported: 1 photo, the formatting of 1 entry (the text itself comes over)." in done.stdout


def test_rednotebook_folder_import(tmp_path):
    diary = tmp_path / "k.sqlite"
    done = run_cli("--db", diary, "import", "--from", "rednotebook", FIXTURES / "rednotebook")
    assert done.returncode == 0, done.stderr
    hits = json.loads(run_cli("--db", diary, "search", "--json", "reklamaatio").stdout)
    assert [h["title"] for h in hits] == ["Asiakas soitti laskusta. #reklamaatio"]


def _refused(tmp_path, kind, source, expected: str) -> None:
    diary = tmp_path / "kirja.sqlite"
    assert run_cli("--db", diary, "import", "--from", "jrnl", FIXTURES / "jrnl.json").returncode == 0
    before = _state(diary)
    done = run_cli("--db", diary, "import", "--from", kind, source, lang="fi")
    assert done.returncode == 2
    assert done.stderr.strip() == expected
    assert done.stdout == ""
    assert _state(diary) == before


def test_a_date_that_does_not_exist_names_file_entry_and_field(tmp_path):
    document = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))
    document["entries"][2]["date"] = "2026-13-45"
    source = tmp_path / "rikki.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    _refused(tmp_path, "jrnl", source,
             f"{source}, merkintä 3, kenttä ”date”: ei ole todellinen päivämäärä tai kellonaika. Mitään ei tuotu.")


def test_a_zip_with_a_name_outside_it_is_not_opened(tmp_path):
    source = tmp_path / "vienti.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("Journal.json", '{"entries": []}')
        archive.writestr("../../.bashrc", "echo hei")
    _refused(tmp_path, "dayone", source,
             f"{source}: sisältää tiedostonimen, joka osoittaa zipin ulkopuolelle (../ tai absoluuttinen polku), "
             "joten sitä ei avattu. Mitään ei tuotu.")


def test_a_yaml_python_tag_names_the_month_file_and_line(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "2026-03.txt").write_text("1:\n  text: hei\n2:\n  text: !!python/object/apply:os.getcwd []\n")
    _refused(tmp_path, "rednotebook", folder,
             f"{folder}: 2026-03.txt: sisältää YAML-tagin, joka loisi ohjelman olioita (rivi 4); vain tekstit, "
             "luvut, luettelot ja avain–arvo-parit luetaan. Mitään ei tuotu.")


def test_invalid_utf8_names_the_line(tmp_path):
    source = tmp_path / "latin1.json"
    source.write_bytes('{"entries": [\n{"title": "Päivä"}]}'.encode("latin-1"))
    _refused(tmp_path, "jrnl", source,
             f"{source}: rivi 2 ei ole UTF-8-tekstiä. Tallenna tiedosto UTF-8-muodossa ja yritä uudelleen. "
             "Mitään ei tuotu.")


def test_a_truncated_day_one_zip(tmp_path):
    data = (FIXTURES / "dayone.zip").read_bytes()
    source = tmp_path / "katkennut.zip"
    source.write_bytes(data[: len(data) // 2])
    _refused(tmp_path, "dayone", source,
             f"{source}: ei ole ehjä zip-tiedosto: se on vioittunut tai katkennut. Mitään ei tuotu.")


def test_json_export_takes_the_period_and_search_filters(tmp_path):
    diary = tmp_path / "k.sqlite"
    assert run_cli("--db", diary, "import", "--from", "jrnl", FIXTURES / "jrnl.json").returncode == 0
    out = tmp_path / "osa.json"
    done = run_cli("--db", diary, "export", "json", "-o", out, "--from", "2024-01-13", "--to", "2024-01-15",
                   "--search", "Čuđet")
    assert done.returncode == 0, done.stderr
    entries = json.loads(out.read_text(encoding="utf-8"))["encounters"]
    source = json.loads((FIXTURES / "jrnl.json").read_text(encoding="utf-8"))["entries"]
    expected = sorted(e["title"] for e in source if "2024-01-13" <= e["date"] <= "2024-01-15" and "Čuđet" in e["title"])
    assert len(expected) == 2
    assert sorted(e["title"] for e in entries) == expected
    again = run_cli("--db", tmp_path / "uusi.sqlite", "import", out)
    assert again.returncode == 0 and f"Imported {len(expected)} entr" in again.stdout
