"""Numbers a plan cannot hold are named for what they are, where they are: a whole number
of thousands of digits (Python refuses to convert it), NaN, Infinity, a float too large."""

from __future__ import annotations

import sys

import pytest
from storage_helpers import FROZEN_V1

from canvas_app.storage.project_file import LoadError, load_bytes
from canvas_app.text.language import Language

VALID = FROZEN_V1.read_bytes()
TARGET = b'"target": 3000'  # the first KPI target in the frozen plan
LINE = VALID[: VALID.index(TARGET)].count(b"\n") + 1
COLUMN = VALID.index(TARGET) - VALID.rfind(b"\n", 0, VALID.index(TARGET)) + len(b'"target": ')
LIMIT = sys.get_int_max_str_digits()


def with_target(token: bytes) -> bytes:
    return VALID.replace(TARGET, b'"target": ' + token, 1)


def error_of(data: bytes) -> LoadError:
    with pytest.raises(LoadError) as info:
        load_bytes(data, "plan.scanvas")
    return info.value


def test_the_place_of_the_first_kpi_target_is_known() -> None:
    assert LINE > 1 and COLUMN > 1 and VALID.count(TARGET) >= 1


@pytest.mark.parametrize("digits", [LIMIT + 1, 5_000, 50_000])
@pytest.mark.parametrize("sign", [b"", b"-"])
def test_a_whole_number_with_too_many_digits_is_named_with_its_place(digits: int, sign: bytes) -> None:
    error = error_of(with_target(sign + b"9" * digits))
    assert error.code == "number_too_long"
    assert (error.params["digits"], error.params["line"], error.params["column"]) == (digits, LINE, COLUMN)
    message = error.message(Language("en"))
    assert message == (f"The file “plan.scanvas” contains a number with {digits} digits at line {LINE}, "
                       f"column {COLUMN}, more than a plan can hold.")
    assert "invalid JSON" not in message


@pytest.mark.parametrize(
    ("where", "line", "column"),
    [
        (b"1" * 5_000, 1, 1),  # the whole file
        (b"[1,\n  " + b"2" * 5_000 + b"]", 2, 3),
        (b'{"a": "' + b"7" * 5_000 + b'", "b": ' + b"7" * 5_000 + b"}", 1, 5_016),  # the same digits in a string first
    ],
)
def test_the_place_is_that_of_the_number_not_of_text_that_looks_like_it(where: bytes, line: int, column: int) -> None:
    error = error_of(where)
    assert (error.code, error.params["line"], error.params["column"]) == ("number_too_long", line, column)


def test_a_number_just_within_pythons_limit_reaches_validation() -> None:
    error = error_of(with_target(b"9" * LIMIT))
    assert error.code == "invalid_value" and error.params["location"].endswith("target")


@pytest.mark.parametrize("token", [b"NaN", b"Infinity", b"-Infinity", b"1e999", b"-1e999", b"1" * 400 + b".5"])
def test_a_value_that_is_not_a_finite_number_is_quoted(token: bytes) -> None:
    error = error_of(with_target(token))
    assert error.code == "not_finite"
    assert error.message(Language("en")) == (f"The file “plan.scanvas” contains “{token.decode()[:40]}”, which is not a number "
                               "a plan can hold.")


def test_without_a_place_the_sentence_leaves_it_out() -> None:
    from canvas_app.text.errors import load_error_message

    text = load_error_message("number_too_long", {"file": "plan.scanvas", "digits": 5000, "line": 0, "column": 0}, Language("en"))
    assert text == "The file “plan.scanvas” contains a number with 5000 digits, more than a plan can hold."
