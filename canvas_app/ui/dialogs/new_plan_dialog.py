"""File ▸ New: the New plan wizard — a template on the left, the plan's settings on the right.

The settings (company name, fiscal-year start month, money display unit, departments)
start as the selected template's; ``ask`` returns them as a :class:`NewPlanChoice`, which
``FileOperations.new_from_template`` applies with ``model.setup.apply_setup``.

Keyboard: Tab walks list → company → month → unit → departments → new department →
Add → Remove → Create/Cancel. Enter creates the plan (in the new-department field it
adds the typed department first); F2 renames a department in place, Delete removes it;
Esc cancels.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...model import MoneyUnit
from ...text.labels import enum_label
from ...text.language import Language
from ..templates import TemplateChoice

ENGLISH = Language("en")  # the source text: needs no catalogue

#: Longest company name the model accepts (``model.base.Label``).
MAX_NAME = 500
_ID_ROLE = Qt.ItemDataRole.UserRole
_DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 6


class _TemplateDelegate(QStyledItemDelegate):
    """A template as its title in bold over its description, both wrapped."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, option.font

    def _rects(self, option: QStyleOptionViewItem, title: str, description: str):
        bold, normal = self._fonts(option)
        width = max(50, option.rect.width() - 2 * _PAD)
        flags = Qt.TextFlag.TextWordWrap
        title_rect = QFontMetrics(bold).boundingRect(0, 0, width, 10_000, flags, title)
        desc_rect = QFontMetrics(normal).boundingRect(0, 0, width, 10_000, flags, description) if description else None
        return width, title_rect, desc_rect

    def sizeHint(self, option, index):
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        view = option.widget
        if view is not None:  # the width the item gets when painted: the viewport less the spacing
            option.rect.setWidth(view.viewport().width() - 2 * view.spacing())
        _width, title_rect, desc_rect = self._rects(option, index.data(Qt.ItemDataRole.DisplayRole) or "",
                                                    index.data(_DESCRIPTION_ROLE) or "")
        height = title_rect.height() + (desc_rect.height() + 2 if desc_rect else 0) + 2 * _PAD
        return QSize(option.rect.width(), height)

    def paint(self, painter, option, index):
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        title, description = option.text, index.data(_DESCRIPTION_ROLE) or ""
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        width, title_rect, desc_rect = self._rects(option, title, description)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        bold, normal = self._fonts(option)
        painter.save()
        painter.setPen(option.palette.color(role))
        x, y = option.rect.x() + _PAD, option.rect.y() + _PAD
        painter.setFont(bold)
        painter.drawText(x, y, width, title_rect.height(), Qt.TextFlag.TextWordWrap, title)
        if desc_rect is not None:
            painter.setFont(normal)
            painter.drawText(x, y + title_rect.height() + 2, width, desc_rect.height(), Qt.TextFlag.TextWordWrap,
                             description)
        painter.restore()


@dataclass(frozen=True)
class NewPlanChoice:
    """What the wizard returns: the template and the settings for the new plan.

    Attributes:
        departments: ``(id, name)`` in order; id None for a department to create.
    """

    template: str
    company_name: str
    fiscal_year_start_month: int
    money_unit: MoneyUnit
    departments: tuple[tuple[str | None, str], ...]


def month_names(language: str) -> list[str]:
    """"1月" … "12月" in Japanese, "January" … "December" in English."""
    locale = QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English)
    return [locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)]


class NewPlanDialog(QDialog):
    """The New plan wizard.

    Attributes:
        templates: the template list (left).
        company, month, money_unit: the settings form (right).
        departments: the editable department list; ``new_department`` and ``add_button``
            add one, ``remove_button`` removes the current one.
        error: the validation message, shown under the field it is about.
    """

    def __init__(self, parent: QWidget | None, templates: list[TemplateChoice], language: Language = ENGLISH) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Plan"))
        self.resize(920, 560)
        self._choices = list(templates)
        self._company_edited = False

        intro = QLabel(self.tr("Choose a template and set up your company. The new plan opens unsaved; "
                               "the template itself is never changed."))
        intro.setWordWrap(True)

        # -- left: templates ---------------------------------------------------------------
        self.templates = QListWidget()
        self.templates.setWordWrap(True)
        self.templates.setSpacing(3)
        self.templates.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.templates.setUniformItemSizes(False)
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._delegate = _TemplateDelegate(self.templates)
        self.templates.setItemDelegate(self._delegate)
        self.templates.viewport().installEventFilter(self)  # re-wrap the descriptions on resize
        for template in self._choices:
            item = QListWidgetItem(template.title)
            item.setData(_ID_ROLE, template.name)
            item.setData(_DESCRIPTION_ROLE, template.description)
            item.setToolTip(template.description)
            self.templates.addItem(item)
        template_label = QLabel(self.tr("&Template"))
        template_label.setBuddy(self.templates)
        left = QVBoxLayout()
        left.addWidget(template_label)
        left.addWidget(self.templates, 1)

        # -- right: settings ----------------------------------------------------------------
        self.company = QLineEdit()
        self.company.setMaxLength(MAX_NAME)
        self.company.setPlaceholderText(self.tr("e.g. your company's name"))
        self.company.textEdited.connect(self._on_company_edited)
        self.month = QComboBox()
        for number, name in enumerate(month_names(language.code), 1):
            self.month.addItem(name, number)
        self.money_unit = QComboBox()
        for unit in MoneyUnit:
            self.money_unit.addItem(enum_label(unit, language), unit)

        self.departments = QListWidget()
        self.departments.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.SelectedClicked)
        self.departments.installEventFilter(self)
        self.departments.itemChanged.connect(lambda _item: self._validate())
        self.departments.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_department = QLineEdit()
        self.new_department.setMaxLength(MAX_NAME)
        self.new_department.setPlaceholderText(self.tr("New department"))
        self.new_department.installEventFilter(self)
        self.new_department.textChanged.connect(lambda _text: self._update_buttons())
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_department)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_department)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_department, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        hint = QLabel(self.tr("F2 renames the selected department, Delete removes it."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.error.setVisible(False)
        dept_box = QVBoxLayout()
        dept_box.setContentsMargins(0, 0, 0, 0)
        dept_box.addWidget(self.departments, 1)
        dept_box.addLayout(add_row)
        dept_box.addWidget(hint)
        dept_box.addWidget(self.error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("&Company name:"), self.company)
        form.addRow(self.tr("Fiscal year &starts in:"), self.month)
        form.addRow(self.tr("&Money shown in:"), self.money_unit)
        dept_label = QLabel(self.tr("&Departments:"))
        dept_label.setBuddy(self.departments)
        form.addRow(dept_label, dept_box)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addLayout(form, 6)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

        for first, second in ((self.templates, self.company), (self.company, self.month), (self.month, self.money_unit),
                              (self.money_unit, self.departments), (self.departments, self.new_department),
                              (self.new_department, self.add_button), (self.add_button, self.remove_button),
                              (self.remove_button, self.buttons)):
            self.setTabOrder(first, second)

        self.templates.currentRowChanged.connect(self._on_template_changed)
        self.templates.setCurrentRow(0)
        self.templates.setFocus()

    # -- the template ------------------------------------------------------------------------
    def current_template(self) -> TemplateChoice | None:
        row = self.templates.currentRow()
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def _on_company_edited(self, _text: str) -> None:
        self._company_edited = True

    def _on_template_changed(self, _row: int) -> None:
        """Fill the form with the template's settings; a company name typed by the user stays."""
        template = self.current_template()
        if template is None:
            return
        if not self._company_edited:
            self.company.setText(template.company_name)
        self.month.setCurrentIndex(self.month.findData(template.fiscal_year_start_month))
        self.money_unit.setCurrentIndex(self.money_unit.findData(template.money_unit))
        self.departments.blockSignals(True)
        self.departments.clear()
        for dept_id, name in template.departments:
            self._append_department(dept_id, name)
        self.departments.blockSignals(False)
        self.departments.setCurrentRow(0 if self.departments.count() else -1)
        self._validate()

    # -- departments --------------------------------------------------------------------------
    def _append_department(self, dept_id: str | None, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(_ID_ROLE, dept_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.departments.addItem(item)
        return item

    def add_department(self) -> None:
        """Add the department typed in the new-department field (or an empty one to name)."""
        name = self.new_department.text().strip()
        item = self._append_department(None, name)
        self.departments.setCurrentItem(item)
        self.new_department.clear()
        if not name:
            self.departments.setFocus()
            self.departments.editItem(item)
        self._validate()

    def remove_department(self) -> None:
        row = self.departments.currentRow()
        if row < 0:
            return
        self.departments.takeItem(row)
        self.departments.setCurrentRow(min(row, self.departments.count() - 1))
        self._validate()

    def department_specs(self) -> tuple[tuple[str | None, str], ...]:
        items = (self.departments.item(i) for i in range(self.departments.count()))
        return tuple((item.data(_ID_ROLE), item.text().strip()) for item in items)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.templates.viewport():
            self.templates.doItemsLayout()  # item heights depend on the width (wrapped text)
        elif event.type() == QEvent.Type.KeyPress:
            if watched is self.departments and event.matches(QKeySequence.StandardKey.Delete) \
                    and self.departments.state() != QAbstractItemView.State.EditingState:
                self.remove_department()
                return True
            if watched is self.new_department and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and self.new_department.text().strip():
                self.add_department()
                return True
        return super().eventFilter(watched, event)

    # -- validation and the result ---------------------------------------------------------------
    def problem(self) -> str:
        """The first thing that keeps the plan from being created, in the UI language ("" if none)."""
        if len(self.company.text()) > MAX_NAME:
            return self.tr("The company name is too long (at most %1 characters).").replace("%1", str(MAX_NAME))
        seen: set[str] = set()
        for _dept_id, name in self.department_specs():
            if not name:
                return self.tr("Every department needs a name.")
            if len(name) > MAX_NAME:
                return self.tr("A department name is too long (at most %1 characters).").replace("%1", str(MAX_NAME))
            key = name.casefold()
            if key in seen:
                return self.tr("There are two departments called “%1”. Give each department its own name.").replace("%1", name)
            seen.add(key)
        return ""

    def _validate(self) -> bool:
        message = self.problem()
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.create_button.setEnabled(not message and self.current_template() is not None)
        self._update_buttons()
        return not message

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.departments.currentRow() >= 0)

    def accept(self) -> None:
        if self._validate() and self.current_template() is not None:
            super().accept()

    def choice(self) -> NewPlanChoice | None:
        template = self.current_template()
        if template is None or self.problem():
            return None
        return NewPlanChoice(
            template=template.name,
            company_name=self.company.text().strip(),
            fiscal_year_start_month=int(self.month.currentData()),
            money_unit=MoneyUnit(self.money_unit.currentData()),
            departments=self.department_specs(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, templates: list[TemplateChoice],
            language: Language = ENGLISH) -> NewPlanChoice | None:
        dialog = cls(parent, templates, language)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
