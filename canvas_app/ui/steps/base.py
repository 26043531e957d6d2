"""What every page shares: a scrolling canvas with a header, one way of following the
plan, retranslation, and "show me this item".

How a page follows the plan — one way for every page: the page owns a ``Binder`` over
the open session and hears of the plan only through it (``changed`` after every command
and its undo or redo, ``rebound`` when the window shows another plan). What the page
does with that depends on whether it edits:

- A page that shows the plan (the overview, steps 3 and 4, the funnel) fills itself
  from the plan in ``fill(plan)`` on every change while it is visible, or when it is
  next shown after one; a hidden page does no work while the user types elsewhere. Its
  item models are reloaded in ``fill`` too (``ItemTableModel`` over rows computed from
  the plan: ``reset()``).
- A page that edits (``EditorPage``, steps 1 and 2) never rebuilds: that would take the
  focus and the half-typed text away. Its fields and tables are bound to the plan
  through the binder and update themselves; the page hears of a change in
  ``plan_changed`` only for what it computes itself (a chart, a total).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...document import DocumentSession
from ...model import Plan
from ...text.language import Language
from .. import theme
from ..editing.binder import Binder
from ..widgets.card import Card


class StepPage(QScrollArea):
    """Base of the pages.

    Subclasses set ``step``, build their static widgets in ``build()`` (on
    ``self.binder``), set static texts in ``retranslate_static()`` and fill the plan's
    content in ``fill(plan)``.

    Signals:
        navigateRequested(str, str): go to page ``step`` and show item ``item_id``.
    """

    step = ""
    navigateRequested = Signal(str, str)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None, *,
                 language: Language | None = None) -> None:
        """``language``: the UI language to show the plan in (``set_language`` changes it)."""
        super().__init__(parent)
        self.binder = Binder(session, self, language=language)
        self.setObjectName("page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        canvas = QWidget()
        canvas.setObjectName("pageCanvas")
        self.setWidget(canvas)
        self.layout_ = QVBoxLayout(canvas)

        header = QVBoxLayout()
        header.setSpacing(4)
        top = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setObjectName("stepBadge")
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setFont(theme.scaled_font(self.font(), 1.75, bold=True))
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        header.addLayout(top)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        header.addWidget(self.subtitle)
        self.layout_.addLayout(header)
        self._apply_zoom_sizes()

        self._dirty = True
        self._highlighted: list[QWidget] = []
        self.build()
        self.layout_.addStretch(1)
        self.retranslate_static()
        # After build(): the page hears of a change after the widgets bound in it.
        self.binder.changed.connect(self._plan_changed)
        self.refresh()

    # -- for subclasses ----------------------------------------------------------------
    def build(self) -> None:
        """Create the page's widgets (cards, views). Called once."""

    def retranslate_static(self) -> None:
        """Set the texts that do not depend on the plan."""

    def fill(self, plan: Plan) -> None:
        """Show ``plan``. Called on every change while visible."""

    def select_item(self, item_id: str) -> bool:
        """Scroll to and highlight ``item_id``; False when this page does not show it."""
        return False

    def show_section(self, name: str) -> bool:
        """Show the part of the page called ``name`` (a tab, a sub-page: "personas" on
        step 2, …); False when the page has no such section (``--section``)."""
        return False

    # -- plumbing -----------------------------------------------------------------------
    @property
    def session(self) -> DocumentSession:
        return self.binder.session

    @property
    def plan(self) -> Plan:
        return self.session.plan

    def set_session(self, session: DocumentSession) -> None:
        if session is self.session:
            return
        self.binder.set_session(session)  # every bound widget reloads
        self.refresh()

    def _plan_changed(self, _change: object = None) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._highlighted = []
        self.fill(self.session.plan)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and hasattr(self, "layout_"):
            self._apply_zoom_sizes()  # the zoom changed (theme.set_zoom)
        super().changeEvent(event)

    def _apply_zoom_sizes(self) -> None:
        self.layout_.setContentsMargins(theme.px(28), theme.px(20), theme.px(28), theme.px(28))
        self.layout_.setSpacing(theme.px(16))

    def set_language(self, language: Language) -> None:
        """Show the plan in ``language`` from now on: texts and figures written again."""
        self.binder.language = language
        self.retranslate()

    def retranslate(self) -> None:
        self.retranslate_static()
        self.refresh()

    def set_header(self, badge: str, title: str, subtitle: str) -> None:
        self.badge.setText(badge)
        self.badge.setVisible(bool(badge))
        self.title.setText(title)
        self.subtitle.setText(subtitle)

    def add_card(self, card: Card | None = None) -> Card:
        card = card or Card()
        self.layout_.addWidget(card)
        return card

    def reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view and outline it, so the user sees what was meant."""
        self.ensureWidgetVisible(widget, 50, 80)
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(widget, 50, 80))
        name = widget.objectName() or "revealed"
        widget.setObjectName(name)
        widget.setProperty("revealed", True)
        widget.setStyleSheet(widget.styleSheet() + f"\n#{name} {{ background: {theme.HIGHLIGHT_BG}; "
                             f"border: 2px solid {theme.ACCENT}; border-radius: 8px; }}")
        self._highlighted.append(widget)
