"""Search quality: precision and recall of the diary search on the Finnish quality set, per category.

    python bench/search_quality.py [--write LABEL] [--src PATH]

Stores the documents of tests/helpers/search_quality.py in a fresh diary through the real storage
code, runs every query through EncounterRepository (what the diary list shows) and prints a table.
`--src` runs another checkout's tyokirja (e.g. the code before issue 13) on the same set;
`--write LABEL` puts the table into bench/results.md between the search-quality markers.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def run(src: Path | None) -> dict[str, object]:
    sys.path.insert(0, str(ROOT))
    if src is not None:
        sys.path.insert(0, str(src))
    from tests.helpers.search_quality import evaluate, fill_diary
    from tyokirja.domain.encounter import Encounter, EncounterFilter
    from tyokirja.storage.connection import open_diary
    from tyokirja.storage.encounters import EncounterRepository

    with tempfile.TemporaryDirectory() as tmp:
        db = open_diary(Path(tmp) / "quality.sqlite")
        repo = EncounterRepository(db)
        when = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=2)))
        ids: dict[str, str] = {}

        def save(title: str, text: str) -> None:
            enc = repo.save(Encounter(occurred_at=when, title=title, facts=text))
            ids[enc.id] = title

        fill_diary(save)

        def search(query: str) -> set[str]:
            return {ids[s.id] for s in repo.summaries(EncounterFilter(text=query), limit=1000)}

        scores = evaluate(search)
        db.close()
    return scores


def table(scores: dict[str, object]) -> str:
    lines = ["| category | recall | precision | must found | look-alikes found |", "| --- | --- | --- | --- | --- |"]
    for name, s in scores.items():
        lines.append(f"| {name} | {s.recall:.2f} | {s.precision:.2f} | {s.found}/{s.found + s.missed} | "
                     f"{s.false_hits}/{s.judged_not} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--src", type=Path, help="another checkout whose tyokirja to measure")
    parser.add_argument("--misses", action="store_true", help="list each miss and false hit")
    args = parser.parse_args()
    scores = run(args.src)
    print(table(scores))
    if args.misses:
        for line in scores["all"].misses:
            print(" ", line)


if __name__ == "__main__":
    main()
