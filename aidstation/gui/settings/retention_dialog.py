"""Settings → Retention of personal data (administrators): how long each kind of record keeps
its personal data after it closes, with the rule behind each period, and the review of the
records past their period, which the administrator anonymises in one confirmed step.

Anonymising (core/retention) masks names as 张*, clears ID numbers, phones and addresses,
scrubs names and numbers from the records' texts and unlinks people other records still need;
dates, codes and amounts stay, so every monthly total stays what it was. It cannot be undone.
A long run goes off the GUI thread with a progress dialog."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from aidstation.core import records, retention
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role

LIST_LIMIT = 5000  # rows listed per kind, the oldest first: a first run may find 100,000 due
KIND_NAMES = {
    "consultation": QT_TRANSLATE_NOOP("RetentionDialog", "Consultations"),
    "mediation": QT_TRANSLATE_NOOP("RetentionDialog", "Mediation cases and dossiers"),
    "aid": QT_TRANSLATE_NOOP("RetentionDialog", "Legal-aid applications"),
    "card": QT_TRANSLATE_NOOP("RetentionDialog", "Contact card hand-overs"),
    "person": QT_TRANSLATE_NOOP("RetentionDialog", "People with no record left"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("RetentionDialog", KIND_NAMES[kind])


def anonymise_job(chosen: list[tuple[str, int]], user_id: int, progress=None) -> retention.Result:
    """Worker: its own connection, plain arguments; one transaction (all or nothing)."""
    from aidstation.core.models import User

    user = User.get_by_id(user_id)
    return retention.anonymise(chosen, user=user,
                               progress=(lambda done, total: progress(done, total, "")) if progress else None)


class DueTableModel(RowsTableModel):
    """The records past their period (core.retention.DueRecord rows)."""

    COLUMNS = (QT_TRANSLATE_NOOP("DueTableModel", "Kind"), QT_TRANSLATE_NOOP("DueTableModel", "Number"),
               QT_TRANSLATE_NOOP("DueTableModel", "Closed on"), QT_TRANSLATE_NOOP("DueTableModel", "In the bin"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        col = index.column()
        if col == 0:
            return kind_name(row.kind)
        if col == 1:
            return row.number
        if col == 2:
            return row.closed_on.isoformat() if row.closed_on else ""
        return QCoreApplication.translate("DueTableModel", "yes") if row.deleted else ""

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None


class RetentionDialog(QDialog):
    def __init__(self, context, parent=None, *, today=None):
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.context = context
        self.today = today
        self.admin = records.is_admin(context.user) and not context.station.read_only
        self.task = None
        self._build()
        fit_window(self, "settings/retention", (980, 660))
        self.retranslate()
        self.load_periods()
        self.refresh()

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label, self.hint_label = QLabel(self), QLabel(self)
        set_role(self.title_label, "title")
        set_role(self.hint_label, "hint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)

        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.kind_labels, self.year_spins, self.rule_labels = {}, {}, {}
        for row, kind in enumerate(retention.KINDS):
            label, spin, rule = QLabel(self), QSpinBox(self), QLabel(self)
            spin.setObjectName(f"{kind.key}_years")
            spin.valueChanged.connect(lambda _v, spin=spin: self._suffix(spin))
            spin.setRange(0, retention.MAX_YEARS)
            spin.setEnabled(self.admin)
            label.setBuddy(spin)
            rule.setWordWrap(True)
            set_role(rule, "hint")
            grid.addWidget(label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(rule, row, 2)
            self.kind_labels[kind.key], self.year_spins[kind.key], self.rule_labels[kind.key] = label, spin, rule
        layout.addLayout(grid)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("save_periods_button")
        self.save_button.setEnabled(self.admin)
        self.save_button.clicked.connect(self.save_periods)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_periods)

        self.review_label, self.counts_label = QLabel(self), QLabel(self)
        set_role(self.review_label, "section")
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.review_label)
        layout.addWidget(self.counts_label)
        filter_row = QHBoxLayout()
        self.kind_label, self.kind_combo = QLabel(self), QComboBox(self)
        self.kind_combo.setObjectName("kind_combo")
        self.kind_label.setBuddy(self.kind_combo)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filter_row.addWidget(self.kind_label)
        filter_row.addWidget(self.kind_combo)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.model = DueTableModel(self)
        self.table_view = QTableView(self)
        self.table_view.setObjectName("due_view")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.setAlternatingRowColors(True)
        setup_columns(self.table_view, "settings/retention_due", stretch=1)  # the number takes the room
        self.table_view.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        layout.addWidget(self.table_view, 1)
        self.limit_label = QLabel(self)
        self.limit_label.setWordWrap(True)
        set_role(self.limit_label, "hint")
        layout.addWidget(self.limit_label)

        buttons = QHBoxLayout()
        self.select_all_button, self.anonymise_button, self.close_button = (QPushButton(self) for _ in range(3))
        self.anonymise_button.setObjectName("anonymise_button")
        self.select_all_button.clicked.connect(self.table_view.selectAll)
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.select_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):  # Enter never anonymises
            button.setAutoDefault(False)
            button.setDefault(False)

    def _suffix(self, spin) -> None:
        """"1 year", "3 years" (Chinese: 年 either way)."""
        spin.setSuffix(self.tr(" year") if spin.value() == 1 else self.tr(" years"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention of personal data"))
        self.title_label.setText(self.tr("Retention of personal data"))
        self.hint_label.setText(self.tr(
            "How many years each kind of record keeps its personal data after it closes (0 = kept for "
            "ever). Past its period a record is anonymised: names become 张*, ID numbers, phones and "
            "addresses are cleared, names and numbers are removed from its texts. Dates, codes and "
            "amounts stay, so every monthly total stays exactly as it was."))
        lang = self.context.code_lang
        for kind in retention.KINDS:
            self.kind_labels[kind.key].setText(kind_name(kind.key))
            self._suffix(self.year_spins[kind.key])
            self.year_spins[kind.key].setSpecialValueText(self.tr("kept for ever"))
            self.rule_labels[kind.key].setText(self.tr("From: {closes}. {rule}").format(
                closes=kind.closes(lang), rule=kind.rule(lang)))
        self.save_button.setText(self.tr("&Save periods"))
        self.save_button.setToolTip(self.tr("Save the periods (Ctrl+S)"))
        self.review_label.setText(self.tr("Records past their period"))
        self.kind_label.setText(self.tr("&Show"))
        current = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("Every kind"), None)
        for kind in retention.KINDS:
            self.kind_combo.addItem(kind_name(kind.key), kind.key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(current)))
        self.kind_combo.blockSignals(False)
        self.select_all_button.setText(self.tr("Select &all"))
        self.anonymise_button.setText(self.tr("&Anonymise…"))
        self.close_button.setText(self.tr("Close"))

    # --- periods -------------------------------------------------------------------------
    def load_periods(self) -> None:
        for kind, value in retention.all_years().items():
            self.year_spins[kind].setValue(value)
        self._saved = self.periods()

    def periods(self) -> dict[str, int]:
        return {kind: spin.value() for kind, spin in self.year_spins.items()}

    def save_periods(self) -> bool:
        if not self.admin:
            return False
        retention.set_years(self.periods(), user=self.context.user)
        self._saved = self.periods()
        messages.status(self, self.tr("Retention periods saved"))
        self.refresh()
        return True

    # --- review --------------------------------------------------------------------------
    def refresh(self) -> None:
        counts = retention.due_counts(today=self.today)
        self.counts_label.setText("　·　".join(self.tr("{kind}: {n}").format(kind=kind_name(k), n=n)
                                              for k, n in counts.items()))
        kind = self.kind_combo.currentData()
        self.model.set_rows(retention.due(kind, today=self.today, limit=LIST_LIMIT))
        more = any(n > LIST_LIMIT for k, n in counts.items() if kind in (None, k))
        self.limit_label.setVisible(more)
        self.limit_label.setText(self.tr(
            "The oldest {limit} of each kind are listed: anonymise them, and the next ones appear.").format(
            limit=LIST_LIMIT))
        self.table_view.resizeColumnsToContents()
        self.update_buttons()

    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table_view.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows]

    def update_buttons(self) -> None:
        self.anonymise_button.setEnabled(self.admin and bool(self.table_view.selectionModel().selectedRows()))
        self.select_all_button.setEnabled(self.model.rowCount() > 0)

    def confirm_text(self, chosen: list) -> str:
        counts: dict[str, int] = {}
        for record in chosen:
            counts[record.kind] = counts.get(record.kind, 0) + 1
        lines = "\n".join(f"  {kind_name(k)}: {n}" for k, n in counts.items())
        return self.tr(
            "Anonymise {n} record(s)?\n{lines}\n\n"
            "Names become 张*; ID numbers, phones, addresses and birth dates are cleared; the names, "
            "ID numbers and phones of the people involved are removed from the records' texts, and "
            "with a case or application go its sessions, follow-ups and the consultations that led "
            "to it. A person other records still need keeps their data there: these records are "
            "unlinked from them. Dates, codes and amounts stay, so every monthly total stays "
            "exactly as it was.\n\n"
            "This cannot be undone. Backups made before keep the old values until they are "
            "rotated away.").format(n=len(chosen), lines=lines)

    def anonymise_selected(self) -> None:
        chosen = self.selected()
        if not chosen or not self.admin:
            return
        if self.periods() != self._saved and not self.save_periods():
            return
        if not messages.confirm_dangerous(self, self.tr("Anonymise records"), self.confirm_text(chosen),
                                          self.tr("Anonymise")):
            return
        pairs = [(r.kind, r.record_id) for r in chosen]
        self.task = tasks.run_task(
            self, anonymise_job, pairs, self.context.user.id, title=self.tr("Anonymise records"),
            label=self.tr("Anonymising {n} record(s)…").format(n=len(pairs)), cancellable=False,
            on_result=self.anonymised,
            on_error=lambda exc, details: messages.error(self, self.tr("Anonymising failed"), str(exc), details))

    def anonymised(self, result: retention.Result) -> None:
        self.context.notify("Person")
        messages.status(self, self.tr("{n} record(s) anonymised").format(n=result.total))
        self.refresh()


def open_retention(context, parent=None) -> RetentionDialog | None:
    """Open the dialog (window-modal, not blocking) and return it; None, and why, for a clerk
    or a station opened read-only."""
    if not context.is_admin or context.station.read_only:
        translate = QCoreApplication.translate
        messages.warn(parent, translate("RetentionDialog", "Retention of personal data"),
                      translate("RetentionDialog", "Only an administrator can set retention periods and anonymise records.")
                      if not context.is_admin else
                      translate("RetentionDialog", "The station is open read-only: restore a backup first."))
        return None
    dialog = RetentionDialog(context, parent)
    dialog.open()
    return dialog
