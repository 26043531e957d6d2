#!/usr/bin/env bash
# Run the whole test suite (pytest, offscreen) and the import-linter contracts.
#   ./test.sh                  everything
#   ./test.sh -m "not gui"     the fast core only (any pytest arguments pass through)
# The first run installs what is missing (see scripts/bootstrap.sh) and creates .venv.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/bootstrap.sh"
bootstrap test

export QT_QPA_PLATFORM=offscreen

status=0
.venv/bin/python -m pytest "$@" || status=$?
lint_status=0
.venv/bin/lint-imports --no-logo || lint_status=$?

if [ "$status" -ne 0 ]; then
    echo "test.sh: pytest failed (exit code $status)" >&2
fi
if [ "$lint_status" -ne 0 ]; then
    echo "test.sh: lint-imports failed: an import contract in pyproject.toml is broken" >&2
    [ "$status" -ne 0 ] || status=$lint_status
fi
exit "$status"
