"""Schema migrations of the project file: pure functions ``vN → vN+1`` on plain dicts.

``MIGRATIONS[n]`` turns the ``plan`` object of a schema-``n`` file into the ``plan``
object of schema ``n + 1``. A step receives a dict parsed from JSON (it may modify and
return it; it must not touch the file) and must also migrate the plans frozen in
``plan["snapshots"][i]["plan"]`` (use :func:`for_each_snapshot_plan`).

To change the schema: bump :data:`SCHEMA_VERSION`, register the step for the old
version here, and freeze a file of the old version in ``tests/data/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SCHEMA_VERSION", "MIGRATIONS", "Migration", "migrate", "MigrationMissing", "for_each_snapshot_plan"]

#: The schema version this app writes.
SCHEMA_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]

#: ``MIGRATIONS[n]`` migrates a schema-``n`` plan to schema ``n + 1``. Empty: there has
#: been one schema so far.
MIGRATIONS: dict[int, Migration] = {}


class MigrationMissing(LookupError):
    """No step is registered to migrate from this version."""

    def __init__(self, version: int) -> None:
        super().__init__(version)
        self.version = version


def migrate(plan: dict[str, Any], from_version: int, to_version: int | None = None) -> dict[str, Any]:
    """Apply the registered steps in order, ``from_version`` → ``to_version``
    (default: the current :data:`SCHEMA_VERSION`). Read at call time, so tests can
    register steps with ``monkeypatch``."""
    target = SCHEMA_VERSION if to_version is None else to_version
    for version in range(from_version, target):
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationMissing(version)
        plan = step(plan)
        if not isinstance(plan, dict):
            raise TypeError(f"migration {version}→{version + 1} did not return a dict")
    return plan


def for_each_snapshot_plan(plan: dict[str, Any], step: Migration) -> None:
    """Apply ``step`` to every snapshot's frozen plan, in place (helper for migrations)."""
    snapshots = plan.get("snapshots")
    if not isinstance(snapshots, list):
        return
    for snapshot in snapshots:
        if isinstance(snapshot, dict) and isinstance(snapshot.get("plan"), dict):
            snapshot["plan"] = step(snapshot["plan"])
