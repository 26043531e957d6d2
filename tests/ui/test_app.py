"""app.main: first document, screenshots and the first-paint benchmark hook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from canvas_app import app
from canvas_app.settings import AppSettings
from canvas_app.storage.project_file import load_plan

REPO = Path(__file__).resolve().parents[2]


def run_cli(*args: str, timeout: int = 120, config: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m canvas_app ARGS``; ``config``: a settings folder of its own (XDG_CONFIG_HOME)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if config is not None:
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run([sys.executable, "-m", "canvas_app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_first_start_opens_a_sample_as_an_untitled_unmodified_copy(qapp, samples_dir):
    session = app._first_session(None, AppSettings(), "ja")
    assert session.path is None
    assert not session.modified
    assert session.plan == load_plan(samples_dir / "manufacturer_ja.scanvas").plan
    english = app._first_session(None, AppSettings(), "en")
    assert english.plan == load_plan(samples_dir / "saas_en.scanvas").plan


def test_later_starts_reopen_the_most_recent_file(qapp, saved_plan):
    settings = AppSettings(recent_files=[str(saved_plan)])
    session = app._first_session(None, settings, "en")
    assert session.path == saved_plan


def test_a_recent_file_that_no_longer_loads_gives_a_blank_plan(qapp, tmp_path):
    settings = AppSettings(recent_files=[str(tmp_path / "gone.scanvas")])
    session = app._first_session(None, settings, "en")
    assert session.path is None and session.plan.strategy.goals == []


def test_screenshot_writes_a_png_of_the_window_size_and_leaves_the_file_alone(saved_plan, tmp_path):
    before = saved_plan.read_bytes()
    out = tmp_path / "shots" / "kpis.png"
    result = run_cli(str(saved_plan), "--screenshot", str(out), "--step", "3", "--lang", "en")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert saved_plan.read_bytes() == before


@pytest.mark.parametrize("step", ["overview", "funnel"])
def test_screenshot_through_the_command_line(tmp_path, samples_dir, step):
    out = tmp_path / f"{step}.png"
    result = run_cli(str(samples_dir / "saas_en.scanvas"), "--screenshot", str(out), "--step", step, "--lang", "en")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank image: the navigator's dark column and the light page are both there.
    assert image.pixelColor(20, 400).lightness() < 80
    assert image.pixelColor(1000, 790).lightness() > 200


def test_screenshot_at_a_size_and_zoom_of_its_own_saves_no_zoom(tmp_path, samples_dir):
    plan = str(samples_dir / "saas_en.scanvas")
    config = tmp_path / "config"
    shots = {}
    for zoom in ("100", "150"):
        shots[zoom] = tmp_path / f"zoom{zoom}.png"
        result = run_cli(plan, "--screenshot", str(shots[zoom]), "--step", "funnel", "--lang", "en",
                         "--size", "1280x720", "--zoom", zoom, config=config)
        assert result.returncode == 0, result.stderr
    normal, zoomed = QImage(str(shots["100"])), QImage(str(shots["150"]))
    assert (zoomed.width(), zoomed.height()) == (1280, 720) == (normal.width(), normal.height())
    # The navigator (250 pixels at 100 %) is half as wide again at 150 %.
    assert normal.pixelColor(300, 400).lightness() > 200
    assert zoomed.pixelColor(300, 400).lightness() < 80 and zoomed.pixelColor(400, 400).lightness() > 200
    saved = "".join(p.read_text(errors="replace") for p in config.rglob("*") if p.is_file())
    assert "zoom" not in saved  # --zoom is for this run only


def test_screenshot_of_an_unknown_section_exits_2_with_one_sentence(tmp_path, saved_plan):
    out = tmp_path / "x.png"
    result = run_cli(str(saved_plan), "--screenshot", str(out), "--step", "3", "--section", "nowhere",
                     "--lang", "en", config=tmp_path / "config")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["The page “3” has no section “nowhere”."]
    assert not out.exists()


def test_screenshot_of_a_bad_file_exits_3_with_one_sentence(tmp_path):
    bad = tmp_path / "bad.scanvas"
    bad.write_text("nope", encoding="utf-8")
    result = run_cli(str(bad), "--screenshot", str(tmp_path / "x.png"), "--lang", "en")
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()


def test_screenshot_that_cannot_be_written_exits_4(tmp_path, saved_plan):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli(str(saved_plan), "--screenshot", str(blocker / "sub" / "out.png"), "--lang", "en")
    assert result.returncode == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_bench_first_paint_prints_painted_and_exits(samples_dir):
    result = run_cli("--bench-first-paint", str(samples_dir / "saas_en.scanvas"), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["PAINTED"]


def test_start_up_does_not_import_openpyxl_or_the_later_pages(tmp_path, samples_dir):
    probe = (
        "import sys, json\n"
        "from canvas_app.app import main\n"
        f"main(file={str(samples_dir / 'saas_en.scanvas')!r}, lang='en', bench_first_paint=True)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('openpyxl', 'canvas_app.ui.steps')))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = __import__("json").loads(result.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith("openpyxl")]
    assert "canvas_app.ui.steps.step3.kpis" not in loaded and "canvas_app.ui.steps.funnel" not in loaded


def test_screenshot_of_a_selected_kpi_and_a_part_below_the_tree(tmp_path, saved_plan):
    from PySide6.QtGui import QImage

    out = tmp_path / "solve.png"
    result = run_cli(str(saved_plan), "--screenshot", str(out), "--step", "3", "--select", "k-total",
                     "--section", "solve", "--lang", "en", "--size", "1280x720", config=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1280
    unknown = run_cli(str(saved_plan), "--screenshot", str(tmp_path / "x.png"), "--step", "3", "--select", "nobody",
                      "--lang", "en", config=tmp_path / "config")
    assert unknown.returncode == 2
    assert unknown.stderr.strip().splitlines() == ["The page “3” does not show “nobody”."]
    assert not (tmp_path / "x.png").exists()
