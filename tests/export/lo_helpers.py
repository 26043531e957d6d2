"""LibreOffice, headless: recalculate an exported workbook and convert it (tests only).

Each call uses its own LibreOffice profile (``-env:UserInstallation``), so parallel runs
and a user's own LibreOffice never interfere, and that profile tells Calc to recalculate
every formula when it loads an Excel file (openpyxl stores formulas without values).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

#: Calc's "recalculation on file load" for Excel 2007 and newer: 0 = always.
_REGISTRY = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

INSTALL_HINT = ("LibreOffice is needed for this test and is not installed: run `apt-get install -y "
                "libreoffice-calc-nogui` (./test.sh and .ci/run install it when run as root).")


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    return found


def convert(source: Path, target_format: str, out_dir: Path, timeout: float = 240) -> Path:
    """Convert ``source`` with ``soffice --headless --convert-to target_format``; returns
    the converted file (``out_dir/<stem>.<ext>``)."""
    return convert_all([source], target_format, out_dir, timeout)[0]


def convert_all(sources: list[Path], target_format: str, out_dir: Path, timeout: float = 240) -> list[Path]:
    """:func:`convert` for several files in one LibreOffice run (one start-up)."""
    profile = out_dir / "lo-profile"
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_REGISTRY, encoding="utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--norestore",
         "--nolockcheck", "--convert-to", target_format, "--outdir", str(out_dir), *map(str, sources)],
        capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    extension = target_format.split(":", 1)[0]
    converted = [out_dir / f"{source.stem}.{extension}" for source in sources]
    assert result.returncode == 0 and all(path.is_file() for path in converted), (
        f"soffice failed ({result.returncode}): {result.stdout} {result.stderr}")
    return converted


def error_cells(exported: Path, recalculated: Path) -> list[tuple[str, str, object, str]]:
    """Every formula cell of ``exported`` whose value in ``recalculated`` (the same
    workbook after LibreOffice) is an error: (sheet, cell, value, formula). LibreOffice
    writes its own errors (Err:522, a circular reference) as #VALUE! in an .xlsx."""
    formulas = openpyxl.load_workbook(exported)
    values = openpyxl.load_workbook(recalculated, data_only=True)
    found = []
    for with_formulas, with_values in zip(formulas.worksheets, values.worksheets, strict=True):
        for row in with_formulas.iter_rows():
            for cell in row:
                value = with_values[cell.coordinate].value
                if cell.data_type == "f" and isinstance(value, str) and value.startswith(("#", "Err:")):
                    found.append((with_values.title, cell.coordinate, value, cell.value))
    return found
