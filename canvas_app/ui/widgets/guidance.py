"""A guidance panel beside a form: what the step is for, what a good answer looks like,
what to avoid — for the part of the form the user is working on."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .. import theme

GUIDANCE_BG = "#f3f7fd"
GUIDANCE_LINE = "#c9d8ef"


@dataclass(frozen=True)
class GuidanceSection:
    """A heading and its points (one paragraph each, shown as a bulleted list)."""

    heading: str
    points: Sequence[str] = ()


@dataclass(frozen=True)
class Guidance:
    """What the panel shows for one part of a form.

    Attributes:
        title: the part's name ("Business goals").
        sections: good answer, pitfalls, example… in the order shown.
    """

    title: str
    sections: Sequence[GuidanceSection] = field(default_factory=tuple)


def _html(points: Sequence[str]) -> str:
    items = "".join(f"<li style='margin-bottom:4px'>{html.escape(p)}</li>" for p in points)
    # A small indent: the panel is narrow, the default list indent wastes a fifth of it.
    return f"<ul style='margin-left:0px; -qt-list-indent:1'>{items}</ul>"


class GuidancePanel(QFrame):
    """A tinted panel: a lead paragraph (what the step is for) and the guidance of the
    part being edited (``show_guidance``). Texts are set by the page (in the UI
    language); nothing here knows a particular step.

    Attributes:
        heading: the panel's title label.
        lead: the paragraph about the whole step.
        topic: the title of the part being edited.
        blocks: (heading label, points label) per section currently shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidancePanel")
        self.setStyleSheet(f"QFrame#guidancePanel {{ background: {GUIDANCE_BG}; border: 1px solid {GUIDANCE_LINE};"
                           f" border-radius: 8px; }}")
        self.layout_ = QVBoxLayout(self)
        self.heading = self._label(1.15, bold=True)
        self.lead = self._label()
        self.topic = self._label(1.05, bold=True)
        self.topic.setStyleSheet(f"color: {theme.ACCENT};")
        for label in (self.heading, self.lead, self.topic):
            self.layout_.addWidget(label)
        self.blocks: list[tuple[QLabel, QLabel]] = []
        self._guidance: Guidance | None = None
        self._apply_zoom_sizes()

    def _label(self, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("background: transparent; border: none;")
        if scale != 1.0 or bold:
            theme.set_font_scale(label, scale, bold)
        return label

    def set_intro(self, heading: str, lead: str) -> None:
        self.heading.setText(heading)
        self.lead.setText(lead)

    def show_guidance(self, guidance: Guidance) -> None:
        """Show the guidance of one part (labels are reused: nothing flickers)."""
        if guidance == self._guidance:
            return
        self._guidance = guidance
        self.topic.setText(guidance.title)
        while len(self.blocks) < len(guidance.sections):
            title, body = self._label(bold=True), self._label()
            body.setTextFormat(Qt.TextFormat.RichText)
            self.layout_.addWidget(title)
            self.layout_.addWidget(body)
            self.blocks.append((title, body))
        for n, (title, body) in enumerate(self.blocks):
            shown = n < len(guidance.sections)
            title.setVisible(shown)
            body.setVisible(shown)
            if shown:
                title.setText(guidance.sections[n].heading)
                body.setText(_html(guidance.sections[n].points))

    def texts(self) -> str:
        """Everything the panel says, as plain text (for tests and accessibility)."""
        parts = [self.heading.text(), self.lead.text(), self.topic.text()]
        if self._guidance is not None:
            for section in self._guidance.sections:
                parts.append(section.heading)
                parts.extend(section.points)
        return "\n".join(p for p in parts if p)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange and hasattr(self, "layout_"):
            self._apply_zoom_sizes()
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.layout_.setContentsMargins(theme.px(14), theme.px(12), theme.px(14), theme.px(12))
        self.layout_.setSpacing(theme.px(6))
