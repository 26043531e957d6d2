"""Step 3, part 1 — the KPI tree editor (KPIツリー).

The outliner on top (the tree with formula, unit, target, plan, latest actual, status,
owner and stage), the buttons that do what its keys do, and below it the parts that
follow the selected KPI (its form, its targets per period, back-calculation, levers)
with the guidance beside them. Every edit is one undo step; a refused one is said in
one sentence above the tree and never stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....commands.kpi_tree import remove_kpi, start_from_template, tree_edit
from ....document import PlanChange
from ....model import KpiNode, new_id
from ....model import kpi_structure as ks
from ....text.kpi_templates import template_titles
from ... import theme
from ...editing.binder import Binder
from ...editing.fields import INVALID_RED
from ...widgets.card import Card
from ...widgets.grid import FlowLayout
from ...widgets.guidance import GuidancePanel
from ...widgets.side_by_side import SideBySide
from ..step2.section import Section
from . import kpi_guidance
from .kpi_form import KpiNodeForm
from .kpi_outline_model import KpiOutlineModel
from .kpi_removal import LIFT_CHILDREN, ask_removal, subtree_size
from .lever_panel import LeverPanel
from .period_targets import PeriodTargetsPanel
from .solve_panel import SolvePanel
from .kpi_outliner import KpiOutliner

#: From this page width (pixels at 100 %) the guidance sits beside the parts below the tree.
GUIDANCE_BESIDE_WIDTH = 1250


class KpiTreeSection(Section):
    """The KPI tree editor.

    Attributes:
        model / tree: the outliner.
        panels: the parts below the tree by name ("form", "periods", "solve", "levers"),
            each with ``set_node`` and ``retranslate``.
        buttons: action name → its button (the same actions as the outliner's keys).
        ask_removal: how a computed KPI's removal is asked (WITH_SUBTREE, LIFT_CHILDREN
            or None for cancel); replaced in tests.
    """

    name = "tree"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(binder, parent)
        outer = QVBoxLayout(self)
        self.layout_ = outer
        self.tree_card = Card()
        outer.addWidget(self.tree_card)
        layout = self.tree_card.body
        self.ask_removal: Callable[[KpiNode, int], str | None] = lambda node, below: ask_removal(self, node, below)

        bar = FlowLayout(spacing=6)  # wraps on a narrow (zoomed-in) page instead of widening it
        self.buttons: dict[str, QPushButton] = {}
        for action in ("sibling", "child", "indent", "outdent", "up", "down", "duplicate", "remove"):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.buttons[action] = button
            bar.addWidget(button)
        self.template_button = QPushButton()
        self.template_menu = QMenu(self.template_button)
        self.template_button.setMenu(self.template_menu)
        bar.addWidget(self.template_button)
        layout.addLayout(bar)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {INVALID_RED};")
        self.message.hide()
        layout.addWidget(self.message)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)

        self.model = KpiOutlineModel(binder, self)
        self.model.move_requested = self.move_node
        self.tree = KpiOutliner(self.model)
        self.tree.actionRequested.connect(self.run_action)
        layout.addWidget(self.tree)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("muted")
        self.keys_hint.setWordWrap(True)
        layout.addWidget(self.keys_hint)

        # The parts beside the guidance on a wide page; on a projected 1280 px window
        # (and when zoomed in) the guidance goes under them and they take the width.
        below = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        outer.addLayout(below)
        self.details = QTabWidget()
        self.details.setObjectName("kpiDetails")
        self.details.setDocumentMode(True)
        self.panels: dict[str, QWidget] = {}
        for name, panel in self._make_panels(binder):
            self.panels[name] = panel
            self.details.addTab(panel, name)
            if hasattr(panel, "nodeRequested"):
                panel.nodeRequested.connect(self.select_item)
        self.details.currentChanged.connect(lambda _n: self._show_guidance())
        below.addWidget(self.details, 3)
        self.guidance = GuidancePanel()
        below.addWidget(self.guidance, 1)
        self.arrangement = SideBySide(self, below, GUIDANCE_BESIDE_WIDTH,
                                      lambda wide: below.setStretch(1, 1 if wide else 0))
        outer.addStretch(1)
        self._apply_zoom_sizes()

        self._dirty = False
        self._current_id: str | None = None
        self._row_before = 0
        binder.refused.connect(self._show_refusal)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.retranslate()
        self._select_first()

    def _make_panels(self, binder: Binder) -> list[tuple[str, QWidget]]:
        """The parts that follow the selected KPI, in the order of the tabs."""
        return [("form", KpiNodeForm(binder)), ("periods", PeriodTargetsPanel(binder)), ("solve", SolvePanel(binder)),
                ("levers", LeverPanel(binder))]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "layout_"):
            self._apply_zoom_sizes()
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.layout_.setContentsMargins(0, theme.px(8), 0, 0)
        self.layout_.setSpacing(theme.px(8))

    # -- Section ------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("KPI tree")

    def retranslate(self) -> None:
        self.tree_card.set_title(self.tr("KPI tree"))
        texts = {
            "sibling": (self.tr("Add KPI"), self.tr("Add a KPI after the selected one (Enter)")),
            "child": (self.tr("Add Below"), self.tr("Add a KPI below the selected one: it becomes one of the "
                                                    "KPIs it is computed from (Insert or Ctrl+Enter)")),
            "indent": (self.tr("Indent"), self.tr("Put the KPI under the one above it (Tab)")),
            "outdent": (self.tr("Outdent"), self.tr("Take the KPI out of its parent (Shift+Tab)")),
            "up": (self.tr("Move Up"), self.tr("Move the KPI up among its siblings; the order matters for a "
                                               "ratio or a difference (Alt+Up)")),
            "down": (self.tr("Move Down"), self.tr("Move the KPI down among its siblings (Alt+Down)")),
            "duplicate": (self.tr("Duplicate"), self.tr("Duplicate the KPI with the KPIs below it (Ctrl+D)")),
            "remove": (self.tr("Remove"), self.tr("Remove the KPI (Delete); Undo brings it back")),
        }
        for action, (text, tip) in texts.items():
            self.buttons[action].setText(text)
            self.buttons[action].setToolTip(tip)
        self.template_button.setText(self.tr("Start from a Template"))
        self.template_button.setToolTip(self.tr("Add a revenue tree that starts from the revenue goal of step 1, "
                                                "wired for the funnel page"))
        self.template_menu.clear()
        for kind, title in template_titles(self.binder.language).items():
            self.template_menu.addAction(title, lambda k=kind: self.start_from_template(k))
        self.empty_hint.setText(self.tr(
            "No KPI tree yet. Start from the business result (revenue), not from a vanity metric: press Enter "
            "to add the first KPI, or start from a template built from the revenue goal of step 1."))
        self.keys_hint.setText(self.tr(
            "Keys in the tree: Enter adds a KPI, Insert adds one below, Tab / Shift+Tab indent and outdent, "
            "Alt+↑/↓ move, Delete removes, Ctrl+D duplicates, F2 renames; drag a KPI to move it with the KPIs "
            "below it. Ctrl+Tab leaves the tree."))
        for n, (name, panel) in enumerate(self.panels.items()):
            panel.retranslate()
            self.details.setTabText(n, kpi_guidance.panel_title(name))
        self.guidance.set_intro(*kpi_guidance.intro())
        self._show_guidance()
        self.model.reload(self.binder.plan, self.binder.language)
        self._update_state()

    def show_panel(self, name: str) -> None:
        """Bring the part ``name`` below the tree to the front ("form", "solve", …)."""
        self.details.setCurrentWidget(self.panels[name])

    def _show_guidance(self) -> None:
        names = list(self.panels)
        index = self.details.currentIndex()
        self.guidance.show_guidance(kpi_guidance.guidance(names[index] if 0 <= index < len(names) else "tree"))

    def select_item(self, item_id: str) -> bool:
        if self._dirty:
            self._catch_up()
        if not self.tree.select_node(item_id):
            return False
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def plan_changed(self, change: PlanChange) -> None:
        if not self.isVisible():
            self._dirty = True  # nothing to compute for a hidden tree; caught up when shown
            return
        self.model.follow(change)
        self._update_state()

    def rebound(self) -> None:
        self.model.follow(None)
        self._select_first()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self._catch_up()
        super().showEvent(event)

    def _catch_up(self) -> None:
        self._dirty = False
        self.model.follow(None)
        self._update_state()

    # -- selection ----------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        return self.tree.current_id()

    def _select_first(self) -> None:
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        self._follow(self.current_id())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._follow(self.model.node_id(current))

    def _follow(self, node_id: str | None) -> None:
        for panel in self.panels.values():
            panel.set_node(node_id or "")
        self._update_state()

    def _remember_current(self) -> None:
        self._current_id = self.current_id()

    def _restore_current(self) -> None:
        if self._current_id and self.tree.select_node(self._current_id):
            return
        # The KPI is gone (removed, or undone): its neighbour, else the first.
        visible, index = [], self.model.index(0, 0)
        while index.isValid():
            visible.append(index)
            index = self.tree.indexBelow(index)
        if visible:
            self.tree.setCurrentIndex(visible[min(self._row_before, len(visible) - 1)])
        else:
            self._follow(None)

    def _update_state(self) -> None:
        editable = not self.binder.read_only
        has_tree = self.model.node_count() > 0
        has = self.current_id() is not None
        for action, button in self.buttons.items():
            button.setEnabled(editable and (has or action == "sibling"))
        self.template_button.setEnabled(editable)
        self.empty_hint.setVisible(not has_tree)
        self.details.setVisible(has_tree)
        self.guidance.setVisible(True)

    def _show_refusal(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- the edits (each one undo step) -------------------------------------------------------------
    def run_action(self, action: str) -> None:
        """Do what a key or a button asked for the selected KPI."""
        if self.binder.read_only:
            return
        self._show_refusal("")
        handlers = {
            "sibling": self.add_sibling, "child": self.add_child,
            "indent": lambda: self._reshape(ks.indent, self.tr("Indent KPI")),
            "outdent": lambda: self._reshape(ks.outdent, self.tr("Outdent KPI")),
            "up": lambda: self._reshape(ks.move_among_siblings, self.tr("Move KPI"), -1),
            "down": lambda: self._reshape(ks.move_among_siblings, self.tr("Move KPI"), 1),
            "remove": self.remove_node, "duplicate": self.duplicate_node,
        }
        handlers[action]()

    def _push(self, build) -> bool:
        message = self.binder.run(build)
        self._show_refusal(message)
        return not message

    def add_sibling(self, name: str = "") -> str | None:
        """A new KPI after the selected one (a new top-level KPI when none), its name typed in place."""
        node = KpiNode(id=new_id("kpi"), name=name)
        after = self.current_id()
        if not self._push(lambda: tree_edit(self.binder.session, ks.add_sibling, after, node, text=self.tr("Add KPI"))):
            return None
        self._start_naming(node.id, name)
        return node.id

    def add_child(self, name: str = "") -> str | None:
        """A new KPI below the selected one (an input becomes a sum of its KPIs below)."""
        parent = self.current_id()
        if parent is None:
            return self.add_sibling(name)
        node = KpiNode(id=new_id("kpi"), name=name)
        if not self._push(lambda: tree_edit(self.binder.session, ks.add_child, parent, node,
                                            text=self.tr("Add KPI below"))):
            return None
        self._start_naming(node.id, name)
        return node.id

    def _start_naming(self, node_id: str, name: str) -> None:
        self.tree.select_node(node_id)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not name:
            self.tree.edit_name(node_id)

    def _reshape(self, edit, text: str, *args) -> None:
        node_id = self.current_id()
        if node_id is None:
            return
        self._push(lambda: tree_edit(self.binder.session, edit, node_id, *args, text=text))
        self.tree.select_node(node_id)

    def move_node(self, node_id: str, parent_id: str | None, row: int | None) -> bool:
        """A drop: ``node_id`` with its subtree under ``parent_id`` at ``row``."""
        done = self._push(lambda: tree_edit(self.binder.session, ks.move_node, node_id, parent_id, row,
                                            text=self.tr("Move KPI")))
        self.tree.select_node(node_id)
        return done

    def remove_node(self) -> None:
        node_id = self.current_id()
        node = next((n for n in self.binder.plan.kpis.nodes if n.id == node_id), None)
        if node_id is None or node is None:
            return
        lift = False
        if node.children:
            below = subtree_size(self.binder.plan.kpis.nodes, node_id) - 1
            choice = self.ask_removal(node, below)
            if choice is None:
                return
            lift = choice == LIFT_CHILDREN
        self._row_before = _visible_row(self.tree, self.tree.currentIndex())
        self._current_id = None
        self._push(lambda: remove_kpi(self.binder.session, node_id, lift_children=lift))

    def duplicate_node(self) -> str | None:
        node_id = self.current_id()
        if node_id is None:
            return None
        made: dict[str, str] = {}

        def build():
            from ....commands.kpi_tree import ReplaceKpiNodes

            nodes, mapping = _refused_as_edit(lambda: ks.duplicate_subtree(self.binder.plan, node_id))
            made.update(mapping)
            return ReplaceKpiNodes(self.binder.session, nodes, self.tr("Duplicate KPI"))

        if self._push(build) and node_id in made:
            self.tree.select_node(made[node_id])
            return made[node_id]
        return None

    def start_from_template(self, kind: str) -> str | None:
        made: list[str] = []

        def build():
            command, root_id = start_from_template(self.binder.session, kind, self.binder.language)
            made.append(root_id)
            return command

        if self._push(build) and made:
            self.tree.select_node(made[0])
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return made[0]
        return None

def _refused_as_edit(edit):
    from ....commands import InvalidEdit
    from ....commands.kpi_tree import refusal_text

    try:
        return edit()
    except ks.TreeEditRefused as refused:
        raise InvalidEdit(refusal_text(refused.code)) from None


def _visible_row(tree: KpiOutliner, index: QModelIndex) -> int:
    row, above = 0, tree.indexAbove(index)
    while above.isValid():
        row += 1
        above = tree.indexAbove(above)
    return row

