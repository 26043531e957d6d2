"""A small, strict iCalendar reader for tests, written from RFC 5545 alone (not icalendar).

It accepts only what the RFC calls a well-formed file: every physical line ends in
CRLF and holds no other CR or LF, is valid UTF-8 on its own (folding never splits a
character) and at most 75 octets long; a line starting with a space or a tab continues
the one before (§3.1 unfolding); BEGIN/END pairs nest; TEXT values use only the escapes
of §3.3.11. Anything else fails an assertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Component", "read_calendar", "physical_lines", "unescape", "split_list"]

_NAME = re.compile(r"[A-Za-z0-9-]+")
_ESCAPES = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}


@dataclass
class Component:
    name: str
    properties: list[tuple[str, str, str]] = field(default_factory=list)  # name, parameters, raw value
    children: list[Component] = field(default_factory=list)

    def raw(self, name: str) -> list[str]:
        return [value for prop, _params, value in self.properties if prop == name]

    def one(self, name: str) -> str:
        """The one raw value of property ``name`` (it must occur exactly once)."""
        values = self.raw(name)
        assert len(values) == 1, (name, values)
        return values[0]

    def text(self, name: str, default: str | None = None) -> str:
        """The unescaped TEXT value of ``name``; ``default`` when it is absent."""
        if default is not None and not self.raw(name):
            return default
        return unescape(self.one(name))

    def walk(self, name: str) -> list[Component]:
        found = [self] if self.name == name else []
        for child in self.children:
            found += child.walk(name)
        return found


def physical_lines(data: bytes) -> list[bytes]:
    """The lines of the file, each checked: CRLF only, UTF-8 on its own, ≤ 75 octets."""
    assert data.endswith(b"\r\n"), data[-20:]
    lines = data[:-2].split(b"\r\n")
    for line in lines:
        assert b"\r" not in line and b"\n" not in line, line
        line.decode("utf-8")  # raises when a fold cut a character in two
        assert len(line) <= 75, line
    return lines


def _split(line: str) -> tuple[str, str, str]:
    """A content line as name, parameters and raw value (§3.1: the value starts at the
    first colon that is not inside a quoted parameter value)."""
    match = _NAME.match(line)
    assert match, line
    name, rest, params = match.group().upper(), line[match.end():], ""
    if rest.startswith(";"):
        quoted, end = False, 1
        while end < len(rest) and (rest[end] != ":" or quoted):
            quoted ^= rest[end] == '"'
            end += 1
        params, rest = rest[1:end], rest[end:]
    assert rest.startswith(":"), line
    return name, params, rest[1:]


def read_calendar(data: bytes) -> Component:
    """The one top-level component of ``data``, with everything inside it."""
    logical: list[str] = []
    for raw in physical_lines(data):
        line = raw.decode("utf-8")
        if line[:1] in (" ", "\t"):
            assert logical, "the file starts with a continuation line"
            logical[-1] += line[1:]
        else:
            logical.append(line)
    stack: list[Component] = []
    roots: list[Component] = []
    for line in logical:
        name, params, value = _split(line)
        if name == "BEGIN":
            stack.append(Component(value))
        elif name == "END":
            assert stack and stack[-1].name == value, (value, [c.name for c in stack])
            done = stack.pop()
            (stack[-1].children if stack else roots).append(done)
        else:
            assert stack, line
            stack[-1].properties.append((name, params, value))
    assert not stack and len(roots) == 1, [c.name for c in roots]
    return roots[0]


def _scan(value: str, separator: str | None) -> list[str]:
    parts, current, index = [], [], 0
    while index < len(value):
        char = value[index]
        if char == "\\":
            following = value[index + 1:index + 2]
            assert following in _ESCAPES, f"bad escape in {value!r}"
            current.append(_ESCAPES[following])
            index += 2
            continue
        assert char != ";" and (char != "," or separator == ","), f"unescaped {char!r} in {value!r}"
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    return [*parts, "".join(current)]


def unescape(value: str) -> str:
    """A TEXT value as the user wrote it (§3.3.11)."""
    return _scan(value, None)[0]


def split_list(value: str) -> list[str]:
    """A list of TEXT values (CATEGORIES), split on the unescaped commas."""
    return _scan(value, ",")
