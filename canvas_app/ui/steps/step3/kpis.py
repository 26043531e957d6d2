"""Step 3 — the KPI tree and the execution roadmap (KPIツリー・実行ロードマップ).

Two tabs, in the order a workshop works: the KPI tree, built from the business goal
down to what each department moves and worked back from the goal; then the roadmap of
initiatives that move those KPIs. Ctrl+Tab / Ctrl+Shift+Tab switch tabs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ....model import Plan
from ... import theme
from ..editor_page import EditorPage
from ..step2.section import Section
from .kpi_section import KpiTreeSection
from .roadmap_section import RoadmapSection

SECTION_CLASSES = (KpiTreeSection, RoadmapSection)


class KpiPage(EditorPage):
    """Step 3 of the plan: the KPI tree editor and the roadmap.

    Attributes:
        sections: the parts by their name ("tree", "roadmap").
    """

    step = "3"

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("step3Tabs")
        self.tabs.setDocumentMode(True)
        self.sections: dict[str, Section] = {}
        for cls in SECTION_CLASSES:
            section = cls(self.binder)
            self.sections[section.name] = section
            self.tabs.addTab(section, section.name)
        self.layout_.addWidget(self.tabs)

    @property
    def tree_section(self) -> KpiTreeSection:
        return self.sections["tree"]  # type: ignore[return-value]

    def retranslate_static(self) -> None:
        for n, section in enumerate(self.sections.values()):
            section.retranslate()
            self.tabs.setTabText(n, section.title())

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 3"), self.tr("KPIs and roadmap"),
                        self.tr("Break the business goal down into a KPI tree, work back from the target "
                                "(back-calculation), and plan the initiatives that move each KPI."))

    def show_section(self, name: str) -> bool:
        """A tab ("tree", "roadmap"), or a part below the KPI tree ("form", "solve", …)."""
        section = self.sections.get(name)
        if section is not None:
            self.tabs.setCurrentWidget(section)
            return True
        tree = self.tree_section
        if name not in tree.panels:
            return False
        self.tabs.setCurrentWidget(tree)
        tree.show_panel(name)
        self.scroll_to_top_of(tree.details)
        return True

    def scroll_to_top_of(self, widget) -> None:
        """Scroll so that ``widget`` starts at the top of the page (a tall part below the
        tree shows its heading, not its last lines)."""
        self.widget().layout().activate()
        top = widget.mapTo(self.widget(), widget.rect().topLeft()).y()
        self.verticalScrollBar().setValue(max(0, top - theme.px(8)))

    def select_item(self, item_id: str) -> bool:
        for section in self.sections.values():
            if section.select_item(item_id):
                self.tabs.setCurrentWidget(section)
                self.ensureWidgetVisible(self.tabs.currentWidget(), 50, 80)
                return True
        return False
