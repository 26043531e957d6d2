"""Property: whatever the bytes, loading gives a valid Plan or LoadError — nothing else —
and the file on disk is never changed (design.md §8). Every example's load time and
memory peak are measured (storage_helpers.measured_load) and the worst are reported;
more hostile inputs are in test_load_fuzz_hostile.py."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from storage_helpers import FROZEN_V1, folder_state, measured_load

from canvas_app.model import Plan
from canvas_app.storage.project_file import LoadError, LoadedPlan, load_plan

VALID = FROZEN_V1.read_bytes()
VALID_JSON = json.loads(VALID)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


#: Generous bounds (the loader's limits make them hold; a breach means a regression such
#: as quadratic work or an unbounded copy). Typical loads take milliseconds.
MAX_SECONDS = 10.0
MAX_PEAK_BYTES = 64 * 2**20


def check_load(folder: Path, data: bytes, category: str = "other") -> LoadedPlan | None:
    """Write ``data``, load it, and check the only outcomes, time and memory, and that
    nothing changed."""
    path = folder / "fuzz.scanvas"
    path.write_bytes(data)
    before = folder_state(folder)
    loaded, error, seconds, peak = measured_load(path, category)
    if error is not None:
        assert isinstance(error, LoadError)
        message = error.message()
        assert isinstance(message, str) and message and "fuzz.scanvas" in message
    else:
        assert isinstance(loaded.plan, Plan)
    assert seconds < MAX_SECONDS
    assert peak < MAX_PEAK_BYTES + 12 * len(data), f"{peak / 2**20:.0f} MiB for {len(data)} bytes"
    assert folder_state(folder) == before
    return loaded


def containers(value, path=()):
    """Every (path, container) pair in parsed JSON, for picking a place to mutate."""
    found = []
    stack = [(path, value)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, dict):
            found.append((here, node))
            stack.extend((here + (k,), v) for k, v in node.items())
        elif isinstance(node, list):
            found.append((here, node))
            stack.extend((here + (i,), v) for i, v in enumerate(node))
    return found


ALL_CONTAINERS = containers(VALID_JSON)
FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@FUZZ
@given(data=st.binary(max_size=2000))
def test_random_bytes(folder: Path, data: bytes) -> None:
    check_load(folder, data, "random bytes")


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(VALID)))
def test_truncated_files(folder: Path, cut: int) -> None:
    loaded = check_load(folder, VALID[:cut], "truncated")
    assert loaded is None or cut >= len(VALID.rstrip())


@FUZZ
@given(position=st.integers(min_value=0, max_value=len(VALID) - 1), bit=st.integers(min_value=0, max_value=7))
def test_bit_flips(folder: Path, position: int, bit: int) -> None:
    data = bytearray(VALID)
    data[position] ^= 1 << bit
    check_load(folder, bytes(data), "bit flip")


def _mutate(data: st.DataObject, operation: str) -> dict:
    document = copy.deepcopy(VALID_JSON)
    index = data.draw(st.integers(min_value=0, max_value=len(ALL_CONTAINERS) - 1))
    path, _ = ALL_CONTAINERS[index]
    target = document
    for part in path:
        target = target[part]
    keys = list(target.keys()) if isinstance(target, dict) else list(range(len(target)))
    if operation == "delete" and keys:
        key = data.draw(st.sampled_from(keys))
        del target[key]
    elif operation == "replace" and keys:
        target[data.draw(st.sampled_from(keys))] = data.draw(json_values)
    elif operation == "insert":
        if isinstance(target, dict):
            target[data.draw(st.text(max_size=8))] = data.draw(json_values)
        else:
            target.insert(data.draw(st.integers(0, len(target))), data.draw(json_values))
    elif operation == "huge" and keys:
        target[data.draw(st.sampled_from(keys))] = "長" * data.draw(st.integers(100_000, 300_000))
    elif operation == "deep" and keys:
        nested: object = 1
        for _ in range(data.draw(st.sampled_from([99, 100, 101, 10_000]))):
            nested = [nested]
        target[data.draw(st.sampled_from(keys))] = nested
    elif operation == "duplicate_id":
        items = [c for _, c in ALL_CONTAINERS if isinstance(c, dict) and "id" in c]
        ids = sorted({c["id"] for c in items})
        if isinstance(target, dict) and "id" in target:
            target["id"] = data.draw(st.sampled_from(ids))
    elif operation == "dangling" and isinstance(target, dict):
        ref_keys = [k for k in target if k.endswith("_id") or k in ("children", "kpi_ids")]
        if ref_keys:
            key = data.draw(st.sampled_from(ref_keys))
            target[key] = ["nowhere"] if isinstance(target[key], list) else "nowhere"
    return document


def _deep_dumps(document: dict) -> bytes:
    try:
        return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except RecursionError:
        return b'{"format": "strategy-canvas", "schema_version": 1, "plan": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"


@FUZZ
@given(data=st.data(), operation=st.sampled_from(["delete", "replace", "insert", "huge", "deep", "duplicate_id", "dangling"]))
def test_mutated_valid_files(folder: Path, data: st.DataObject, operation: str) -> None:
    check_load(folder, _deep_dumps(_mutate(data, operation)), f"mutated: {operation}")


@FUZZ
@given(token=st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400"]), index=st.integers(0, 50))
def test_non_finite_numbers_anywhere(folder: Path, token: str, index: int) -> None:
    text = VALID.decode("utf-8")
    numbers = [i for i, line in enumerate(text.splitlines()) if line.rstrip(",").split(": ")[-1].replace(".", "").isdigit()]
    lines = text.splitlines()
    line_no = numbers[index % len(numbers)]
    head, _, tail = lines[line_no].rpartition(": ")
    lines[line_no] = f"{head}: {token}{',' if tail.endswith(',') else ''}"
    _, error, _, _ = measured_load(_write(folder, "\n".join(lines).encode("utf-8")), "NaN/Infinity")
    assert isinstance(error, LoadError) and error.code == "not_finite"


def _write(folder: Path, data: bytes) -> Path:
    path = folder / "nan.scanvas"
    path.write_bytes(data)
    return path
