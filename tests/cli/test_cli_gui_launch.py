"""Without a command, canvas-app starts the GUI (canvas_app.app.main) with the options."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from cli_helpers import one_sentence, run


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    calls: list[dict] = []
    module = types.ModuleType("canvas_app.app")

    def main(**kwargs) -> int:
        calls.append(kwargs)
        return 0 if not calls[-1].get("screenshot") else 7

    module.main = main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "canvas_app.app", module)
    return calls


def test_no_arguments_starts_the_gui(capsys: pytest.CaptureFixture[str], fake_gui: list[dict]) -> None:
    assert run(capsys)[0] == 0
    assert fake_gui == [{"file": None, "lang": None, "screenshot": None, "step": "overview", "bench_first_paint": False,
                         "size": None, "zoom": None, "section": None, "select": None}]


def test_a_file_opens_in_the_gui(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], plan_file: Path) -> None:
    assert run(capsys, plan_file, "--lang", "ja")[0] == 0
    assert fake_gui[0]["file"] == plan_file and fake_gui[0]["lang"] == "ja"


def test_screenshot_options_pass_through(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    code = run(capsys, "--lang", "en", plan_file, "--screenshot", out, "--step", "funnel", "--bench-first-paint")[0]
    assert code == 7  # the GUI's exit code is returned
    assert fake_gui == [{"file": plan_file, "lang": "en", "screenshot": out, "step": "funnel", "bench_first_paint": True,
                         "size": None, "zoom": None, "section": None, "select": None}]


def test_screenshot_of_a_bad_file_exits_3_without_a_window(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], tmp_path: Path) -> None:
    bad = tmp_path / "bad.scanvas"
    bad.write_bytes(b"{")
    code, _, err = run(capsys, bad, "--screenshot", tmp_path / "x.png")
    assert code == 3 and "bad.scanvas" in one_sentence(err)
    assert fake_gui == [] and not (tmp_path / "x.png").exists()


def test_the_hidden_bench_flag_is_not_in_the_help(capsys: pytest.CaptureFixture[str], fake_gui: list[dict]) -> None:
    code, out, _ = run(capsys, "x.scanvas", "--help")
    assert code == 0 and "--screenshot" in out and "--bench-first-paint" not in out and fake_gui == []


def test_screenshot_size_zoom_and_section_pass_through(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], plan_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    run(capsys, plan_file, "--screenshot", out, "--step", "2", "--size", "1920x1080", "--zoom", "150%",
        "--section", "personas", "--select", "p1")
    assert fake_gui[0]["size"] == (1920, 1080) and fake_gui[0]["zoom"] == 150 and fake_gui[0]["section"] == "personas"
    assert fake_gui[0]["select"] == "p1"


@pytest.mark.parametrize("args", [["--size", "big"], ["--size", "1280x"], ["--size", "10x10"], ["--zoom", "500"],
                                  ["--zoom", "x"]])
def test_a_bad_size_or_zoom_is_a_usage_error(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], plan_file: Path, tmp_path: Path, args: list[str]) -> None:
    code, _, err = run(capsys, plan_file, "--screenshot", tmp_path / "x.png", *args)
    assert code == 2 and fake_gui == []
    assert one_sentence(err)


@pytest.mark.parametrize("option", [["--zoom", "150"], ["--select", "k-1"]])
def test_screenshot_options_need_screenshot(capsys: pytest.CaptureFixture[str], fake_gui: list[dict], plan_file: Path,
                                            option: list[str]) -> None:
    code, _, err = run(capsys, plan_file, *option)
    assert code == 2 and "--screenshot" in err and fake_gui == []
