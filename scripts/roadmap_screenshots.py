"""Render the roadmap screenshots of docs/screenshots/ (step 3's roadmap tab: the
initiatives table with the Gantt beside it, the budget strip, by month and by quarter,
with the baseline of the latest snapshot), in Japanese and English, at 1280×720 and at
150 % zoom:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/roadmap_screenshots.py [OUT_DIR]

The Japanese shots use the manufacturer sample, the English ones the SaaS sample. So that
the baseline shows what a quarterly review sees, one initiative is moved a month later
in memory before the shots (its thin grey bar stays where the snapshot had it); nothing
is saved to the samples.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHOTS = {  # lang: (sample, the initiative that slipped)
    "ja": ("manufacturer_ja", "ini-techdoc"),
    "en": ("saas_en", "ini-seo-hub"),
}


def _a_month_later(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    month = day.month % 12 + 1
    year = day.year + (day.month == 12)
    return day.replace(year=year, month=month, day=min(day.day, 28))


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO))
    from PySide6.QtWidgets import QApplication

    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.settings import AppSettings
    from canvas_app.storage.project_file import load_plan
    from canvas_app.ui import theme
    from canvas_app.ui.language import apply_language
    from canvas_app.ui.main_window import MainWindow

    out = Path(argv[0]) if argv else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    for lang, (sample, slipped) in SHOTS.items():
        for zoom in (100, 150):
            apply_language(lang)
            theme.apply(app, lang)
            plan = load_plan(REPO / "resources" / "samples" / f"{sample}.scanvas").plan
            for initiative in plan.roadmap.initiatives:
                if initiative.id == slipped:
                    initiative.end = _a_month_later(initiative.end)
                    initiative.start = _a_month_later(initiative.start)
            settings = AppSettings()
            settings.zoom = zoom  # as --zoom does: for this window only, never saved
            window = MainWindow(DocumentSession(plan), settings, None, persist=False, language=i18n.language(lang))
            window.resize(1280, 720)
            window.show()
            window.show_step("3")
            page = window.page("3")
            page.show_section("roadmap")
            section = page.sections["roadmap"]
            section.select_item(slipped)
            for n, zoom_name in enumerate(("month", "quarter")):
                section.zoom_choice.setCurrentIndex(n)
                for _ in range(10):
                    app.processEvents()
                # Zoomed in, the chart sits under the table: show the chart and its strip.
                page.scroll_to_top_of(section.gantt if zoom == 150 else section.roadmap_card)
                for _ in range(5):
                    app.processEvents()
                suffix = f"_{lang}" + ("_zoom150" if zoom == 150 else "")
                window.grab().save(str(out / f"step3_roadmap_{zoom_name}{suffix}.png"))
            window.session.undo_stack.setClean()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
