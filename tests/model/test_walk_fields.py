"""model.walk visits only the fields that can hold models, and still finds everything.

The walk skips fields whose type rules out a list and a model (a speed-up: the health
check, loading and every item lookup walk the whole plan); these tests compare it with a
naive walk over every field, so a new field type it wrongly skipped would show here.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, Optional, Union

import pytest
from pydantic import BaseModel

from canvas_app.model import Item, Plan
from canvas_app.model.walk import Location, _may_hold_models, iter_items
from canvas_app.storage.project_file import load_plan

from .full_plan import full_plan

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.scanvas"))


def naive_walk(root: BaseModel):
    """The walk as first written: every field, nested generators."""
    for field in type(root).model_fields:
        value = getattr(root, field)
        if isinstance(value, list):
            for index, element in enumerate(value):
                if isinstance(element, Item):
                    yield element, Location(root, field, index)
                    yield from naive_walk(element)
        elif isinstance(value, BaseModel):
            yield from naive_walk(value)


def same_walk(plan: Plan) -> None:
    fast = [(item, loc.owner, loc.field, loc.index) for item, loc in iter_items(plan)]
    slow = [(item, loc.owner, loc.field, loc.index) for item, loc in naive_walk(plan)]
    assert len(fast) == len(slow)
    assert all(a[0] is b[0] and a[1] is b[1] and a[2:] == b[2:] for a, b in zip(fast, slow, strict=True))


def test_the_full_plan_is_walked_like_every_field_were_visited():
    same_walk(full_plan())


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_the_samples_are_walked_like_every_field_were_visited(path):
    same_walk(load_plan(path).plan)


class _Colour(Enum):
    RED = "red"


@pytest.mark.parametrize("annotation", [str, int, float, bool, dt.date, dt.datetime, _Colour, Literal["a", "b"],
                                        Optional[str], Annotated[str, "meta"], Union[int, None], str | None])
def test_scalar_fields_are_skipped(annotation):
    assert not _may_hold_models(annotation)


@pytest.mark.parametrize("annotation", [list[str], list[Item], Item, Plan, Optional[Plan], Annotated[list[int], "m"],
                                        dict[str, Any], Any, object, tuple[Item, ...], "Plan"])
def test_anything_that_may_hold_a_list_or_a_model_is_kept(annotation):
    assert _may_hold_models(annotation)
