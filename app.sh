#!/usr/bin/env bash
# Run Strategy Canvas.
#   ./app.sh               opens a sample plan
#   ./app.sh PLAN.scanvas  opens that plan
# Any other arguments go to the app's command line (see README.md, "Command line").
# The first run installs what is missing (see scripts/bootstrap.sh) and creates .venv.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/bootstrap.sh"
bootstrap app

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
    echo "app.sh: warning: no DISPLAY or WAYLAND_DISPLAY is set, so no window can open." >&2
fi
exec .venv/bin/python -m canvas_app "$@"
