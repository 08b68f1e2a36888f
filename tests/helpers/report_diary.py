"""A small diary with a distinct marker string in every field, for the coach report's privacy tests.

`fill(db, catalogue, now)` stores one record of each kind inside the three months before `now` and
returns Markers: `private` markers must never reach a default report; `goal` markers belong to the
goals section (on by default); `never` markers (rating evidence, load-check text, drafts) must not
reach any report whatever is ticked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tyokirja.domain.encounter import Encounter, FollowUp, OrgMetric, encounter_to_dict
from tyokirja.domain.practice import SBI, ExerciseSession, FeedbackRequest, Goal, IfThen
from tyokirja.domain.rating import RatingSession, SkillRating, load_default_instrument
from tyokirja.storage.drafts import DraftRepository
from tyokirja.storage.encounters import EncounterRepository
from tyokirja.storage.feedback import FeedbackRepository
from tyokirja.storage.goals import GoalRepository
from tyokirja.storage.ratings import RatingRepository
from tyokirja.storage.sessions import SessionRepository


def m(name: str) -> str:
    """A marker no report text could contain by chance (lower case: not a name candidate)."""
    return f"kanaria{name.replace('_', '')}qx"


@dataclass
class Markers:
    encounter_id: str = ""
    reflection_id: str = ""
    feedback_id: str = ""
    goal_id: str = ""
    excerpt: dict[str, str] = field(default_factory=dict)  # encounter + reflection free text
    feelings: dict[str, str] = field(default_factory=dict)  # feelings texts (need both ticks)
    quotes: dict[str, str] = field(default_factory=dict)  # feedback texts
    goal: dict[str, str] = field(default_factory=dict)
    never: dict[str, str] = field(default_factory=dict)

    @property
    def private(self) -> dict[str, str]:
        return {**self.excerpt, **self.feelings, **self.quotes, **self.never}


def fill(db, catalogue, now: datetime) -> Markers:
    out = Markers()
    when = now - timedelta(days=10)
    enc_text = {k: m(k) for k in ("title", "facts", "impact_on_other", "went_well", "do_differently",
                                   "notes", "follow_up")}
    feel_text = {k: m(k) for k in ("my_feelings_text", "their_feelings_text")}
    enc = Encounter(
        occurred_at=when, title=enc_text["title"], my_role="sales", counterpart_role="customer",
        scope="external", channel="phone", situation="sales", difficulty=4, facts=enc_text["facts"],
        my_feelings=["irritated"], my_feelings_text=feel_text["my_feelings_text"],
        their_feelings=["worried"], their_feelings_text=feel_text["their_feelings_text"],
        impact_on_other=enc_text["impact_on_other"], went_well=enc_text["went_well"],
        do_differently=enc_text["do_differently"], notes=enc_text["notes"],
        follow_up=FollowUp(text=enc_text["follow_up"]), elements={"presence": "yes"},
        skills=["listening"], share_with_coach=True, org_metric=OrgMetric("ces", 6),
    )
    EncounterRepository(db).save(enc, now=when)
    out.encounter_id = enc.id
    out.excerpt.update(enc_text)
    out.feelings.update(feel_text)

    refl = {k: m("reflection" + k) for k in ("went_well", "differently", "impact", "if", "then")}
    session = ExerciseSession(
        exercise_id="daily_reflection", exercise_version=1, started_at=when, completed_at=when,
        updated_at=when, status="completed",
        responses={"encounter": enc.id, "went_well": refl["went_well"], "differently": refl["differently"],
                   "impact": refl["impact"], "feeling": ["relieved"],
                   "next_time": {"if": refl["if"], "then": refl["then"]}},
        share_with_coach=True)
    SessionRepository(db).save(session)
    out.reflection_id = session.id
    out.excerpt.update({f"reflection_{k}": v for k, v in refl.items()})

    load = ExerciseSession(
        exercise_id="load_check", exercise_version=1, started_at=when, completed_at=when, updated_at=when,
        status="completed", responses={"load": 4, "load_sources": ["amount"], "surface_acting": 3,
                                       "detachment": 2, "relaxation": 2, "mastery": 3, "control": 4,
                                       "state_in_encounters": m("loadtext"),
                                       "recovery_act": {"if": m("loadif"), "then": m("loadthen")}})
    SessionRepository(db).save(load)
    out.never.update({"load_text": m("loadtext"), "load_if": m("loadif"), "load_then": m("loadthen")})

    fb = {k: m("feedback" + k) for k in ("target", "question", "content", "situation", "behaviour",
                                          "impact", "take", "leave", "action")}
    request = FeedbackRequest(
        target_behaviour=fb["target"], asked_role="colleague", channel="face_to_face", question=fb["question"],
        status="received", asked_at=when, received_at=when + timedelta(days=1), content=fb["content"],
        sbi=SBI(fb["situation"], fb["behaviour"], fb["impact"]), take=fb["take"], leave=fb["leave"],
        action=fb["action"], skills=["listening"], share_with_coach=True, created_at=when)
    FeedbackRepository(db).save(request)
    out.feedback_id = request.id
    out.quotes.update({k: v for k, v in fb.items() if k != "question"})
    out.never["feedback_question"] = fb["question"]

    goal_text = {k: m("goal" + k) for k in ("wish", "if", "then", "signal", "notes")}
    goal = Goal(wish=goal_text["wish"], skill_id="listening",
                plans=[IfThen(goal_text["if"], goal_text["then"])], start=when.date(),
                success_signal=goal_text["signal"], review_notes=goal_text["notes"], created_at=when,
                outcome=m("goaloutcome"), obstacle=m("goalobstacle"), share_with_coach=True)
    GoalRepository(db).save(goal)
    # a goal not marked for the coach goes nowhere unless picked (consent per item, like excerpts)
    unshared = Goal(wish=m("unsharedwish"), plans=[IfThen(m("unsharedif"), m("unsharedthen"))], start=when.date(),
                    review_notes=m("unsharednotes"), created_at=when)
    GoalRepository(db).save(unshared)
    out.never.update({"unshared_goal_wish": m("unsharedwish"), "unshared_goal_if": m("unsharedif"),
                        "unshared_goal_notes": m("unsharednotes")})
    out.goal_id = goal.id
    out.goal.update(goal_text)
    # WOOP's outcome and inner obstacle stay private: the goals section shows wish, plans and status
    out.never.update({"goal_outcome": m("goaloutcome"), "goal_obstacle": m("goalobstacle")})

    instrument = load_default_instrument(catalogue)
    ratings = [SkillRating(i, level=3, evidence_text=m(f"evidence{n}"), note=m(f"ratingnote{n}"))
               for n, i in enumerate(instrument.ids())]
    RatingRepository(db).save(RatingSession("monthly", when, ratings, instrument_version=instrument.version))
    out.never.update({f"evidence{n}": m(f"evidence{n}") for n in range(len(ratings))})
    out.never.update({f"ratingnote{n}": m(f"ratingnote{n}") for n in range(len(ratings))})

    draft = enc.copy(facts=m("drafttext"))
    DraftRepository(db).put(draft.id, "encounter", encounter_to_dict(draft))
    out.never["draft"] = m("drafttext")
    return out
