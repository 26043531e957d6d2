"""A named pipe, a folder, a device or a socket where a plan (or the workbook of
``import-actuals``) should be is refused at once with one sentence: reading a pipe would
wait forever, and a save must not put a file in place of a device.

Every command runs in a child process with a time limit, so that a command that waits
on a pipe fails the test instead of hanging the suite. The child also refuses any
``os.replace`` outside the test's folder, so a regression can never replace a real
device (as root, the fallback of a symlink to /dev/null would otherwise be at risk).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
from pathlib import Path

import pytest
from cli_helpers import REPO, run_process

SAMPLE = REPO / "resources" / "samples" / "manufacturer_ja.scanvas"
KINDS = {"pipe": "a named pipe", "folder": "a folder", "device": "a device", "socket": "a socket"}

RUNNER = """
import contextlib, io, json, os, sys
folder = os.path.realpath(sys.argv[1])
outside = []
real_replace = os.replace


def replace(src, dst, *args, **kwargs):
    if not os.path.realpath(dst).startswith(folder + os.sep):
        outside.append(str(dst))
        raise PermissionError(1, "refused by the test", str(dst))
    return real_replace(src, dst, *args, **kwargs)


os.replace = replace
from canvas_app.cli import main
from canvas_app.document import DocumentSession
from canvas_app.storage.errors import LoadError

results = []
for argv in json.loads(sys.argv[2]):
    if argv[0] == "open in the window":  # what File > Open and `canvas-app FILE` do
        try:
            DocumentSession.open(argv[1])
            results.append({"code": 0, "err": ""})
        except LoadError as error:
            results.append({"code": 3, "err": error.message() + "\\n"})
        continue
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(argv + ["--lang", "en"])
    results.append({"code": code, "err": err.getvalue()})
print(json.dumps({"results": results, "outside": outside}))
"""


def make(kind: str, path: Path) -> Path:
    """A ``kind`` of non-regular file at ``path``."""
    if kind == "pipe":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()  # the socket file stays
    else:
        try:
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a /dev/null of our own
        except PermissionError:
            path.symlink_to("/dev/null")
    return path


def still(kind: str, path: Path) -> bool:
    mode = os.stat(path).st_mode
    return {"pipe": stat.S_ISFIFO, "folder": stat.S_ISDIR, "device": stat.S_ISCHR, "socket": stat.S_ISSOCK}[kind](mode)


def run_all(folder: Path, commands: list[list[str]]) -> list[dict]:
    """Each command in one child process, under a time limit."""
    done = run_process(str(folder), json.dumps(commands), code=RUNNER, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["outside"] == []
    return report["results"]


@pytest.fixture
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A short path: a socket's name must fit in about 100 bytes."""
    return tmp_path_factory.mktemp("sp")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_command_that_reads_a_plan_refuses_one_that_is_not_a_file(folder: Path, kind: str) -> None:
    special = make(kind, folder / "plan.scanvas")
    workbook = folder / "team.xlsx"
    workbook.write_bytes(b"not read: the plan is refused first")
    commands = [
        ["validate", str(special)], ["check", str(special)], ["kpis", str(special), "--json"],
        ["funnel", str(special)], ["export", str(special), "--ics", str(folder / "out.ics")],
        ["export", str(special), "--xlsx", str(folder / "out.xlsx")],
        ["import-actuals", str(special), str(workbook)], ["import-actuals", str(special), str(workbook), "--dry-run"],
        ["upgrade", str(special)], ["upgrade", str(special), "--force"],
        [str(special), "--screenshot", str(folder / "out.png")],
        ["open in the window", str(special)],
    ]
    for command, result in zip(commands, run_all(folder, commands), strict=True):
        assert result["code"] == 3, (command, result)
        assert result["err"] == f"“plan.scanvas” is {KINDS[kind]}, not a plan file.\n", command
    assert still(kind, special)
    assert sorted(p.name for p in folder.iterdir()) == ["plan.scanvas", "team.xlsx"]  # no output, no lock left


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_import_refuses_a_workbook_that_is_not_a_file(folder: Path, kind: str) -> None:
    plan = folder / "plan.scanvas"
    shutil.copyfile(SAMPLE, plan)
    special = make(kind, folder / "team.xlsx")
    commands = [["import-actuals", str(plan), str(special)], ["import-actuals", str(plan), str(special), "--dry-run"]]
    for result in run_all(folder, commands):
        assert result["code"] == 3 and "team.xlsx" in result["err"] and result["err"].count("\n") == 1, result
    assert plan.read_bytes() == SAMPLE.read_bytes() and still(kind, special)
    assert sorted(p.name for p in folder.iterdir()) == ["plan.scanvas", "team.xlsx"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_nothing_is_written_in_place_of_a_file_that_is_not_a_plan(folder: Path, kind: str) -> None:
    plan = folder / "plan.scanvas"
    shutil.copyfile(SAMPLE, plan)
    special = make(kind, folder / "target.scanvas")
    commands = [["new", str(special)], ["new", str(special), "--force"], ["new", str(special), "--force", "--force"],
                ["export", str(plan), "--ics", str(special)], ["export", str(plan), "--xlsx", str(special)]]
    results = run_all(folder, commands)
    for command, result in zip(commands, results, strict=True):
        assert result["code"] == 4 and "target.scanvas" in result["err"], (command, result)
        assert result["err"].count("\n") == 1, (command, result)
    assert "already exists" in results[0]["err"]
    if kind == "folder":
        assert "because a folder has that name" in results[1]["err"]
    else:
        assert results[1]["err"] == ("Could not save “target.scanvas” because a named pipe, device or socket has "
                                     "that name; nothing was written.\n")
        assert results[3]["err"].endswith("target.scanvas”: it is a named pipe, device or socket, not a file.\n")
    assert still(kind, special) and plan.read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["plan.scanvas", "target.scanvas"]
