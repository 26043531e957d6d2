"""Custom import-linter contract types used by ``[tool.importlinter]`` in pyproject.toml.

import-linter's built-in ``forbidden`` contract can forbid an external package only as a
whole (``PySide6``), because grimp squashes every external package to its top-level name.
Our architecture needs finer rules: storage may use ``PySide6.QtCore`` but never
``PySide6.QtWidgets``. ``forbidden_submodules`` checks that by reading, with :mod:`ast`,
the import statements of each module that the graph says imports the external package.

Options (TOML):

``source_modules``
    Modules or packages (with their descendants) that must not import the forbidden ones.
``forbidden_modules``
    Dotted names inside external packages, e.g. ``PySide6.QtWidgets``. A module that imports
    one of these, or anything below it, breaks the contract.
``allow_indirect_imports``
    ``false`` (default): also check every module of the root package that a source module
    imports, directly or indirectly, so that ``storage -> helpers -> QtWidgets`` is caught.

Function-level and ``TYPE_CHECKING`` imports count, as they do for import-linter itself.
Imports made through external packages (``storage -> somelib -> QtWidgets``) cannot be
seen statically.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck, InvalidContractOptions
from importlinter.domain.helpers import module_expressions_to_modules


class ForbiddenSubmodulesContract(Contract):
    """Source modules must not import given submodules of external packages."""

    type_name = "forbidden_submodules"

    source_modules = fields.SetField(subfield=fields.ModuleExpressionField())
    forbidden_modules = fields.SetField(subfield=fields.StringField())
    allow_indirect_imports = fields.BooleanField(required=False, default=False)

    def validate(self) -> None:
        roots = set(self.session_options.get("root_packages", []))
        errors = {}
        for name in sorted(self.forbidden_modules):  # type: ignore[attr-defined]
            if "." not in name:
                errors["forbidden_modules"] = (
                    f"{name!r} is a whole package: use the built-in 'forbidden' contract."
                )
            elif name.split(".")[0] in roots:
                errors["forbidden_modules"] = (
                    f"{name!r} is internal: use the built-in 'forbidden' contract."
                )
        if str(self.session_options.get("include_external_packages")).lower() != "true":
            errors["include_external_packages"] = (
                "forbidden_submodules needs include_external_packages = true."
            )
        if errors:
            raise InvalidContractOptions(errors)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        roots = tuple(self.session_options["root_packages"])
        forbidden = sorted(self.forbidden_modules)  # type: ignore[attr-defined]
        forbidden_tops = sorted({name.split(".")[0] for name in forbidden} & graph.modules)
        sources = sorted(
            m.name
            for m in module_expressions_to_modules(graph, self.source_modules)  # type: ignore[arg-type]
        )
        for name in sources:
            if name not in graph.modules:
                raise ValueError(f"Module '{name}' does not exist.")

        violations = []
        for source in sources:
            scope = {source} | graph.find_descendants(source)
            if not self.allow_indirect_imports:
                scope |= graph.find_upstream_modules(source, as_package=True)
            for module in sorted(m for m in scope if m.split(".")[0] in roots):
                if not any(
                    graph.direct_import_exists(importer=module, imported=top)
                    for top in forbidden_tops
                ):
                    continue
                reported_lines = set()
                for line_number, imported in _imports_in(module):
                    if line_number in reported_lines:
                        continue
                    hit = next(
                        (f for f in forbidden if imported == f or imported.startswith(f + ".")),
                        None,
                    )
                    if hit is None:
                        continue
                    reported_lines.add(line_number)
                    violations.append(
                        {
                            "source": source,
                            "forbidden": hit,
                            "chain": _chain(graph, source, module),
                            "line_number": line_number,
                            "imported": imported,
                        }
                    )
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for v in check.metadata["violations"]:
            output.print_error(f"{v['source']} is not allowed to import {v['forbidden']}:")
            output.new_line()
            via = " -> ".join(v["chain"])
            output.print_error(
                f"-   {via} -> {v['imported']} (l.{v['line_number']})", bold=False
            )
            output.new_line()


def _chain(graph: ImportGraph, source: str, module: str) -> tuple[str, ...]:
    """The shortest import chain from the source package to ``module`` (just the module if
    it is inside the source package)."""
    if module == source or module.startswith(source + "."):
        return (module,)
    chains = graph.find_shortest_chains(importer=source, imported=module, as_packages=True)
    return min(chains, key=lambda c: (len(c), c)) if chains else (source, "…", module)


def _imports_in(module: str) -> Iterator[tuple[int, str]]:
    """(line number, absolute dotted name) for every absolute import in the module.

    ``from a.b import c`` yields both ``a.b`` and ``a.b.c`` (c may be a submodule)."""
    tree = ast.parse(_source_path(module).read_bytes(), filename=str(_source_path(module)))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                if alias.name != "*":
                    yield node.lineno, f"{node.module}.{alias.name}"


def _source_path(module: str) -> Path:
    top, *rest = module.split(".")
    base = _package_dir(top).joinpath(*rest)
    if base.is_dir():
        return base / "__init__.py"
    return base.with_suffix(".py")


@cache
def _package_dir(top: str) -> Path:
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        raise ValueError(f"Cannot locate the package directory of {top!r}.")
    return Path(list(spec.submodule_search_locations)[0])
