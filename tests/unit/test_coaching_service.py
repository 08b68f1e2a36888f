"""The coaching loop over a real diary file: plan, flag, assemble the agenda, agree, delete safely."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tyokirja.domain.coaching import AgendaItem
from tyokirja.domain.practice import IfThen
from tyokirja.services.workbook import open_workbook
from tyokirja.storage.errors import NotFoundError

HKI = timezone(timedelta(hours=2))


class Clock:
    def __init__(self, moment: datetime):
        self.now = moment

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=HKI))


@pytest.fixture
def book(db_path, catalogue, clock):
    workbook = open_workbook(db_path, create=True, catalogue=catalogue, clock=clock)
    yield workbook
    workbook.close()


def test_flags_land_on_the_next_agenda_once(book, clock):
    coaching = book.coaching
    entry = book.diary.quick_entry("Vaikea palaveri", "", None)
    goal = book.goals.create_goal("Kysyn ennen kuin neuvon", review_at=date(2026, 3, 5))
    coaching.flag("encounter", entry.id, entry.title)
    coaching.flag("encounter", entry.id, entry.title)  # twice: still one flag
    assert coaching.is_flagged("encounter", entry.id)
    session = coaching.plan(datetime(2026, 3, 9, 14, 0, tzinfo=HKI), "valmentaja", "video")
    agenda = coaching.assemble(session.id, "fi").agenda
    assert [(i.kind, i.text) for i in agenda] == [("flag", "Vaikea palaveri"),
                                                 ("goal_review", "Kysyn ennen kuin neuvon")]
    assert not coaching.is_flagged("encounter", entry.id)  # on an agenda now, not waiting
    again = coaching.assemble(session.id, "fi").agenda
    assert len(again) == 2 and goal.id in {i.ref_id for i in again}


def test_removing_a_flag_line_drops_the_flag_and_the_order_is_kept(book):
    coaching = book.coaching
    a = book.diary.quick_entry("Eka", "", None)
    b = book.diary.quick_entry("Toka", "", None)
    coaching.flag("encounter", a.id, "Eka")
    coaching.flag("encounter", b.id, "Toka")
    session = coaching.assemble(coaching.plan(datetime(2026, 3, 9, 14, 0, tzinfo=HKI)).id, "fi")
    session.agenda.reverse()
    del session.agenda[1]  # "Eka"
    stored = coaching.update(session)
    assert [i.text for i in stored.agenda] == ["Toka"]
    assert [f.label for f in coaching.flags.all()] == ["Toka"]
    assert [i.text for i in coaching.assemble(session.id, "fi").agenda] == ["Toka"]


def test_agreements_become_goals_homework_and_open_the_next_agenda(book, clock):
    coaching = book.coaching
    first = coaching.plan(datetime(2026, 3, 2, 8, 0, tzinfo=HKI))
    goal_agreement = coaching.add_agreement(first.id, "Annan asiakkaan puhua loppuun", "goal", date(2026, 3, 16))
    experiment = coaching.add_agreement(first.id, "Kokeilen tauon pitämistä", "experiment", date(2026, 3, 20),
                                        plan=IfThen("asiakas vaikenee", "odotan kaksi sekuntia"))
    [g1, g2] = sorted(book.goals.goals(), key=lambda g: g.wish)
    assert (g1.wish, g1.review_at) == ("Annan asiakkaan puhua loppuun", date(2026, 3, 16))
    assert g2.plans == [IfThen("asiakas vaikenee", "odotan kaksi sekuntia")]
    assert {a.id for a in coaching.homework()} == {goal_agreement.id, experiment.id}
    first.status = "held"
    coaching.update(first)
    second = coaching.plan(datetime(2026, 3, 30, 8, 0, tzinfo=HKI))
    coaching.complete(goal_agreement.id)
    assert [a.id for a in coaching.homework()] == [experiment.id]
    agenda = coaching.assemble(second.id, "fi").agenda
    assert [(i.kind, i.text) for i in agenda[:2]] == [("agreement", "Annan asiakkaan puhua loppuun"),
                                                     ("agreement", "Kokeilen tauon pitämistä")]
    assert coaching.fate(coaching.agreement(goal_agreement.id)) == ("done", "active")


def test_deleting_a_session_keeps_its_goals_without_the_link_and_undo_links_again(book):
    coaching = book.coaching
    session = coaching.plan(datetime(2026, 3, 2, 8, 0, tzinfo=HKI))
    agreement = coaching.add_agreement(session.id, "Pyydän palautetta", "goal", date(2026, 3, 16))
    deleted = coaching.delete(session.id)
    assert deleted.goal_ids == [agreement.goal_id]
    assert book.goals.get_goal(agreement.goal_id).wish == "Pyydän palautetta"
    assert coaching.agreement(agreement.id).session_id is None
    assert coaching.session_of_goal(agreement.goal_id) is None
    with pytest.raises(NotFoundError):
        coaching.get(session.id)
    coaching.restore(deleted)
    assert coaching.session_of_goal(agreement.goal_id).id == session.id


def test_bad_values_change_nothing(book):
    coaching = book.coaching
    with pytest.raises(ValueError):
        coaching.plan(datetime(2026, 3, 2, 8, 0, tzinfo=HKI), mode="carrier pigeon")
    session = coaching.plan(datetime(2026, 3, 2, 8, 0, tzinfo=HKI))
    with pytest.raises(ValueError):
        coaching.add_agreement(session.id, "   ", "goal")
    with pytest.raises(ValueError):
        coaching.add_agreement(session.id, "Harjoittelen", "exercise", exercise_id="no_such_exercise")
    assert coaching.agreements(session.id) == [] and book.goals.goals() == []


def test_forget_a_word_reaches_session_notes_agenda_flags_and_agreements(book, db_path):
    from tyokirja.services.erasure import ForgetService

    coaching = book.coaching
    entry = book.diary.quick_entry("Palaveri Hilpan kanssa", "", None)
    coaching.flag("encounter", entry.id, "Palaveri Hilpan kanssa")
    session = coaching.assemble(coaching.plan(datetime(2026, 3, 9, 14, 0, tzinfo=HKI), "Hilppa-valmentaja").id, "fi")
    session.insights = "Hilppa sanoi, että kiirehdin."
    session.agenda.append(AgendaItem("question", "Miten puhun Hilpalle?"))
    coaching.update(session)
    coaching.add_agreement(session.id, "Kysyn Hilpalta palautetta", "goal", date(2026, 3, 23))
    service = ForgetService.for_diary(book.diary, db_path)
    counts = service.preview("Hilppa").counts
    assert {column for kind, column in counts if kind == "coaching"} == {
        "coach_label", "insights", "agenda", "label", "text"}
    service.forget("Hilppa")
    stored = coaching.get(session.id)  # still readable: kinds and links in the agenda are untouched
    assert [(i.kind, i.text) for i in stored.agenda] == [("flag", "Palaveri [poistettu] kanssa"),
                                                         ("question", "Miten puhun [poistettu]?")]
    assert stored.insights == "[poistettu] sanoi, että kiirehdin." and "Hilp" not in stored.coach_label
    assert [f.label for f in coaching.flags.all()] == ["Palaveri [poistettu] kanssa"]
    assert [a.text for a in coaching.agreements(session.id)] == ["Kysyn [poistettu] palautetta"]
    assert coaching.repository.search("Hilppa") == []
