"""The import contracts of pyproject.toml can fail, and every module has its layer.

``./test.sh`` runs ``lint-imports`` on the real code (all contracts kept). These tests
show that each contract would catch the wrong import it exists for: a copy of the package
gets one deliberately wrong import per contract, and lint-imports must report exactly
those contracts broken, naming the planted import.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "canvas_app"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

#: contract id → (file to plant the import in, the import line, what lint-imports must say).
PLANTED = {
    # The domain stays pure Python.
    "pure-domain": ("model/kpi.py", "import PySide6.QtCore", "canvas_app.model.kpi"),
    # storage/calc/model: QtCore at most.
    "headless-no-qtgui": ("storage/limits.py", "import PySide6.QtGui", "canvas_app.storage.limits"),
    # export draws with QtGui but never uses widgets.
    "export-no-qtwidgets": ("export/xlsx_text.py", "import PySide6.QtWidgets", "canvas_app.export.xlsx_text"),
    # The two upward imports the architecture issue named, and one from ui to the app.
    "layers": ("model/periods.py", "import canvas_app.calc.progress", "canvas_app.model.periods"),
    # A circle of two inside one package.
    "no-circles": ("storage/limits.py", "from . import json_reader", ".limits -> .json_reader"),
}
EXTRA_LAYER_BREAKS = [
    ("export/ics.py", "import canvas_app.document", "canvas_app.export.ics"),
    ("ui/fmt.py", "import canvas_app.app", "canvas_app.ui.fmt"),
    ("calc/funnel.py", "import canvas_app.text.labels", "canvas_app.calc.funnel"),
]


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]


def _run_lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT_IMPORTS), "--no-logo", "--no-cache"], cwd=tree, env=env,
                          capture_output=True, text=True, timeout=300)


def _copy_project(tmp_path: Path) -> Path:
    tree = tmp_path / "project"
    shutil.copytree(PACKAGE, tree / "canvas_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "devtools", tree / "devtools", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def _plant(tree: Path, relative: str, line: str) -> None:
    path = tree / "canvas_app" / relative
    text = path.read_text(encoding="utf-8")
    # After `from __future__ import annotations` (it must stay first), else at the top.
    future = "from __future__ import annotations\n"
    if future in text:
        text = text.replace(future, future + line + "\n", 1)
    else:
        text = line + "\n" + text
    path.write_text(text, encoding="utf-8")


def _broken_sections(output: str, names: dict[str, str]) -> dict[str, str]:
    """contract id → the text lint-imports printed under that broken contract."""
    sections: dict[str, str] = {}
    body = output.split("Broken contracts", 1)[-1]
    starts = sorted((body.find(name), cid) for cid, name in names.items() if body.find(name) >= 0)
    for position, (start, cid) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(body)
        sections[cid] = body[start:end]
    return sections


def _contract_names() -> dict[str, str]:
    # lint-imports wraps long names at 80 columns; the first 40 characters never wrap.
    return {c["id"]: c["name"][:40] for c in _config()["contracts"]}


def test_every_module_of_the_package_has_a_layer():
    layers = next(c for c in _config()["contracts"] if c["id"] == "layers")["layers"]
    named = {part.strip().strip("()") for layer in layers for part in re.split(r"[|:]", layer)}
    present = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    present |= {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert present - named == set(), "give each new module or package its place in the layers contract"
    optional = {part.strip()[1:-1] for layer in layers for part in re.split(r"[|:]", layer)
                if part.strip().startswith("(")}
    assert named - optional - present == set(), "the layers contract names a module that does not exist"


@pytest.mark.slow
def test_each_contract_breaks_on_the_wrong_import_planted_for_it(tmp_path):
    tree = _copy_project(tmp_path)
    clean = _run_lint(tree)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    for relative, line, _ in PLANTED.values():
        _plant(tree, relative, line)
    result = _run_lint(tree)
    assert result.returncode != 0
    names = _contract_names()
    assert f"Contracts: {len(names) - len(PLANTED)} kept, {len(PLANTED)} broken." in result.stdout, result.stdout
    sections = _broken_sections(result.stdout, names)
    assert set(sections) == set(PLANTED), result.stdout
    for cid, (_, _, module) in PLANTED.items():
        assert module in sections[cid], f"{cid} did not name {module}:\n{sections[cid]}"


@pytest.mark.slow
@pytest.mark.parametrize("relative, line, module", EXTRA_LAYER_BREAKS, ids=[b[0] for b in EXTRA_LAYER_BREAKS])
def test_the_layers_contract_catches_an_upward_import(tmp_path, relative, line, module):
    tree = _copy_project(tmp_path)
    _plant(tree, relative, line)
    result = _run_lint(tree)
    assert result.returncode != 0
    sections = _broken_sections(result.stdout, _contract_names())
    assert "layers" in sections, result.stdout
    assert module in sections["layers"], sections["layers"]
