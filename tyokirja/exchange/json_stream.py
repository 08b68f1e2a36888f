"""Reading an export file record by record, with limits instead of a size cap (standard library only).

An export of a big diary is larger than any sensible whole-file cap, so the file is read in
chunks: the top-level object key by key, and each record array one record at a time. What a
hostile file could do to memory is bounded per value before it is parsed: a record (or a header
value) may be at most limits.MAX_RECORD_CHARS characters long, hold at most
limits.MAX_RECORD_VALUES strings, arrays and objects, and nest at most limits.MAX_DEPTH levels
(counted from the document); an array may hold at most limits.MAX_RECORDS records. A quick scan
finds where a value ends and checks those limits, then the standard library's C parser reads it.

Every refusal is an ImportRejected with the same codes as a whole-file read: "not_json" (with
the line and column of the first error, "encoding" or "syntax"), "too_deep", "too_large" (detail
"record") and "too_many".
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO, NoReturn

from . import limits
from .rejection import ImportRejected, is_plain_name

_UTF8_BOM = b"\xef\xbb\xbf"
_OTHER_BOMS = (b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\xfe\xff", b"\xff\xfe")
_CHUNK = 1 << 20  # characters read at a time
_WS = re.compile(r"[ \t\n\r]*")
_PLAIN = re.compile(r'[^"\[\]{}]*')  # up to the next string or bracket
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_SCALAR_END = re.compile(r"[\s,\]}:]")

# (kind, key or array name, value): kind "value" for a top-level key, "record" for one record
# of a record array, "array" when a record array begins (value None).
Event = tuple[str, str, object]


class DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__("duplicate key")
        self.key = key if is_plain_name(key) else None


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                            parse_int=limits.parse_int)


def _not_json(detail: str) -> ImportRejected:
    return ImportRejected(None, None, None, "not_json", detail)


def _values(value: object) -> int:
    """How many strings, arrays and objects `value` holds (itself included)."""
    count = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            count += 1
        elif isinstance(item, dict):
            count += 1 + len(item)  # the keys are strings too
            stack.extend(item.values())
        elif isinstance(item, list):
            count += 1
            stack.extend(item)
    return count


class StreamReader:
    """The events of one export file (see Event), read from the binary `stream` in chunks.

    `progress(done, total)` is called as the file is read (`total`: its size in bytes, 0 when
    unknown). Raises ImportRejected for the first problem found.
    """

    def __init__(self, stream: BinaryIO, record_arrays: tuple[str, ...], *, total: int = 0,
                 progress: Callable[[int, int], None] | None = None) -> None:
        self._stream = stream
        self._arrays = record_arrays
        self._total = total
        self._progress = progress
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._started = False
        self._bytes = 0
        # where self._buf starts in the whole text: characters, line (0-based), column of its first character
        self._line = 0
        self._col = 0

    # -- reading ------------------------------------------------------------------------------

    def _fill(self, want: int = _CHUNK) -> bool:
        """Read more text onto the buffer; False at the end of the file."""
        if self._eof:
            return False
        data = self._stream.read(want)
        if not self._started:
            self._started = True
            if data.startswith(_UTF8_BOM):
                data = data[len(_UTF8_BOM):]
            elif data.startswith(_OTHER_BOMS):
                raise _not_json("encoding")
        if b"\x00" in data:
            raise _not_json("encoding")
        self._bytes += len(data)
        try:
            text = self._decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise _not_json("encoding") from None
        if self._progress is not None and data:
            self._progress(self._bytes, self._total)
        if not data:
            self._eof = True
        self._buf += text
        return bool(data) or bool(text)

    def _drop(self, upto: int) -> None:
        """Forget the buffer before `upto`, keeping count of lines for error positions."""
        gone = self._buf[:upto]
        lines = gone.count("\n")
        if lines:
            self._line += lines
            self._col = len(gone) - gone.rfind("\n") - 1
        else:
            self._col += len(gone)
        self._buf = self._buf[upto:]
        self._pos -= upto

    def _where(self, pos: int) -> str:
        """line:column (1-based) of buffer position `pos` in the whole text."""
        before = self._buf[:pos]
        lines = before.count("\n")
        if lines:
            return f"{self._line + lines + 1}:{len(before) - before.rfind(chr(10))}"
        return f"{self._line + 1}:{self._col + len(before) + 1}"

    def _peek(self) -> str:
        """The next character after any whitespace ("" at the end of the text)."""
        if self._pos > _CHUNK:  # between values: nothing before the read position is needed again
            self._drop(self._pos)
        while True:
            self._pos = _WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def _expect(self, chars: str) -> str:
        char = self._peek()
        if char == "" or char not in chars:
            raise _not_json(self._where(self._pos))
        self._pos += 1
        return char

    # -- one value ----------------------------------------------------------------------------

    def _extent(self, depth: int, index: int | None, array: str | None) -> int:
        """Where the value starting at self._pos ends (exclusive), reading as much as it needs;
        refuses it when it breaks a limit. `depth`: the levels around it."""
        start = self._pos
        i = start
        level = 0
        values = 0
        want = _CHUNK
        while True:
            if i - start > limits.MAX_RECORD_CHARS:
                raise ImportRejected(index, None, None, "too_large", "record", array)
            if i >= len(self._buf):
                if not self._fill(want):
                    return len(self._buf)  # the parser names the error
                want = min(want * 2, 64 * _CHUNK)
                continue
            char = self._buf[i]
            if char == '"':
                found = _STRING.match(self._buf, i)
                if found is None:  # not closed yet: read on (the whole string is needed)
                    if len(self._buf) - start > limits.MAX_RECORD_CHARS:
                        raise ImportRejected(index, None, None, "too_large", "record", array)
                    if not self._fill(want):
                        return len(self._buf)
                    want = min(want * 2, 64 * _CHUNK)
                    continue
                i = found.end()
                values += 1
            elif char in "[{":
                level += 1
                values += 1
                if depth + level > limits.MAX_DEPTH:
                    raise ImportRejected(None, None, None, "too_deep", str(limits.MAX_DEPTH))
                i += 1
            elif char in "]}":
                level -= 1
                i += 1
            elif level == 0:  # a number or literal on its own
                end = _SCALAR_END.search(self._buf, i)
                if end is None:
                    if not self._fill(want):
                        return len(self._buf)
                    continue
                return end.start()
            else:
                i = _PLAIN.match(self._buf, i).end()  # type: ignore[union-attr]
                continue
            if values > limits.MAX_RECORD_VALUES:
                raise ImportRejected(index, None, None, "too_large", "record", array)
            if level <= 0:
                return i

    def _value(self, depth: int, index: int | None = None, array: str | None = None) -> object:
        """The JSON value at the read position, parsed once its end is known.

        Fast path: a value that lies whole in the buffer read so far (about a chunk: bounded) is
        parsed straight away and then held to the limits; anything else (a value longer than the
        buffer, broken JSON, a limit broken) goes the careful way: scan for its end under the
        limits first, then parse, or name the limit or the error.
        """
        self._peek()
        start = self._pos
        while not self._eof and len(self._buf) - start < _CHUNK // 16:
            self._fill()
        try:
            value, stop = _DECODER.raw_decode(self._buf, start)
        except (ValueError, RecursionError) as exc:
            if isinstance(exc, DuplicateKey):
                raise
        else:
            size = stop - start
            if (stop < len(self._buf) or self._eof) and size <= limits.MAX_RECORD_CHARS \
                    and (size <= 2 * limits.MAX_RECORD_VALUES or _values(value) <= limits.MAX_RECORD_VALUES) \
                    and not limits.deeper_than(value, limits.MAX_DEPTH - depth):
                self._pos = stop
                return value
        end = self._extent(depth, index, array)
        try:
            value, stop = _DECODER.raw_decode(self._buf, self._pos)
        except json.JSONDecodeError as exc:
            raise _not_json(self._where(exc.pos)) from None
        except DuplicateKey:
            raise
        except RecursionError:  # not reached: depth is checked first
            raise ImportRejected(None, None, None, "too_deep", str(limits.MAX_DEPTH)) from None
        except ValueError:
            raise _not_json("syntax") from None
        if stop != end and end < len(self._buf):  # the scan and the parser disagree: broken JSON
            raise _not_json(self._where(min(stop, end)))
        self._pos = stop
        return value

    # -- the document -------------------------------------------------------------------------

    def events(self) -> Iterator[Event]:
        """The top-level keys in file order; a record array as "array" then its "record"s. A
        document that is not a JSON object comes as one ("value", "", document)."""
        try:
            yield from self._document()
        except DuplicateKey as exc:
            raise ImportRejected(None, None, exc.key, "schema", "duplicate_key") from None

    def _document(self) -> Iterator[Event]:
        if self._peek() != "{":
            yield "value", "", self._value(0)
            self._end()
            return
        self._pos += 1
        seen: set[str] = set()
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                if self._peek() != '"':
                    raise _not_json(self._where(self._pos))
                key = self._value(1)
                assert isinstance(key, str)
                if key in seen:
                    raise DuplicateKey(key)
                seen.add(key)
                self._expect(":")
                if key in self._arrays and self._peek() == "[":
                    yield "array", key, None
                    yield from self._records(key)
                else:
                    yield "value", key, self._value(1)
                if self._expect(",}") == "}":
                    break
        self._end()

    def _records(self, array: str) -> Iterator[Event]:
        self._pos += 1  # the "["
        if self._peek() == "]":
            self._pos += 1
            return
        count = 0
        while True:
            count += 1
            if count > limits.MAX_RECORDS:
                raise ImportRejected(None, None, None, "too_many", str(limits.MAX_RECORDS), array)
            yield "record", array, self._value(2, count, array)
            if self._expect(",]") == "]":
                return

    def _end(self) -> None:
        if self._peek() != "":
            raise _not_json(self._where(self._pos))
