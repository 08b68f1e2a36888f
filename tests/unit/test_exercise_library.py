"""The exercise content loader: format, validation, and the shipped library."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tyokirja.domain.content import ContentError
from tyokirja.domain.exercise import STEP_KINDS
from tyokirja.domain.exercise_loader import load_default_library, load_exercises
from tyokirja.resources import resources_dir

EXERCISES = {
    "daily_reflection": """
        version = 2
        [exercise]
        id = "daily_reflection"
        minutes = 3
        rhythm = "daily"
        skills = ["presence", "listening"]
        name_fi = "Päivän pikareflektio"
        name_en = "Daily quick reflection"
        purpose_fi = "Pidä tapa elossa."
        purpose_en = "Keep the habit alive."
        framework_fi = "Schönin reflektio"
        framework_en = "Schön's reflection"
        about_fi = "Lyhyt kirjoitus auttaa."
        about_en = "Short writing helps."
        closing_fi = "Hyvä, riittää tälle päivälle."
        closing_en = "Good, that is enough for today."

        [[steps]]
        id = "encounter"
        kind = "encounter"
        prompt_fi = "Mikä kohtaaminen jäi mieleen?"
        prompt_en = "Which encounter stayed with you?"
        allow_new = true

        [[steps]]
        id = "went_well"
        kind = "text"
        prompt_fi = "Mikä meni hyvin?"
        prompt_en = "What went well?"
        help_fi = "Yksi asia riittää."
        help_en = "One thing is enough."
        lines = 3

        [[steps]]
        id = "feeling"
        kind = "terms"
        vocabulary = "emotions"
        max = 1
        prompt_fi = "Yksi tunnesana."
        prompt_en = "One feeling word."

        [[steps]]
        id = "next_time"
        kind = "if_then"
        optional = true
        prompt_fi = "Ensi kerralla: jos…, niin…"
        prompt_en = "Next time: if…, then…"
    """,
    "empathy_map": """
        [exercise]
        id = "empathy_map"
        minutes = 8
        rhythm = "as_needed"
        skills = ["eq.empathy"]
        name_fi = "Toisen saappaissa"
        name_en = "In their shoes"
        purpose_fi = "Rakenna kuva toisen näkökulmasta."
        purpose_en = "Build a picture of their view."
        framework_fi = "Empatiakartta"
        framework_en = "Empathy map"
        about_fi = "Arvaus tarkistetaan kysymällä."
        about_en = "A guess is checked by asking."

        [[steps]]
        id = "who"
        kind = "text"
        prompt_fi = "Kenestä on kyse (rooli)?"
        prompt_en = "Whom (role)?"

        [[steps]]
        id = "observed"
        kind = "choice"
        multiple = true
        options = [ { id = "said", fi = "Sanoi", en = "Said" }, { id = "did", fi = "Teki", en = "Did" } ]
        prompt_fi = "Mitä havaitsit?"
        prompt_en = "What did you observe?"

        [[steps]]
        id = "question"
        kind = "text"
        prompt_fi = "Avoin kysymys"
        prompt_en = "An open question"

        [[steps]]
        id = "check"
        kind = "text"
        later_days = 2
        prompt_fi = "Mitä hän vastasi?"
        prompt_en = "What did they say?"
    """,
    "listening_mirror": """
        [exercise]
        id = "listening_mirror"
        minutes = 6
        rhythm = "as_needed"
        skills = ["listening"]
        name_fi = "Kuuntelun peili"
        name_en = "Listening mirror"
        purpose_fi = "Harjoittele heijastavia vastauksia."
        purpose_en = "Rehearse reflective responses."
        framework_fi = "Aktiivinen kuuntelu"
        framework_en = "Active listening"
        about_fi = "Toisto tekee luontevaksi."
        about_en = "Repetition makes it natural."

        [[steps]]
        id = "statement"
        kind = "statement"
        prompt_fi = "Lue repliikki."
        prompt_en = "Read the statement."

        [[steps]]
        id = "paraphrase"
        kind = "text"
        prompt_fi = "Parafraasi"
        prompt_en = "Paraphrase"

        [[steps]]
        id = "compare"
        kind = "model_answers"
        prompt_fi = "Vertaa malliin."
        prompt_en = "Compare with the models."

        [[steps]]
        id = "evening"
        kind = "text"
        later_days = 1
        prompt_fi = "Kokeilitko?"
        prompt_en = "Did you try it?"
    """,
    "feedforward": """
        [exercise]
        id = "feedforward"
        minutes = 5
        rhythm = "as_needed"
        skills = ["communication.feedback"]
        name_fi = "Palautteen pyytäminen"
        name_en = "Asking for feedforward"
        purpose_fi = "Tee palautteen pyytämisestä tapa."
        purpose_en = "Make asking a habit."
        framework_fi = "Feedforward"
        framework_en = "Feedforward"
        about_fi = "Neuvon pyytäminen tuottaa käyttökelpoista palautetta."
        about_en = "Asking for advice yields usable input."

        [[steps]]
        id = "behaviour"
        kind = "text"
        prompt_fi = "Mikä toimintatapa?"
        prompt_en = "Which behaviour?"

        [[steps]]
        id = "whom"
        kind = "choice"
        options = [ { id = "colleague", fi = "Kollega", en = "Colleague" }, { id = "customer", fi = "Asiakas", en = "Customer" } ]
        prompt_fi = "Keneltä kysyt?"
        prompt_en = "Whom do you ask?"

        [[steps]]
        id = "question"
        kind = "text"
        prompt_fi = "Muotoile neuvopyyntö."
        prompt_en = "Phrase it as advice."

        [[steps]]
        id = "ask"
        kind = "info"
        prompt_fi = "Pyydä, kuuntele, kiitä."
        prompt_en = "Ask, listen, thank."

        [[steps]]
        id = "close_loop"
        kind = "text"
        later_days = 7
        prompt_fi = "Kerroitko, mitä kokeilit?"
        prompt_en = "Did you tell them what you tried?"
    """,
    "weekly_review": """
        [exercise]
        id = "weekly_review"
        minutes = 10
        rhythm = "weekly"
        skills = ["communication"]
        name_fi = "Viikkokatsaus"
        name_en = "Weekly review"
        purpose_fi = "Etsi toistuvat kuviot."
        purpose_en = "Find the patterns."
        framework_fi = "Mitä – mitä sitten – nyt mitä"
        framework_en = "What – so what – now what"
        about_fi = "Viikon rytmi auttaa."
        about_en = "A weekly rhythm helps."

        [[steps]]
        id = "goals"
        kind = "goals_review"
        optional = true
        prompt_fi = "Kokeilut"
        prompt_en = "Experiments"

        [[steps]]
        id = "scale"
        kind = "scale"
        min = 0
        max = 10
        min_label_fi = "ei lainkaan"
        min_label_en = "not at all"
        max_label_fi = "täysin"
        max_label_en = "fully"
        prompt_fi = "Fokustaito 0–10"
        prompt_en = "Focus skill 0–10"

        [[steps]]
        id = "now_what"
        kind = "if_then"
        prompt_fi = "Nyt mitä?"
        prompt_en = "Now what?"
    """,
    "load_check": """
        [exercise]
        id = "load_check"
        minutes = 4
        rhythm = "weekly"
        skills = ["eq.self_regulation"]
        name_fi = "Jaksamisen tarkistus"
        name_en = "Load check"
        purpose_fi = "Näe, miten vireesi näkyy."
        purpose_en = "See how your state shows."
        framework_fi = "Palautumiskokemukset"
        framework_en = "Recovery experiences"
        about_fi = "Palautuminen suojaa."
        about_en = "Recovery protects."

        [[steps]]
        id = "load"
        kind = "scale"
        min = 1
        max = 5
        prompt_fi = "Kuormitus 1–5"
        prompt_en = "Load 1–5"

        [[steps]]
        id = "recovery"
        kind = "if_then"
        count = 3
        prompt_fi = "Palautumisteko"
        prompt_en = "Recovery act"
    """,
    "presence_transition": """
        [exercise]
        id = "presence_transition"
        minutes = 1
        rhythm = "as_needed"
        skills = ["presence"]
        name_fi = "Läsnäolon siirtymä"
        name_en = "Presence transition"
        purpose_fi = "Saavu kohtaamiseen."
        purpose_en = "Arrive in the encounter."
        framework_fi = "Huomiojäämä"
        framework_en = "Attention residue"
        about_fi = "Keskeneräinen asia vie huomiota."
        about_en = "An open task takes attention."

        [[steps]]
        id = "park"
        kind = "text"
        prompt_fi = "Pysäköi keskeneräinen asia."
        prompt_en = "Park the open task."

        [[steps]]
        id = "after"
        kind = "scale"
        min = 1
        max = 5
        later_days = 1
        prompt_fi = "Pysyinkö läsnä?"
        prompt_en = "Did I stay present?"
    """,
}

LISTENING = """
version = 1
{statements}
"""
STATEMENT = """
[[statements]]
id = "{id}"
situation = "{situation}"
fi = "Suomeksi {id}: tämä on jo kolmas kerta!"
en = "In English {id}: this is the third time!"
paraphrase_fi = "Eli sinulle on tärkeää, että asia hoituu."
paraphrase_en = "So it matters to you that this gets sorted."
reflection_fi = "Kuulostaa siltä, että olet turhautunut."
reflection_en = "It sounds like you are frustrated."
clarifying_fi = "Mitä tarkoitat, kun sanot kolmas?"
clarifying_en = "What do you mean by the third?"
summary_fi = "Toimitus myöhästyi taas. Tarvitset varman päivän."
summary_en = "The delivery was late again. You need a firm date."
"""
STATEMENT_IDS = (("complaint_late", "complaint"), ("it_printer", "it_support"), ("sales_price", "sales"))


def write_library(root: Path, exercises: dict[str, str] | None = None, statements=STATEMENT_IDS) -> Path:
    """Write fixture content under `root`; return the exercises folder."""
    folder = root / "content" / "exercises"
    folder.mkdir(parents=True, exist_ok=True)
    for ex_id, text in (exercises or EXERCISES).items():
        (folder / f"{ex_id}.toml").write_text(textwrap.dedent(text), encoding="utf-8")
    body = "".join(STATEMENT.format(id=i, situation=s) for i, s in statements)
    (root / "content" / "listening.toml").write_text(LISTENING.format(statements=body), encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path, catalogue):
    return load_exercises(write_library(tmp_path), catalogue=catalogue)


def test_fixture_library_loads_every_field(library):
    assert library.ids() == sorted(EXERCISES)
    daily = library.get("daily_reflection")
    assert daily.version == 2 and daily.minutes == 3 and daily.rhythm == "daily"
    assert daily.skills == ("presence", "listening")
    assert daily.name("fi") == "Päivän pikareflektio" and daily.name("en") == "Daily quick reflection"
    assert daily.closing("en") == "Good, that is enough for today."
    assert [s.kind for s in daily.steps] == ["encounter", "text", "terms", "if_then"]
    assert daily.step("encounter").allow_new
    assert daily.step("went_well").help("fi") == "Yksi asia riittää." and daily.step("went_well").lines == 3
    assert daily.step("feeling").vocabulary == "emotions" and daily.step("feeling").max == 1
    assert daily.step("next_time").optional and daily.plan_step().id == "next_time"
    empathy = library.get("empathy_map")
    assert empathy.version == 1 and empathy.closings == {}
    assert [s.id for s in empathy.later_steps()] == ["check"] and empathy.step("check").later_days == 2
    observed = empathy.step("observed")
    assert observed.multiple and observed.option("did").label("en") == "Did"
    scale = library.get("weekly_review").step("scale")
    assert (scale.min, scale.max, scale.min_label("fi"), scale.max_label("en")) == (0, 10, "ei lainkaan", "fully")
    assert library.get("load_check").step("recovery").count == 3
    statement = library.statement("it_printer")
    assert statement.situation == "it_support"
    assert statement.model_answers("en")["reflection"] == "It sounds like you are frustrated."
    assert [s.id for s in library.statements()] == [i for i, _ in STATEMENT_IDS]


def _broken(tmp_path, ex_id, old, new):
    text = textwrap.dedent(EXERCISES[ex_id])
    assert old in text
    return write_library(tmp_path, {ex_id: text.replace(old, new), "listening_mirror": EXERCISES["listening_mirror"]})


@pytest.mark.parametrize(
    ("ex_id", "old", "new", "words"),
    [
        ("daily_reflection", 'name_en = "Daily quick reflection"\n', "", "name_en"),
        ("daily_reflection", 'prompt_en = "What went well?"', 'prompt_en = " "', "prompt_en"),
        ("daily_reflection", 'help_en = "One thing is enough."\n', "", "help_en"),
        ("daily_reflection", 'kind = "text"', 'kind = "essay"', "unknown step kind"),
        ("daily_reflection", 'id = "went_well"', 'id = "encounter"', "duplicate step id"),
        ("daily_reflection", 'vocabulary = "emotions"', 'vocabulary = "colours"', "vocabulary"),
        ("empathy_map", "later_days = 2", "later_days = 0", "later_days"),
        ("empathy_map", 'en = "Did" }', 'en = "" }', "option label en"),
        ("weekly_review", "max = 10", "max = 0", "min < max"),
        ("daily_reflection", 'rhythm = "daily"', 'rhythm = "hourly"', "rhythm"),
    ],
)
def test_gaps_and_mistakes_are_refused_by_name(tmp_path, catalogue, ex_id, old, new, words):
    with pytest.raises(ContentError, match=words):
        load_exercises(_broken(tmp_path, ex_id, old, new), catalogue=catalogue)


def test_unknown_skill_is_refused_only_with_a_catalogue(tmp_path, catalogue):
    folder = _broken(tmp_path, "daily_reflection", '"presence", "listening"', '"presence", "juggling"')
    assert "daily_reflection" in load_exercises(folder)
    with pytest.raises(ContentError, match="juggling"):
        load_exercises(folder, catalogue=catalogue)


def test_duplicate_exercise_ids_and_statement_gaps_are_refused(tmp_path, catalogue):
    folder = write_library(tmp_path, {"a": EXERCISES["load_check"], "b": EXERCISES["load_check"]})
    with pytest.raises(ContentError, match="duplicate exercise id"):
        load_exercises(folder)
    folder = write_library(tmp_path / "x", statements=(("same", "sales"), ("same", "sales")))
    with pytest.raises(ContentError, match="duplicate listening statement id"):
        load_exercises(folder)
    listening = folder.parent / "listening.toml"
    listening.write_text(listening.read_text("utf-8").replace('summary_en = "The delivery', 'summary_xx = "x'), "utf-8")
    with pytest.raises(ContentError, match="summary_en"):
        load_exercises(folder)


# -- the shipped library ------------------------------------------------------------------------

SHIPPED = resources_dir() / "content" / "exercises"
TWELVE = {
    "daily_reflection", "deep_reflection", "weekly_review", "empathy_map", "ofnr", "listening_mirror",
    "listening_level", "feedforward", "prepare_feedback", "prepare_difficult", "presence_transition", "load_check",
}


def test_the_shipped_library_is_complete(catalogue):
    library = load_default_library(catalogue)  # every key in both languages, skills known
    assert set(library.ids()) == TWELVE
    assert len(library.statements()) >= 18
    assert len({s.situation for s in library.statements()}) >= 5
    for ex in library.all():
        assert ex.steps and all(s.kind in STEP_KINDS for s in ex.steps)
        for lang in ("fi", "en"):
            assert ex.name(lang) and ex.purpose(lang) and ex.framework(lang) and ex.about(lang)
            assert all(s.prompt(lang) for s in ex.steps)
    later = {ex.id: [s.later_days for s in ex.later_steps()] for ex in library.all() if ex.later_steps()}
    assert later == {"empathy_map": [2], "listening_mirror": [1], "feedforward": [7], "prepare_feedback": [3],
                     "prepare_difficult": [1], "presence_transition": [1]}
