"""JSON text exactly as the export writes it: json.dumps(..., ensure_ascii=False, indent=2), faster."""

from __future__ import annotations

import json
import json.encoder
from typing import Any


def dumps(document: dict[str, Any]) -> str:
    """The document as text exactly as it is written to disk: what json.dumps(document,
    ensure_ascii=False, indent=2) writes, plus a final newline, built about twice as fast (the
    standard library's indenting encoder is a pure-Python generator; an export holds millions of
    values)."""
    parts: list[str] = []
    _encode(document, "", parts)
    parts.append("\n")
    return "".join(parts)


_quote = json.encoder.encode_basestring  # the C implementation of a JSON string, non-ASCII as itself


_NULL, _TRUE, _FALSE = "null", "true", "false"


def _encode(value: object, indent: str, out: list[str]) -> None:
    """Append `value` as indented JSON; `indent` is the indentation of the line it starts on.

    Strings, None, booleans and ints inside a container are written in the container's own loop
    (no call per value): an export holds millions of them.
    """
    if isinstance(value, str):
        out.append(_quote(value))
    elif value is None:
        out.append(_NULL)
    elif isinstance(value, bool):
        out.append(_TRUE if value else _FALSE)
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, float):
        out.append(json.dumps(value))  # NaN and infinities never reach an export
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = indent + "  "
        sep = "\n" + inner
        out.append("{")
        for key, item in value.items():
            head = sep + _quote(key if isinstance(key, str) else json.dumps(key)) + ": "
            kind = type(item)
            if kind is str:
                out.append(head + _quote(item))
            elif item is None:
                out.append(head + _NULL)
            elif kind is bool:
                out.append(head + (_TRUE if item else _FALSE))
            elif kind is int:
                out.append(head + int.__repr__(item))
            else:
                out.append(head)
                _encode(item, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = indent + "  "
        sep = "\n" + inner
        out.append("[")
        for item in value:
            kind = type(item)
            if kind is str:
                out.append(sep + _quote(item))
            elif item is None:
                out.append(sep + _NULL)
            elif kind is bool:
                out.append(sep + (_TRUE if item else _FALSE))
            elif kind is int:
                out.append(sep + int.__repr__(item))
            else:
                out.append(sep)
                _encode(item, inner, out)
            sep = ",\n" + inner
        out.append("\n" + indent + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
