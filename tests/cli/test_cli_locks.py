"""The commands that write a plan never overwrite someone else's work: they hold the
plan's lock from their read to their write (a plan open in a window, or being written by
another command, is refused), and never write over a change saved after they read it —
``--force`` only lets them write past a lock."""

from __future__ import annotations

import errno
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import REPO, dead_pid, folder_state, lock_held_elsewhere, one_sentence, run, run_process

from canvas_app.text.language import Language
from canvas_app.export.excel import TAB_ORDER, workbook_bytes
from canvas_app.storage import lock as file_lock
from canvas_app.storage import project_file
from canvas_app.storage.lock import LockInfo, lock_path, read_lock
from canvas_app.storage.process import host_name

SAMPLE = REPO / "resources" / "samples" / "manufacturer_ja.scanvas"
KPI_ID, VALUE = 8, 6  # columns of the Actuals input sheet


@dataclass(frozen=True)
class Writer:
    """A command that writes the plan: its arguments, what forces it past a lock, and
    the function it calls when it looks at the plan before writing (module, name)."""

    argv: Callable[[Path, Path], list[object]]
    force: tuple[str, ...]
    looks: tuple[str, str]


WRITERS = {
    "upgrade": Writer(lambda plan, book: ["upgrade", plan], ("--force",), ("canvas_app.cli_support", "load_plan")),
    "import-actuals": Writer(lambda plan, book: ["import-actuals", plan, book], ("--force",),
                             ("canvas_app.cli_support", "load_plan")),
    "solve --write": Writer(lambda plan, book: ["solve", plan, "--target", "kpi-new-revenue", "--value", "6億",
                                                "--for", "kpi-leads-expo", "--write"], ("--force",),
                            ("canvas_app.cli_support", "load_plan")),
    "new --force": Writer(lambda plan, book: ["new", plan, "--force"], ("--force",),
                          ("canvas_app.cli_write", "stamp_of_file")),
}


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's exported workbook with one actual changed, as a team sends it back."""
    folder = tmp_path_factory.mktemp("book")
    data, _ = workbook_bytes(project_file.load_plan(SAMPLE).plan, Language(project_file.load_plan(SAMPLE).plan.settings.language))
    (folder / "export.xlsx").write_bytes(data)
    book = openpyxl.load_workbook(folder / "export.xlsx")
    sheet = book.worksheets[TAB_ORDER.index("actuals")]
    row = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, KPI_ID).value)
    sheet.cell(row, VALUE).value = 987654
    book.save(folder / "team.xlsx")
    return folder / "team.xlsx"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """plan.scanvas (the sample) with an older plan.scanvas.bak beside it."""
    target = tmp_path / "plans" / "plan.scanvas"
    target.parent.mkdir()
    shutil.copyfile(SAMPLE, target)
    project_file.backup_path(target).write_bytes(b'{"an": "older version"}\n')
    return target


def write_lock(plan: Path, info: LockInfo | None, age: float = 0) -> None:
    path = lock_path(plan)
    path.write_bytes(info.to_bytes() if info else b'{"format": "strategy-canvas-lock", "us')
    if age:
        moment = time.time() - age
        os.utime(path, (moment, moment))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@contextmanager
def held(kind: str, plan: Path) -> Iterator[tuple[str, ...]]:
    """Someone else holds the plan's lock; yields what the refusal must name."""
    if kind == "window here":
        with lock_held_elsewhere(plan) as pid:
            yield f" on {host_name()} since ", f"(process {pid})"
        return
    if kind == "another machine":
        write_lock(plan, LockInfo(user="sato", host="PC-12", pid=4711, since=_now(), token="theirs"))
        yield "sato on PC-12 since ", "(process 4711)"
        return
    write_lock(plan, None)  # damaged, and too fresh to be judged stale: someone is writing it
    yield ("someone else",)


HOLDERS = ["window here", "another machine", "unreadable lock"]


@pytest.mark.parametrize("holder", HOLDERS)
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_plan_someone_else_holds_is_not_written(capsys, plan: Path, workbook: Path, writer: str,
                                                   holder: str) -> None:
    with held(holder, plan) as named:
        before = folder_state(plan.parent)
        code, out, err = run(capsys, *WRITERS[writer].argv(plan, workbook))
        after = folder_state(plan.parent)
    assert (code, out) == (4, "")
    sentence = one_sentence(err)
    assert sentence.startswith("“plan.scanvas” is open by ") and all(part in sentence for part in named)
    assert "nothing was written" in sentence and "--force" in sentence
    assert after == before  # the plan, its .bak and their lock, byte for byte


def test_the_refusal_names_the_user_the_machine_the_time_and_the_process(capsys, plan: Path) -> None:
    write_lock(plan, LockInfo(user="sato", host="PC-12", pid=4711, since="2030-05-01T00:30:00Z", token="theirs"))
    code, _, err = run(capsys, "upgrade", plan)
    local = file_lock.LockInfo(since="2030-05-01T00:30:00Z").since_datetime().astimezone().strftime("%Y/%m/%d %H:%M")
    assert code == 4 and one_sentence(err) == (
        f"“plan.scanvas” is open by sato on PC-12 since {local} (process 4711), so nothing was written; "
        "close it there first, or use --force to write anyway.")
    code, _, err = run(capsys, "new", plan, "--force")
    assert code == 4 and one_sentence(err).endswith("or give --force twice to replace it anyway.")


STALE = {
    "dead process here": lambda plan: write_lock(plan, LockInfo(user="sato", host=host_name(), pid=dead_pid(),
                                                                since=_now(), token="theirs")),
    "machine silent for 13 hours": lambda plan: write_lock(
        plan, LockInfo(user="sato", host="PC-12", pid=4711, since="2026-05-01T00:00:00Z", token="theirs"),
        age=13 * 3600),
    "unreadable for 2 minutes": lambda plan: write_lock(plan, None, age=120),
}


@pytest.mark.parametrize("stale", sorted(STALE))
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_stale_lock_is_taken_over_and_gone_afterwards(capsys, plan: Path, workbook: Path, writer: str,
                                                         stale: str) -> None:
    STALE[stale](plan)
    old = plan.read_bytes()
    code, _, err = run(capsys, *WRITERS[writer].argv(plan, workbook))
    assert (code, err) == (0, "")
    assert plan.read_bytes() != old and project_file.backup_path(plan).read_bytes() == old
    assert not lock_path(plan).exists()
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.scanvas", "plan.scanvas.bak"]


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_force_writes_past_a_live_lock_and_leaves_that_lock_alone(capsys, plan: Path, workbook: Path,
                                                                  writer: str) -> None:
    old = plan.read_bytes()
    with lock_held_elsewhere(plan) as pid:
        theirs = lock_path(plan).read_bytes()
        code, _, err = run(capsys, *WRITERS[writer].argv(plan, workbook), *WRITERS[writer].force)
        assert lock_path(plan).read_bytes() == theirs
    assert code == 0
    warning = one_sentence(err)
    assert warning.startswith("Warning: “plan.scanvas” is open by ") and f"(process {pid})" in warning
    assert warning.endswith("writing it anyway (--force).")
    assert plan.read_bytes() != old and project_file.backup_path(plan).read_bytes() == old


def test_new_with_one_force_replaces_a_plan_nobody_has_open(capsys, plan: Path) -> None:
    old = plan.read_bytes()
    code, _, err = run(capsys, "new", plan, "--force")
    assert (code, err) == (0, "") and project_file.backup_path(plan).read_bytes() == old
    assert project_file.load_plan(plan).plan.strategy.goals == [] and not lock_path(plan).exists()


@pytest.mark.parametrize("forced", [False, True], ids=["plain", "forced"])
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_change_saved_after_the_command_read_the_plan_is_never_overwritten(
    capsys, monkeypatch: pytest.MonkeyPatch, plan: Path, workbook: Path, writer: str, forced: bool
) -> None:
    module, name = WRITERS[writer].looks
    looked = getattr(__import__(module, fromlist=[name]), name)
    theirs: dict[str, str] = {}

    def someone_saves_right_after(*args, **kwargs):
        result = looked(*args, **kwargs)
        # Another writer that ignores locks (an old version, a sync tool) saves now;
        # its save rotates the .bak as every save does.
        other = project_file.load_plan(plan).plan
        other.settings.title = "their change"
        project_file.save_plan(other, plan)
        theirs.update({n: d for n, d in folder_state(plan.parent).items() if not n.endswith(".lock")})
        return result

    monkeypatch.setattr(f"{module}.{name}", someone_saves_right_after)
    force = WRITERS[writer].force if forced else ()
    code, out, err = run(capsys, *WRITERS[writer].argv(plan, workbook), *force)
    assert (code, out) == (4, "")
    assert one_sentence(err) == ("Nothing was written: someone else changed “plan.scanvas” after this command "
                                 "read it, and their version is unchanged.")
    assert theirs and folder_state(plan.parent) == theirs  # their file and the .bak their save made; no lock left
    assert project_file.load_plan(plan).plan.settings.title == "their change"


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_second_command_cannot_write_while_the_first_is_between_read_and_write(
    capsys, monkeypatch: pytest.MonkeyPatch, plan: Path, workbook: Path, writer: str
) -> None:
    module, name = WRITERS[writer].looks
    looked = getattr(__import__(module, fromlist=[name]), name)
    second: list = []

    def another_command_now(*args, **kwargs):
        result = looked(*args, **kwargs)
        second.append(run_process("upgrade", str(plan), "--lang", "en"))
        return result

    monkeypatch.setattr(f"{module}.{name}", another_command_now)
    old = plan.read_bytes()
    code, _, err = run(capsys, *WRITERS[writer].argv(plan, workbook))
    assert (code, err) == (0, "")
    assert second[0].returncode == 4 and f"(process {os.getpid()})" in one_sentence(second[0].stderr)
    assert project_file.backup_path(plan).read_bytes() == old  # only the first command wrote
    assert not lock_path(plan).exists()


def _disk_full(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", full)
    return 4


def _unexpected(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    def bug(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("canvas_app.cli_write.save_plan", bug)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the crash log goes here
    return 1


def _interrupted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> int:
    def ctrl_c(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("canvas_app.cli_write.save_plan", ctrl_c)
    return 130


OUTCOMES = {"written": lambda monkeypatch, tmp_path: 0, "disk full": _disk_full, "unexpected error": _unexpected,
            "interrupted": _interrupted}


@pytest.mark.parametrize("outcome", sorted(OUTCOMES))
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_the_lock_is_held_from_read_to_write_and_released_whatever_happens(
    capsys, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, plan: Path, workbook: Path, writer: str, outcome: str
) -> None:
    module, name = WRITERS[writer].looks
    looked = getattr(__import__(module, fromlist=[name]), name)
    holders: list = []

    def note_the_holder(*args, **kwargs):
        holders.append(read_lock(plan))
        return looked(*args, **kwargs)

    monkeypatch.setattr(f"{module}.{name}", note_the_holder)
    expected = OUTCOMES[outcome](monkeypatch, tmp_path)
    code, _, _ = run(capsys, *WRITERS[writer].argv(plan, workbook))
    assert code == expected
    assert holders and holders[0] is not None and holders[0].pid == os.getpid()
    assert not lock_path(plan).exists()


@pytest.mark.parametrize("writer", ["upgrade", "import-actuals"])
def test_the_lock_is_released_when_the_plan_cannot_be_read(capsys, plan: Path, workbook: Path, writer: str) -> None:
    plan.write_bytes(b"{not json")
    code, _, err = run(capsys, *WRITERS[writer].argv(plan, workbook))
    assert code == 3 and "plan.scanvas" in one_sentence(err)
    assert not lock_path(plan).exists() and plan.read_bytes() == b"{not json"


def test_a_dry_run_writes_nothing_so_it_needs_no_lock(capsys, plan: Path, workbook: Path) -> None:
    with lock_held_elsewhere(plan):
        before = folder_state(plan.parent)
        code, out, err = run(capsys, "import-actuals", plan, workbook, "--dry-run")
        assert folder_state(plan.parent) == before
    assert (code, err) == (0, "") and "Dry run" in out


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_export_reads_a_plan_open_elsewhere_but_never_writes_it(capsys, plan: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out.{kind}"
    with lock_held_elsewhere(plan):
        before = folder_state(plan.parent)
        code, _, err = run(capsys, "export", plan, f"--{kind}", out)
        assert folder_state(plan.parent) == before
    assert (code, err) == (0, "") and out.stat().st_size > 0


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_export_never_writes_over_a_plan_someone_has_open(capsys, plan: Path, tmp_path: Path, kind: str) -> None:
    other = tmp_path / "other.scanvas"
    shutil.copyfile(SAMPLE, other)
    with lock_held_elsewhere(other) as pid:
        before = folder_state(tmp_path)
        code, _, err = run(capsys, "export", plan, f"--{kind}", other)
        assert folder_state(tmp_path) == before
    assert code == 4
    sentence = one_sentence(err)
    assert sentence.startswith("“other.scanvas” is open by ") and f"(process {pid})" in sentence
    assert sentence.endswith("or choose another file to write to.")


def test_export_over_a_plan_with_a_stale_lock_writes_and_clears_it(capsys, plan: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.ics"
    STALE["dead process here"](other)
    code, _, err = run(capsys, "export", plan, "--ics", other)
    assert (code, err) == (0, "") and other.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert not lock_path(other).exists()


@pytest.mark.parametrize(("command", "says"), [
    ("upgrade", "even while someone else has it open"),
    ("import-actuals", "even while someone else has it open"),
    ("new", "given twice, even while someone else has it open"),
])
def test_force_says_in_its_help_what_it_does(capsys, command: str, says: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    text = " ".join(out.split())
    assert code == 0 and "--force" in text and says in text
    if command != "new":
        assert "after this command read it is still never overwritten" in text
