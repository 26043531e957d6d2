"""Refresh the Japanese translation file, fill in translations, compile the .qm.

    .venv/bin/python scripts/update_translations.py [TRANSLATIONS.json ...]

Runs pyside6-lupdate over every module of canvas_app (new strings appear unfinished,
strings no longer in the code are dropped), then fills unfinished entries from the
JSON files given — each maps a context to {English source: Japanese} — and finally
compiles the .qm with pyside6-lrelease. Prints the strings still unfinished, so the
next step is obvious. Holds a lock file so two runs never write the .ts at once.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
TS = I18N / "strategy_canvas_ja.ts"
QM = I18N / "strategy_canvas_ja.qm"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate() -> None:
    files = sorted(str(p) for p in (REPO / "canvas_app").rglob("*.py"))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(files))
    subprocess.run([_tool("pyside6-lupdate"), f"@{listing.name}", "-ts", str(TS), "-source-language", "en",
                    "-target-language", "ja", "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    Path(listing.name).unlink()


def fill(translations: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """Fill unfinished messages from ``translations``; returns those still unfinished."""
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = translations.get(name, {}).get(source)
            if text:
                translation.text = text
                del translation.attrib["type"]
            else:
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def lrelease() -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)


def main(argv: list[str]) -> int:
    translations: dict[str, dict[str, str]] = {}
    for name in argv:
        for context, entries in json.loads(Path(name).read_text(encoding="utf-8")).items():
            translations.setdefault(context, {}).update(entries)
    with open(I18N / ".update.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lupdate()
        missing = fill(translations)
        lupdate()  # again: back to lupdate's own layout, so diffs show only real changes
        lrelease()
    for context, source in missing:
        print(f"unfinished: [{context}] {source}")
    print(f"{len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
