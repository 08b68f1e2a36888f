"""The exercise content files and the listening library: complete, bilingual and consistent.

These tests read the TOML files directly with tomllib, so they guard the content on its own;
the same files are also loaded through the exercise loader.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tyokirja.resources import resources_dir

CONTENT = resources_dir() / "content"
EXERCISE_DIR = CONTENT / "exercises"
LISTENING = CONTENT / "listening.toml"

EXPECTED_IDS = {
    "daily_reflection", "deep_reflection", "weekly_review", "empathy_map", "ofnr",
    "listening_mirror", "listening_level", "feedforward", "prepare_feedback",
    "prepare_difficult", "presence_transition", "load_check",
}
STEP_KINDS = {
    "text", "choice", "scale", "terms", "encounter", "if_then", "statement",
    "model_answers", "info", "goals_review", "focus_rating",
}
RHYTHMS = {"daily", "weekly", "as_needed"}
# exercise id -> later_days of its one later step
LATER_STEPS = {
    "empathy_map": 2, "listening_mirror": 1, "feedforward": 7,
    "prepare_feedback": 3, "prepare_difficult": 1, "presence_transition": 1,
}
# exercises whose last step before any later step is an if-then plan
ENDS_IN_PLAN = {
    "daily_reflection", "deep_reflection", "weekly_review", "listening_level",
    "feedforward", "prepare_difficult", "load_check",
}
SITUATIONS = {
    "complaint", "development_talk", "it_support", "sales", "colleague_pressure",
    "service", "manager", "other",
}
MODEL_KEYS = [f"{part}_{lang}" for part in ("paraphrase", "reflection", "clarifying", "summary")
              for lang in ("fi", "en")]
FINNISH_LETTERS = re.compile("[äöÄÖ]")
FINNISH_A = re.compile("[äÄ]")  # English may name Schön, but never needs an ä


def _load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _exercise_files() -> dict[str, dict]:
    return {path.stem: _load(path) for path in sorted(EXERCISE_DIR.glob("*.toml"))}


EXERCISES = _exercise_files()


def _skill_ids() -> set[str]:
    return {skill["id"] for skill in _load(CONTENT / "skills.toml")["skills"]}


def _text_pairs(table: dict, where: str):
    """Yield (where, key, fi, en) for every bilingual text in a table, including choice options."""
    for key, value in table.items():
        if key.endswith("_fi"):
            yield where, key[:-3], value, table.get(key[:-3] + "_en")
        elif key.endswith("_en"):
            yield where, key[:-3], table.get(key[:-3] + "_fi"), value
    for option in table.get("options", []):
        yield f"{where}/option {option.get('id')}", "label", option.get("fi"), option.get("en")


def _all_pairs(data: dict):
    yield from _text_pairs(data["exercise"], data["exercise"]["id"])
    for step in data["steps"]:
        yield from _text_pairs(step, f"{data['exercise']['id']}/{step['id']}")


def _main_steps(data: dict) -> list[dict]:
    return [step for step in data["steps"] if "later_days" not in step]


# --- exercises -----------------------------------------------------------------------------------

def test_the_twelve_exercises_exist_one_file_each():
    assert set(EXERCISES) == EXPECTED_IDS
    for stem, data in EXERCISES.items():
        assert data["exercise"]["id"] == stem
        assert isinstance(data["version"], int) and data["version"] >= 1


@pytest.mark.parametrize("exercise_id", sorted(EXPECTED_IDS))
def test_exercise_header_is_complete(exercise_id):
    header = EXERCISES[exercise_id]["exercise"]
    assert isinstance(header["minutes"], int) and 1 <= header["minutes"] <= 20
    assert header["rhythm"] in RHYTHMS
    for key in ("name", "purpose", "framework", "about", "closing"):
        for lang in ("fi", "en"):
            assert header.get(f"{key}_{lang}", "").strip(), (exercise_id, key, lang)
    assert "\n" not in header["framework_fi"].strip() and "\n" not in header["framework_en"].strip()
    assert header["skills"], exercise_id
    assert set(header["skills"]) <= _skill_ids(), exercise_id
    assert len(set(header["skills"])) == len(header["skills"])


@pytest.mark.parametrize("exercise_id", sorted(EXPECTED_IDS))
def test_every_text_exists_in_both_languages_and_differs(exercise_id):
    data = EXERCISES[exercise_id]
    finnish = []
    for where, key, fi, en in _all_pairs(data):
        assert isinstance(fi, str) and fi.strip(), (where, key, "fi")
        assert isinstance(en, str) and en.strip(), (where, key, "en")
        assert fi.strip() != en.strip(), (where, key, "fi equals en")
        assert not FINNISH_A.search(en), (where, key, "English text looks Finnish")
        finnish.append(fi)
    assert FINNISH_LETTERS.search(" ".join(finnish)), exercise_id


@pytest.mark.parametrize("exercise_id", sorted(EXPECTED_IDS))
def test_steps_are_well_formed(exercise_id):
    steps = EXERCISES[exercise_id]["steps"]
    assert len(steps) >= 2
    ids = [step["id"] for step in steps]
    assert len(ids) == len(set(ids)), "step ids must be unique"
    for step in steps:
        where = f"{exercise_id}/{step['id']}"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", step["id"]), where
        assert step["kind"] in STEP_KINDS, where
        assert step.get("prompt_fi", "").strip() and step.get("prompt_en", "").strip(), where
        if "later_days" in step:
            assert isinstance(step["later_days"], int) and step["later_days"] >= 1, where
        kind = step["kind"]
        if kind == "choice":
            options = step["options"]
            assert len(options) >= 2, where
            assert len({o["id"] for o in options}) == len(options), where
        elif kind == "scale":
            assert step["min"] < step["max"], where
            for key in ("min_label_fi", "min_label_en", "max_label_fi", "max_label_en"):
                assert step[key].strip(), (where, key)
        elif kind == "terms":
            assert step["vocabulary"] in {"emotions", "needs"}, where
        elif kind == "if_then":
            assert step.get("count", 1) >= 1, where
    # every later step comes after all the steps done in the first sitting
    kinds_later = ["later_days" in step for step in steps]
    assert kinds_later == sorted(kinds_later), "later steps come last"
    assert _main_steps(EXERCISES[exercise_id]), "at least one step is done at once"


def test_the_six_exercises_with_later_steps_have_them():
    for exercise_id, data in EXERCISES.items():
        later = [step["later_days"] for step in data["steps"] if "later_days" in step]
        if exercise_id in LATER_STEPS:
            assert later == [LATER_STEPS[exercise_id]], exercise_id
        else:
            assert later == [], exercise_id


def test_plans_end_the_exercises_that_end_in_a_plan():
    for exercise_id in ENDS_IN_PLAN:
        last = _main_steps(EXERCISES[exercise_id])[-1]
        assert last["kind"] == "if_then", exercise_id
    assert _main_steps(EXERCISES["ofnr"])[-1]["id"] == "request"
    plans = _main_steps(EXERCISES["prepare_difficult"])[-1]
    assert plans["count"] == 3


def test_listening_level_offers_the_four_levels():
    choice = [s for s in EXERCISES["listening_level"]["steps"] if s["kind"] == "choice"]
    assert len(choice) == 1
    assert [o["id"] for o in choice[0]["options"]] == [
        "downloading", "factual", "empathic", "generative"]
    assert not choice[0].get("multiple", False)


def test_weekly_review_walks_through_goals():
    kinds = {step["id"]: step["kind"] for step in EXERCISES["weekly_review"]["steps"]}
    assert kinds.get("goals_review") == "goals_review"


def test_listening_mirror_shows_models_only_after_own_answers():
    steps = EXERCISES["listening_mirror"]["steps"]
    kinds = [step["kind"] for step in steps]
    assert kinds[0] == "statement"
    models = kinds.index("model_answers")
    own = [step["id"] for step in steps[1:models]]
    assert own == ["paraphrase", "reflection", "clarifying", "summary"]


def test_load_check_is_not_a_health_screen():
    header = EXERCISES["load_check"]["exercise"]
    texts_fi = " ".join(header[k] for k in ("about_fi", "closing_fi", "purpose_fi"))
    texts_en = " ".join(header[k] for k in ("about_en", "closing_en", "purpose_en"))
    assert "työterveys" in texts_fi.lower()
    assert "occupational health" in texts_en.lower()
    assert "terveystesti" in texts_fi.lower() or "terveystarkastus" in texts_fi.lower()
    assert "health screen" in texts_en.lower() or "health check" in texts_en.lower()


def test_people_appear_by_role_never_by_a_name_placeholder():
    # prompts ask for a role; no text invites the user to write someone's name
    for data in EXERCISES.values():
        for where, _key, fi, en in _all_pairs(data):
            assert "nimi:" not in fi.lower() and "name:" not in en.lower(), where


# --- listening library ---------------------------------------------------------------------------

# a missing file fails test_listening_library_is_large_and_varied instead of the whole module
LIBRARY = _load(LISTENING) if LISTENING.exists() else {"version": 0, "statements": []}
STATEMENTS = LIBRARY["statements"]


def test_listening_library_is_large_and_varied():
    assert LIBRARY["version"] >= 1
    assert len(STATEMENTS) >= 18
    ids = [s["id"] for s in STATEMENTS]
    assert len(ids) == len(set(ids))
    situations = {s["situation"] for s in STATEMENTS}
    assert situations <= SITUATIONS
    assert len(situations) >= 5


@pytest.mark.parametrize("statement", STATEMENTS, ids=lambda s: s["id"])
def test_statement_has_all_model_answers_in_both_languages(statement):
    assert re.fullmatch(r"[a-z][a-z0-9_]*", statement["id"])
    for key in ["fi", "en", *MODEL_KEYS]:
        assert isinstance(statement.get(key), str) and statement[key].strip(), key
    for base in ("", "paraphrase_", "reflection_", "clarifying_", "summary_"):
        fi, en = statement[base + "fi"], statement[base + "en"]
        assert fi.strip() != en.strip(), base
        assert not FINNISH_A.search(en), (base, "English text looks Finnish")
    assert FINNISH_LETTERS.search(" ".join(statement[k] for k in MODEL_KEYS if k.endswith("_fi")))


@pytest.mark.parametrize("statement", STATEMENTS, ids=lambda s: s["id"])
def test_model_answers_listen_rather_than_argue(statement):
    for lang, but in (("fi", r"\bmutta\b"), ("en", r"\bbut\b")):
        for part in ("paraphrase", "reflection", "clarifying", "summary"):
            text = statement[f"{part}_{lang}"]
            assert not re.search(but, text, re.IGNORECASE), (part, lang, text)
        assert statement[f"clarifying_{lang}"].rstrip().endswith("?"), lang
        summary = statement[f"summary_{lang}"].strip()
        sentences = re.findall(r"[.!?](?=\s|$)", summary)
        assert len(sentences) == 2, (lang, summary)
    assert statement["paraphrase_fi"].startswith("Eli ")
    assert statement["reflection_fi"].startswith("Kuulostaa siltä")


# --- through the loader ---------------------------------------------------------------------------

def test_files_load_through_the_exercise_loader(catalogue):
    from tyokirja.domain.exercise_loader import load_exercises

    library = load_exercises(EXERCISE_DIR, catalogue=catalogue)
    assert {exercise.id for exercise in library.all()} == EXPECTED_IDS
    for exercise in library.all():
        assert [step.id for step in exercise.steps] == [
            step["id"] for step in EXERCISES[exercise.id]["steps"]]
    assert {s.id for s in library.statements()} == {s["id"] for s in STATEMENTS}
