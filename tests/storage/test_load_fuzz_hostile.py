"""More hostile input for the loader (with test_load_fuzz.py well over 1,000 examples per
run): wrong types at every leaf, duplicate keys written into the text, 10,000- and
100,000-deep nesting anywhere, NaN/Infinity and enormous numbers in place of any value,
stacked mutations, truncation combined with bit flips, broken Unicode, dangling and
duplicate ids, and 50 MB strings. The only outcomes are a valid plan or LoadError,
each measured for time and memory (see check_load)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_helpers import FROZEN_V1
from test_load_fuzz import check_load

from canvas_app.storage.limits import MAX_FILE_BYTES

VALID = FROZEN_V1.read_bytes()
DOCUMENT = json.loads(VALID)
PLACEHOLDER = "\u2063PLACEHOLDER\u2063"


def _walk(value, path=()):
    """(path, value) for every node of parsed JSON, iteratively."""
    stack = [(path, value)]
    while stack:
        here, node = stack.pop()
        yield here, node
        if isinstance(node, dict):
            stack.extend((here + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((here + (i,), v) for i, v in enumerate(node))


NODES = list(_walk(DOCUMENT))
LEAVES = [path for path, node in NODES if path and not isinstance(node, (dict, list))]
STRING_LEAVES = [path for path, node in NODES if path and isinstance(node, str)]
ANYWHERE = [path for path, _node in NODES if path]
ID_ITEMS = [path for path, node in NODES if isinstance(node, dict) and isinstance(node.get("id"), str)]
ALL_IDS = sorted({node["id"] for _p, node in NODES if isinstance(node, dict) and isinstance(node.get("id"), str)})
REF_FIELDS = [(path, key) for path, node in NODES if isinstance(node, dict)
              for key in node if key.endswith("_id") or key.endswith("_ids") or key == "children"]

def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, suppress_health_check=[
        HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
WRONG_VALUES = [None, True, False, 0, -1, 1.5, -1e308, 2**70, "", "text", "2026-13-45", [], {}, [1], {"a": 1},
                ["x"] * 3, {"id": 1}]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def _set(document, path, value):
    target = document
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def _get(document, path):
    for part in path:
        document = document[part]
    return document


def _with_text_at(path, text: str) -> bytes:
    """The valid file with the value at ``path`` replaced by raw JSON ``text``."""
    document = copy.deepcopy(DOCUMENT)
    _set(document, path, PLACEHOLDER)
    dumped = json.dumps(document, ensure_ascii=False, indent=2)
    return dumped.replace(json.dumps(PLACEHOLDER, ensure_ascii=False), text, 1).encode("utf-8", "surrogatepass")


@fuzz(100)
@given(index=st.integers(0, len(LEAVES) - 1), value=st.sampled_from(WRONG_VALUES))
def test_wrong_types_at_any_leaf(folder: Path, index: int, value) -> None:
    document = copy.deepcopy(DOCUMENT)
    _set(document, LEAVES[index], value)
    check_load(folder, json.dumps(document, ensure_ascii=False).encode("utf-8"), "wrong type")


DUPLICABLE_LINES = [n for n, line in enumerate(VALID.decode("utf-8").splitlines())
                    if line.strip().startswith('"') and '": ' in line and not line.rstrip().endswith(("{", "["))]


@fuzz(60)
@given(index=st.integers(0, len(DUPLICABLE_LINES) - 1), change=st.booleans())
def test_duplicate_keys_in_the_text(folder: Path, index: int, change: bool) -> None:
    lines = VALID.decode("utf-8").splitlines()
    n = DUPLICABLE_LINES[index]
    copy_line = lines[n].rstrip().rstrip(",")
    if change:
        copy_line = copy_line.rsplit(": ", 1)[0] + ": null"
    lines.insert(n, copy_line + ",")
    loaded = check_load(folder, "\n".join(lines).encode("utf-8"), "duplicate key")
    assert loaded is None


@fuzz(40)
@given(index=st.integers(0, len(ANYWHERE) - 1), depth=st.sampled_from([101, 1_000, 10_000, 100_000]),
       kind=st.sampled_from(["array", "object", "mixed"]))
def test_deep_nesting_anywhere(folder: Path, index: int, depth: int, kind: str) -> None:
    if kind == "array":
        text = "[" * depth + "]" * depth
    elif kind == "object":
        text = '{"a": ' * depth + "1" + "}" * depth
    else:
        text = '[{"a": ' * (depth // 2) + "[]" + "}]" * (depth // 2)
    assert check_load(folder, _with_text_at(ANYWHERE[index], text), "deep nesting") is None


@fuzz(60)
@given(index=st.integers(0, len(ANYWHERE) - 1),
       token=st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1E+400", "-0.0e99999"]))
def test_non_finite_values_anywhere(folder: Path, index: int, token: str) -> None:
    check_load(folder, _with_text_at(ANYWHERE[index], token), "NaN/Infinity")


@fuzz(20)
@given(index=st.integers(0, len(LEAVES) - 1), digits=st.integers(300, 20_000), sign=st.sampled_from(["", "-"]),
       fraction=st.booleans())
def test_enormous_numbers(folder: Path, index: int, digits: int, sign: str, fraction: bool) -> None:
    number = sign + "9" * digits + (".5" if fraction else "")
    check_load(folder, _with_text_at(LEAVES[index], number), "enormous number")


def _mutation(data: st.DataObject, document) -> None:
    operation = data.draw(st.sampled_from(["delete", "replace", "insert", "duplicate_id", "dangling", "swap"]))
    if operation == "delete":
        path = data.draw(st.sampled_from(ANYWHERE))
        try:
            parent = _get(document, path[:-1])
            del parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            pass
    elif operation == "replace":
        path = data.draw(st.sampled_from(ANYWHERE))
        try:
            _set(document, path, data.draw(st.sampled_from(WRONG_VALUES)))
        except (KeyError, IndexError, TypeError):
            pass
    elif operation == "insert":
        path = data.draw(st.sampled_from([p for p, n in NODES if isinstance(n, (dict, list))]))
        try:
            target = _get(document, path)
        except (KeyError, IndexError, TypeError):
            return
        if isinstance(target, dict):
            target[data.draw(st.text(max_size=12))] = data.draw(st.sampled_from(WRONG_VALUES))
        elif isinstance(target, list):
            target.append(copy.deepcopy(target[0]) if target and data.draw(st.booleans()) else None)
    elif operation in ("duplicate_id", "dangling"):
        if operation == "duplicate_id":
            path, key, value = data.draw(st.sampled_from(ID_ITEMS)), "id", data.draw(st.sampled_from(ALL_IDS))
        else:
            path, key = data.draw(st.sampled_from(REF_FIELDS))
            value = data.draw(st.sampled_from([["nowhere"], "nowhere", ALL_IDS[:2], "", [""]]))
        try:
            _set(document, path + (key,), value)
        except (KeyError, IndexError, TypeError):
            pass
    else:  # swap two lists' contents
        lists = [p for p, n in NODES if isinstance(n, list) and n]
        first, second = data.draw(st.sampled_from(lists)), data.draw(st.sampled_from(lists))
        try:
            a, b = _get(document, first), _get(document, second)
        except (KeyError, IndexError, TypeError):
            return
        if isinstance(a, list) and isinstance(b, list):
            a[:], b[:] = list(b), list(a)


@fuzz(100)
@given(data=st.data(), count=st.integers(2, 5))
def test_stacked_mutations(folder: Path, data: st.DataObject, count: int) -> None:
    document = copy.deepcopy(DOCUMENT)
    for _ in range(count):
        _mutation(data, document)
    check_load(folder, json.dumps(document, ensure_ascii=False).encode("utf-8"), "stacked mutations")


@fuzz(60)
@given(data=st.data())
def test_dangling_and_duplicate_ids(folder: Path, data: st.DataObject) -> None:
    document = copy.deepcopy(DOCUMENT)
    if data.draw(st.booleans()):
        path = data.draw(st.sampled_from(ID_ITEMS))
        _set(document, path + ("id",), data.draw(st.sampled_from(ALL_IDS)))
    else:
        path, key = data.draw(st.sampled_from(REF_FIELDS))
        current = _get(document, path + (key,))
        _set(document, path + (key,), ["ghost"] if isinstance(current, list) else "ghost")
    # Mostly a load error naming the item; an id changed where nothing refers to it (or
    # inside a snapshot, whose ids are its own) may still be a valid plan.
    check_load(folder, json.dumps(document, ensure_ascii=False).encode("utf-8"), "dangling/duplicate id")


@fuzz(60)
@given(cut=st.integers(0, len(VALID)), flips=st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 7)),
                                                      min_size=1, max_size=8))
def test_truncated_and_bit_flipped(folder: Path, cut: int, flips) -> None:
    data = bytearray(VALID[:cut] if cut else VALID)
    for position, bit in flips:
        if position < len(data):
            data[position] ^= 1 << bit
    check_load(folder, bytes(data), "truncated + bit flips")


@fuzz(30)
@given(index=st.integers(0, len(STRING_LEAVES) - 1),
       junk=st.sampled_from(['"\\ud800"', '"a\\udfffb"', '"\\u0000"', '"\\uDBFF\\uDBFF"']),
       raw=st.sampled_from([b"", b"\xc0\xaf", b"\xed\xa0\x80", b"\xef\xbb\xbf", b"\xff\xfe"]))
def test_broken_unicode(folder: Path, index: int, junk: str, raw: bytes) -> None:
    data = _with_text_at(STRING_LEAVES[index], junk)
    if raw:
        middle = len(data) // 2
        data = data[:middle] + raw + data[middle:]
    check_load(folder, data, "broken unicode")


FIFTY_MB = 50 * 1024 * 1024


@fuzz(4)
@given(index=st.integers(0, len(STRING_LEAVES) - 1), char=st.sampled_from(["a", "長"]))
def test_fifty_megabyte_strings(folder: Path, index: int, char: str) -> None:
    count = FIFTY_MB // len(char.encode("utf-8"))
    data = _with_text_at(STRING_LEAVES[index], '"' + char * count + '"')
    assert check_load(folder, data, "50 MB string") is None  # no text field holds 50 MB


def test_a_file_over_the_size_limit_is_refused_before_reading(folder: Path) -> None:
    data = b'{"format": "strategy-canvas", "schema_version": 1, "plan": {"x": "' + b"a" * MAX_FILE_BYTES + b'"}}'
    loaded = check_load(folder, data, "over the size limit")
    assert loaded is None
