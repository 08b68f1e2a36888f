"""Realistic ReportDocuments for the report tests (and for looking at the PDF by eye).

    sample_document("fi")                          every section, 1.9.2026 – 23.11.2026
    sample_document("en", sections=["cover", "skills"], agenda=["…"])
    large_document()                               twelve months: 53 weeks, 10 skills, 60 excerpts

Keyword overrides replace ReportDocument fields. Wording comes from resources/content/report.toml
and the rating items from ratings/bars.toml, so the samples read like a real report. As the service
does, the patterns' top feelings and the feedback quotes are filled only when "feelings" and
"quotes" are among the sections. Deterministic: the same arguments give the same document.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from tyokirja.domain.progress import PRACTICE_KINDS
from tyokirja.domain.rating import load_default_instrument
from tyokirja.domain.report import (
    SECTIONS,
    AnchorItem,
    Count,
    Excerpt,
    FeedbackQuote,
    FeedbackSection,
    FeedbackTheme,
    GoalBlock,
    MetricSeries,
    PatternsSection,
    Point,
    PracticeSection,
    ReportDocument,
    SkillBlock,
    SkillsSection,
    ThenNow,
    WeekBar,
    WellbeingSection,
    format_date,
    load_report_texts,
    period_label,
)
from tyokirja.resources import resources_dir

END = date(2026, 11, 23)
START_3M = date(2026, 9, 1)
START_12M = date(2025, 11, 24)

# Sample wording, Finnish and English.
PHRASES = {
    "agenda1": ("Miten pysyn rauhallisena, kun asiakas korottaa ääntään?",
                "How do I stay calm when a customer raises their voice?"),
    "agenda2": ("Palautteen pyytäminen kollegoilta tuntuu vielä kankealta.",
                "Asking colleagues for feedback still feels stiff."),
    "wish1": ("Kuuntelen asiakkaan loppuun ennen kuin ehdotan ratkaisua",
              "I listen to the customer to the end before I suggest a solution"),
    "if1": ("asiakas alkaa selittää ongelmaa", "a customer starts explaining a problem"),
    "then1": ("kirjoitan avainsanat ylös enkä keskeytä", "I note the key words and do not interrupt"),
    "if2": ("huomaan miettiväni vastausta", "I notice myself planning my answer"),
    "then2": ("palaan kuuntelemaan ja tiivistän kuulemani",
              "I come back to listening and summarise what I heard"),
    "signal": ("Asiakas sanoo ”juuri niin” tiivistykseni jälkeen.",
               "The customer says “exactly” after my summary."),
    "happened": ("Onnistui neljässä puhelussa kuudesta. Kiireessä unohdin.",
                 "Worked in four calls out of six. I forgot when rushed."),
    "next": ("Harjoittelen tiivistämistä Kuuntelupeili-harjoituksella.",
             "Practise summarising with the listening mirror exercise."),
    "wish2": ("Pyydän palautetta kerran viikossa", "I ask for feedback once a week"),
    "listening": ("Kuunteleminen", "Listening"),
    "feedback_skill": ("Palautteen antaminen ja vastaanottaminen", "Giving and receiving feedback"),
    "clarity": ("Selkeä ilmaisu", "Clear expression"),
    "internal": ("Sisäinen (työyhteisö)", "Internal (own organisation)"),
    "external": ("Ulkoinen (asiakkaat, kumppanit)", "External (customers, partners)"),
    "l1": ("1 Odotan vuoroani", "1 Waiting for my turn"),
    "l2": ("2 Kuulen sanat", "2 Hearing the words"),
    "l3": ("3 Kuulen sisällön ja tunteen", "3 Hearing content and feeling"),
    "l4": ("4 Eläydyn toisen tilanteeseen", "4 Empathic listening"),
    "feelings": ("helpotus jännitys ilo turhautuminen", "relieved tense glad frustrated"),
    "colleague": ("Kollega", "Colleague"),
    "behaviour": ("Tiivistit asiakkaan huolen ennen kuin vastasit.",
                  "You summarised the customer's worry before answering."),
    "impact": ("Asiakas rauhoittui selvästi.", "The customer clearly calmed down."),
    "take": ("Tiivistäminen ääneen.", "Summarising out loud."),
    "action": ("Kokeilen samaa tiimipalaverissa.", "I will try the same in the team meeting."),
    "load": ("Kuormitus", "Load"),
    "recovery": ("Palautuminen", "Recovery"),
    "workload": ("Työmäärä", "Workload"),
    "difficult": ("Vaikeat asiakastilanteet", "Difficult customer situations"),
    "interruptions": ("Keskeytykset", "Interruptions"),
    "reflection": ("Pohdinta", "Reflection"),
    "calm": ("Pysyin rauhallisena, vaikka palaveri venyi.", "I stayed calm even though the meeting ran over."),
    "ask_first": ("Kysyn ensin, mitä toinen jo tietää.\nSitten kerron oman osuuteni.",
                  "I will first ask what they already know.\nThen I will tell my part."),
    "complaint": ("Reklamaatio", "Complaint"),
    "meta": ("Asiakaspalvelija → Asiakas · Puhelin · Ulkoinen",
             "Customer service → Customer · Phone · External"),
    "facts": ("Asiakas soitti kolmannesta myöhästyneestä toimituksesta. Kuuntelin ensin loppuun ja toistin, "
              "mitä hän tarvitsee: varmuuden uudesta päivästä.",
              "The customer called about the third late delivery. I listened to the end first and repeated "
              "what they needed: certainty about the new date."),
    "mine": ("jännitys, helpotus", "tense, relieved"),
    "theirs": ("turhautunut", "frustrated"),
    "went_well": ("Annoin tilaa purkaa 🙂 ennen ratkaisua.", "I let them vent 🙂 before the solution."),
    "follow_up": ("Soitan perjantaina ja kerron tilanteen.", "I will call on Friday with an update."),
}
CHANNELS = [  # channel, situation (fi, en), count
    (("Kasvokkain", "Face to face"), ("Palvelutilanne", "Service"), 11),
    (("Puhelin", "Phone"), ("Reklamaatio", "Complaint"), 9),
    (("Video", "Video"), ("Kehityskeskustelu", "Development discussion"), 6),
    (("Sähköposti", "E-mail"), ("Tukipyyntö", "Support request"), 5),
    (("Chat", "Chat"), ("Palvelutilanne", "Service"), 4),
    (("Kasvokkain", "Face to face"), ("Neuvottelu", "Negotiation"), 3),
]


@cache
def _texts() -> dict[str, dict[str, str]]:
    return load_report_texts(resources_dir() / "content" / "report.toml")


@cache
def _toml(relative: str) -> dict:
    return tomllib.loads((resources_dir() / "content" / relative).read_text(encoding="utf-8"))


def texts(lang: str) -> dict[str, str]:
    """The report wording plus the two rating sentences the service adds at build time."""
    out = dict(_texts()[lang])
    bars = _toml("ratings/bars.toml")
    out["not_appraisal"] = bars[f"not_appraisal_{lang}"]
    out["response_shift_note"] = bars[f"response_shift_note_{lang}"]
    return out


def sample_document(lang: str = "fi", sections=None, **overrides) -> ReportDocument:
    """Every section filled over a three-month period (1.9.2026 – 23.11.2026)."""
    return _document(lang, sections, START_3M, n_skills=4, n_points=4, n_excerpts=3, overrides=overrides)


def large_document(lang: str = "fi", sections=None, **overrides) -> ReportDocument:
    """A twelve-month report: 53 weeks, 10 skills with 12 points each, 60 excerpts."""
    return _document(lang, sections, START_12M, n_skills=10, n_points=12, n_excerpts=60, overrides=overrides)


class _Sample:
    def __init__(self, lang: str, start: date, end: date):
        self.lang, self.start, self.end = lang, start, end
        self.t = texts(lang)
        self.rng = random.Random(f"{lang}-{start}")

    def p(self, key: str) -> str:
        return PHRASES[key][0 if self.lang == "fi" else 1]

    def date(self, day: date) -> str:
        return format_date(day, self.lang)

    def points(self, n: int, base: float) -> list[Point]:
        step = max(1, (self.end - self.start).days // max(1, n))
        level, out = base, []
        for i in range(n):
            level = min(5, max(1, level + self.rng.choice((-1, 0, 0, 1, 1))))
            out.append(Point(self.start + timedelta(days=3 + i * step), float(level)))
        return out

    def weeks(self) -> list[WeekBar]:
        monday = self.start - timedelta(days=self.start.weekday())
        choices = ((0, 1, 2, 2, 3, 4), (0, 0, 1, 1, 2), (0, 1, 1, 2, 3), (0, 0, 0, 1))
        out = []
        while monday <= self.end:
            quiet = self.rng.random() < 0.12
            counts = {k: 0 if quiet else self.rng.choice(c) for k, c in zip(PRACTICE_KINDS, choices)}
            out.append(WeekBar(monday, counts))
            monday += timedelta(days=7)
        return out

    def goals(self) -> list[GoalBlock]:
        p, t = self.p, self.t
        started = t["goal_started"].format(date=self.date(self.start + timedelta(days=6)))
        review = t["goal_review"].format(date=self.date(self.end + timedelta(days=14)))
        return [
            GoalBlock(p("wish1"), p("listening"), t["status_active"], [(p("if1"), p("then1")), (p("if2"), p("then2"))],
                      f"{started} · {review}", p("signal"), p("happened"), p("next")),
            GoalBlock(p("wish2"), p("feedback_skill"), t["status_continue"], [],
                      t["goal_started"].format(date=self.date(self.start + timedelta(days=20))), "", "", ""),
        ]

    def skills(self, n_skills: int, n_points: int) -> SkillsSection:
        items = load_default_instrument().items  # each item called by its skill's catalogue name
        blocks = []
        for i, item in enumerate(items[:n_skills]):
            points = self.points(n_points, 2 + i % 2)
            latest = int(points[-1].value)
            anchor = next(a.text(self.lang) for a in item.anchors if a.level == latest)
            blocks.append(SkillBlock(item.name(self.lang), points, latest, anchor, evidence_n=self.rng.randint(1, 9)))
        blocks[-1] = SkillBlock(blocks[-1].name, [], None, "", 0)  # one skill not rated in the period
        profile = [ThenNow(it.name(self.lang), self.rng.randint(1, 3), self.rng.randint(2, 5)) for it in items]
        profile[3] = ThenNow(profile[3].name, 3, None)
        retro = [ThenNow(it.name(self.lang), self.rng.randint(3, 4), self.rng.randint(1, 3)) for it in items[:3]]
        return SkillsSection(blocks, n_points, profile, (self.start + timedelta(days=2), self.end - timedelta(days=5)),
                             retro, (self.start + timedelta(days=9), self.end - timedelta(days=2)))

    def patterns(self, with_feelings: bool) -> PatternsSection:
        p, lang = self.p, 0 if self.lang == "fi" else 1
        elements = [(e[self.lang], self.rng.randint(8, 20), self.rng.randint(3, 10), self.rng.randint(0, 6))
                    for e in _toml("skills.toml")["elements"]]
        feelings = [Count(w, n) for w, n in zip(p("feelings").split(), (7, 6, 4, 3))]
        return PatternsSection(
            entries_n=38, channel_situation=[(c[lang], s[lang], n) for c, s, n in sorted(CHANNELS, key=lambda r: -r[2])],
            scopes=[Count(p("internal"), 14), Count(p("external"), 24)],
            difficulty_mean=3.2, difficulty_n=31, elements=elements,
            listening=[Count(p("l1"), 2), Count(p("l2"), 5), Count(p("l3"), 9), Count(p("l4"), 3)], listening_n=19,
            presence=self.points(9, 3), top_feelings=feelings if with_feelings else None)

    def feedback(self, with_quotes: bool) -> FeedbackSection:
        p, t = self.p, self.t
        heading = t["feedback_from"].format(role=p("colleague")) + " · " + self.date(self.end - timedelta(days=12))
        quote = FeedbackQuote(heading, [(t["feedback_behaviour"], p("behaviour")), (t["feedback_impact"], p("impact")),
                                        (t["feedback_take"], p("take")), (t["feedback_leave"], ""),
                                        (t["feedback_action"], p("action"))])
        stages = (("asked", 8), ("received", 6), ("processed", 5), ("closed", 3))
        funnel = [Count(t[f"stage_{s}"], n) for s, n in stages]
        themes = [FeedbackTheme(p("listening"), 4), FeedbackTheme(p("clarity"), 2)]
        return FeedbackSection(funnel, themes, [quote] if with_quotes else None)

    def excerpt(self, i: int, day: date) -> Excerpt:
        p, t = self.p, self.t
        if i % 3 == 2:
            return Excerpt("reflection", f"{p('reflection')} {self.date(day)}", "",
                           [(t["excerpt_went_well"], p("calm")), (t["excerpt_differently"], p("ask_first"))])
        return Excerpt("encounter", f"{self.date(day)} · {p('complaint')}", p("meta"),
                       [(t["excerpt_facts"], p("facts")), (t["excerpt_my_feelings"], p("mine")),
                        (t["excerpt_their_feelings"], p("theirs")), (t["excerpt_went_well"], p("went_well")),
                        (t["excerpt_follow_up"], p("follow_up"))])

    def wellbeing(self, n_weeks: int) -> WellbeingSection:
        p = self.p
        checks = n_weeks // 2
        return WellbeingSection([(p("load"), self.points(checks, 3)), (p("recovery"), self.points(checks, 3))], checks,
                                [Count(p("workload"), 6), Count(p("difficult"), 4), Count(p("interruptions"), 3)])


def _document(lang, sections, start, *, n_skills, n_points, n_excerpts, overrides) -> ReportDocument:
    sections = list(SECTIONS) if sections is None else list(sections)
    s = _Sample(lang, start, END)
    weeks = s.weeks()
    totals = {k: sum(w.counts[k] for w in weeks) for k in PRACTICE_KINDS}
    active = sum(1 for w in weeks if any(w.counts.values()))
    gap = max(1, (END - start).days // n_excerpts)
    doc = ReportDocument(
        lang=lang, title=s.t["title"], period=period_label(start, END, lang), generated=s.date(END),
        instrument_version=1, texts=s.t, sections=sections, start=start, end=END,
        agenda=[s.p("agenda1"), s.p("agenda2")],
        goals=s.goals(),
        skills=s.skills(n_skills, n_points),
        practice=PracticeSection(weeks, (active, len(weeks)), totals),
        patterns=s.patterns("feelings" in sections),
        feedback=s.feedback("quotes" in sections),
        excerpts=[s.excerpt(i, start + timedelta(days=5 + i * gap)) for i in range(n_excerpts)],
        wellbeing=s.wellbeing(len(weeks)),
        metrics=[MetricSeries(s.t["metric_csat"], 1, 5, s.points(6, 4), 4.0),
                 MetricSeries(s.t["metric_nps"], 0, 10, [Point(p.day, p.value * 2) for p in s.points(5, 4)], 8.0)],
        appendix=[AnchorItem(it.name(lang), it.questions[lang], [(a.level, a.text(lang)) for a in it.anchors])
                  for it in load_default_instrument().items],
    )
    return replace(doc, **overrides) if overrides else doc
