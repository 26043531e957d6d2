"""Command-line entry point ``canvas-app`` (placeholder).

The real CLI (design.md §5) is being written by someone else and replaces this file.
"""


def main(argv=None) -> int:
    return 0
