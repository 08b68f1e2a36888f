"""Build a large, realistic Finnish encounter diary for benchmarks, through the real storage code.

    python bench/generate_diary.py --entries 20000 --db bench/work/diary.sqlite [--seed 1] [--years 10]

Entries spread over `years` years up to today (several on some days, none on others), use every
field of an encounter with catalogue ids, and are the same for the same seed and end day. Exactly
min(5, N) entries contain the rare word "sähkösanomapalvelin" (for search measurements); the
common word "asiakas" appears in thousands. An existing file is never overwritten without --force.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phrases_fi as P  # noqa: E402

from tyokirja.domain.content import Catalogue  # noqa: E402
from tyokirja.domain.encounter import ELEMENT_LEVELS, Encounter, FollowUp  # noqa: E402
from tyokirja.domain.validation import validate_encounter  # noqa: E402

ZONE = ZoneInfo("Europe/Helsinki")
RARE_COUNT = 5
COMMON_WORD = "asiakas"
BATCH = 1000

# How situations, roles and channels go together (weights; ids missing from the catalogue are skipped).
SITUATION_WEIGHTS = {"service": 22, "support": 18, "sales": 15, "complaint": 12, "development_talk": 10,
                     "negotiation": 8, "other": 15}
MY_ROLE_BY_SITUATION = {
    "service": {"service": 6, "sales": 2, "manager": 1, "other": 1},
    "support": {"it_support": 8, "service": 1, "consultant": 1},
    "sales": {"sales": 7, "consultant": 2, "manager": 1},
    "complaint": {"service": 5, "sales": 2, "manager": 2, "it_support": 1},
    "development_talk": {"manager": 8, "consultant": 1, "other": 1},
    "negotiation": {"sales": 3, "manager": 3, "consultant": 3, "other": 1},
    "other": {"manager": 2, "consultant": 2, "it_support": 2, "service": 2, "other": 2},
}
COUNTERPART_BY_SITUATION = {
    "service": {"customer": 9, "partner": 1},
    "support": {"colleague": 6, "customer": 3, "manager": 1},
    "sales": {"customer": 8, "partner": 2},
    "complaint": {"customer": 9, "partner": 1},
    "development_talk": {"report": 8, "manager": 2},
    "negotiation": {"partner": 4, "customer": 4, "manager": 2},
    "other": {"colleague": 5, "manager": 2, "report": 1, "other": 2},
}
CHANNEL_BY_SITUATION = {
    "service": {"phone": 4, "face_to_face": 3, "chat": 2, "email": 1},
    "support": {"chat": 4, "phone": 3, "video": 2, "email": 1},
    "sales": {"face_to_face": 5, "video": 3, "phone": 2},
    "complaint": {"phone": 4, "email": 3, "face_to_face": 2, "chat": 1},
    "development_talk": {"face_to_face": 7, "video": 3},
    "negotiation": {"face_to_face": 5, "video": 4, "phone": 1},
    "other": {"face_to_face": 6, "other": 2, "chat": 1, "video": 1},
}
INTERNAL_COUNTERPARTS = {"colleague", "report", "manager"}


@dataclass
class GenerationReport:
    path: str
    entries: int
    seed: int
    seconds: float
    file_bytes: int
    rare_word: str
    rare_entries: int
    common_word: str


def _pick(rng: random.Random, weights: dict[str, int], allowed: frozenset[str]) -> str:
    keys = [k for k in weights if k in allowed] or sorted(allowed)
    return rng.choices(keys, [weights.get(k, 1) for k in keys])[0]


def _days(rng: random.Random, start: date, end: date) -> tuple[list[date], list[float]]:
    """Every day in [start, end] with a weight: weekdays busy, weekends and holidays quiet, some days empty."""
    days, weights = [], []
    day = start
    while day <= end:
        w = rng.lognormvariate(0.0, 1.0)
        if day.weekday() >= 5:
            w *= 0.04
        if day.month == 7 or (day.month == 12 and day.day >= 22):
            w *= 0.15
        if rng.random() < 0.2:
            w = 0.0
        days.append(day)
        weights.append(w)
        day += timedelta(days=1)
    return days, weights


class _Composer:
    """Writes one entry's text from the phrase pools, with one coherent set of slot fillers."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def slots(self, counterpart: str | None) -> dict[str, str]:
        r = self.rng
        vasta = r.choice(P.COUNTERPARTS.get(counterpart or "other", P.COUNTERPARTS["other"]))
        jar, tuote, ongelma = r.choice(P.SYSTEMS), r.choice(P.PRODUCTS), r.choice(P.PROBLEMS)
        aihe, neuv = r.choice(P.DEV_TOPICS), r.choice(P.NEGOTIATION_TOPICS)
        return {
            "vasta": vasta[0], "Vasta": vasta[0][0].upper() + vasta[0][1:], "vasta_gen": vasta[1],
            "vasta_lle": vasta[2], "vasta_par": vasta[3],
            "jar": jar[0], "jar_gen": jar[1], "jar_ela": jar[2], "jar_ine": jar[3],
            "tuote": tuote[0], "tuote_gen": tuote[1], "tuote_ela": tuote[2], "tuote_par": tuote[3],
            "ongelma": ongelma[0], "ongelma_ela": ongelma[1], "aihe": aihe[0], "aihe_ela": aihe[1],
            "neuv": neuv[0], "neuv_ela": neuv[1], "aika": r.choice(P.TIMES), "dl": r.choice(P.DEADLINES),
            "n": str(r.randint(3, 14)),
        }

    @staticmethod
    def fill(template: str, slots: dict[str, str]) -> str:
        text = template.format(**slots)
        return text[0].upper() + text[1:]

    def sentences(self, pool: list[str], k: int, slots: dict[str, str]) -> list[str]:
        k = min(k, len(pool))
        return [self.fill(t, slots) for t in self.rng.sample(pool, k)]

    def facts(self, situation: str, channel: str | None, slots: dict[str, str]) -> str:
        r = self.rng
        shape = r.choices(["line", "one", "two", "many"], [12, 45, 28, 15])[0]
        paragraphs = {"line": 1, "one": 1, "two": 2, "many": r.randint(3, 4)}[shape]
        pool = P.FACTS.get(situation, P.FACTS["other"]) + P.COMMON_FACTS
        pool = pool + P.CHANNEL_FACTS.get(channel or "other", [])
        total = 1 if shape == "line" else sum(r.randint(2, 5) for _ in range(paragraphs))
        chosen = self.sentences(pool, total, slots)
        if shape != "line" and r.random() < 0.5:
            chosen.insert(0, self.fill(r.choice(P.OPENERS), slots))
        size = max(1, len(chosen) // paragraphs)
        paras = [chosen[i:i + size] for i in range(0, len(chosen), size)]
        return "\n\n".join(" ".join(p) for p in paras)

    def text(self, pool: list[str], slots: dict[str, str], chance: float, most: int = 3) -> str:
        if self.rng.random() >= chance:
            return ""
        return " ".join(self.sentences(pool, self.rng.randint(1, most), slots))


def _feelings(rng: random.Random, catalogue: Catalogue, difficulty: int, most: int) -> list[str]:
    emotions = catalogue.terms("emotions")
    unpleasant = difficulty / 6.0
    weights = [
        (unpleasant if t.valence == "unpleasant" else 1 - unpleasant if t.valence == "pleasant" else 0.3)
        for t in emotions
    ]
    picked: list[str] = []
    for _ in range(rng.randint(1, most)):
        term = rng.choices(emotions, weights)[0].id
        if term not in picked:
            picked.append(term)
    return picked


def build_encounters(entries: int, *, seed: int = 1, years: int = 10, end: datetime | None = None,
                     catalogue: Catalogue | None = None):
    """Yield `entries` encounters, oldest first, reproducible for the same seed and end moment."""
    catalogue = catalogue or Catalogue.load_default()
    end = (end or datetime.now(ZONE)).astimezone(ZONE)
    rng = random.Random(seed)
    comp = _Composer(rng)
    ids = {kind: catalogue.ids(kind) for kind in ("my_roles", "counterpart_roles", "scopes", "channels",
                                                   "situations")}
    element_ids = sorted(catalogue.ids("elements"))
    skill_ids = sorted(catalogue.ids("skills"))
    try:
        start = end.date().replace(year=end.year - years)
    except ValueError:  # 29 February
        start = end.date().replace(year=end.year - years, day=28)
    days, weights = _days(rng, start, end.date())
    chosen_days = sorted(rng.choices(days, weights, k=entries))
    rare = set(rng.sample(range(entries), min(RARE_COUNT, entries)))
    times = []
    for day in chosen_days:
        minutes = int(min(max(rng.gauss(12.5 * 60, 150), 7 * 60), 20 * 60))
        moment = datetime.combine(day, dtime(minutes // 60, minutes % 60), ZONE)
        back = rng.randint(1, 120)  # drawn every time, so the stream does not depend on the clock
        if moment > end:
            moment = end - timedelta(minutes=back)
        times.append(moment)
    times.sort()
    for index, occurred in enumerate(times):
        recent = (end - occurred).days < 30
        quick = rng.random() < (0.25 if recent else 0.04)
        enc = _quick(rng, comp, catalogue, occurred) if quick else _full(
            rng, comp, catalogue, occurred, end, ids, element_ids, skill_ids)
        if index in rare:
            enc.facts = (enc.facts + "\n\n" + P.RARE_SENTENCE).strip()
        created = min(occurred + timedelta(minutes=rng.randint(5, 600)), end)
        updated = created
        if rng.random() < 0.1:
            updated = min(created + timedelta(days=rng.randint(1, 20), minutes=rng.randint(0, 600)), end)
        enc.created_at, enc.updated_at = created, updated
        enc.id = "%032x" % rng.getrandbits(128)
        yield enc


def _quick(rng, comp: _Composer, catalogue: Catalogue, occurred: datetime) -> Encounter:
    slots = comp.slots(rng.choice(["customer", "colleague", "manager"]))
    feeling = _feelings(rng, catalogue, rng.randint(1, 5), 1) if rng.random() < 0.85 else []
    return Encounter(occurred_at=occurred, title=rng.choice(P.QUICK_TITLES),
                     facts=comp.fill(rng.choice(P.QUICK_FACTS), slots) if rng.random() < 0.9 else "",
                     my_feelings=feeling, needs_completion=True)


def _full(rng, comp: _Composer, catalogue: Catalogue, occurred: datetime, end: datetime, ids, element_ids,
          skill_ids) -> Encounter:
    situation = _pick(rng, SITUATION_WEIGHTS, ids["situations"])
    counterpart = _pick(rng, COUNTERPART_BY_SITUATION.get(situation, {}), ids["counterpart_roles"])
    channel = _pick(rng, CHANNEL_BY_SITUATION.get(situation, {}), ids["channels"])
    slots = comp.slots(counterpart)
    difficulty = min(5, max(1, round(rng.gauss(3.6 if situation == "complaint" else 2.6, 1.0))))
    scope = "internal" if counterpart in INTERNAL_COUNTERPARTS else "external"
    if counterpart == "other" or scope not in ids["scopes"]:
        scope = rng.choice(sorted(ids["scopes"]))
    elements = {}
    if rng.random() < 0.7:
        level_weights = [difficulty, 3, 6 - difficulty]
        for element in element_ids:
            if rng.random() < 0.8:
                elements[element] = rng.choices(ELEMENT_LEVELS, level_weights)[0]
    follow_up = FollowUp()
    if rng.random() < 0.35:
        due = occurred.date() + timedelta(days=rng.randint(1, 21)) if rng.random() < 0.85 else None
        past = due is not None and due < end.date()
        done = rng.random() < (0.8 if past else 0.15)
        follow_up = FollowUp(text=comp.fill(rng.choice(P.FOLLOW_UPS), slots), due=due, done=done)
    return Encounter(
        occurred_at=occurred,
        title=comp.fill(rng.choice(P.TITLES.get(situation, P.TITLES["other"])), slots),
        my_role=_pick(rng, MY_ROLE_BY_SITUATION.get(situation, {}), ids["my_roles"]) if rng.random() < 0.95 else None,
        counterpart_role=counterpart,
        scope=scope if rng.random() < 0.9 else None,
        channel=channel,
        situation=situation,
        difficulty=difficulty if rng.random() < 0.92 else None,
        facts=comp.facts(situation, channel, slots),
        my_feelings=_feelings(rng, catalogue, difficulty, 3),
        my_feelings_text=comp.text(P.MY_FEELINGS, slots, 0.7, 2),
        their_feelings=_feelings(rng, catalogue, difficulty, 2) if rng.random() < 0.6 else [],
        their_feelings_text=comp.text(P.THEIR_FEELINGS, slots, 0.55, 2),
        impact_on_other=comp.text(P.IMPACT, slots, 0.65),
        went_well=comp.text(P.WENT_WELL, slots, 0.75),
        do_differently=comp.text(P.DO_DIFFERENTLY, slots, 0.7),
        elements=elements,
        follow_up=follow_up,
        notes=comp.text(P.NOTES, slots, 0.2, 2),
        skills=sorted(rng.sample(skill_ids, rng.choice([0, 0, 1, 1, 2, 3]))),
        share_with_coach=rng.random() < 0.12,
    )


def remove_diary(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")


def generate_diary(path: Path, entries: int, *, seed: int = 1, years: int = 10, end: datetime | None = None,
                   force: bool = False) -> GenerationReport:
    """Write a new diary at `path` in one transaction; FileExistsError if it exists and not `force`."""
    from tyokirja.storage.connection import close_diary, open_diary
    from tyokirja.storage.encounters import EncounterRepository

    path = Path(path)
    if any(Path(f"{path}{s}").exists() for s in ("", "-wal")):
        if not force:
            raise FileExistsError(str(path))
        remove_diary(path)
    catalogue = Catalogue.load_default()
    began = time.perf_counter()
    db = open_diary(path)
    try:
        repo = EncounterRepository(db)
        batch: list[Encounter] = []
        with db.atomic():
            for enc in build_encounters(entries, seed=seed, years=years, end=end, catalogue=catalogue):
                problems = validate_encounter(enc, catalogue)
                if problems:
                    raise ValueError(f"generated an invalid entry: {problems}")
                batch.append(enc)
                if len(batch) >= BATCH:
                    repo.insert_many(batch)
                    batch = []
            repo.insert_many(batch)
        rare = db.execute("SELECT count(*) FROM encounters WHERE facts LIKE ?", [f"%{P.RARE_WORD}%"]).fetchone()[0]
    finally:
        close_diary(db)
    return GenerationReport(str(path), entries, seed, round(time.perf_counter() - began, 3),
                            path.stat().st_size, P.RARE_WORD, rare, COMMON_WORD)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large Finnish benchmark diary.")
    parser.add_argument("--entries", type=int, required=True)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--until", type=date.fromisoformat, help="last day (YYYY-MM-DD); default today")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--json", action="store_true", help="print the report as one JSON line")
    args = parser.parse_args(argv)
    if args.entries < 1 or args.years < 1:
        parser.error("--entries and --years must be positive")
    end = datetime.combine(args.until, dtime(23, 59), ZONE) if args.until else None
    try:
        report = generate_diary(args.db, args.entries, seed=args.seed, years=args.years, end=end,
                                force=args.force)
    except FileExistsError:
        print(f"{args.db} exists; not overwriting it (use --force to replace it)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(asdict(report)))
    else:
        print(f"{report.entries} entries in {report.seconds:.1f} s -> {report.path} "
              f"({report.file_bytes / 1e6:.1f} MB); {report.rare_entries} contain {report.rare_word!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
