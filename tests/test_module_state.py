"""No module-level app state (style.md §11): state belongs to whoever owns it — the
session, the application, the settings — and is passed in (docs/architecture.md,
"State: what exists and who owns it").

An AST scan of every module of canvas_app finds what would be shared, mutable state:
a module (or class) level assignment of a dict, list or set (a literal, a comprehension,
or a call such as ``dict()`` or ``WeakKeyDictionary()``), a ``global`` statement, and a
module-level function memoised with ``functools.cache`` / ``lru_cache``. A constant table
is written as a tuple, a frozenset or a ``MappingProxyType`` and needs no entry here;
anything else must be in ALLOWED with the reason it is not app state.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

import pytest

import canvas_app

PACKAGE = Path(canvas_app.__file__).parent

#: Calls that make a new mutable container.
MUTABLE_CALLS = frozenset({
    "dict", "list", "set", "bytearray", "defaultdict", "OrderedDict", "Counter", "deque", "ChainMap",
    "WeakKeyDictionary", "WeakValueDictionary", "WeakSet",
})
MUTABLE_NODES = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
MEMOISERS = frozenset({"cache", "lru_cache"})

#: (module, name) → why it may stay. Keep each reason true; an entry that no longer
#: matches anything fails the test, so the list cannot outlive what it excuses.
ALLOWED = {
    # Memos of pure functions of classes and types: the same answer whenever computed,
    # for any plan, session or application; nothing a user does changes them.
    ("canvas_app.model.walk", "_MODEL_FIELDS"): "which fields of a model class can hold items",
    ("canvas_app.ui.editing.paths", "annotation_of"): "the type at a field path of a model class",
    ("canvas_app.ui.editing.paths", "item_class"): "the item class of a list at a field path",
    # Facts about the running process and machine, fixed for the life of the process.
    ("canvas_app.storage.process", "host_name"): "this machine's name, for lock files",
    ("canvas_app.storage.process", "_boot_id"): "this machine's boot id, for lock files",
    # Immutable data read from a file once per process: the compiled translations of a
    # language, shared by every Language made for it (docs/architecture.md).
    ("canvas_app.i18n", "_catalogue"): "the bytes of a language's .qm catalogue",
    # The table of schema migrations written in the source (empty until the file format
    # changes); tests replace it whole to try a migration.
    ("canvas_app.storage.migrations", "MIGRATIONS"): "schema migrations, by version",
    # Constant tables in the command line, the exports and the texts, never mutated;
    # to be frozen (MappingProxyType, tuples) like the others when those modules change.
    ("canvas_app.cli", "_HANDLERS"): "the handler of each subcommand",
    ("canvas_app.export.ics", "LENGTH"): "a review meeting's length by its kind",
    ("canvas_app.export.sheet_customers", "PERSONA_WIDTHS"): "column widths",
    ("canvas_app.export.sheet_customers", "COMPETITOR_WIDTHS"): "column widths",
    ("canvas_app.export.sheet_customers", "CHANNEL_WIDTHS"): "column widths",
    ("canvas_app.export.sheet_roadmap", "STATUS_FILL"): "fill colours by initiative status",
    ("canvas_app.export.sheet_strategy", "WIDTHS"): "column widths",
    ("canvas_app.export.sheet_summary", "WIDTHS"): "column widths",
    ("canvas_app.export.xlsx_guard", "_PART_LIMIT_KEYS"): "refusal keys by limit",
    ("canvas_app.export.xlsx_limits", "PART_LIMITS"): "size limits by workbook part",
    ("canvas_app.export.xlsx_rows", "_BOOLEANS"): "Excel's boolean spellings",
    ("canvas_app.export.xlsx_rows", "_COLUMNS"): "column numbers by letters",
    ("canvas_app.export.xlsx_style", "STATUS_KEYS"): "the workbook's status keys",
    ("canvas_app.export.xlsx_style", "STATUS_FILLS"): "fills by status key",
    ("canvas_app.export.xlsx_style", "STATUS_INKS"): "inks by status key",
    ("canvas_app.text.formatting", "MONEY_UNIT_NAMES"): "money unit names by language",
    ("canvas_app.text.formatting", "_MONEY_DECIMALS"): "decimals by money unit",
    ("canvas_app.text.labels", "_BY_ENUM"): "the label function of each enum",
    ("canvas_app.text.palette", "STATUS_COLOURS"): "colours by status",
    ("canvas_app.text.palette", "STATUS_TINTS"): "tints by status",
    ("canvas_app.text.palette", "STATUS_INKS"): "inks by status",
    ("canvas_app.text.palette", "SEVERITY_COLOURS"): "colours by severity",
}


class Finding(NamedTuple):
    module: str
    name: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.module}:{self.line}: {self.name} ({self.what})"


def _called(node: ast.expr) -> str | None:
    target = node.func if isinstance(node, ast.Call) else node
    if isinstance(target, ast.Attribute):
        return target.attr
    return target.id if isinstance(target, ast.Name) else None


def _is_mutable(value: ast.expr | None) -> bool:
    return isinstance(value, MUTABLE_NODES) or (isinstance(value, ast.Call) and _called(value) in MUTABLE_CALLS)


def _names(target: ast.expr) -> list[str]:
    return [node.id for node in ast.walk(target) if isinstance(node, ast.Name)]


def _mutable_names(statement: ast.Assign | ast.AnnAssign | ast.AugAssign) -> list[str]:
    """The names a statement binds to a new mutable value (``a, b = 0, []`` binds b)."""
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    value, names = statement.value, []
    for target in targets:
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
            names += [name for part, element in zip(target.elts, value.elts) if _is_mutable(element)
                      for name in _names(part)]
        elif _is_mutable(value):
            names += _names(target)
    return [name for name in names if name != "__all__"]  # a list by convention, read by Python


def _scan_body(module: str, body: list[ast.stmt], found: list[Finding]) -> None:
    """Statements run once, at import: the module's, its classes' and those under a
    top-level ``if``/``try``/``with`` (function bodies run per call: not shared)."""
    for statement in body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and statement.value is not None:
            found += [Finding(module, name, statement.lineno, "a mutable value") for name in _mutable_names(statement)]
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(_called(decorator) in MEMOISERS for decorator in statement.decorator_list):
                found.append(Finding(module, statement.name, statement.lineno, "a memoised function"))
        elif isinstance(statement, ast.ClassDef):
            _scan_body(module, statement.body, found)
        elif isinstance(statement, (ast.If, ast.Try, ast.With)):
            handlers = [line for handler in getattr(statement, "handlers", []) for line in handler.body]
            _scan_body(module, [*statement.body, *getattr(statement, "orelse", []), *handlers,
                                *getattr(statement, "finalbody", [])], found)


def scan(source: str, module: str) -> list[Finding]:
    """What in ``source`` (the module ``module``) would be module-level mutable state."""
    tree = ast.parse(source)
    found: list[Finding] = []
    _scan_body(module, tree.body, found)
    found += [Finding(module, ", ".join(node.names), node.lineno, "a global statement")
              for node in ast.walk(tree) if isinstance(node, ast.Global)]
    return found


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _scan_package() -> list[Finding]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += scan(path.read_text(encoding="utf-8"), _module_name(path))
    return found


def test_no_module_keeps_state_of_its_own():
    unexplained = [str(f) for f in _scan_package() if (f.module, f.name) not in ALLOWED]
    assert not unexplained, "module-level state: give it an owner (docs/architecture.md) or " \
                            "make it immutable:\n" + "\n".join(unexplained)


def test_every_allowed_entry_still_exists():
    present = {(f.module, f.name) for f in _scan_package()}
    assert not sorted(set(ALLOWED) - present), "ALLOWED names what is no longer there: remove it"


def test_the_package_is_scanned():
    """The scan reads real modules (an empty walk would pass everything)."""
    modules = {_module_name(path) for path in PACKAGE.rglob("*.py")}
    assert {"canvas_app.model.ops", "canvas_app.ui.theme", "canvas_app.document"} <= modules
    assert len(modules) > 100


PLANTED = [
    ("_INDEX_CACHE: dict[int, object] = {}", "_INDEX_CACHE"),
    ("_seen = []", "_seen"),
    ("_names = {'a', 'b'}", "_names"),
    ("CACHE = dict()", "CACHE"),
    ("_by_plan = weakref.WeakKeyDictionary()", "_by_plan"),
    ("_groups = collections.defaultdict(list)", "_groups"),
    ("_squares = {n: n * n for n in range(3)}", "_squares"),
    ("_a = _b = [1]", "_b"),
    ("_total, _parts = 0, []", "_parts"),
    ("_log: list[str]\n_log += []", "_log"),
    ("class Holder:\n    seen = {}", "seen"),
    ("if True:\n    _late = []", "_late"),
    ("try:\n    import x\nexcept ImportError:\n    _fallback = {}", "_fallback"),
    ("_zoom = None\ndef set_zoom(z):\n    global _zoom\n    _zoom = z", "_zoom"),
    ("@functools.cache\ndef lookup(key):\n    return key", "lookup"),
    ("@lru_cache(maxsize=1)\ndef host():\n    return 'h'", "host"),
]


@pytest.mark.parametrize(("source", "name"), PLANTED, ids=[name for _, name in PLANTED])
def test_planted_state_is_found(source, name):
    assert name in {finding.name for finding in scan(source, "canvas_app.planted")}


IMMUTABLE = [
    "LEVELS = (80, 100, 125)",
    "KINDS = frozenset({'a', 'b'})",
    "TABLE = MappingProxyType({'a': 1})",
    "__all__ = ['a', 'b']",
    "PATTERN = re.compile('x')",
    "Index = dict[str, int]",
    "def f():\n    seen = {}\n    return seen",
    "class Model:\n    @property\n    def parts(self):\n        return []",
]


@pytest.mark.parametrize("source", IMMUTABLE)
def test_constants_and_local_values_are_not_state(source):
    assert scan(source, "canvas_app.planted") == []
