"""Benchmarks (not tests): ``python -m bench`` lists them, ``python -m bench NAME`` runs one.

Results go to bench/results/ (not committed). Tests never assert on timing (design.md §8).
"""

# name -> (module, one-line description)
BENCHMARKS = {
    "startup": (
        "bench.startup",
        "cold start to the first painted main window with a sample plan, vs a bare "
        "PySide6 QMainWindow",
    ),
    "export": ("bench.export", "Excel export of a large plan vs a bare openpyxl script writing as many cells"),
    "keystroke": ("bench.keystroke", "time per keystroke in the step 1/2 editors of a large plan vs a bare QLineEdit"),
    "kpi_calc": ("bench.kpi_calc", "what the KPI tree editor asks of calc on a 500-node tree (evaluate, levers, "
                 "back-calculation, funnel, structural edits) vs one pass over the nodes"),
    "kpi_editor": ("bench.kpi_editor", "the step 3 KPI tree editor in the window on a 500-KPI plan: a committed "
                   "target, structural edits from the keyboard, vs a bare QLineEdit"),
    "kpi_form": ("bench.kpi_form", "time per keystroke in step 3's KPI form on a 500-KPI plan, and what it adds to "
                 "other edits shown and hidden, vs a bare QLineEdit"),
    "period_targets": ("bench.period_targets", "the step 3 targets-per-period panel on a 500-KPI plan: a cell "
                       "keystroke, a committed cell, an edit elsewhere, a spread, repaint included, vs a bare "
                       "QLineEdit"),
    "gantt": ("bench.gantt", "the editable Gantt chart on a 1,000-initiative plan: a drag step, a completed drag, "
              "Alt+→, repaint included, vs a bare QWidget repaint"),
    "roadmap": ("bench.roadmap", "step 3's roadmap tab in the window on a 1,000-initiative plan: a drag step, a "
                "completed drag, a budget typed in the table, Alt+→, vs a bare QLineEdit"),
    "hostile_xlsx": ("bench.hostile_xlsx", "refusing damaged and bloated workbooks (time, peak memory) vs importing "
                     "the app's own exports"),
    "export_window": ("bench.export_window", "exporting from the window: a worker thread vs a child process, and how "
                      "late a 16 ms timer in the window's thread gets"),
}
