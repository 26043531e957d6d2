"""Strict JSON reading for project files: UTF-8 (BOM tolerated), no NaN/Infinity, no
duplicate keys, numbers that fit a float, whole numbers of at most the digits Python
converts (4,300 by default), and a nesting-depth limit. Every failure is a LoadError;
nothing else escapes for any input bytes."""

from __future__ import annotations

import json
import re
from typing import Any

from .errors import LoadError
from .limits import MAX_DEPTH

__all__ = ["parse_json", "json_depth"]

_BOM = b"\xef\xbb\xbf"


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


class _NotFinite(Exception):
    def __init__(self, token: str) -> None:
        self.token = token


class _TooManyDigits(Exception):
    def __init__(self, token: str) -> None:
        self.token = token


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _reject_constant(token: str) -> Any:
    raise _NotFinite(token)


def _finite_float(token: str) -> float:
    value = float(token)
    if value != value or value in (float("inf"), float("-inf")):
        raise _NotFinite(token)
    return value


def _whole_number(token: str) -> int:
    try:
        return int(token)
    except ValueError:  # more digits than Python converts (sys.get_int_max_str_digits)
        raise _TooManyDigits(token) from None


#: A JSON string (skipped) or a number, for finding a number the scanner refused.
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?')


def _position(text: str, token: str) -> tuple[int, int]:
    """Line and column (from 1) of the number ``token`` in ``text``, which the scanner
    does not tell: the first number outside strings written exactly so (everything
    before it parsed, so strings are delimited as the scanner saw them). (0, 0) when
    not found."""
    for match in _TOKEN.finditer(text):
        if match.group() == token:
            start = match.start()
            return text.count("\n", 0, start) + 1, start - text.rfind("\n", 0, start)
    return 0, 0


def json_depth(value: Any) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return deepest


def parse_json(data: bytes, name: str) -> Any:
    """The JSON value in ``data``; ``name`` names the file in errors."""
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise LoadError("not_utf8", {"file": name, "offset": exc.start}) from None
    if not text.strip():
        raise LoadError("empty", {"file": name})
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=_whole_number,
        )
    except json.JSONDecodeError as exc:
        raise LoadError("not_json", {"file": name, "line": exc.lineno, "column": exc.colno}) from None
    except _DuplicateKey as exc:
        raise LoadError("duplicate_key", {"file": name, "key": exc.key[:80]}) from None
    except _NotFinite as exc:
        raise LoadError("not_finite", {"file": name, "token": exc.token[:40]}) from None
    except _TooManyDigits as exc:
        line, column = _position(text, exc.token)
        digits = len(exc.token.lstrip("-"))
        raise LoadError("number_too_long", {"file": name, "digits": digits, "line": line, "column": column}) from None
    except RecursionError:
        raise LoadError("too_deep", {"file": name, "limit": MAX_DEPTH}) from None
    except ValueError:  # not expected from the hooks above; still one LoadError
        raise LoadError("not_json", {"file": name, "line": 0, "column": 0}) from None
    if json_depth(value) > MAX_DEPTH:
        raise LoadError("too_deep", {"file": name, "limit": MAX_DEPTH})
    return value
