"""What a workbook to import actuals from may hold: limits on the work it can cause.

The app's own exports are far inside them (the figures below are the exported
workbook of a 500-KPI, 1,000-initiative plan, monthly; ``bench/export.py`` makes it):
6,000 actuals rows of 10 cells, 170,000 XML elements read, styles 14 KB, no shared
strings (Excel writes them on saving: 3,600 texts, 0.1 MB). The limits allow four
times as much or more (a 2,000-KPI plan), and Excel's own limits where those are lower;
a workbook at all of them at once is read in a few seconds. ``xlsx_guard``
counts rows, cells, texts, formats and elements in every part while it scans the file
(bytes, no parsing), so a bloated file is refused in a moment; ``xlsx_reader`` counts
again exactly as it parses, and keeps to a time and a memory budget.
"""

from __future__ import annotations

MB = 1024 * 1024

#: Uncompressed size of each part the reader parses (exports: workbook and
#: relationships 2 KB, styles 14 KB, the actuals sheet 3.5 MB, the largest 7.7 MB).
PART_LIMITS = {"workbook": MB, "relationships": MB, "styles": 4 * MB, "strings": 32 * MB, "sheet": 32 * MB}

#: Rows and cells of one sheet (the actuals sheet: one row per KPI and period).
MAX_ROWS = 25_000
MAX_CELLS = 300_000
#: The actuals sheet uses columns A–J; a cell beyond column IV (256, Excel 2003's last)
#: means a sheet that was never one the app exported.
MAX_COLUMN = 256
#: Different texts (shared strings) in the workbook (a note on every row would add 6,000).
MAX_STRINGS = 100_000
#: Cell formats (``cellXfs``): Excel's own limit.
MAX_STYLES = 64_000
#: XML elements parsed in all: the measure of the reader's work (each costs a Python
#: call or two). The guard applies it to each part alone.
MAX_ELEMENTS = 1_500_000
#: Backstops for whatever the limits above let through: wall time, and growth of the
#: process's peak memory, while reading. The 500-KPI workbook takes about half a second.
READ_SECONDS = 10.0
MEMORY_BUDGET = 400 * MB

#: Excel's own limits: characters in a cell, characters in a formula, rows, columns.
MAX_TEXT = 32_767
MAX_FORMULA = 8_192
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
