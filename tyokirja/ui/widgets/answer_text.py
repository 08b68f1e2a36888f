"""Stored step answers as readable text (earlier answers in the runner, a finished session, the finish view)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from .step_widgets import StepContext, attr, tx


def _t(text: str) -> str:
    return QCoreApplication.translate("AnswerText", text)


def plan_text(plan: dict) -> str:
    """One if–then plan as a sentence."""
    return _t("If {if}, then {then}").replace("{if}", (plan.get("if") or "").strip()).replace(
        "{then}", (plan.get("then") or "").strip())


def answer_text(step, value, ctx: StepContext) -> str:
    """The answer to one step as plain text; "" when there is nothing to show."""
    if value is None or value == "" or value == [] or (value is True and step.kind in ("info", "model_answers")):
        return ""
    kind = step.kind
    if kind == "choice":
        labels = {option.id: option.label(ctx.lang) for option in step.options}
        chosen = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(v, str(v)) for v in chosen)
    if kind == "terms":
        vocabulary = "needs" if attr(step, "vocabulary", "emotions") == "needs" else "emotions"
        return ", ".join(ctx.catalogue.label(vocabulary, v, ctx.lang) for v in value)
    if kind == "encounter":
        if ctx.diary is None:
            return ""
        try:
            return ctx.diary.get(value).title
        except Exception:  # noqa: BLE001 - the entry was deleted since
            return _t("(an entry no longer in the diary)")
    if kind == "if_then":
        plans = value if isinstance(value, list) else [value]
        return "\n".join(plan_text(p) for p in plans if any(str(v).strip() for v in p.values()))
    if kind == "statement":
        return "\u201c" + tx(ctx.statement, "text", ctx.lang) + "\u201d" if ctx.statement is not None else ""
    if kind == "goals_review":
        names = {"continue": _t("continue"), "adapted": _t("adapt"), "ended": _t("end")}
        wishes = {g.id: g.wish for g in ctx.goals}
        lines = []
        for item in value:
            line = wishes.get(item.get("goal_id"), "") + ": " + names.get(item.get("status"), "–")
            if item.get("note"):
                line += " — " + item["note"]
            lines.append(line)
        return "\n".join(lines)
    if isinstance(value, dict):
        return "; ".join(str(v) for v in value.values())
    return str(value)


def answers_html(steps, responses: dict, ctx: StepContext, upto: int | None = None) -> str:
    """Prompt and answer of each answered step (the first `upto` steps), as escaped rich text."""
    parts = []
    for step in steps[:upto] if upto is not None else steps:
        text = answer_text(step, responses.get(step.id), ctx)
        if not text:
            continue
        prompt = html.escape(tx(step, "prompt", ctx.lang))
        body = html.escape(text).replace("\n", "<br>")
        parts.append("<p><b>" + prompt + "</b><br>" + body + "</p>")
    return "".join(parts)
