"""The KPI tree as a Qt tree model: a thin adapter over ``plan.kpis`` and calc.

Rows are KPI nodes under their parents (the tree's shape from ``calc.kpi_tree``);
columns: name, formula, unit, target, computed value, latest actual, status, owner,
stage. Internal ids are positions in the tree's pre-order, rebuilt on every reload.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ....calc import kpi_tree
from ....model import KpiNode, Plan
from ....model.enums import Formula, RevenueStage, Status
from ....text.labels import enum_label
from ....text.language import Language
from ... import facts, fmt, theme
from ...editing.table_model import ITEM_ID_ROLE, Index
from ...widgets.status import dot_pixmap

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds them

COLUMNS = ("name", "formula", "unit", "target", "value", "actual", "status", "owner", "stage")
NODE_ID_ROLE = ITEM_ID_ROLE
_FORMULA_SIGNS = MappingProxyType({Formula.SUM: "+", Formula.PRODUCT: "×", Formula.RATIO: "÷", Formula.DIFFERENCE: "−"}
)


def formula_text(node: KpiNode, nodes: dict[str, KpiNode], lang: Language) -> str:
    """"Input", or the children joined by the operator: "Deals × Deal size"."""
    if node.formula == Formula.INPUT:
        return enum_label(Formula.INPUT, lang)
    sign = f" {_FORMULA_SIGNS.get(node.formula, '?')} "
    return sign.join(nodes[c].name or c if c in nodes else c for c in node.children)


def stage_short_label(stage: RevenueStage) -> str:
    """Marketing / IS / Sales / CS: the stages as a narrow column shows them."""
    return {
        RevenueStage.MARKETING: translate("KpiTreeModel", "Mktg"),
        RevenueStage.INSIDE_SALES: translate("KpiTreeModel", "IS"),
        RevenueStage.SALES: translate("KpiTreeModel", "Sales"),
        RevenueStage.CUSTOMER_SUCCESS: translate("KpiTreeModel", "CS"),
    }[stage]


class KpiTreeModel(QAbstractItemModel):
    """Read-only tree of the plan's KPIs with their computed values and status."""

    def __init__(self, plan: Plan, parent=None, *, language: Language | None = None) -> None:
        """``language``: the one labels and figures are written in (default English)."""
        super().__init__(parent)
        self._build(plan, language or Language("en"))

    def reload(self, plan: Plan, language: Language) -> None:
        self.beginResetModel()
        self._build(plan, language)
        self.endResetModel()

    def _build(self, plan: Plan, language: Language) -> None:
        self.plan, self.language = plan, language
        shape = kpi_tree.tree_shape(plan)
        self._shape = shape
        self._order: list[str] = list(shape.order)
        self._pos = {node_id: n for n, node_id in enumerate(self._order)}
        # Children per parent, looked up on every paint and index(): computed once here.
        self._kids: dict[str | None, tuple[str, ...]] = {
            None: tuple(r for r in shape.roots if r in self._pos)}
        for node_id in self._order:
            self._kids[node_id] = tuple(c for c in shape.children.get(node_id, ()) if c in self._pos)
        self._row = {child: row for kids in self._kids.values() for row, child in enumerate(kids)}
        self._facts = facts.kpi_facts(plan)
        self._cells: dict[tuple[int, int, int], Any] = {}

    def node_count(self) -> int:
        return len(self._order)

    def column_texts(self, column: int) -> list[str]:
        """Every row's text in ``column`` (to size the column once, not row by row)."""
        name = COLUMNS[column]
        return [self._text(self._shape.nodes[n], self._facts.get(n), name) for n in self._order]

    # -- lookup -----------------------------------------------------------------------------
    def _children(self, node_id: str | None) -> tuple[str, ...]:
        return self._kids.get(node_id, ())

    def node_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        n = index.internalId() - 1
        return self._order[n] if 0 <= n < len(self._order) else None

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        if node_id not in self._pos:
            return QModelIndex()
        return self.createIndex(self._row[node_id], column, self._pos[node_id] + 1)

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # hasIndex() would call rowCount and columnCount back through Python: checked here.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(self.node_id(parent))
        if not (0 <= row < len(children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, self._pos[children[row]] + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node_id = self.node_id(index)
        if node_id is None:
            return QModelIndex()
        parent_id = self._shape.parent.get(node_id)
        if parent_id is None or parent_id not in self._pos:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self.node_id(parent) if parent.isValid() else None))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell asks for six or more roles, on every repaint: remembered until
        # the figures change (``_build``, ``forget_cells``).
        key = (index.internalId(), index.column(), int(role))
        try:
            return self._cells[key]
        except KeyError:
            value = self._cells[key] = self._data(index, role)
            return value

    def forget_cells(self, node_ids: set[str] | None = None) -> None:
        """The figures changed: ask ``_data`` again, for the cells of ``node_ids`` (every
        cell when None)."""
        if node_ids is None:
            self._cells.clear()
            return
        rows = {self._pos[n] + 1 for n in node_ids if n in self._pos}
        for key in [key for key in self._cells if key[0] in rows]:
            del self._cells[key]

    def _data(self, index: Index, role: int) -> Any:
        node_id = self.node_id(index)
        if node_id is None:
            return None
        node, f, column = self._shape.nodes[node_id], self._facts.get(node_id), COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, f, column)
        if role == NODE_ID_ROLE:
            return node_id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = column in ("target", "value", "actual")
            return int((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft).value
                       | Qt.AlignmentFlag.AlignVCenter.value)
        if role == Qt.ItemDataRole.DecorationRole and column == "status" and f is not None \
                and f.status != Status.NO_DATA:
            return dot_pixmap(theme.STATUS_COLOURS[f.status], 14)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and f is not None:
            return QBrush(QColor(theme.STATUS_COLOURS[f.status]))
        if role == Qt.ItemDataRole.BackgroundRole and column == "status" and f is not None \
                and f.status != Status.NO_DATA:
            return QBrush(QColor(theme.STATUS_TINTS[f.status]))
        if role == Qt.ItemDataRole.FontRole and (column == "name" and node_id in self._shape.roots
                                                  or column == "status"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "stage" and node.stage:
                return enum_label(node.stage, self.language)
            return self._tooltip(node, f)
        if role == Qt.ItemDataRole.ForegroundRole and column == "formula" and node.is_input:
            return QBrush(QColor(theme.MUTED))
        if role == Qt.ItemDataRole.ForegroundRole and column == "stage" and node.stage:
            return QBrush(QColor(theme.STAGE_COLOURS[node.stage]).darker(120))
        return None

    def _text(self, node: KpiNode, f: facts.KpiFacts | None, column: str) -> str:
        plan = self.plan
        if column == "name":
            return node.name or node.id
        if column == "formula":
            return formula_text(node, self._shape.nodes, self.language)
        if column == "unit":
            return fmt.unit_name(node.unit, plan, self.language)
        if column == "target":
            return fmt.bare(node.target, node.unit, plan, self.language)
        if column == "value":
            return fmt.bare(f.value if f else None, node.unit, plan, self.language)
        if column == "actual":
            if f is None or f.latest_actual is None:
                return fmt.DASH
            return fmt.bare(f.latest_actual, node.unit, plan, self.language)
        if column == "status":
            return enum_label(f.status, self.language) if f is not None and f.status != Status.NO_DATA else fmt.DASH
        if column == "owner":
            return node.owner or fmt.DASH
        if column == "stage":
            return stage_short_label(node.stage) if node.stage else fmt.DASH
        return ""

    def _tooltip(self, node: KpiNode, f: facts.KpiFacts | None) -> str | None:
        lines = [node.name]
        plan, lang = self.plan, self.language
        if f is not None and f.latest_period:
            lines.append(translate("KpiTreeModel", "Latest actual: %1 (%2)").replace("%1", fmt.value(f.latest_actual, node.unit, plan, lang))
                         .replace("%2", fmt.period(f.latest_period, plan, lang)))
        if node.description:
            lines.append(node.description)
        if f is not None and f.progress.target_to_date is not None:
            lines.append(translate("KpiTreeModel", "Target to date: %1").replace("%1", fmt.value(f.progress.target_to_date, node.unit,
                                                                            plan, lang)))
        if f is not None and f.progress.variance is not None:
            lines.append(translate("KpiTreeModel", "Variance: %1").replace("%1", fmt.value(f.progress.variance, node.unit, plan, lang)))
        if node.data_source:
            lines.append(translate("KpiTreeModel", "Data source: %1").replace("%1", node.data_source))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "name": translate("KpiTreeModel", "KPI"), "formula": translate("KpiTreeModel", "Formula"), "unit": translate("KpiTreeModel", "Unit"), "target": translate("KpiTreeModel", "Target"),
                "value": translate("KpiTreeModel", "Plan (tree)"), "actual": translate("KpiTreeModel", "Latest actual"), "status": translate("KpiTreeModel", "Status"),
                "owner": translate("KpiTreeModel", "Owner"), "stage": translate("KpiTreeModel", "Stage"),
            }[COLUMNS[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
