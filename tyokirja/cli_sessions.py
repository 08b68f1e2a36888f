"""`tyokirja sessions [list | show N | agenda]`: the coaching sessions without a window.

`list` numbers the sessions oldest first (the number `show` takes); `show N` prints one session
with its agenda, notes and agreements and what came of them; `agenda` prints what the next planned
session's agenda would hold now (flags, due reviews and follow-ups, skill changes, last time's
agreements first) without storing anything. Read only: nothing here writes to the diary.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tyokirja.cli_common import EXIT_OK, EXIT_REFUSED, CommandError, _opened, _require_diary, translate
from tyokirja.domain.timeutil import minute_text


def add_sessions_parser(commands) -> None:
    sessions = commands.add_parser("sessions", help=translate(
        "Cli", "list the coaching sessions, show one, or print the next session's agenda"))
    actions = sessions.add_subparsers(dest="sessions_action", metavar="ACTION")
    actions.add_parser("list", help=translate("Cli", "every session, oldest first, with its number"))
    show = actions.add_parser("show", help=translate("Cli", "one session: agenda, notes and agreements"))
    show.add_argument("number", metavar="N", type=int, help=translate("Cli", "the session's number in the list"))
    actions.add_parser("agenda", help=translate("Cli", "the agenda of the next planned session, as it stands now"))


def _names() -> dict[str, str]:
    return {
        "planned": translate("Cli", "planned"), "held": translate("Cli", "held"),
        "followed_up": translate("Cli", "followed up"), "face_to_face": translate("Cli", "face to face"),
        "video": translate("Cli", "video"), "phone": translate("Cli", "phone"), "open": translate("Cli", "open"),
        "done": translate("Cli", "done"), "active": translate("Cli", "goal active"),
        "continue": translate("Cli", "goal continues"), "adapted": translate("Cli", "goal adapted"),
        "ended": translate("Cli", "goal ended"),
        "flag": translate("Cli", "Flagged"), "goal_review": translate("Cli", "Goal review due"),
        "follow_up": translate("Cli", "Follow-up due"), "skill_change": translate("Cli", "Skill rating changed"),
        "agreement": translate("Cli", "Agreed last time"), "question": translate("Cli", "My question"),
    }


def _when(session) -> str:
    return minute_text(session.held_at)


def run_sessions(args: argparse.Namespace, path: Path) -> int:
    from tyokirja.i18n import choose_language

    _require_diary(path)
    names = _names()
    action = args.sessions_action or "list"
    with _opened(path) as workbook:
        coaching = workbook.coaching
        sessions = list(reversed(coaching.sessions()))  # oldest first: the numbers stay as sessions are added
        if action == "list":
            if not sessions:
                print(translate("Cli", "No coaching sessions yet. Plan one in the app's Coaching area."))
            for number, s in enumerate(sessions, start=1):
                agreed = len(coaching.agreements(s.id))
                coach = s.coach_label or translate("Cli", "coaching session")
                print(f"{number:>3}  {_when(s)}  {names[s.status]:<12}  {names[s.mode]:<14}  {coach}  · "
                      + translate("Cli", "agenda {items}, agreements {agreed}").replace(
                          "{items}", str(len(s.agenda))).replace("{agreed}", str(agreed)))
            return EXIT_OK
        if action == "show":
            if not 1 <= args.number <= len(sessions):
                raise CommandError(translate("Cli", "There is no session {n}: the list has {count}. See "
                                                    "`tyokirja sessions list`.").replace(
                    "{n}", str(args.number)).replace("{count}", str(len(sessions))), EXIT_REFUSED)
            s = sessions[args.number - 1]
            print(f"{_when(s)} · {names[s.status]} · {names[s.mode]}"
                  + (f" · {s.coach_label}" if s.coach_label else ""))
            _agenda(s.agenda, names, coaching)
            for heading, text in ((translate("Cli", "Coach reflected"), s.coach_reflection),
                                  (translate("Cli", "My insights"), s.insights)):
                if text.strip():
                    print(f"\n{heading}:\n{text.strip()}")
            agreements = coaching.agreements(s.id)
            if agreements:
                print("\n" + translate("Cli", "Agreements") + ":")
            for a in agreements:
                status, goal_status = coaching.fate(a)
                fate = names[status] + (f", {names[goal_status]}" if goal_status in names else "")
                due = f" ({a.due_on.isoformat()})" if a.due_on else ""
                print(f"  - {a.text}{due} · {fate}")
            return EXIT_OK
        upcoming = coaching.next_session()
        if upcoming is None:
            raise CommandError(translate("Cli", "No session is planned. Plan the next one in the app's Coaching "
                                                "area, then its agenda gathers here."), EXIT_REFUSED)
        print(translate("Cli", "Next session {when}").replace("{when}", _when(upcoming)))
        _agenda(coaching.preview_agenda(upcoming.id, choose_language(args.lang)), names, coaching)
    return EXIT_OK


def _agenda(items, names: dict[str, str], coaching) -> None:
    print("\n" + translate("Cli", "Agenda") + ":")
    if not items:
        print("  " + translate("Cli", "(nothing yet)"))
    for number, item in enumerate(items, start=1):
        source = names.get(item.kind, item.kind)
        if item.kind == "agreement" and item.ref_id is not None:
            from tyokirja.storage.errors import NotFoundError

            try:
                status, goal_status = coaching.fate(coaching.agreement(item.ref_id))
                source += " – " + names[status] + (f", {names[goal_status]}" if goal_status in names else "")
            except NotFoundError:
                pass
        print(f"  {number}. {source}: {item.text}")
