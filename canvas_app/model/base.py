"""Shared base for every domain model: strict assignment, extras kept, stable ids."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

#: A stable item id: short, file- and URL-safe, never shown to the user as a name.
Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]

#: Free text typed by a user. Bounded so that a hostile file cannot make us hold
#: gigabytes in one field; 100,000 characters is far above any real note.
Text = Annotated[str, StringConstraints(max_length=100_000)]

#: A short label (names, owners, units).
Label = Annotated[str, StringConstraints(max_length=500)]


def new_id(prefix: str) -> str:
    """A fresh id such as ``goal-3f9a1c2b``; the prefix only helps a human reading JSON."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class DomainModel(BaseModel):
    """Base of all plan parts.

    ``extra="allow"`` keeps fields written by a newer app version so that they survive
    a save; the loader rejects unknown fields in files of the current version
    (see ``storage.project_file``), so typos in a hand-edited file are still caught.
    Assignment is validated so that an edit can never put a wrong type in the model.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_assignment=True,
        allow_inf_nan=False,
        use_enum_values=False,
        revalidate_instances="never",
    )


class Item(DomainModel):
    """Anything the user can add, remove, reorder or refer to: it has a stable id."""

    id: Id
