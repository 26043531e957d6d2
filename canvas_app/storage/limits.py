"""Limits that keep a hostile or broken project file from exhausting memory or the stack.

Real plans are far below every limit: a large plan with snapshots is a few megabytes and
nests about a dozen levels deep.
"""

from __future__ import annotations

#: Largest project file we read or write (64 MiB).
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Deepest nesting of JSON objects and arrays accepted. The model nests about 12 levels
#: (envelope → plan → snapshots → snapshot → plan → review → meetings → decisions …).
MAX_DEPTH = 100

#: Longest text the model accepts in any field (``model.base.Text``). A longer string in
#: a current or older file is refused before validation, which would otherwise copy a
#: huge string several times to say the same.
MAX_TEXT_CHARS = 100_000
