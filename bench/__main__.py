"""``python -m bench`` lists the benchmarks; ``python -m bench NAME [ARGS]`` runs one."""

from __future__ import annotations

import importlib
import sys

from bench import BENCHMARKS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "list"}:
        print("usage: python -m bench NAME [--help | ARGS]\n\nbenchmarks:")
        for name, (_module, description) in BENCHMARKS.items():
            print(f"  {name:<10} {description}")
        return 0
    name, rest = argv[0], argv[1:]
    if name not in BENCHMARKS:
        print(f"unknown benchmark {name!r}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(BENCHMARKS[name][0])
    return module.main(rest)


if __name__ == "__main__":
    sys.exit(main())
