"""The ``.scanvas`` project file (design.md §4).

A file is UTF-8 JSON::

    {"format": "strategy-canvas", "schema_version": 1, "app_version": "0.1.0",
     "saved_at": "2026-04-01T09:00:00Z", "plan": {...}}

Keys follow the model's field order (readable, and stable so that a plan kept in git
diffs cleanly); free-form maps (``competitor_scores``, ``period_targets``) are sorted.
Whole numbers are written without ``.0``.

Loading works on bytes and never writes: size limit → strict UTF-8 (BOM tolerated) →
JSON without NaN/Infinity or duplicate keys, depth-limited → envelope → migrations →
strict validation with the current model → no unknown fields (current-version files).
Every failure is a :class:`LoadError`. A file of a newer schema opens read-only with a
warning; its unknown fields are kept and survive a save (which keeps its version).

Saving serializes fully in memory, then replaces the file atomically keeping
``name.scanvas.bak`` (:mod:`.atomic`); every failure is a :class:`SaveError` and leaves
the old file byte-for-byte intact. Loading and saving return a :class:`FileStamp` of the
bytes read or written; passed back as ``save_plan(expect=...)`` it makes a save refuse
(code ``changed_on_disk``) to overwrite a file that someone else replaced meanwhile.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

import canvas_app
from canvas_app.model import Plan

from . import migrations
from .atomic import write_atomic
from .errors import LoadError, LoadWarning, SaveError
from .file_kind import NotAFileError, open_regular
from .json_reader import parse_json as _parse
from .limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_TEXT_CHARS
from .stamp import FileStamp, changed_since, stamp_of_bytes
from .validation import describe_location, first_overlong_text, first_unknown_field, params_from_validation_error

__all__ = [
    "FORMAT",
    "SUFFIX",
    "LoadedPlan",
    "LoadError",
    "SaveError",
    "LoadWarning",
    "load_plan",
    "load_bytes",
    "read_limited",
    "save_plan",
    "serialize",
    "envelope_dict",
    "FileStamp",
    "canonical_bytes",
    "plan_to_dict",
    "backup_path",
    "envelope_json_schema",
]

log = logging.getLogger(__name__)

FORMAT = "strategy-canvas"
SUFFIX = ".scanvas"
_ENVELOPE_KEYS = ("format", "schema_version", "app_version", "saved_at", "plan")


@dataclass(frozen=True)
class LoadedPlan:
    """A plan read from a file.

    Attributes:
        plan: the validated plan (migrated to the current schema when it was older).
        schema_version: the schema version the file was written in.
        read_only: true for a file of a newer schema: show it, do not overwrite it.
        warnings: what the user should be told (newer version, migrated).
        app_version / saved_at: from the envelope, as written ("" when absent).
        envelope_extra: unknown envelope keys of a newer file, kept for saving.
        stamp: size, time and hash of the bytes read (None for :func:`load_bytes`).
    """

    plan: Plan
    schema_version: int
    read_only: bool = False
    warnings: tuple[LoadWarning, ...] = ()
    app_version: str = ""
    saved_at: str = ""
    envelope_extra: dict[str, Any] = field(default_factory=dict)
    stamp: FileStamp | None = None


def backup_path(path: Path) -> Path:
    """Where the previous version of ``path`` is kept: ``name.scanvas.bak``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


# --------------------------------------------------------------------------- loading


def load_plan(path: str | os.PathLike[str]) -> LoadedPlan:
    """Read and validate a project file. Raises only :class:`LoadError`; a folder,
    pipe, device or socket is refused before anything is read from it."""
    path = Path(path)
    name = path.name or str(path)
    try:
        with open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise LoadError("too_large", {"file": name, "limit_mib": MAX_FILE_BYTES // (1024 * 1024)})
            data = read_limited(handle, size, MAX_FILE_BYTES)
            stat = os.fstat(handle.fileno())
            if len(data) > MAX_FILE_BYTES:  # it grew while we read it
                raise LoadError("too_large", {"file": name, "limit_mib": MAX_FILE_BYTES // (1024 * 1024)})
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError("not_found", {"file": name}) from None
    except NotAFileError as exc:
        raise LoadError("not_a_file", {"file": name, "kind": exc.kind}) from None
    except MemoryError:
        raise LoadError("too_large", {"file": name, "limit_mib": MAX_FILE_BYTES // (1024 * 1024)}) from None
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise LoadError("unreadable", {"file": name, "reason": reason}) from None
    loaded = load_bytes(data, name)
    return dataclasses.replace(loaded, stamp=stamp_of_bytes(data, stat))


def read_limited(handle: Any, size: int, limit: int) -> bytes:
    """Read an open binary file to its end, but at most ``limit + 1`` bytes. ``size`` is
    its size from ``fstat``: reading exactly that much (plus one byte to notice growth)
    keeps a small file's read small — ``read(limit)`` would allocate ``limit`` bytes."""
    data = handle.read(min(size, limit) + 1)
    if len(data) <= size:
        return data
    chunks = [data]
    total = len(data)
    while total <= limit and (chunk := handle.read(min(1 << 20, limit + 1 - total))):
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def load_bytes(data: bytes, source_name: str) -> LoadedPlan:
    """Validate the bytes of a project file; ``source_name`` names it in messages."""
    try:
        return _load(bytes(data), source_name)
    except LoadError:
        raise
    except MemoryError:
        raise LoadError("too_large", {"file": source_name, "limit_mib": MAX_FILE_BYTES // (1024 * 1024)}) from None
    except RecursionError:
        raise LoadError("too_deep", {"file": source_name, "limit": MAX_DEPTH}) from None
    except Exception as exc:  # noqa: BLE001 - the contract: nothing but LoadError escapes
        log.exception("unexpected error while loading %s", source_name)
        raise LoadError("internal", {"file": source_name, "reason": type(exc).__name__}) from exc


def _check_envelope(value: Any, name: str) -> tuple[int, dict[str, Any]]:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise LoadError("not_a_plan", {"file": name})
    version = value.get("schema_version")
    if type(version) is not int or version < 1:
        raise LoadError("bad_version", {"file": name, "version": str(version)[:20]})
    if not isinstance(value.get("plan"), dict):
        raise LoadError("not_a_plan", {"file": name})
    for key in ("app_version", "saved_at"):
        if key in value and not isinstance(value[key], str):
            raise LoadError("invalid_value", {"file": name, **describe_location(value, (key,)), "problem": "not_text",
                                              "detail": "", "expected": "", "limit": "", "more": 0})
        if len(value.get(key, "")) > MAX_TEXT_CHARS:  # the envelope's text is bounded like the plan's
            raise LoadError("invalid_value", {"file": name, **describe_location(value, (key,)), "problem": "too_long",
                                              "detail": "", "expected": "", "limit": str(MAX_TEXT_CHARS), "more": 0})
    return version, value["plan"]


def _validate(raw_plan: dict[str, Any], name: str, check_unknown: bool) -> Plan:
    try:
        encoded = json.dumps(raw_plan, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise LoadError("bad_text", {"file": name}) from None
    try:
        plan = Plan.model_validate_json(encoded, strict=True)
    except ValidationError as exc:
        code, params = params_from_validation_error(exc, raw_plan)
        raise LoadError(code, {"file": name, **params}) from None
    for index, snapshot in enumerate(plan.snapshots):
        prefix = ("snapshots", index, "plan")
        try:
            frozen = Plan.model_validate_json(json.dumps(snapshot.plan, ensure_ascii=False).encode("utf-8"), strict=True)
        except ValidationError as exc:
            code, params = params_from_validation_error(exc, raw_plan, prefix)
            raise LoadError(code, {"file": name, **params}) from None
        if check_unknown and (unknown := first_unknown_field(frozen)) is not None:
            _raise_unknown(raw_plan, prefix + unknown, name)
    if check_unknown and (unknown := first_unknown_field(plan)) is not None:
        _raise_unknown(raw_plan, unknown, name)
    return plan


def _raise_unknown(raw: dict[str, Any], loc: tuple[Any, ...], name: str) -> None:
    info = describe_location(raw, loc)
    raise LoadError("unknown_field", {"file": name, **info, "name": str(loc[-1])[:80]})


def _load(data: bytes, name: str) -> LoadedPlan:
    if len(data) > MAX_FILE_BYTES:
        raise LoadError("too_large", {"file": name, "limit_mib": MAX_FILE_BYTES // (1024 * 1024)})
    value = _parse(data, name)
    version, raw_plan = _check_envelope(value, name)
    current = migrations.SCHEMA_VERSION
    warnings: list[LoadWarning] = []
    extra = {key: value[key] for key in value if key not in _ENVELOPE_KEYS}
    if version > current:
        warnings.append(LoadWarning("newer_version", {"file": name, "version": version, "current": current}))
    else:
        if extra:
            key = next(iter(extra))
            raise LoadError("unknown_field", {**describe_location(value, (key,)), "file": name, "name": key[:80]})
        if version < current:
            try:
                raw_plan = migrations.migrate(raw_plan, version, current)
            except migrations.MigrationMissing as exc:
                raise LoadError("unsupported_version", {"file": name, "version": exc.version}) from None
            except (LoadError, MemoryError, RecursionError):
                raise
            except Exception as exc:  # noqa: BLE001 - a step choking on odd data
                log.warning("migration of %s failed: %r", name, exc)
                raise LoadError("migration_failed", {"file": name, "version": version, "current": current}) from None
            warnings.append(LoadWarning("migrated", {"file": name, "version": version, "current": current}))
        if (overlong := first_overlong_text(raw_plan, MAX_TEXT_CHARS)) is not None:
            raise LoadError("invalid_value", {"file": name, **describe_location(raw_plan, overlong), "problem": "too_long",
                                              "detail": "", "expected": "", "limit": str(MAX_TEXT_CHARS), "more": 0})
    plan = _validate(raw_plan, name, check_unknown=version <= current)
    return LoadedPlan(
        plan=plan,
        schema_version=version,
        read_only=version > current,
        warnings=tuple(warnings),
        app_version=value.get("app_version", ""),
        saved_at=value.get("saved_at", ""),
        envelope_extra=extra if version > current else {},
    )


# --------------------------------------------------------------------------- saving


def _whole_numbers(value: Any) -> Any:
    """Write 12.0 as 12: JSON has one number type, and diffs stay readable."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e300:
        return int(value)
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    return value


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: model field order, free maps sorted, unknown
    fields of a newer file kept."""
    data = _whole_numbers(plan.model_dump(mode="json"))
    for criterion in data.get("customers", {}).get("criteria", []):
        criterion["competitor_scores"] = dict(sorted(criterion.get("competitor_scores", {}).items()))
    for node in data.get("kpis", {}).get("nodes", []):
        node["period_targets"] = dict(sorted(node.get("period_targets", {}).items()))
    return data


def _dumps(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def canonical_bytes(plan: Plan) -> bytes:
    """The plan alone (no envelope, no timestamp) in the file's formatting: equal plans
    give equal bytes, so this can be hashed or compared."""
    return _dumps(plan_to_dict(plan))


def serialize(
    plan: Plan,
    extra_envelope: dict[str, Any] | None = None,
    *,
    schema_version: int | None = None,
    saved_at: str | None = None,
    app_version: str | None = None,
) -> bytes:
    """The complete file content. ``schema_version`` defaults to the current one; pass
    the version of a newer file (``LoadedPlan.schema_version``) with its
    ``envelope_extra`` to write its unknown fields back unchanged."""
    return _dumps(envelope_dict(plan, extra_envelope, schema_version=schema_version, saved_at=saved_at,
                                app_version=app_version))


def envelope_dict(
    plan: Plan,
    extra_envelope: dict[str, Any] | None = None,
    *,
    schema_version: int | None = None,
    saved_at: str | None = None,
    app_version: str | None = None,
) -> dict[str, Any]:
    """The file content as JSON-ready data (what :func:`serialize` writes)."""
    envelope: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": migrations.SCHEMA_VERSION if schema_version is None else schema_version,
        "app_version": canvas_app.__version__ if app_version is None else app_version,
        "saved_at": _now() if saved_at is None else saved_at,
        "plan": plan_to_dict(plan),
    }
    for key, value in (extra_envelope or {}).items():
        envelope.setdefault(key, value)
    return envelope


#: What a failed save tells the user, by the OS error (EDQUOT, over the disk quota, is
#: not defined everywhere).
_SAVE_CODES = MappingProxyType({
    **({errno.EDQUOT: "disk_full"} if hasattr(errno, "EDQUOT") else {}),
    errno.ENOSPC: "disk_full",
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.EROFS: "read_only",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EFBIG: "too_big",
    errno.EISDIR: "is_folder",
})


def save_plan(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    keep_backup: bool = True,
    schema_version: int | None = None,
    extra_envelope: dict[str, Any] | None = None,
    saved_at: str | None = None,
    expect: FileStamp | None = None,
) -> FileStamp | None:
    """Write ``plan`` to ``path`` atomically. Raises only :class:`SaveError`; then the
    file at ``path`` (and its backup) are exactly as before.

    With ``expect`` (the stamp of the file when it was opened or last saved), a file
    that now holds other bytes is left alone: code ``changed_on_disk``. Returns the
    stamp of the written file (None when it cannot be read back).

    The bytes are checked to load back before anything is written (code
    ``invalid_plan``). To save a plan opened from a newer file, pass its
    ``LoadedPlan.schema_version`` and ``envelope_extra`` so its unknown fields stay valid."""
    path = Path(path)
    name = path.name or str(path)
    try:
        data = serialize(plan, extra_envelope, schema_version=schema_version, saved_at=saved_at)
    except MemoryError:
        raise SaveError("too_large", {"file": name}) from None
    except (ValueError, TypeError) as exc:
        log.warning("cannot serialize plan for %s: %r", name, exc)
        raise SaveError("not_serializable", {"file": name}) from None
    if len(data) > MAX_FILE_BYTES:
        raise SaveError("too_large", {"file": name})
    try:
        # Never write a file we would refuse to open: an edit that left a dangling
        # reference, or unknown fields marked as the current schema, is refused here
        # (the plan stays in memory, the file on disk unchanged).
        load_bytes(data, name)
    except LoadError as error:
        raise SaveError("invalid_plan", {"file": name, "problem": error.message().rstrip("."),
                                         "load_code": error.code}) from None
    if expect is not None and changed_since(path, expect):
        raise SaveError("changed_on_disk", {"file": name, "folder": str(path.parent)})
    try:
        write_atomic(path, data, backup=backup_path(path) if keep_backup else None)
    except NotAFileError as exc:
        raise SaveError("not_a_file", {"file": name, "folder": str(path.parent), "kind": exc.kind}) from None
    except OSError as exc:
        code = _SAVE_CODES.get(exc.errno or 0, "other")
        reason = exc.strerror or type(exc).__name__
        raise SaveError(code, {"file": name, "folder": str(path.parent), "reason": reason}) from None
    try:
        return stamp_of_bytes(data, os.stat(path))
    except OSError:
        return None


def envelope_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a whole project file: the envelope, with the
    plan's schema (from the model) under ``properties.plan`` and its definitions hoisted
    to the top so that every ``$ref`` resolves."""
    plan_schema = Plan.model_json_schema(ref_template="#/$defs/{model}")
    definitions = plan_schema.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Strategy Canvas project file (.scanvas)",
        "type": "object",
        "required": ["format", "schema_version", "plan"],
        "properties": {
            "format": {"const": FORMAT},
            "schema_version": {"type": "integer", "const": migrations.SCHEMA_VERSION},
            "app_version": {"type": "string"},
            "saved_at": {"type": "string", "format": "date-time"},
            "plan": plan_schema,
        },
        "additionalProperties": False,
        "$defs": definitions,
    }
