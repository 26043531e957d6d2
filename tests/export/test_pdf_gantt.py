"""The PDF's roadmap pages: the Gantt chart after the plan on a page, landscape, on A4 or
A3 by how many initiatives there are, with every bar's dates, the budget strip's figures
and the mid-term plan's years (read back with poppler's pdftotext / pdfinfo / pdftoppm)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from canvas_app.calc.gantt_drag import Zoom, shown_years
from canvas_app.calc.roadmap import budget_strip
from canvas_app.export.pdf import pdf_bytes
from canvas_app.export.pdf_gantt import A3, A4, ROW, gantt_paper
from canvas_app.model import Initiative
from canvas_app.model.enums import Granularity
from canvas_app.model.review import Snapshot
from canvas_app.storage.project_file import load_plan
from canvas_app.text import palette
from canvas_app.text.formatting import fiscal_year_label, format_date, format_money, month_heading
from canvas_app.text.language import Language

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
NAMES = sorted(p.stem for p in SAMPLES.glob("*.scanvas"))
TODAY = dt.date(2026, 11, 21)


def _sample(name: str):
    return load_plan(SAMPLES / f"{name}.scanvas").plan


def _write(tmp_path: Path, plan, code: str) -> Path:
    path = tmp_path / f"plan-{code}.pdf"
    path.write_bytes(pdf_bytes(plan, Language(code), TODAY))
    return path


def _pages(path: Path) -> list[tuple[float, float]]:
    """Every page's width and height in points."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True, text=True,
                          check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def _text(path: Path, first: int = 2) -> str:
    """The roadmap pages' text, each line as pdftotext reads it."""
    return subprocess.run(["pdftotext", "-f", str(first), "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _many(plan, count: int):
    """``plan`` with ``count`` dated initiatives (the sample's first, renamed)."""
    model = plan.roadmap.initiatives[0]
    plan.roadmap.initiatives = [model.model_copy(update={"id": f"many{n}", "name": f"Initiative {n}"})
                                for n in range(count)]
    return plan


@pytest.mark.parametrize("code", ["ja", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_the_roadmap_page_follows_the_plan_on_a_page_in_landscape(qapp, tmp_path, name, code):
    path = _write(tmp_path, _sample(name), code)
    pages = _pages(path)
    assert len(pages) == 2
    assert all(width > height for width, height in pages)
    assert pages[1] == A4


@pytest.mark.parametrize("code", ["ja", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_every_bar_is_labelled_with_its_dates(qapp, tmp_path, name, code):
    plan = _sample(name)
    text = _text(_write(tmp_path, plan, code))
    assert plan.roadmap.initiatives
    for initiative in plan.roadmap.initiatives:
        assert f"{format_date(initiative.start, code)} – {format_date(initiative.end, code)}" in text


@pytest.mark.parametrize("code", ["ja", "en"])
@pytest.mark.parametrize("name", NAMES)
def test_the_budget_strip_under_the_chart_is_the_windows_to_the_yen(qapp, tmp_path, name, code):
    plan = _sample(name)
    first, last = shown_years(plan)
    granularity = Granularity.MONTH if first == last else Granularity.QUARTER
    strip = budget_strip(plan, granularity, range(first, last + 1))
    words = _text(_write(tmp_path, plan, code)).split()
    money = plan.settings.money_unit
    shown = [format_money(yen, money, code, with_unit=False) for yen in strip.amounts]
    at = words.index(shown[0])
    assert words[at:at + len(shown)] == shown
    assert format_money(strip.total, money, code, with_unit=False) in words


@pytest.mark.parametrize("code", ["ja", "en"])
@pytest.mark.parametrize(("first", "last", "zoom"), [(None, None, Zoom.MONTH), (2026, 2026, Zoom.MONTH),
                                                     (2025, 2026, Zoom.QUARTER), (2026, 2028, Zoom.QUARTER)])
def test_the_heading_shows_the_mid_term_plans_years(qapp, tmp_path, code, first, last, zoom):
    plan = _sample("saas_en")
    plan.settings.fiscal_year = 2026
    plan.strategy.mid_term_plan.start_year, plan.strategy.mid_term_plan.end_year = first, last
    lines = _text(_write(tmp_path, plan, code)).splitlines()
    years, columns = lines[1].split(), lines[2].split()  # under the title (the plan's title names years too)
    assert years == [fiscal_year_label(year, code) for year in range(first or 2026, (last or 2026) + 1)]
    if zoom == Zoom.MONTH:
        assert columns == [month_heading(dt.date(2026, (3 + m) % 12 + 1, 1), code) for m in range(12)]
    else:
        assert columns == ["Q1", "Q2", "Q3", "Q4"] * len(years)


@pytest.mark.parametrize("count", [0, 1, 5, gantt_paper(1).rows_per_page, gantt_paper(1).rows_per_page + 1,
                                   gantt_paper(999).rows_per_page, gantt_paper(999).rows_per_page + 1, 250])
def test_the_paper_is_a4_while_every_row_fits_else_a3_pages(qapp, tmp_path, count):
    paper = gantt_paper(count)
    fits_a4 = count <= gantt_paper(0).rows_per_page
    assert (paper.width, paper.height) == (A4 if fits_a4 else A3)
    assert paper.pages == (1 if fits_a4 else -(-count // paper.rows_per_page))
    assert paper.row >= ROW
    if count <= 60:  # the PDF itself (250 rows: the paper's sums above are enough)
        plan = _many(_sample("saas_en"), count)
        pages = _pages(_write(tmp_path, plan, "en"))
        assert pages[1:] == [(paper.width, paper.height)] * paper.pages
        text = _text(_write(tmp_path, plan, "en"))
        assert [n for n in range(count) if f"Initiative {n}\n" in text] == list(range(count))


def _baseline_pixels(path: Path, tmp_path: Path) -> int:
    tmp_path.mkdir()
    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-png", "-r", "100", str(path), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    want = int(palette.BASELINE[1:], 16)
    # above the legend (its own sample of the colour), over the chart
    return sum(1 for y in range(image.height() * 2 // 3) for x in range(0, image.width())
               if image.pixel(x, y) & 0xFFFFFF == want)


@pytest.mark.parametrize("shift", [-30, 45])
def test_a_snapshot_draws_its_dates_as_ghost_bars(qapp, tmp_path, shift):
    plan = _sample("saas_en")
    plan.snapshots = []
    old = plan.model_copy(deep=True)
    for initiative in old.roadmap.initiatives:
        if initiative.start and initiative.end:
            initiative.start += dt.timedelta(days=shift)
            initiative.end += dt.timedelta(days=shift)
    without = _baseline_pixels(_write(tmp_path, plan, "en"), tmp_path / "a")
    plan.snapshots = [Snapshot(id="s1", taken_at=dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC),
                               plan=old.model_dump(mode="json", exclude={"snapshots"}))]
    with_baseline = _baseline_pixels(_write(tmp_path, plan, "en"), tmp_path / "b")
    assert without == 0
    assert with_baseline > 20 * len(plan.roadmap.initiatives)


def test_an_initiative_without_dates_says_so_and_draws_no_bar(qapp, tmp_path):
    plan = _sample("saas_en")
    plan.roadmap.initiatives = [Initiative(id="undated", name="Undated work")]
    text = _text(_write(tmp_path, plan, "en"))
    assert "Undated work" in text and "No dates yet" in text
