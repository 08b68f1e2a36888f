"""The wizard's preview: everything a ReportDocument would carry out of the laptop, as HTML.

Every user-written text is shown in full (that is what leaves); aggregates are summarised with
their counts. All text is escaped.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from tyokirja.domain.names import NameHit
from tyokirja.domain.report import ReportDocument

translate = QCoreApplication.translate


def _p(text: str) -> str:
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def _pairs(fields: list[tuple[str, str]]) -> str:
    return "".join(f"<p><i>{html.escape(label)}</i><br>{html.escape(text).replace(chr(10), '<br>')}</p>"
                   for label, text in fields)


def preview_html(doc: ReportDocument, hits: list[NameHit]) -> str:
    parts: list[str] = []
    if hits:
        words = ", ".join(h.word for h in hits)
        parts.append("<div style='background:#fff4d6;color:#000;padding:6px'>"
                     + _p(translate(
                         "ReportPreview",
                         "These words look like personal names: {words}. Other people should appear by role "
                         "only. Go back and leave the entry out or change its text, or confirm below that "
                         "they are not names.").replace("{words}", words)) + "</div>")
    for section in doc.sections:
        if section in ("feelings", "quotes"):
            continue
        parts.append(f"<h3>{html.escape(doc.text('section_' + section))}</h3>")
        parts.append(_section(doc, section))
    return "".join(parts)


def _section(doc: ReportDocument, section: str) -> str:
    if section == "cover":
        return _p(f"{doc.title} · {doc.period} · {doc.generated}") + _p(doc.text("cover_line"))
    if section == "agenda":
        return "".join(_p(line) for line in doc.agenda) or _p(translate("ReportPreview", "(empty)"))
    if section == "goals":
        if not doc.goals:
            return _p(translate("ReportPreview", "No goals in this period."))
        out = []
        for g in doc.goals:
            fields = [(doc.text("goal_status"), g.status)]
            fields += [(doc.text("goal_plans"), doc.text("goal_plan").format(**{"if": a, "then": b}))
                       for a, b in g.plans]
            fields += [(doc.text(k), v) for k, v in (("goal_signal", g.success_signal),
                                                     ("goal_happened", g.happened)) if v]
            out.append(f"<p><b>{html.escape(g.wish)}</b></p>" + _pairs(fields))
        return "".join(out)
    if section == "skills" and doc.skills is not None:
        s = doc.skills
        return _p(translate(
            "ReportPreview",
            "Your levels and their anchor sentences for %n skills, from {sessions} rating sessions. "
            "Your examples and notes are not included.", None, len(s.blocks))
                  .replace("{sessions}", str(s.sessions_n)))
    if section == "practice" and doc.practice is not None:
        x, y = doc.practice.active
        totals = ", ".join(f"{doc.text('kind_' + k)} {n}" for k, n in doc.practice.totals.items())
        return _p(translate(
            "ReportPreview", "Counts per week over %n weeks: {totals}. Active weeks {x}/{y}.",
            None, len(doc.practice.weeks))
                  .replace("{totals}", totals).replace("{x}", str(x)).replace("{y}", str(y)))
    if section == "patterns" and doc.patterns is not None:
        p = doc.patterns
        text = _p(translate(
            "ReportPreview",
            "Totals over %n entries: channels and situations, internal and external, difficulty, "
            "elements, listening levels and presence checks. No single entry is shown.", None, p.entries_n))
        if p.top_feelings is not None:
            text += _p(doc.text("patterns_feelings") + ": " + ", ".join(f"{c.label} ({c.n})" for c in p.top_feelings))
        return text
    if section == "feedback" and doc.feedback is not None:
        f = doc.feedback
        text = _p(", ".join(f"{c.label} {c.n}" for c in f.funnel))
        if f.themes:
            text += _p(doc.text("feedback_themes") + ": " + ", ".join(f"{t.skill} ({t.n})" for t in f.themes))
        for q in f.quotes or []:
            text += f"<p><b>{html.escape(q.heading)}</b></p>" + _pairs(q.fields)
        return text
    if section == "excerpts":
        if not doc.excerpts:
            return _p(translate("ReportPreview", "No entries chosen."))
        return "".join(f"<p><b>{html.escape(e.heading)}</b><br>{html.escape(e.meta)}</p>" + _pairs(e.fields)
                       for e in doc.excerpts)
    if section == "wellbeing" and doc.wellbeing is not None:
        return _p(translate(
            "ReportPreview",
            "Scale answers of %n load and recovery checks, and the sources of load. No free text.",
            None, doc.wellbeing.checks_n))
    if section == "metrics" and doc.metrics is not None:
        if not doc.metrics:
            return _p(doc.text("nothing_in_period"))
        return _p(", ".join(f"{m.label}: n = {len(m.points)}" for m in doc.metrics))
    if section == "appendix":
        return _p(translate("ReportPreview", "The anchor sentences of the rating scale (the same for everyone)."))
    return _p(doc.text("nothing_in_period"))
