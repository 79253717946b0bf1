"""The Screening page: the ledger of screening rounds (矛盾纠纷排查), filtered by month, area
and result, with New… (Ctrl+N), Enter or a double-click to edit, Delete (asks first) and the
register (Ctrl+P). A round opens in its own window (dialog.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from aidstation.core import codes, screening
from aidstation.core.models import ScreeningRound
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.months import month_items, month_of
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import keep_open, set_role, setup_list_view
from aidstation.gui.kit.widgets import CodeComboBox
from aidstation.gui.registers import add_register_action
from aidstation.gui.screening.dialog import ScreeningDialog

QT_TRANSLATE_NOOP("pages", "Screening")


def _found(rnd: ScreeningRound) -> str:
    items = screening.items_of(rnd)
    if not items:
        return "—"  # a nil report
    counts = {risk: sum(i.risk == risk for i in items) for risk in ("red", "yellow", "blue")}
    return " ".join(f"{mark}{n}" for mark, n in zip(("红", "黄", "蓝"), counts.values()) if n)


def round_columns(lang: str) -> list[Column]:
    c, R = "ScreeningPage", ScreeningRound
    return [
        Column("held_on", QT_TRANSLATE_NOOP("ScreeningPage", "Date"), sort=R.held_on, context=c),
        Column("area", QT_TRANSLATE_NOOP("ScreeningPage", "Area"), sort=R.area,
               value=lambda r: codes.label("screening_area", r.area, lang), context=c),
        Column("screener", QT_TRANSLATE_NOOP("ScreeningPage", "Screened by"),
               value=lambda r: r.screener.name if r.screener_id else "", context=c),
        Column("method", QT_TRANSLATE_NOOP("ScreeningPage", "Method"), sort=R.method,
               value=lambda r: codes.label("screening_method", r.method, lang), context=c),
        Column("found", QT_TRANSLATE_NOOP("ScreeningPage", "Found"), value=screening.item_count, context=c),
        Column("risks", QT_TRANSLATE_NOOP("ScreeningPage", "Risk"), value=_found, context=c),
        Column("note", QT_TRANSLATE_NOOP("ScreeningPage", "Note"), sort=R.note, context=c),
    ]


class ScreeningPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.dialogs: list = []
        lang = context.code_lang
        self.title_label = QLabel(self)
        set_role(self.title_label, "title")
        self.month_label, self.area_label, self.result_label = QLabel(self), QLabel(self), QLabel(self)
        self.month_combo = QComboBox(self)
        self.month_combo.setObjectName("month_combo")
        month_items(self.month_combo, self.tr("All months"))
        self.area_combo = CodeComboBox(self)
        self.area_combo.setObjectName("area_combo")
        self.area_combo.set_kind("screening_area", lang, blank=self.tr("All areas"))
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("result_combo")
        for text, data in ((self.tr("All rounds"), ""), (self.tr("Nil reports"), "nil"),
                           (self.tr("Disputes found"), "found"), (self.tr("With a red-risk dispute"), "red"),
                           (self.tr("With a yellow-risk dispute"), "yellow")):
            self.result_combo.addItem(text, data)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_button")
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_button")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_button")
        self.filter_row = QHBoxLayout()
        for label, combo in ((self.month_label, self.month_combo), (self.area_label, self.area_combo),
                             (self.result_label, self.result_combo)):
            label.setBuddy(combo)
            self.filter_row.addWidget(label)
            self.filter_row.addWidget(combo)
        self.filter_row.addStretch(1)
        for b in (self.edit_button, self.delete_button, self.new_button):
            b.setAutoDefault(False)
            self.filter_row.addWidget(b)
        self.model = PagedTableModel(round_columns(lang), self._query,
                                     default_order=[ScreeningRound.held_on.desc(), ScreeningRound.id.desc()],
                                     parent=self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("table_view")
        self.table_view.setModel(self.model)
        setup_list_view(self.table_view)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table_view, 1)
        # the rhythm rounds are due at (administrators), beside the count
        self.schedule_button = QPushButton(self)
        self.schedule_button.setObjectName("schedule_button")
        self.schedule_button.setAutoDefault(False)
        self.schedule_button.setVisible(context.is_admin)
        self.schedule_button.clicked.connect(self.open_schedule)
        self.bottom_row = QHBoxLayout()
        self.bottom_row.addWidget(self.count_label, 1)
        self.bottom_row.addWidget(self.schedule_button)
        layout.addLayout(self.bottom_row)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.new_round())
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table_view)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.delete_round)
        self.new_button.clicked.connect(lambda: self.new_round())
        self.edit_button.clicked.connect(self.edit_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.table_view.activated.connect(lambda _index: self.edit_round())
        for combo in (self.month_combo, self.area_combo, self.result_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        add_register_action(self, "screening", self.register_filters)
        self.refresh()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self.table_view, "column_layout", None) is None:
            # once the list has its real width: the note takes what is left and gives way first
            setup_columns(self.table_view, "screening/rounds", stretch=6, hide_first=[6, 3, 2])

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Dispute screening"))
        self.month_label.setText(self.tr("&Month"))
        self.area_label.setText(self.tr("A&rea"))
        self.result_label.setText(self.tr("&Show"))
        self.new_button.setText(self.tr("New round…"))
        self.new_button.setToolTip(self.tr("Record a screening round (Ctrl+N)"))
        self.edit_button.setText(self.tr("Open"))
        self.edit_button.setToolTip(self.tr("Open the chosen round (Enter)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen round (Del)"))
        self.table_view.setToolTip(self.tr("Double-click or press Enter to open the round."))
        self.schedule_button.setText(self.tr("Rhythm…"))
        self.schedule_button.setToolTip(self.tr("How often each area is screened"))

    # ---------------------------------------------------------------- list
    def _query(self, filters: dict):
        month = month_of(filters.get("month"))
        result = filters.get("result", "")
        return screening.round_query(year=month[0] if month else None, month=month[1] if month else None,
                                     area=filters.get("area", ""),
                                     nil={"nil": True, "found": False}.get(result),
                                     risk=result if result in ("red", "yellow") else "").order_by()

    def register_filters(self) -> dict:
        """The list's filters as the register reads them (a month becomes the period)."""
        f = dict(self.model.filters)
        result = f.pop("result", "")
        if result in ("nil", "found"):
            f["nil"] = result
        elif result:
            f["risk"] = result
        return f

    def refresh(self) -> None:
        self.model.set_filters(month=self.month_combo.currentData(), area=self.area_combo.code(),
                               result=self.result_combo.currentData())
        self.count_label.setText(self.tr("{n} rounds").format(n=self.model.total))

    def _records_changed(self, name: str) -> None:
        if name in ("ScreeningRound", "ScreeningItem", "MediationCase"):
            self.refresh()

    def current_round(self) -> ScreeningRound | None:
        index = self.table_view.currentIndex()
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        return screening.get(record_id) if record_id is not None else None

    # ---------------------------------------------------------------- actions
    def open_schedule(self):
        """The screening rhythm, station-wide and per area (administrators)."""
        from aidstation.gui.screening.schedule_dialog import ScheduleDialog

        dialog = ScheduleDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.schedule_dialog = dialog
        return dialog

    def _open(self, rnd, area: str | None = None) -> ScreeningDialog:
        dialog = ScreeningDialog(self.context, rnd, self)
        if rnd is None and area:
            dialog.area_combo.set_code(area)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.round_saved.connect(lambda _r: self.refresh())
        dialog.show()
        self.dialogs = keep_open(self.dialogs, dialog)
        self.dialog = dialog
        return dialog

    def new_round(self, area: str | None = None) -> ScreeningDialog:
        """A new round (in `area`, when the dashboard says it is due there)."""
        return self._open(None, area)

    def edit_round(self) -> ScreeningDialog | None:
        rnd = self.current_round()
        return self._open(rnd) if rnd is not None else None

    def open_record(self, record_id: int) -> bool:
        rnd = screening.get(record_id)
        if rnd is None:
            return False
        self._open(rnd)
        return True

    def delete_round(self) -> None:
        rnd = self.current_round()
        if rnd is None or not messages.ask_yes_no(
                self, self.tr("Delete"),
                self.tr("Delete the screening round of {date}? An administrator can restore it.").format(
                    date=rnd.held_on.isoformat())):
            return
        screening.delete_round(rnd, user=self.context.user)
        self.context.notify("ScreeningRound")
        self.refresh()
        messages.status(self, self.tr("Screening round of {date} deleted").format(date=rnd.held_on.isoformat()))


def open_round(context, record_id, parent=None):
    """The round's window, for another area (the dashboard); None when it is gone."""
    from aidstation.core.models import ScreeningRound as R

    rnd = R.get_or_none(R.id == record_id)
    if rnd is None or rnd.deleted_at is not None:
        return None
    dialog = ScreeningDialog(context, rnd, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def screenshot_widgets(context, parent=None) -> list:
    """For `make screenshots`: the round window on a round with disputes found (a new one if
    the station has none), and the rhythm dialog."""
    from aidstation.gui.screening.schedule_dialog import ScheduleDialog

    found = next((r for r in screening.round_query(nil=False).limit(1)), None)
    rnd = ScreeningDialog(context, found, parent)
    rnd.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    return [("screening_round", rnd), ("screening_schedule", ScheduleDialog(context, parent))]


PAGE = PageSpec("screening", "Screening", "screening.svg", 35, ScreeningPage, screenshots=screenshot_widgets)
