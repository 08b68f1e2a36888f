"""The coach report (valmennusraportti): what the user chose to share, as plain data.

Pure data and rules (standard library only). The service (services/reporting.py) fills a
ReportDocument from the diary with exactly the sections and items in ReportOptions; the renderer
(reports/progress_pdf.py) draws only what the document holds. Private material is therefore
omitted at the source, never hidden in the PDF.

Sections, in report order (domain.md §5). DEFAULT_SECTIONS are on for a new export; the rest
need an explicit tick every time:

    cover, agenda, goals, skills, practice, patterns, feedback          on (aggregates, goals)
    sessions      coaching sessions held in the period and their agreements  on
    session_notes the notes of the sessions marked "notes may go into a report"
    excerpts      free-text diary and reflection content (items picked one by one)
    feelings      per-encounter feelings: the top feeling words, and feelings in the excerpts
    wellbeing     load and recovery checks (scales only)
    metrics       customer metrics (NPS, CSAT, CES) logged on entries, if the organisation shares them
    quotes        feedback quotes (what was said, what I take and leave)
    appendix      the rating anchors used                                  on
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .content import ContentError

SECTIONS = (
    "cover", "agenda", "goals", "sessions", "skills", "practice", "patterns", "feedback",
    "excerpts", "feelings", "wellbeing", "metrics", "quotes", "session_notes", "appendix",
)
DEFAULT_SECTIONS = frozenset({"cover", "agenda", "goals", "sessions", "skills", "practice", "patterns", "feedback",
                              "appendix"})
PRIVATE_SECTIONS = frozenset({"excerpts", "feelings", "wellbeing", "metrics", "quotes", "session_notes"})
ITEM_KINDS = ("encounter", "reflection", "feedback")  # excerpts: encounter, reflection; quotes: feedback
PERIODS = ("4w", "3m", "12m", "since")
MAX_AGENDA_LINES = 3
MAX_AGENDA_CHARS = 400
MAX_SESSION_AGENDA = 40  # lines a coaching session's agenda brings along
LANGS = ("fi", "en")

FI_MONTHS = ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ReportCancelled(Exception):
    """The user cancelled the export while the report was being made (nothing was written)."""


class ReportOptionError(ValueError):
    """ReportOptions that cannot make a report; `code` names the problem for the UI and the CLI."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def period_bounds(period: str, today: date, since: date | None = None) -> tuple[date, date]:
    """The first and last local day of a named period ending today (inclusive)."""
    if period == "4w":
        return today - timedelta(days=27), today
    if period == "3m":
        return _months_back(today, 3) + timedelta(days=1), today
    if period == "12m":
        return _months_back(today, 12) + timedelta(days=1), today
    if period == "since":
        if since is None:
            raise ReportOptionError("since_required")
        return since, today
    raise ReportOptionError("unknown_period", period)


def _months_back(day: date, months: int) -> date:
    month0 = day.year * 12 + day.month - 1 - months
    year, month = divmod(month0, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class ItemRef:
    """One record whose own text the user chose to include (kind from ITEM_KINDS)."""

    kind: str
    id: str


@dataclass
class ReportOptions:
    """Everything the user chose for one export."""

    start: date
    end: date
    lang: str = "fi"
    sections: frozenset[str] = DEFAULT_SECTIONS
    agenda: str = ""
    items: tuple[ItemRef, ...] = ()  # excerpts and quoted feedback, in the order chosen
    goal_ids: tuple[str, ...] | None = None  # None: every goal open in the period
    session_agenda: tuple[str, ...] = ()  # the next coaching session's agenda lines, before the own lines

    def check(self) -> None:
        """Raise ReportOptionError for options no report can be made from."""
        if self.lang not in LANGS:
            raise ReportOptionError("unknown_language", self.lang)
        unknown = sorted(set(self.sections) - set(SECTIONS))
        if unknown:
            raise ReportOptionError("unknown_section", ", ".join(unknown))
        if self.start > self.end:
            raise ReportOptionError("start_after_end")
        if len(agenda_lines(self.agenda)) > MAX_AGENDA_LINES or len(self.agenda) > MAX_AGENDA_CHARS:
            raise ReportOptionError("agenda_too_long")
        if len(self.session_agenda) > MAX_SESSION_AGENDA or any(len(s) > MAX_AGENDA_CHARS for s in self.session_agenda):
            raise ReportOptionError("agenda_too_long")
        for ref in self.items:
            if ref.kind not in ITEM_KINDS:
                raise ReportOptionError("unknown_item_kind", ref.kind)

    def has(self, section: str) -> bool:
        return section in self.sections

    def shared_items(self) -> tuple[ItemRef, ...]:
        """The items whose own text can leave: excerpts need their tick, feedback quotes theirs."""
        return tuple(ref for ref in self.items
                     if (ref.kind == "feedback" and self.has("quotes"))
                     or (ref.kind != "feedback" and self.has("excerpts")))


def agenda_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def parse_sections(text: str) -> frozenset[str]:
    """A comma-separated --include list; "default" stands for DEFAULT_SECTIONS."""
    out: set[str] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if not part:
            continue
        if part == "default":
            out |= DEFAULT_SECTIONS
        elif part in SECTIONS:
            out.add(part)
        else:
            raise ReportOptionError("unknown_section", part)
    return frozenset(out)


def load_report_texts(path: Path) -> dict[str, dict[str, str]]:
    """The report's wording by language: {"fi": {key: text}, "en": {...}}; every key in both."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for key, pair in raw.get("texts", {}).items():
        for lang in LANGS:
            text = pair.get(lang) if isinstance(pair, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise ContentError(f"{path.name}: {key} has no {lang} text")
            out[lang][key] = text
    return out


# -- dates -----------------------------------------------------------------------------------------


def format_date(day: date | datetime, lang: str) -> str:
    """A calendar day as people write it: 23.11.2026 in Finnish, 23 Nov 2026 in English."""
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def format_month(day: date, lang: str) -> str:
    """A month label for a chart axis: 'marras 26' / 'Nov 26'."""
    names = FI_MONTHS if lang == "fi" else EN_MONTHS
    return f"{names[day.month - 1]} {day.year % 100:02d}"


def period_label(start: date, end: date, lang: str) -> str:
    return f"{format_date(start, lang)} – {format_date(end, lang)}"


def default_file_name(end: date, lang: str) -> str:
    """A neutral name that says nothing about the content: valmennusraportti-2026-11-23.pdf."""
    stem = "valmennusraportti" if lang == "fi" else "coaching-report"
    return f"{stem}-{end.isoformat()}.pdf"


# -- the document the renderer draws ---------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    day: date
    value: float


@dataclass
class SkillBlock:
    name: str
    points: list[Point]  # monthly and weekly-focus levels 1–5 in the period
    latest_level: int | None
    latest_anchor: str  # the anchor sentence of the latest level ("" if none)
    evidence_n: int  # ratings of this skill in the period that carry evidence


@dataclass
class ThenNow:
    name: str
    then: int | None
    now: int | None


@dataclass
class SkillsSection:
    blocks: list[SkillBlock]
    sessions_n: int
    profile: list[ThenNow]  # the latest monthly rating vs. one at least four weeks older
    profile_dates: tuple[date | None, date | None]
    retro: list[ThenNow]  # then = rated at the time, now = re-rated in the retrospective
    retro_dates: tuple[date | None, date | None]


@dataclass
class WeekBar:
    monday: date
    counts: dict[str, int]  # PRACTICE_KINDS -> count


@dataclass
class PracticeSection:
    weeks: list[WeekBar]
    active: tuple[int, int]
    totals: dict[str, int]


@dataclass
class Count:
    label: str
    n: int


@dataclass
class PatternsSection:
    entries_n: int
    channel_situation: list[tuple[str, str, int]]  # channel, situation, count; most frequent first, then "others"
    scopes: list[Count]
    difficulty_mean: float | None
    difficulty_n: int
    elements: list[tuple[str, int, int, int]]  # element label, yes, partly, no
    listening: list[Count]  # levels 1–4 with their labels
    listening_n: int
    presence: list[Point]  # presence checks (1–5) after a presence transition
    top_feelings: list[Count] | None  # None unless the feelings section is ticked


@dataclass
class FeedbackTheme:
    skill: str
    n: int


@dataclass
class FeedbackQuote:
    heading: str  # when and from whom (by role)
    fields: list[tuple[str, str]]  # label, text


@dataclass
class FeedbackSection:
    funnel: list[Count]  # asked, received, processed, closed
    themes: list[FeedbackTheme]
    quotes: list[FeedbackQuote] | None  # None unless the quotes section is ticked


@dataclass
class GoalBlock:
    wish: str
    skill: str
    status: str
    plans: list[tuple[str, str]]  # if, then
    dates: str  # "started … · review …"
    success_signal: str
    happened: str  # review notes: what happened
    next_step: str  # the latest review's next step, if any
    id: str = ""  # the goal's id (for the export log, never printed)


@dataclass
class SessionBlock:
    """One coaching session held in the period: its day, mode and coach label, the agreements (text, what
    came of it) and, only when both ticks allow, its notes (label, text)."""

    heading: str
    meta: str
    agreements: list[tuple[str, str]]
    notes: list[tuple[str, str]] = field(default_factory=list)
    id: str = ""  # the session's id (never printed)


@dataclass
class Excerpt:
    kind: str  # ITEM_KINDS
    heading: str
    meta: str  # roles, channel, situation …: never names
    fields: list[tuple[str, str]]  # label, text (empty texts left out)


@dataclass
class WellbeingSection:
    series: list[tuple[str, list[Point]]]  # scale label, weekly points
    checks_n: int
    sources: list[Count]


@dataclass
class MetricSeries:
    label: str  # "NPS (0–10)"
    low: int  # the scale's fixed range (the chart never autoscales)
    high: int
    points: list[Point]
    mean: float | None


@dataclass
class AnchorItem:
    name: str
    question: str
    anchors: list[tuple[int, str]]


@dataclass
class ReportDocument:
    """Exactly what the PDF will hold. Texts are already in the report's language."""

    lang: str
    title: str
    period: str  # "1.9.2026 – 23.11.2026"
    generated: str
    instrument_version: int
    texts: dict[str, str]  # headings and fixed sentences (resources/content/report.toml)
    sections: list[str]  # the chosen sections in report order
    agenda: list[str] = field(default_factory=list)
    goals: list[GoalBlock] = field(default_factory=list)
    sessions: list[SessionBlock] = field(default_factory=list)
    skills: SkillsSection | None = None
    practice: PracticeSection | None = None
    patterns: PatternsSection | None = None
    feedback: FeedbackSection | None = None
    excerpts: list[Excerpt] = field(default_factory=list)
    wellbeing: WellbeingSection | None = None
    appendix: list[AnchorItem] = field(default_factory=list)
    metrics: list[MetricSeries] | None = None
    start: date | None = None  # the period's first and last local day (chart axes)
    end: date | None = None

    def text(self, key: str) -> str:
        return self.texts[key]


@dataclass(frozen=True)
class CoachExport:
    """One export, logged so the user can see what they shared and when (Raporttivienti)."""

    created_at: datetime
    start: date
    end: date
    lang: str
    sections: tuple[str, ...]
    items: tuple[ItemRef, ...]
    file_name: str  # the name only, never the folder
    file_hash: str  # sha256 of the PDF
    id: str = ""
