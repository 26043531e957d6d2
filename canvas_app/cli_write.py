"""The commands that write a plan — ``new``, ``upgrade`` and ``import-actuals`` — never
overwrite someone else's work (docs/data-safety.md, "The command line").

- The plan's lock (``storage.lock``, the one the window takes) is held from before the
  command reads FILE until after it has written it, and released whatever happens. When
  someone else holds it (the plan is open in a window, or another command is writing
  it) the command writes nothing and exits 4 naming who has it and since when. A stale
  lock is taken over, as the window does. ``--force`` writes anyway, without a lock.
- The save passes the stamp of the bytes the command read: when someone changed FILE
  in between, nothing is written (exit 4), ``--force`` or not, and their version and
  the ``.bak`` stay as they are.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from canvas_app.cli_support import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, Failure, load, say
from canvas_app.i18n import language
from canvas_app.storage import lock as file_lock
from canvas_app.storage.project_file import LoadError, SaveError, backup_path, save_plan
from canvas_app.storage.samples import UnknownTemplate, list_templates, new_plan_from_template
from canvas_app.storage.stamp import stamp_of_file
from canvas_app.text.locks import holder_text

__all__ = ["holding_lock", "save", "cmd_new", "cmd_upgrade", "force_help"]


def force_help() -> str:
    """The help of ``--force`` of ``upgrade`` and ``import-actuals``."""
    return QCoreApplication.translate(
        "Cli", "write FILE even while someone else has it open (its lock file is held elsewhere); a change saved "
        "to FILE after this command read it is still never overwritten")


def _holder(info: file_lock.LockInfo | None) -> str:
    text = holder_text(info)
    if info is not None and info.pid and (info.user or info.host):
        text = QCoreApplication.translate("Cli", "{holder} (process {pid})").format(holder=text, pid=info.pid)
    return text


@contextmanager
def holding_lock(path: Path, *, force: bool, how_to_force: str | None = None) -> Iterator[None]:
    """Hold the lock of the plan ``path`` for the duration. Someone else's lock: exit 4
    (``how_to_force`` tells how to write anyway; default: use --force), or with
    ``force`` a warning and no lock. A folder that takes no lock file: go on (the save
    will say if it cannot write)."""
    try:
        held = file_lock.acquire(path)
    except file_lock.LockedError as locked:
        holder = _holder(locked.info)
        if not force:
            raise Failure(EXIT_OUTPUT, QCoreApplication.translate(
                "Cli", "“{file}” is open by {holder}, so nothing was written; close it there first, or {how}.")
                .format(file=path.name, holder=holder, how=how_to_force or _use_force())) from None
        say(QCoreApplication.translate("Cli", "Warning: “{file}” is open by {holder}; writing it anyway (--force).")
                 .format(file=path.name, holder=holder), sys.stderr)
        held = None
    try:
        yield
    finally:
        if held is not None:
            held.release()


def save(plan: Any, path: Path, lang: str, **kwargs: Any) -> None:
    """``save_plan`` for a command: a SaveError is exit 4 with its sentence in ``lang``."""
    try:
        save_plan(plan, path, **kwargs)
    except SaveError as error:
        if error.code == "changed_on_disk":
            raise Failure(EXIT_OUTPUT, QCoreApplication.translate(
                "Cli", "Nothing was written: someone else changed “{file}” after this command read it, "
                "and their version is unchanged.").format(file=path.name)) from None
        raise Failure(EXIT_OUTPUT, error.message(language(lang))) from None


def _use_force() -> str:
    return QCoreApplication.translate("Cli", "use --force to write anyway")


def cmd_new(args: argparse.Namespace, lang: str) -> int:
    path: Path = args.file
    force = args.force or 0

    def exists() -> bool:
        return path.exists() or path.is_symlink()

    already = QCoreApplication.translate(
        "Cli", "“{file}” already exists; use --force to replace it (the old file is kept as .bak).").format(file=path)
    if exists() and not force:
        raise Failure(EXIT_OUTPUT, already)
    try:
        plan = new_plan_from_template(args.template, lang)
    except UnknownTemplate:
        names = ", ".join(t.name for t in list_templates())
        raise Failure(EXIT_USAGE, QCoreApplication.translate(
            "Cli", "There is no template “{name}”; choose one of: {names}.").format(name=args.template, names=names)) from None
    except LoadError as error:
        raise Failure(EXIT_INPUT, error.message(language(lang))) from None
    twice = QCoreApplication.translate("Cli", "give --force twice to replace it anyway")
    with holding_lock(path, force=force >= 2, how_to_force=twice):
        if exists() and not force:  # made meanwhile
            raise Failure(EXIT_OUTPUT, already)
        save(plan, path, lang, expect=stamp_of_file(path))
    say(QCoreApplication.translate("Cli", "Created “{file}” from the template “{name}”.").format(
        file=path, name=args.template))
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.storage.migrations import SCHEMA_VERSION

    with holding_lock(args.file, force=args.force):
        loaded = load(args.file, lang)
        if loaded.read_only:
            raise Failure(EXIT_INPUT, QCoreApplication.translate(
                "Cli", "“{file}” was written by a newer version of Strategy Canvas (schema {version}); this version "
                "cannot upgrade it.").format(file=args.file.name, version=loaded.schema_version))
        save(loaded.plan, args.file, lang, keep_backup=True, expect=loaded.stamp)
    say(QCoreApplication.translate(
        "Cli", "Rewrote “{file}” in schema version {version}; the previous file is “{backup}”.").format(
            file=args.file, version=SCHEMA_VERSION, backup=backup_path(args.file).name))
    return EXIT_OK
