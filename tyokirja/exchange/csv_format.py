"""CSV export of the diary entries: one row per entry, one column per field, for spreadsheets.

Written for a Finnish spreadsheet user (docs/exchange-format.md, "CSV"): UTF-8 with a byte-order
mark (so Excel reads ä, ö, č and emoji as they are), semicolons between fields (the Finnish list
separator; the comma is the decimal separator there), CRLF line ends, every field quoted when it
holds a separator, a quote or a line break. The only numbers are whole (difficulty, the customer
metric), so no decimal separator is ever written; times are "YYYY-MM-DD HH:MM" in the entry's own
local time, which both LibreOffice and Excel read as a date and time. A text that starts with
=, +, -, @ or a tab would run as a formula in a spreadsheet; it gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from tyokirja.domain.encounter import Encounter

from .readable import ENTRY_KINDS, Wording

BOM = "\ufeff"
DELIMITER = ";"
COLUMNS = (
    "id", "occurred_at", "entry_title", "my_role", "counterpart_role", "scope", "channel", "situation",
    "difficulty", "facts", "my_feelings", "my_feelings_text", "their_feelings", "their_feelings_text",
    "impact_on_other", "went_well", "do_differently", "elements", "follow_up", "follow_up_due", "follow_up_done",
    "notes", "skills", "needs_completion", "share_with_coach", "org_metric", "created_at", "updated_at",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def row(enc: Encounter, w: Wording) -> list[str]:
    """One entry's cells, in COLUMNS order."""
    values = {
        "id": enc.id,
        "occurred_at": w.when(enc.occurred_at),
        "entry_title": enc.title,
        "difficulty": "" if enc.difficulty is None else str(enc.difficulty),
        "elements": w.elements(enc.elements),
        "follow_up": enc.follow_up.text,
        "follow_up_due": enc.follow_up.due.isoformat() if enc.follow_up.due else "",
        "follow_up_done": w.flag(enc.follow_up.done) if enc.follow_up.text or enc.follow_up.due else "",
        "needs_completion": w.flag(enc.needs_completion),
        "share_with_coach": w.flag(enc.share_with_coach),
        "org_metric": f"{enc.org_metric.kind.upper()} {enc.org_metric.value}" if enc.org_metric else "",
        "created_at": w.when(enc.created_at),
        "updated_at": w.when(enc.updated_at),
    }
    for name in ("my_role", "counterpart_role", "scope", "channel", "situation"):
        values[name] = w.label(ENTRY_KINDS[name], getattr(enc, name))
    for name in ("my_feelings", "their_feelings", "skills"):
        values[name] = w.labels(ENTRY_KINDS[name], getattr(enc, name))
    for name in ("facts", "my_feelings_text", "their_feelings_text", "impact_on_other", "went_well",
                 "do_differently", "notes"):
        values[name] = getattr(enc, name)
    return [_cell(values[name]) for name in COLUMNS]


def render(encounters: Iterable[Encounter], wording: Wording) -> str:
    """The CSV text (with its byte-order mark): a heading row in the user's language, then one row
    per entry in the order given."""
    return "".join(render_parts(encounters, wording))


def render_parts(encounters: Iterable[Encounter], wording: Wording, batch: int = 200) -> Iterator[str]:
    """render() in pieces, reading the entries one at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    buffer.write(BOM)
    writer.writerow([wording.text(name) for name in COLUMNS])
    for n, enc in enumerate(encounters, start=1):
        writer.writerow(row(enc, wording))
        if n % batch == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
