"""Step 2 — the differentiation matrix (差別化ポイント): criteria scored 1–5 for us and
each competitor, the radar chart of those scores and the list of our differentiators
(criteria where we beat every competitor scored on them), all updated as the team types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....calc.differentiation import differentiators
from ....model import DifferentiationCriterion, Plan, new_id
from ... import theme
from ...editing.binder import Binder
from ...editing.table_editor import ItemTable
from ...widgets.card import Card
from ...widgets.radar import RadarChart, RadarSeries, competitor_colour, fit_text
from ...widgets.side_by_side import SideBySide
from .competitor_card import copy_name
from .matrix_model import DifferentiationMatrixModel

RADAR_WIDTH = 380
# Page width (at 100 % zoom) from which the radar sits beside the matrix.
SIDE_BY_SIDE_MIN_WIDTH = 900
# A competitor's name in the matrix header takes at most this many lines.
HEADER_LINES = 3


class MatrixCard(Card):
    """The matrix, the radar and our differentiators.

    Attributes:
        table: the ItemTable of criteria (``table.model`` is a DifferentiationMatrixModel).
        radar: the RadarChart.
        differentiator_list: the label listing our differentiators.
    """

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.binder = binder
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setObjectName("fieldCaption")
        self.model = DifferentiationMatrixModel(binder, self)
        self.table = ItemTable(self.model, new_item=lambda: DifferentiationCriterion(id=new_id("crit")),
                               copy_name=copy_name)
        self._fitted: dict[tuple[str, int, str], str] = {}
        self.model.fit_header = self._fit_header_text
        self.model.modelReset.connect(self._fit_columns)
        self.table.table.wrap_header(HEADER_LINES)
        self.radar = RadarChart()
        self.differentiator_title = QLabel()
        self.differentiator_title.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.differentiator_list = QLabel()
        self.differentiator_list.setObjectName("differentiators")
        self.differentiator_list.setWordWrap(True)
        self.differentiator_list.setTextFormat(Qt.TextFormat.PlainText)
        self.differentiator_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        self.row = row
        left = QVBoxLayout()
        left.addWidget(self.help)
        left.addWidget(self.table)
        left.addStretch(1)
        row.addLayout(left, 1)
        self.right = QWidget()
        right = QVBoxLayout(self.right)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.radar)
        right.addWidget(self.differentiator_title)
        right.addWidget(self.differentiator_list)
        right.addStretch(1)
        row.addWidget(self.right, 0)
        self.add_layout(row)
        self.arrangement = SideBySide(self, row, SIDE_BY_SIDE_MIN_WIDTH, self._arranged)
        self._apply_sizes()
        self._fit_columns()
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and hasattr(self, "right"):
            self._apply_sizes()  # zoom

    def _arranged(self, wide: bool) -> None:
        self._apply_sizes()

    def _apply_sizes(self) -> None:
        self.row.setSpacing(theme.px(16))
        if self.row.direction() == QBoxLayout.Direction.LeftToRight:
            self.right.setFixedWidth(theme.px(RADAR_WIDTH))
        else:  # under the matrix: as wide as a radar reads well, centred-ish
            self.right.setMinimumWidth(0)
            self.right.setMaximumWidth(theme.px(RADAR_WIDTH + 140))
        if hasattr(self, "model"):
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns follow the competitors: give the table their relative widths again."""
        view = self.table.table
        view.set_widths(self.model.widths())
        view.fit()

    def _fit_header_text(self, column: int, name: str) -> str:
        view = self.table.table
        metrics = view.header_metrics()
        key = (name, view.header_text_width(column), metrics.lineSpacing())
        if key not in self._fitted:  # headerData is asked on every paint: measure once
            if len(self._fitted) > 500:
                self._fitted.clear()
            self._fitted[key] = fit_text(metrics, name, key[1], HEADER_LINES)
        return self._fitted[key]

    # -- what the card computes ------------------------------------------------------------------
    def refresh(self) -> None:
        plan = self.binder.plan
        self._update_radar(plan)
        self._update_differentiators(plan)

    def _update_radar(self, plan: Plan) -> None:
        criteria = plan.customers.criteria
        axes = [c.name or self.tr("(no name)") for c in criteria]
        series = [RadarSeries(self.tr("Us"), tuple(c.our_score for c in criteria), theme.ACCENT, ours=True)]
        for n, competitor in enumerate(plan.customers.competitors):
            scores = tuple(c.competitor_scores.get(competitor.id) for c in criteria)
            series.append(RadarSeries(competitor.name or self.tr("(no name)"), scores, competitor_colour(n)))
        self.radar.set_data(axes, series, self.tr("Add at least three criteria to see the radar chart."))

    def _update_differentiators(self, plan: Plan) -> None:
        found = differentiators(plan)
        if found:
            self.differentiator_list.setText("\n".join(f"★ {c.name or self.tr('(no name)')}" for c in found))
            self.differentiator_list.setStyleSheet(f"color: {theme.INK};")
        else:
            self.differentiator_list.setText(self.tr(
                "None yet. A criterion becomes a differentiator when our score is higher than "
                "every competitor's score on it."))
            self.differentiator_list.setStyleSheet(f"color: {theme.MUTED};")

    def differentiator_names(self) -> list[str]:
        return [c.name for c in differentiators(self.binder.plan)]

    def retranslate(self) -> None:
        self.set_title(self.tr("Differentiation matrix"))
        self.help.setText(self.tr("Score each criterion from 1 (weak) to 5 (strong) for us and each competitor; "
                                  "leave a cell empty when it is not known yet. ★ marks our differentiators."))
        self.differentiator_title.setText(self.tr("Our differentiators"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self.refresh()
