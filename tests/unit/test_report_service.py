"""The coach report from a real diary: privacy canaries, chosen sections, names, the export log, the file."""

from __future__ import annotations

import hashlib
import io
import os
import stat
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from tests.helpers.report_diary import fill, m
from tyokirja.domain.report import DEFAULT_SECTIONS, ItemRef, ReportOptionError
from tyokirja.reports.progress_pdf import ReportCancelled
from tyokirja.services.progress import ProgressService
from tyokirja.services.reporting import ReportService
from tyokirja.storage.connection import close_diary, open_diary
from tyokirja.storage.encounters import EncounterRepository

HEL = timezone(timedelta(hours=2))
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HEL)


@pytest.fixture
def db(db_path):
    db = open_diary(db_path)
    yield db
    close_diary(db)


@pytest.fixture
def service(db, catalogue):
    clock = lambda: NOW  # noqa: E731
    progress = ProgressService.open(db, catalogue, clock=clock)
    return ReportService.open(db, catalogue, progress, clock=clock)


@pytest.fixture
def markers(db, catalogue):
    return fill(db, catalogue, NOW)


def pdf_text(data: bytes) -> tuple[str, dict]:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    meta = {k: str(v) for k, v in (reader.metadata or {}).items()}
    return text, meta


def squash(text: str) -> str:
    """Text without line breaks and hyphenation spaces, so a wrapped marker is still found."""
    return "".join(text.split())


def export(service, tmp_path, name="r.pdf", **kw) -> tuple[str, dict, bytes]:
    options = service.options("3m", today=NOW.date(), **kw)
    path = tmp_path / name
    service.export(options, path)
    data = path.read_bytes()
    text, meta = pdf_text(data)
    return squash(text), meta, data


def test_a_default_report_carries_no_private_marker_in_text_or_metadata(service, markers, tmp_path):
    text, meta, data = export(service, tmp_path)
    leaked = {k: v for k, v in markers.private.items() if v in text or v in str(meta) or v.encode() in data}
    assert leaked == {}
    # the goals section is on by default: its wish, plans, signal and review notes are there
    assert all(v in text for v in markers.goal.values()), markers.goal
    # aggregates are: the phone/sales pair and a rating level sentence
    assert ("Puhelin" in text and "Myyntitilanne" in text) or "Myynti" in text


def test_ticked_sections_carry_exactly_their_markers(service, markers, tmp_path):
    items = [ItemRef("encounter", markers.encounter_id), ItemRef("reflection", markers.reflection_id),
             ItemRef("feedback", markers.feedback_id)]
    sections = DEFAULT_SECTIONS | {"excerpts", "feelings", "quotes", "wellbeing"}
    text, meta, _ = export(service, tmp_path, sections=sections, items=items)
    for group in (markers.excerpt, markers.feelings, markers.quotes, markers.goal):
        missing = {k: v for k, v in group.items() if v not in text}
        assert missing == {}
    leaked = {k: v for k, v in markers.never.items() if v in text or v in str(meta)}
    assert leaked == {}
    assert "ärtynyt" in text.lower() or "Ärtynyt" in text  # the feeling word, with the feelings tick
    assert "Asiakas" in text and "Kollega" in text  # other people by role


def test_excerpts_without_feelings_leave_the_feelings_out(service, markers, tmp_path):
    items = [ItemRef("encounter", markers.encounter_id)]
    text, _, _ = export(service, tmp_path, sections=DEFAULT_SECTIONS | {"excerpts"}, items=items)
    assert markers.excerpt["facts"] in text
    assert all(v not in text for v in markers.feelings.values())
    assert markers.quotes["content"] not in text  # a feedback item needs the quotes tick


def test_unticked_items_stay_out_even_with_the_section_on(service, markers, tmp_path):
    text, _, _ = export(service, tmp_path, sections=DEFAULT_SECTIONS | {"excerpts", "quotes"}, items=())
    assert all(v not in text for v in {**markers.excerpt, **markers.quotes}.values())


def test_the_export_is_logged_with_hash_sections_and_items_and_the_file_is_owner_only(service, markers, tmp_path):
    items = [ItemRef("encounter", markers.encounter_id)]
    options = service.options("4w", today=NOW.date(), lang="en", sections=DEFAULT_SECTIONS | {"excerpts"},
                              items=items)
    path = tmp_path / "coach.pdf"
    record = service.export(options, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert record.file_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert record.file_name == "coach.pdf"
    assert (record.start, record.end) == (date(2026, 10, 27), date(2026, 11, 23))
    assert "excerpts" in record.sections and "wellbeing" not in record.sections
    assert ItemRef("encounter", markers.encounter_id) in record.items
    assert ItemRef("goal", markers.goal_id) in record.items
    assert [r.id for r in service.exports()] == [record.id]
    text, meta = pdf_text(path.read_bytes())
    assert "Coaching report" in meta.get("/Title", "") and "/Author" not in meta
    assert "not a performance evaluation" in " ".join(text.split())


def test_a_cancelled_export_writes_nothing_and_logs_nothing(service, markers, tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(b"earlier file")
    options = service.options("3m", today=NOW.date())
    calls = []
    with pytest.raises(ReportCancelled):
        service.export(options, path, cancelled=lambda: calls.append(1) or len(calls) > 3)
    assert path.read_bytes() == b"earlier file"
    assert service.exports() == []
    assert [p.name for p in tmp_path.iterdir() if "pdf" in p.name] == ["r.pdf"]  # no temp file left


def test_progress_reaches_the_end(service, markers, tmp_path):
    seen = []
    service.export(service.options("3m", today=NOW.date()), tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_failed_write_keeps_the_earlier_file_and_logs_nothing(service, markers, tmp_path):
    with pytest.raises(OSError):
        service.export(service.options("3m", today=NOW.date()), tmp_path / "missing" / "r.pdf")
    assert service.exports() == []


def test_likely_names_in_text_that_leaves_are_found_roles_and_ordinary_words_are_not(db, service, markers):
    enc = EncounterRepository(db).get(markers.encounter_id)
    enc.facts = ("Tapasin asiakkaan. Mikko Virtanen soitti ja kysyi, voiko Liisalle lähettää tarjouksen. "
                 "Asiakas oli tyytyväinen, ja kollega auttoi. Esihenkilö kiitti. CRM toimi.")
    EncounterRepository(db).save(enc)
    options = service.options("3m", today=NOW.date(), sections=DEFAULT_SECTIONS | {"excerpts"},
                              items=[ItemRef("encounter", enc.id)])
    words = [h.word for h in service.name_check(options)]
    assert "Mikko" in words and "Virtanen" in words and "Liisalle" in words
    assert not {"Tapasin", "Asiakas", "Esihenkilö", "CRM"} & set(words)
    # without the excerpts tick the same text does not leave, so there is nothing to check
    assert service.name_check(service.options("3m", today=NOW.date())) == []


def test_choices_preselect_what_was_marked_for_the_coach(service, markers):
    choices = service.choices(date(2026, 8, 24), NOW.date())
    refs = {c.ref: c.preselected for c in choices}
    assert refs[ItemRef("encounter", markers.encounter_id)] is True
    assert refs[ItemRef("reflection", markers.reflection_id)] is True
    assert refs[ItemRef("feedback", markers.feedback_id)] is True
    assert all(c.ref.kind != "reflection" or c.title != "load_check" for c in choices)


def test_bad_options_are_refused_before_anything_is_built(service):
    with pytest.raises(ReportOptionError) as err:
        service.options("3m", today=NOW.date(), sections={"cover", "diary_dump"})
    assert err.value.code == "unknown_section"
    with pytest.raises(ReportOptionError):
        service.options("since", since=date(2027, 1, 1), today=NOW.date())
    with pytest.raises(ReportOptionError):
        service.options("3m", today=NOW.date(), agenda="1\n2\n3\n4")


def test_an_empty_diary_still_makes_a_calm_report(service, tmp_path):
    text, _, _ = export(service, tmp_path)
    assert "Valmennusraportti" in text and "eisuoritusarviointi" in text.lower().replace(".", "")


def test_customer_metrics_leave_only_with_their_tick(service, markers, tmp_path):
    text, _, _ = export(service, tmp_path, "plain.pdf")
    assert "Asiakasmittarit" not in text and "CES" not in text
    text, _, _ = export(service, tmp_path, "metrics.pdf", sections=DEFAULT_SECTIONS | {"metrics"})
    assert "Asiakasmittarit" in text and "CES,asioinninhelppous(1–7)" in text and "Keskiarvo6,0" in text
    assert "n=1·" in text  # the chart states n and the period


def test_channel_and_situation_pairs_keep_the_ten_most_frequent_and_sum_the_rest(db, service):
    from itertools import product

    from tyokirja.domain.encounter import Encounter

    repo = EncounterRepository(db)
    pairs = list(product(("face_to_face", "phone", "video"), ("sales", "service", "complaint", "support")))
    for n, (channel, situation) in enumerate(pairs):  # 12 pairs; the first one three times
        for _ in range(3 if n == 0 else 1):
            repo.save(Encounter(occurred_at=NOW - timedelta(days=5), title="x", channel=channel, situation=situation))
    doc = service.document(service.options("4w", today=NOW.date()))
    rows = doc.patterns.channel_situation
    assert len(rows) == 10 and rows[0] == ("Kasvokkain", "Myyntitilanne", 3)
    assert rows[-1] == ("Muut yhdistelmät", "", 3)  # the last three pairs, one entry each
    assert sum(n for *_, n in rows) == doc.patterns.entries_n == 14


def test_the_file_holds_the_previewed_document_even_if_the_diary_changed_since(db, service, markers, tmp_path):
    options = service.options("3m", today=NOW.date(), sections=DEFAULT_SECTIONS | {"excerpts"},
                              items=[ItemRef("encounter", markers.encounter_id)])
    previewed = service.document(options)
    repo = EncounterRepository(db)
    repo.save(repo.get(markers.encounter_id).copy(facts=m("changedafterpreview")))
    seen = []
    service.export(options, tmp_path / "r.pdf", progress=lambda d, t: seen.append((d, t)), doc=previewed)
    text, _ = pdf_text((tmp_path / "r.pdf").read_bytes())
    assert markers.excerpt["facts"] in squash(text) and m("changedafterpreview") not in squash(text)
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_goals_go_along_only_when_shared_or_picked(service, markers, tmp_path):
    text, _, _ = export(service, tmp_path)
    assert markers.goal["wish"] in text and m("unsharedwish") not in text
    unshared = [g for g in service.goal_choices(service.options("3m", today=NOW.date())) if g.id != markers.goal_id]
    assert [g.wish for g in unshared] == [m("unsharedwish")]  # offered for picking, not pre-chosen
    picked, _, _ = export(service, tmp_path, name="picked.pdf", goal_ids=[unshared[0].id])
    assert m("unsharedwish") in picked and markers.goal["wish"] not in picked


def test_a_single_monthly_rating_is_captioned_without_an_empty_earlier_date(service, markers, tmp_path):
    text, _, _ = export(service, tmp_path)
    assert "Kuukausiarvio" in text
    assert "Kuukausiarvio–ja" not in text and "Kuukausiarvio-ja" not in text
