"""``python -m canvas_app``: the same entry point as the ``canvas-app`` script."""

import sys

from canvas_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
