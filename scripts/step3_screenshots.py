"""Render the step 3 screenshots of docs/screenshots/ (the KPI tree editor, the
back-calculation preview and the lever ranking with a what-if), in Japanese and English,
at 1280×720 and at 150 % zoom:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/step3_screenshots.py [OUT_DIR]

The Japanese shots use the manufacturer sample, the English ones the SaaS sample; the
solve preview works back the leads of one source from the revenue target, the what-if
tries a better win rate. Nothing is saved to the samples.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHOTS = {  # lang: (sample, root KPI, input to solve for, lever tried, trial text)
    "ja": ("manufacturer_ja", "kpi-revenue", "kpi-leads-web", "kpi-win-rate", "33"),
    "en": ("saas_en", "kpi-revenue", "kpi-leads-events", "kpi-win-rate", "30"),
}


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
    for lang, (sample, root, solve_for, lever, trial) in SHOTS.items():
        for zoom in (100, 150):
            language = apply_language(lang)
            theme.apply(app, lang)
            plan = load_plan(REPO / "resources" / "samples" / f"{sample}.scanvas").plan
            settings = AppSettings()
            settings.zoom = zoom  # as --zoom does: for this window only, never saved
            window = MainWindow(DocumentSession(plan), settings, None, persist=False, language=i18n.language(lang))
            window.resize(1280, 720)
            window.show()
            window.show_step("3")
            page = window.page("3")
            section = page.tree_section
            suffix = f"_{lang}" + ("_zoom150" if zoom == 150 else "")

            def shot(name: str) -> None:
                for _ in range(10):
                    app.processEvents()
                window.grab().save(str(out / f"step3_{name}{suffix}.png"))

            section.select_item(root)
            page.verticalScrollBar().setValue(0)
            shot("tree")
            page.show_section("solve")
            section.panels["solve"].choose_input(solve_for)
            page.scroll_to_top_of(section.details)
            shot("solve")
            page.show_section("levers")
            levers = section.panels["levers"]
            levers.set_trial(lever, trial)
            page.scroll_to_top_of(section.details)
            shot("levers")
            window.session.undo_stack.setClean()
            window.close()
            del language
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
