"""The screening round window: the round (date, area, who, how) and the disputes found, one
row each in a small table with its editor below (description, parties found or created with
the person finder, type, risk, what was done). No row is a nil report. Ctrl+S saves the round
with every row in one step (core.screening); "Hand to mediation" opens the case of the chosen
dispute (the round is saved first)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from aidstation.core import codes, people, screening, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import MediationCase, Person, ScreeningRound
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import handoffs, messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.person_finder import PersonFinder
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role
from aidstation.gui.kit.widgets import CodeComboBox, DateEdit, FieldErrors

OUTCOME_NAMES = {
    "resolved": QT_TRANSLATE_NOOP("ScreeningDialog", "Resolved on the spot"),
    "mediation": QT_TRANSLATE_NOOP("ScreeningDialog", "Handed to mediation"),
    "referred": QT_TRANSLATE_NOOP("ScreeningDialog", "Referred elsewhere"),
    "watched": QT_TRANSLATE_NOOP("ScreeningDialog", "Watched"),
}


def outcome_name(code: str) -> str:
    return QCoreApplication.translate("ScreeningDialog", OUTCOME_NAMES.get(code, code))


@dataclass
class Draft:
    """A dispute row as the window holds it until Save."""

    description: str = ""
    dispute_type: str = "other"
    risk: str = "blue"
    outcome: str = "watched"
    referred_to: str = ""
    parties: list = field(default_factory=list)  # Person
    id: int | None = None
    case_number: str = ""
    closed_on: dt.date | None = None

    def item_input(self) -> screening.ItemInput:
        return screening.ItemInput(self.description, self.dispute_type, self.risk, self.outcome,
                                   parties=list(self.parties), referred_to=self.referred_to,
                                   closed_on=self.closed_on, id=self.id)


class ItemsTableModel(RowsTableModel):
    """The round's dispute rows (Draft)."""

    COLUMNS = (QT_TRANSLATE_NOOP("ItemsTableModel", "Dispute"), QT_TRANSLATE_NOOP("ItemsTableModel", "Parties"),
               QT_TRANSLATE_NOOP("ItemsTableModel", "Type"), QT_TRANSLATE_NOOP("ItemsTableModel", "Risk"),
               QT_TRANSLATE_NOOP("ItemsTableModel", "What was done"))

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang

    def rows(self) -> list[Draft]:
        return self._rows

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def append(self, draft: Draft) -> int:
        self.beginInsertRows(self.index(0, 0).parent(), len(self._rows), len(self._rows))
        self._rows.append(draft)
        self.endInsertRows()
        return len(self._rows) - 1

    def remove(self, row: int) -> None:
        self.beginRemoveRows(self.index(0, 0).parent(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        d = self._rows[index.row()]
        done = outcome_name(d.outcome) + (f" {d.case_number}" if d.case_number else "")
        return [d.description, "、".join(p.name for p in d.parties),
                codes.label("dispute_type", d.dispute_type, self.lang),
                codes.label("screening_risk", d.risk, self.lang), done][index.column()]


class ScreeningDialog(QDialog):
    """A new round (`rnd` None) or an existing one. Emits `round_saved(round)`."""

    round_saved = Signal(object)

    def __init__(self, context, rnd: ScreeningRound | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("ScreeningDialog")
        self.context = context
        self.rnd = rnd
        lang = context.code_lang
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("date_edit")
        self.area_combo = CodeComboBox(self)
        self.area_combo.setObjectName("area_combo")
        self.area_combo.set_kind("screening_area", lang, blank=self.tr("(choose)"))
        self.method_combo = CodeComboBox(self)
        self.method_combo.setObjectName("method_combo")
        self.method_combo.set_kind("screening_method", lang)
        self.screener_combo = QComboBox(self)
        self.screener_combo.setObjectName("screener_combo")
        self.screener_combo.addItem(self.tr("(not recorded)"), None)
        for s in staff_service.list_staff():
            self.screener_combo.addItem(s.name, s.id)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        self.round_form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(5)]
        for label, widget in zip(self.labels, (self.date_edit, self.area_combo, self.screener_combo,
                                               self.method_combo, self.note_edit)):
            label.setBuddy(widget)
            self.round_form.addRow(label, widget)

        self.items_title = QLabel(self)
        set_role(self.items_title, "section")
        self.nil_label = QLabel(self)
        self.nil_label.setObjectName("nil_label")
        set_role(self.nil_label, "hint")
        self.model = ItemsTableModel(lang, self)
        self.items_view = QTableView(self)
        self.items_view.setObjectName("items_view")
        self.items_view.setModel(self.model)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.verticalHeader().setVisible(False)
        self.items_view.setMinimumHeight(110)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_item_button")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_item_button")
        self.mediation_button = QPushButton(self)
        self.mediation_button.setObjectName("mediation_button")
        item_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.mediation_button):
            item_buttons.addWidget(b)
        item_buttons.addStretch(1)

        # the chosen row's editor
        self.item_box = QGroupBox(self)
        self.description_edit = QLineEdit(self.item_box)
        self.description_edit.setObjectName("description_edit")
        self.type_combo = CodeComboBox(self.item_box)
        self.type_combo.setObjectName("type_combo")
        self.type_combo.set_kind("dispute_type", lang)
        self.risk_combo = CodeComboBox(self.item_box)
        self.risk_combo.setObjectName("risk_combo")
        self.risk_combo.set_kind("screening_risk", lang)
        # the station's own meaning of each level (Settings), beside each entry and on the field
        definitions = {code: settings.get(f"screening.risk_{code}") for code in screening.RISKS}
        for i in range(self.risk_combo.count()):
            text = definitions.get(self.risk_combo.itemData(i), "")
            if text:
                self.risk_combo.setItemData(i, text, Qt.ItemDataRole.ToolTipRole)
        self.risk_combo.setToolTip("\n".join(f"{codes.label('screening_risk', c, lang)}：{t}"
                                             for c, t in definitions.items() if t))
        self.outcome_combo = QComboBox(self.item_box)
        self.outcome_combo.setObjectName("outcome_combo")
        for code in screening.OUTCOMES:
            self.outcome_combo.addItem(outcome_name(code), code)
        self.referred_combo = CodeComboBox(self.item_box)
        self.referred_combo.setObjectName("referred_combo")
        self.referred_combo.set_kind("referral", lang, blank=self.tr("(none)"))
        self.parties_list = QListWidget(self.item_box)
        self.parties_list.setObjectName("parties_list")
        self.parties_list.setMaximumHeight(52)
        self.finder = PersonFinder(self.item_box)
        self.finder.setObjectName("party_finder")
        self.remove_party_button = QPushButton(self.item_box)
        self.remove_party_button.setObjectName("remove_party_button")
        parties_row = QHBoxLayout()
        parties_row.addWidget(self.parties_list, 1)
        parties_row.addWidget(self.remove_party_button)
        item_form = QFormLayout(self.item_box)
        self.item_labels = [QLabel(self.item_box) for _ in range(7)]
        for label, widget in zip(self.item_labels, (self.description_edit, self.type_combo, self.risk_combo,
                                                    self.outcome_combo, self.referred_combo, self.finder)):
            label.setBuddy(widget)
            item_form.addRow(label, widget)
        item_form.addRow(self.item_labels[6], parties_row)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_button")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_button")
        for b in (self.save_button, self.cancel_button, self.add_button, self.remove_button,
                  self.mediation_button, self.remove_party_button):
            b.setAutoDefault(False)  # Enter never saves: Ctrl+S or the button
            b.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.round_form)
        layout.addWidget(self.items_title)
        layout.addWidget(self.nil_label)
        layout.addWidget(self.items_view, 1)
        layout.addLayout(item_buttons)
        layout.addWidget(self.item_box)
        layout.addLayout(bottom)

        self.errors = FieldErrors(self, {"held_on": self.date_edit, "area": self.area_combo,
                                         "method": self.method_combo, "screener": self.screener_combo,
                                         "note": self.note_edit}, fallback=self.error_label)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.add_shortcut = QShortcut(QKeySequence("Alt+A"), self)  # a new dispute row
        self.add_shortcut.activated.connect(self.add_item)
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.mediation_button.clicked.connect(self.hand_to_mediation)
        self.remove_party_button.clicked.connect(self.remove_party)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.finder.person_changed.connect(self._party_chosen)
        self.finder.new_requested.connect(self._new_party)
        self.description_edit.textEdited.connect(lambda t: self._edit("description", t))
        self.type_combo.currentIndexChanged.connect(lambda _i: self._edit("dispute_type", self.type_combo.code()))
        self.risk_combo.currentIndexChanged.connect(lambda _i: self._edit("risk", self.risk_combo.code()))
        self.outcome_combo.currentIndexChanged.connect(
            lambda _i: self._edit("outcome", self.outcome_combo.currentData()))
        self.referred_combo.currentIndexChanged.connect(
            lambda _i: self._edit("referred_to", self.referred_combo.code()))
        self.items_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row(cur.row()))
        self._loading = False
        self.retranslate()
        setup_columns(self.items_view, "screening/items", stretch=0, hide_first=[2, 1])
        self.load(rnd)
        fit_window(self, "screening/round", (900, 660))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Screening round") if self.rnd else self.tr("New screening round"))
        for label, text in zip(self.labels, (self.tr("&Date"), self.tr("A&rea"), self.tr("Screened &by"),
                                             self.tr("&Method"), self.tr("N&ote"))):
            label.setText(text)
        self.items_title.setText(self.tr("Disputes found"))
        self.add_button.setText(self.tr("Add dispute"))
        self.add_button.setToolTip(self.tr("Add a row for a dispute found (Alt+A)"))
        self.remove_button.setText(self.tr("Remove dispute"))
        self.mediation_button.setText(self.tr("Hand to mediation…"))
        self.mediation_button.setToolTip(self.tr("Save the round and open a mediation case for the chosen dispute"))
        self.item_box.setTitle(self.tr("The chosen dispute"))
        for label, text in zip(self.item_labels, (self.tr("Descri&ption"), self.tr("&Type"), self.tr("Ris&k"),
                                                  self.tr("What was &done"), self.tr("Referred to"),
                                                  self.tr("Add a part&y"), self.tr("Parties"))):
            label.setText(text)
        self.remove_party_button.setText(self.tr("Remove party"))
        self.save_button.setText(self.tr("Save round"))
        self.save_button.setToolTip(self.tr("Save the round and every dispute (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))

    # ---------------------------------------------------------------- filling
    def load(self, rnd: ScreeningRound | None) -> None:
        self._loading = True
        self.rnd = rnd
        self.date_edit.set_date_value(rnd.held_on if rnd else dt.date.today())
        self.area_combo.set_code(rnd.area if rnd else "")
        self.method_combo.set_code(rnd.method if rnd else "visit")
        self.screener_combo.setCurrentIndex(max(0, self.screener_combo.findData(rnd.screener_id if rnd else None)))
        self.note_edit.setText(rnd.note if rnd else "")
        drafts = []
        for item in screening.items_of(rnd) if rnd else []:
            case = MediationCase.get_or_none(MediationCase.id == item.mediation_case_id) if item.mediation_case_id \
                else None
            drafts.append(Draft(item.description, item.dispute_type, item.risk, item.outcome, item.referred_to,
                                screening.parties_of(item), item.id, case.number if case else "", item.closed_on))
        self.model.set_rows(drafts)
        self._loading = False
        self._show_row(0 if drafts else -1)
        if drafts:
            self.items_view.selectRow(0)

    def _row(self) -> int:
        index = self.items_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_row(self, row: int) -> None:
        rows = self.model.rows()
        draft = rows[row] if 0 <= row < len(rows) else None
        self._loading = True
        self.item_box.setEnabled(draft is not None)
        self.remove_button.setEnabled(draft is not None)
        self.mediation_button.setEnabled(draft is not None and not (draft and draft.case_number))
        d = draft or Draft()
        self.description_edit.setText(d.description)
        self.type_combo.set_code(d.dispute_type)
        self.risk_combo.set_code(d.risk)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(d.outcome)))
        self.referred_combo.set_code(d.referred_to)
        self.parties_list.clear()
        for p in d.parties:
            self.parties_list.addItem(QListWidgetItem(p.name))
        self._loading = False
        self.nil_label.setText("" if rows else self.tr("No dispute found: saved as a nil report (零报告)."))
        self.nil_label.setVisible(not rows)

    def _edit(self, name: str, value) -> None:
        row = self._row()
        if self._loading or row < 0:
            return
        setattr(self.model.rows()[row], name, value or ("" if name != "dispute_type" else "other"))
        self.model.changed(row)

    # ---------------------------------------------------------------- rows
    def add_item(self) -> None:
        row = self.model.append(Draft())
        self.items_view.selectRow(row)
        self._show_row(row)
        self.description_edit.setFocus()

    def remove_item(self) -> None:
        row = self._row()
        if row < 0:
            return
        self.model.remove(row)
        rows = self.model.rows()
        if rows:
            self.items_view.selectRow(min(row, len(rows) - 1))
        self._show_row(min(row, len(rows) - 1))

    def _party_chosen(self, person) -> None:
        row = self._row()
        if person is None or row < 0:
            return
        draft = self.model.rows()[row]
        if all(p.id != person.id for p in draft.parties):
            draft.parties.append(person)
            self.model.changed(row)
        self.finder.clear()
        self._show_row(row)
        self.finder.setFocus()

    def _new_party(self, text: str) -> None:
        """"+ New person": the name typed becomes a person (the rest can follow in People)."""
        if not text:
            return
        try:
            person = people.create(user=self.context.user, name=text, confirm_duplicate=True)
        except ValidationError as exc:
            self.error_label.setText(exc.text(self.context.lang))
            return
        self.context.notify("Person")
        self._party_chosen(Person.get_by_id(person.id))

    def remove_party(self) -> None:
        row, index = self._row(), self.parties_list.currentRow()
        if row < 0 or index < 0:
            return
        del self.model.rows()[row].parties[index]
        self.model.changed(row)
        self._show_row(row)

    # ---------------------------------------------------------------- saving
    def values(self) -> dict:
        return dict(held_on=self.date_edit.date_value(), area=self.area_combo.code(), method=self.method_combo.code(),
                    screener=self.screener_combo.currentData(), note=self.note_edit.text(),
                    items=[d.item_input() for d in self.model.rows()])

    def _save(self) -> ScreeningRound | None:
        self.errors.clear()
        try:
            if self.rnd is None:
                rnd = screening.record_round(user=self.context.user, **self.values())
            else:
                rnd = screening.update_round(self.rnd, user=self.context.user, **self.values())
        except ValidationError as exc:
            self._show_errors(exc)
            return None
        self.context.notify("ScreeningRound")
        self.round_saved.emit(rnd)
        return rnd

    def _show_errors(self, exc: ValidationError) -> None:
        """Round fields beside their field; a row's problem names its row (第2行) below."""
        errors = getattr(exc, "errors", [exc])
        mine = [e for e in errors if not e.field.startswith("items.")]
        rows = [e for e in errors if e.field.startswith("items.")]
        if mine:
            self.errors.show(mine[0] if len(mine) == 1 else type(exc)(mine), self.context.lang)
        if rows:
            self.error_label.setText("；".join(e.text(self.context.lang) for e in rows[:3]))
            row = int(rows[0].field.split(".")[1])
            self.items_view.selectRow(row)
            self._show_row(row)

    def save(self) -> ScreeningRound | None:
        rnd = self._save()
        if rnd is not None:
            messages.status(self.parent() or self, self.tr("Screening round of {date} saved").format(
                date=rnd.held_on.isoformat()))
            self.accept()
        return rnd

    def hand_to_mediation(self) -> MediationCase | None:
        """Save the round, then open a mediation case for the chosen dispute."""
        row = self._row()
        if row < 0:
            return None
        rnd = self._save()
        if rnd is None:
            return None
        self.load(rnd)
        item = screening.items_of(rnd)[row]
        try:
            case = screening.hand_to_mediation(item, user=self.context.user)
        except ValidationError as exc:
            self.items_view.selectRow(row)
            self._show_row(row)
            self.error_label.setText(exc.text(self.context.lang))
            return None
        self.context.notify("MediationCase")
        self.load(self.rnd)
        self.items_view.selectRow(row)
        self._show_row(row)
        self.error_label.setText("")
        messages.status(self.parent() or self, self.tr("Mediation case {number} opened").format(number=case.number))
        # the new case's own window, to go on with it at once (registered by the shell, gui/shell/pages.py)
        open_case = handoffs.opener("mediation")
        self.case_window = open_case(self.context, case.id, self.parent() or self) if open_case else None
        return case
