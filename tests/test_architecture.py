"""Run-time checks of the layering that import-linter cannot express.

canvas_app.cli is left out of the import-linter contracts because it imports the GUI
lazily (inside the functions that start the window or render --screenshot), and
import-linter counts function-level imports. What matters is that the headless commands
never load QtWidgets: checked here in a fresh interpreter.
"""

import json
import subprocess
import sys

PROBE = """
import json, sys
import canvas_app.cli
print(json.dumps(sorted(m for m in sys.modules
                        if m == "PySide6.QtWidgets" or m.startswith("canvas_app.ui"))))
"""


def test_importing_the_cli_loads_neither_qtwidgets_nor_the_ui():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
