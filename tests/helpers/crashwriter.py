"""kill -9 crash harness: a child saving through the real save path, and the parent that kills it.

Child:  python -m tests.helpers.crashwriter DB   (from the repository root)
    Opens DB with open_diary and saves encounters through DiaryService.save in a loop. Each
    entry's facts are random hex and its notes the sha256 of the facts. Before a save it prints
    "try <seq> <id> <sha>", and only after save() returned "ack <seq> <id> <sha>" (flushed).
    Every fifth save rewrites an earlier entry (an UPDATE) instead of adding one.

Parent: run_kill9(folder, iterations, seed) starts the child, waits for "ready", kills it with
    SIGKILL after a seeded random 50–400 ms, reopens the diary with open_diary and checks the
    oracle (reliability.md §2.1): integrity_check is ok, every acknowledged save is present with
    its digest (or a newer one the child was trying), digests match the bodies, no sequence gaps.

TYOKIRJA_CRASHWRITER_UNSAFE=1 makes the CHILD run with journal_mode=OFF and synchronous=OFF: the
positive control that shows the oracle detects damage. Only this test helper reads it; the
application never does. No Qt is imported here (the child must start fast).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: the child imports tests.helpers from here
UNSAFE_ENV = "TYOKIRJA_CRASHWRITER_UNSAFE"
TITLE = re.compile(r"^crash-(\d+)$")
ZONE = timezone(timedelta(hours=2))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- child ------------------------------------------------------------------------------------


def child(db_path: Path) -> None:
    from tyokirja.domain.content import Catalogue
    from tyokirja.domain.encounter import Encounter
    from tyokirja.services.diary import DiaryService
    from tyokirja.storage.connection import open_diary
    from tyokirja.storage.drafts import DraftRepository
    from tyokirja.storage.encounters import EncounterRepository
    from tyokirja.storage.wordforms import preload, query_keys

    preload()  # as the app does at start: the first save should not wait for the word analyser
    query_keys("asiakkaan")  # its process has loaded (the app's saves come seconds after the start)
    db = open_diary(db_path)
    if os.environ.get(UNSAFE_ENV) == "1":
        db.conn.execute("PRAGMA journal_mode = OFF")
        db.conn.execute("PRAGMA synchronous = OFF")
    service = DiaryService(EncounterRepository(db), DraftRepository(db), Catalogue.load_default())
    known = {}
    for enc_id, title in db.execute("SELECT id, title FROM encounters"):
        match = TITLE.match(title)
        if match:
            known[int(match.group(1))] = enc_id
    seq = max(known, default=-1) + 1
    rng = random.Random(os.getpid())
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    base = datetime(2026, 1, 1, 8, tzinfo=ZONE)
    while True:
        body = os.urandom(rng.randint(5, 1000)).hex()  # 10–2000 characters
        sha = digest(body)
        if known and rng.random() < 0.2:
            target_seq = rng.choice(list(known))
            enc = service.get(known[target_seq]).copy(facts=body, notes=sha)
        else:
            target_seq = seq
            enc = Encounter(occurred_at=base + timedelta(minutes=seq), title=f"crash-{seq}", facts=body, notes=sha)
            seq += 1
        out.write(f"try {target_seq} {enc.id} {sha}\n")
        out.flush()
        service.save(enc)
        known[target_seq] = enc.id
        out.write(f"ack {target_seq} {enc.id} {sha}\n")
        out.flush()


# -- parent -----------------------------------------------------------------------------------


@dataclass
class Kill9Result:
    iterations: int = 0
    acknowledged: int = 0
    lost_acknowledged: int = 0
    integrity_failures: int = 0
    digest_mismatches: int = 0
    gaps: int = 0
    seed: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.lost_acknowledged + self.integrity_failures + self.digest_mismatches + self.gaps

    def as_dict(self) -> dict:
        data = asdict(self)
        data["failures"] = data["failures"][:20]
        return data


def _child_env(unsafe: bool) -> dict:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    if unsafe:
        env[UNSAFE_ENV] = "1"
    else:
        env.pop(UNSAFE_ENV, None)
    return env


def _one_run(db_path: Path, rng: random.Random, unsafe: bool, ready_timeout: float = 120.0) -> list[str]:
    """Start, kill, return the child's output lines.

    The child's stderr goes to a file (a pipe nobody reads could fill up and stall the child), and its
    "ready" is awaited at most `ready_timeout` seconds: a child that neither starts nor fails is a
    finding ("!child did not start ..."), not a hung test.
    """
    err_path = db_path.with_name("child-stderr.txt")
    with open(err_path, "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crashwriter", str(db_path)],
            stdout=subprocess.PIPE,
            stderr=err,
            env=_child_env(unsafe),
        )
        try:
            assert proc.stdout is not None
            with selectors.DefaultSelector() as selector:
                selector.register(proc.stdout, selectors.EVENT_READ)
                ready = selector.select(ready_timeout)
            first = proc.stdout.readline() if ready else b""
            if first.strip() != b"ready":
                proc.kill()
                proc.communicate(timeout=30)
                tail = err_path.read_text("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
                waited = "" if ready else f" within {ready_timeout:.0f} s"
                return [f"!child did not start{waited}: {tail[0]}"]
            time.sleep(rng.uniform(0.05, 0.40))
            proc.send_signal(signal.SIGKILL)
            rest, _err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return [line.decode() for line in rest.splitlines()]


def _check(db_path: Path, acked: dict[str, str], tried: dict[str, set[str]], max_acked_seq: int,
           result: Kill9Result, label: str, seen: dict[str, str] | None = None) -> None:
    from tyokirja.storage.connection import close_diary, open_diary
    from tyokirja.storage.errors import StorageError

    try:
        db = open_diary(db_path)
    except StorageError as exc:
        result.integrity_failures += 1
        reason = getattr(exc, "reason", "")
        result.failures.append(f"{label}: reopen refused ({type(exc).__name__} {reason} {exc})")
        return
    try:
        try:
            check = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
            rows = db.execute("SELECT id, title, facts, notes FROM encounters").fetchall()
        except Exception as exc:  # noqa: BLE001 - a damaged file may fail any query: that is what we count
            result.integrity_failures += 1
            result.failures.append(f"{label}: {type(exc).__name__}: {exc}")
            return
        if check != ["ok"]:
            result.integrity_failures += 1
            result.failures.append(f"{label}: integrity_check: {check[:3]}")
        present = {}
        seqs = []
        for enc_id, title, facts, notes in rows:
            match = TITLE.match(title)
            if not match:
                continue
            seqs.append(int(match.group(1)))
            present[enc_id] = notes
            if digest(facts) != notes:
                result.digest_mismatches += 1
                result.failures.append(f"{label}: body of {title} does not match its digest")
        for enc_id, sha in acked.items():
            if enc_id not in present:
                result.lost_acknowledged += 1
                result.failures.append(f"{label}: acknowledged entry {enc_id} missing")
            elif present[enc_id] != sha and present[enc_id] not in tried.get(enc_id, set()):
                result.lost_acknowledged += 1
                # where the version found came from tells a rolled-back write from damage or a harness slip
                origin = (seen or {}).get(present[enc_id], "never printed by the child")
                result.failures.append(f"{label}: acknowledged version {sha[:8]} of {enc_id} replaced by "
                                       f"{present[enc_id][:8]} ({origin})")
        if sorted(seqs) != list(range(len(seqs))) or len(seqs) <= max_acked_seq:
            result.gaps += 1
            result.failures.append(f"{label}: sequence numbers have gaps")
    finally:
        close_diary(db)


def run_kill9(folder: Path, iterations: int, seed: int, *, unsafe: bool = False, recreate_every: int = 25,
              stop_at_first_failure: bool = False) -> Kill9Result:
    """Kill the crash writer `iterations` times, checking the oracle after each kill."""
    rng = random.Random(seed)
    result = Kill9Result(seed=seed)
    started = time.monotonic()
    db_path = folder / "crash.sqlite"
    acked: dict[str, str] = {}
    tried: dict[str, set[str]] = {}
    seen: dict[str, str] = {}  # every version the child printed: sha -> "tried/acked in run N"
    max_acked_seq = -1
    for n in range(iterations):
        if n % recreate_every == 0:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            acked, tried, seen, max_acked_seq = {}, {}, {}, -1
        lines = _one_run(db_path, rng, unsafe)
        if lines and lines[0].startswith("!"):
            result.integrity_failures += 1
            result.failures.append(f"run {n}: {lines[0][1:]}")
        for line in lines:
            parts = line.split()
            if len(parts) != 4:
                continue  # a line cut short by the kill
            kind, seq, enc_id, sha = parts
            seen[sha] = f"{kind} in run {n}"
            if kind == "try":
                tried.setdefault(enc_id, set()).add(sha)
            elif kind == "ack":
                acked[enc_id] = sha
                tried[enc_id] = set()
                max_acked_seq = max(max_acked_seq, int(seq))
                result.acknowledged += 1
        before = result.failed
        _check(db_path, acked, tried, max_acked_seq, result, f"run {n} (seed {seed})", seen)
        result.iterations += 1
        if result.failed > before:
            # start again from a clean file so one damaged diary is counted once
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            acked, tried, seen, max_acked_seq = {}, {}, {}, -1
            if stop_at_first_failure:
                break
    result.seconds = round(time.monotonic() - started, 1)
    return result


def report(name: str, data: dict) -> None:
    """Append one result line to $TYOKIRJA_STRESS_REPORT (make stress prints the summary)."""
    target = os.environ.get("TYOKIRJA_STRESS_REPORT")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"name": name, **data}) + "\n")


def summary(path: Path) -> str:
    text = Path(path).read_text(encoding="utf-8") if Path(path).exists() else ""
    lines = [json.loads(x) for x in text.splitlines() if x.strip()]
    by_name = {entry["name"]: entry for entry in lines}
    out = ["", "== make stress summary =="]
    k9 = by_name.get("kill9")
    if k9:
        out.append(f"kill -9 iterations:        {k9['iterations']} (seed {k9['seed']}, {k9['seconds']} s)")
        out.append(f"acknowledged saves:        {k9['acknowledged']}")
        out.append(f"lost acknowledged saves:   {k9['lost_acknowledged']}")
        out.append(f"integrity failures:        {k9['integrity_failures']}")
        out.append(f"digest mismatches / gaps:  {k9['digest_mismatches']} / {k9['gaps']}")
    else:
        out.append("kill -9: NOT RUN")
    control = by_name.get("kill9_control")
    if control:
        out.append(f"positive control (journal OFF, sync OFF): first failure detected after "
                   f"{control['iterations']} kills ({control['failed']} failure(s))")
    else:
        out.append("positive control: NOT RUN")
    fuzz = by_name.get("import_fuzz")
    if fuzz:
        out.append(f"fuzzed imports tried:      {fuzz['tried']}")
        out.append(f"fuzz crashes:              {fuzz['crashes']}")
    else:
        out.append("import fuzz: NOT RUN")
    lock = by_name.get("stale_lock")
    out.append(f"stale lock reclaimed:      {lock['reclaimed']}/{lock['iterations']}" if lock
               else "stale lock: not run (no iteration setting exposed)")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--summary":
        print(summary(Path(argv[1])))
        return 0
    if len(argv) != 1:
        print("usage: python -m tests.helpers.crashwriter DB | --summary REPORT", file=sys.stderr)
        return 2
    child(Path(argv[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
