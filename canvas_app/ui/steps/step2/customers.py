"""Step 2 — customers, value, channels, differentiation (顧客・価値・チャネル・差別化).

One tab per part, in the order a workshop works through them: who the customers are
and the value we give each (personas and value propositions), whom they compare us
with (competitors and the differentiation matrix), where we meet them (channels), and
the path they walk (customer journey). Ctrl+Tab / Ctrl+Shift+Tab switch tabs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ....model import Plan
from ..editor_page import EditorPage
from .channels import ChannelsSection
from .competitors import CompetitorsSection
from .journey import JourneySection
from .personas import PersonasSection
from .section import Section

SECTION_CLASSES = (PersonasSection, CompetitorsSection, ChannelsSection, JourneySection)


class CustomersPage(EditorPage):
    """Step 2 of the plan, editable.

    Attributes:
        sections: the parts by their name ("personas", "competitors", "channels", "journey").
    """

    step = "2"

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("step2Tabs")
        self.tabs.setDocumentMode(True)
        self.sections: dict[str, Section] = {}
        for cls in SECTION_CLASSES:
            section = cls(self.binder)
            self.sections[section.name] = section
            self.tabs.addTab(section, section.name)
        self.layout_.addWidget(self.tabs)

    def retranslate_static(self) -> None:
        for n, section in enumerate(self.sections.values()):
            section.retranslate()
            self.tabs.setTabText(n, section.title())

    def fill(self, plan: Plan) -> None:
        self.set_header(self.tr("Step 2"), self.tr("Customers, value, channels, differentiation"),
                        self.tr("Who we serve and what they struggle with, the value we deliver to each of them, "
                                "through which channels, and why they choose us over the competition."))

    def show_section(self, name: str) -> bool:
        section = self.sections.get(name)
        if section is None:
            return False
        self.tabs.setCurrentWidget(section)
        return True

    def select_item(self, item_id: str) -> bool:
        for section in self.sections.values():
            if section.select_item(item_id):
                self.tabs.setCurrentWidget(section)
                return True
        return False
