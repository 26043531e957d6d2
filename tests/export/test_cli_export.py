"""``canvas-app export``: outputs, exit codes, atomic writes, and what it imports."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
import pytest

from canvas_app.cli import main

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "samples" / "manufacturer_ja.scanvas"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_file(tmp_path) -> Path:
    target = tmp_path / "plan.scanvas"
    shutil.copyfile(SAMPLE, target)
    return target


def test_export_writes_the_workbook(capsys, plan_file, tmp_path):
    before = digest(plan_file)
    code, out, err = run(capsys, "export", plan_file, "--xlsx", tmp_path / "plan.xlsx", "--lang", "en")
    assert (code, err) == (0, "")
    assert "plan.xlsx" in one_sentence(out)
    assert openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames[0]
    assert digest(plan_file) == before


def test_export_needs_an_output(capsys, plan_file):
    code, out, err = run(capsys, "export", plan_file, "--lang", "en")
    assert code == 2 and out == ""
    assert "--xlsx" in one_sentence(err)


def test_export_refuses_to_overwrite_the_plan(capsys, plan_file):
    before = digest(plan_file)
    code, _, err = run(capsys, "export", plan_file, "--xlsx", plan_file, "--lang", "en")
    assert code == 2
    one_sentence(err)
    assert digest(plan_file) == before


def test_a_bad_plan_is_exit_code_3(capsys, tmp_path):
    bad = tmp_path / "bad.scanvas"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "export", bad, "--xlsx", tmp_path / "out.xlsx", "--lang", "en")
    assert code == 3 and out == ""
    one_sentence(err)
    assert not (tmp_path / "out.xlsx").exists()


def test_an_unwritable_output_is_exit_code_4_and_leaves_the_old_file(capsys, plan_file, tmp_path, monkeypatch):
    code, _, err = run(capsys, "export", plan_file, "--xlsx", tmp_path / "missing" / "out.xlsx", "--lang", "en")
    assert code == 4
    assert "out.xlsx" in one_sentence(err)
    old = tmp_path / "out.xlsx"
    old.write_bytes(b"old workbook")

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)  # the last step of the atomic write fails
    code, _, err = run(capsys, "export", plan_file, "--xlsx", old, "--lang", "en")
    assert code == 4
    assert "Permission denied" in one_sentence(err)
    assert old.read_bytes() == b"old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx", "plan.scanvas"]  # no temp file left


def test_a_directory_as_output_is_exit_code_4(capsys, plan_file, tmp_path):
    (tmp_path / "dir.xlsx").mkdir()
    code, _, err = run(capsys, "export", plan_file, "--xlsx", tmp_path / "dir.xlsx", "--lang", "en")
    assert code == 4
    one_sentence(err)


def test_export_in_a_fresh_process_stays_headless(tmp_path, plan_file):
    """``export --xlsx`` loads neither QtGui nor QtWidgets, and importing the CLI does not
    load openpyxl (it is imported only when a workbook is made)."""
    probe = (
        "import json, sys\n"
        "import canvas_app.cli\n"
        "before = 'openpyxl' in sys.modules\n"
        "code = canvas_app.cli.main(sys.argv[1:])\n"
        "print(json.dumps([code, before, sorted(m for m in sys.modules if m in "
        "('PySide6.QtGui', 'PySide6.QtWidgets'))]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", probe, "export", str(plan_file), "--xlsx",
                             str(tmp_path / "out.xlsx"), "--lang", "en"],
                            capture_output=True, text=True, timeout=180, env=env, cwd=REPO)
    assert result.returncode == 0, result.stderr
    code, openpyxl_at_import, gui_modules = json.loads(result.stdout.strip().splitlines()[-1])
    assert code == 0 and openpyxl_at_import is False and gui_modules == []


def _broken(*_args, **_kwargs):
    raise AssertionError("Content line can not contain unescaped new line characters.")


@pytest.mark.parametrize("broken", ["xlsx", "ics"])
@pytest.mark.parametrize("how", ["not made", "not written"])
def test_one_output_failing_does_not_lose_the_others(capsys, plan_file, tmp_path, monkeypatch, broken, how):
    from canvas_app.export import excel, ics

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the crash log goes
    outputs = {"xlsx": tmp_path / "plan.xlsx", "ics": tmp_path / "reviews.ics"}
    if how == "not made":
        monkeypatch.setattr(*{"xlsx": (excel, "workbook_bytes"), "ics": (ics, "calendar_bytes")}[broken], _broken)
    else:
        outputs[broken] = tmp_path / "missing" / outputs[broken].name
    before = digest(plan_file)
    code, out, err = run(capsys, "export", plan_file, "--xlsx", outputs["xlsx"], "--ics", outputs["ics"], "--lang", "en")
    assert code == 4
    failure = one_sentence(err)
    assert str(outputs[broken]) in failure and not outputs[broken].exists()
    if how == "not made":
        assert "AssertionError" in failure
        logs = list((tmp_path / "strategy-canvas").glob("canvas-app-error-*.log"))
        assert len(logs) == 1 and str(logs[0]) in failure and "AssertionError" in logs[0].read_text(encoding="utf-8")
    (kept,) = (path for kind, path in outputs.items() if kind != broken)
    assert kept.name in one_sentence(out) and kept.stat().st_size > 0
    assert digest(plan_file) == before
