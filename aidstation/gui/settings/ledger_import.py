"""Import the ledgers a station kept before AidStation, from the desk (DESIGN §10; issues 11, 16).

The clerk picks the kind of ledger and the file (.xlsx, .xls, .ods or .csv); the engine
(excel/ledgers.py) first runs a dry run off the GUI thread and the dialog shows its report:
how many rows it would import, every problem with its row, column, value and what is expected,
how each column of the file was read (a column or a value it did not understand is mapped here
once, and the mapping is kept for the file's layout), and the rows that repeat records already
there (skipped). Nothing is written until Import is clicked; import is all or nothing, runs
with a progress bar and can be cancelled. The problems can be saved as a copy of the ledger
with the bad cells highlighted. Earlier imports are listed; an administrator can undo one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QSizePolicy,
    QTableWidgetItem,
)

from aidstation.excel import ledgers
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.table_models import Column
from aidstation.gui.kit.ui_helpers import set_role, setup_list_view
from aidstation.gui.settings.admin import ObjectListModel
from aidstation.gui.settings.keys import EnterMovesOn, no_default_buttons

# kind -> English title (Chinese: the engine's KIND_LABELS, in the catalogue)
KIND_TITLES = {
    "people": QT_TRANSLATE_NOOP("LedgerImportDialog", "People"),
    "consultations": QT_TRANSLATE_NOOP("LedgerImportDialog", "Consultations"),
    "mediations": QT_TRANSLATE_NOOP("LedgerImportDialog", "Mediation cases"),
    "aid": QT_TRANSLATE_NOOP("LedgerImportDialog", "Legal-aid applications"),
    "cards": QT_TRANSLATE_NOOP("LedgerImportDialog", "Contact cards issued"),
    "publicity": QT_TRANSLATE_NOOP("LedgerImportDialog", "Publicity activities"),
    "screening": QT_TRANSLATE_NOOP("LedgerImportDialog", "Dispute screening"),
}
# kind -> the record models an import writes (pages listening to records_changed refresh)
KIND_MODELS = {
    "people": ("Person",), "consultations": ("Consultation", "Person"),
    "mediations": ("MediationCase", "Person"), "aid": ("AidApplication", "Person"),
    "cards": ("CardIssue", "Person"), "publicity": ("PublicityActivity",),
    "screening": ("ScreeningRound", "ScreeningItem", "Person"),
}
FOLDER_KEY = "settings/ledger_import_folder"
_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("LedgerImportDialog", KIND_TITLES[kind])


def split_message(text: str, lang: str) -> str:
    """The engine writes "English (中文)": keep the clerk's half (both when it is not so)."""
    text = text.strip()
    if text.endswith(")"):
        depth = 0
        for at in range(len(text) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(text[at], 0)
            if depth == 0:
                english, chinese = text[:at].strip(), text[at + 1:-1].strip()
                if english and _CJK.search(chinese):
                    return chinese if lang.startswith("zh") else english
                break
    return text


def guess_kind(path: str) -> str:
    """The ledger kind a file's name gives away (a template saved as 咨询登记.xlsx), or ''."""
    stem = Path(path).stem
    words = set(re.split(r"[^a-z]+", stem.casefold()))
    for kind in ledgers.KINDS:
        if ledgers.KIND_LABELS[kind] in stem or kind in words:
            return kind
    return ""


@dataclass(frozen=True)
class Problem:
    row: str
    column: str
    message: str
    value: str = ""
    expected: str = ""


def problems_of(report, lang: str) -> list[Problem]:
    """The report's problems in the clerk's language (column names too)."""
    english = {col.zh: col.en for col in ledgers.COLUMNS.get(report.kind, []) + ledgers.EXTRA_COLUMNS.get(report.kind, [])}
    zh = lang.startswith("zh")
    out = []
    for p in report.problems:
        row, column, message = p[:3]
        value, expected = (p[3], p[4]) if len(p) > 4 else ("", "")
        out.append(Problem(str(row) if row else "", column if zh else english.get(column, column),
                           split_message(message, lang), value, split_message(expected, lang) if expected else ""))
    return out


def run_import(kind: str, path: str, user_id: int, dry_run: bool, mapping: dict | None = None,
               marked: str | None = None, progress=None, cancelled=None):
    """In the worker thread: the engine's import as the signed-in user (fetched here, since
    model instances do not cross threads); `progress(done, total)` as rows are written,
    `cancelled()` polled; a cancelled import raises tasks.Cancelled (nothing was written)."""
    from aidstation.core.models import User

    remember = bool(mapping and (mapping.get("columns") or mapping.get("values")))
    report = ledgers.import_ledger(kind, path, user=User.get_by_id(user_id), dry_run=dry_run,
                                   progress=progress, mapping=mapping, remember=remember and not dry_run,
                                   cancelled=cancelled, marked_copy=marked)
    if report.cancelled:
        raise tasks.Cancelled()
    return report


@dataclass(frozen=True)
class Duplicate:
    row: str
    message: str


class LedgerImportDialog(EnterMovesOn, QDialog):
    """Import one ledger: choose its kind and file, read the dry run (and map what it did not
    understand), then import; undo an earlier import."""

    help_key = "settings"  # F1 shows this page's guide

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "ledger_import_dialog.ui")
        fit_window(self, "settings/ledger_import", (1000, 640))
        self.context = context
        self.lang = context.lang
        self.report = None  # the last dry run's ImportReport
        self.imported = None  # the import's ImportReport, once done
        self.task = None
        self.mapping: dict = {"columns": {}, "values": {}}  # what the clerk mapped for this file
        self.kind_combo.addItem(self.tr("(choose)"), "")
        for kind in ledgers.KINDS:
            self.kind_combo.addItem(kind_title(kind), kind)
        self.problems: list[Problem] = []
        self.problems_model = ObjectListModel([
            Column("row", QT_TRANSLATE_NOOP("LedgerImportDialog", "Row"), context="LedgerImportDialog"),
            Column("column", QT_TRANSLATE_NOOP("LedgerImportDialog", "Column"), context="LedgerImportDialog"),
            Column("message", QT_TRANSLATE_NOOP("LedgerImportDialog", "Problem"), context="LedgerImportDialog"),
            Column("value", QT_TRANSLATE_NOOP("LedgerImportDialog", "Value in the file"), context="LedgerImportDialog"),
            Column("expected", QT_TRANSLATE_NOOP("LedgerImportDialog", "Expected"), context="LedgerImportDialog"),
        ], lambda: self.problems, self)
        self.problems_view.setModel(self.problems_model)
        setup_list_view(self.problems_view)
        setup_columns(self.problems_view, "settings/ledger_problems", stretch=2, hide_first=[3])
        self.duplicates: list[Duplicate] = []
        self.duplicates_model = ObjectListModel([
            Column("row", QT_TRANSLATE_NOOP("LedgerImportDialog", "Row"), context="LedgerImportDialog"),
            Column("message", QT_TRANSLATE_NOOP("LedgerImportDialog", "Already recorded"), context="LedgerImportDialog"),
        ], lambda: self.duplicates, self)
        self.duplicates_view.setModel(self.duplicates_model)
        setup_list_view(self.duplicates_view)
        setup_columns(self.duplicates_view, "settings/ledger_duplicates", stretch=1)
        self.batches_model = ObjectListModel([
            Column("id", QT_TRANSLATE_NOOP("LedgerImportDialog", "Batch"), context="LedgerImportDialog"),
            Column("imported_at", QT_TRANSLATE_NOOP("LedgerImportDialog", "Imported"), context="LedgerImportDialog",
                   value=lambda b: f"{b.imported_at:%Y-%m-%d %H:%M}"),
            Column("kind", QT_TRANSLATE_NOOP("LedgerImportDialog", "Kind"), context="LedgerImportDialog",
                   value=lambda b: kind_title(b.kind) if b.kind in KIND_TITLES else b.kind),
            Column("file_name", QT_TRANSLATE_NOOP("LedgerImportDialog", "File"), context="LedgerImportDialog"),
            Column("rows", QT_TRANSLATE_NOOP("LedgerImportDialog", "Rows"), context="LedgerImportDialog"),
            Column("skipped", QT_TRANSLATE_NOOP("LedgerImportDialog", "Skipped"), context="LedgerImportDialog"),
            Column("undone_at", QT_TRANSLATE_NOOP("LedgerImportDialog", "Undone"), context="LedgerImportDialog",
                   value=lambda b: f"{b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""),
        ], self._load_batches, self)
        self.batches_view.setModel(self.batches_model)
        setup_list_view(self.batches_view)
        setup_columns(self.batches_view, "settings/ledger_batches", stretch=3)
        for table in (self.columns_table, self.values_table):
            table.verticalHeader().setVisible(False)
            table.setAlternatingRowColors(True)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            # the file's header takes the room; the field combo keeps a readable width
            table.horizontalHeader().setStretchLastSection(False)
        self.columns_layout.setStretch(self.columns_layout.indexOf(self.columns_table), 3)
        self.columns_layout.setStretch(self.columns_layout.indexOf(self.values_table), 1)
        set_role(self.intro_label, "hint")
        set_role(self.columns_hint, "hint")
        set_role(self.batches_hint, "hint")
        set_role(self.verdict_label, "section")
        self.progress_bar.setRange(0, 0)  # busy while the file is read; rows once written
        self.progressed_rows = (0, 0)  # the last (done, total) the engine reported
        no_default_buttons(self)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.write_template)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.marked_button.clicked.connect(self.save_marked)
        self.undo_button.clicked.connect(self.undo_batch)
        self.close_button.clicked.connect(self.reject)
        self.batches_view.selectionModel().selectionChanged.connect(self._show_state)
        self.batches_row.setStretch(0, 1)  # the hint takes the width, the button its own
        self.undo_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate()
        self._say("")  # no empty labels taking room before the first report
        self.batches_model.refresh()
        self._show_report_tabs()
        self._show_state()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import ledgers"))
        self.intro_label.setText(self.tr(
            "Choose the kind of ledger and its file: an Excel or WPS workbook (.xlsx, .xls), a LibreOffice "
            "sheet (.ods) or a .csv file. AidStation finds the header row under any title rows, checks every "
            "row and shows what it would import; nothing is written until you click Import. Import is all or "
            "nothing: if any row has a problem, no row is imported."))
        self.kind_label.setText(self.tr("&Kind of ledger"))
        self.template_button.setText(self.tr("Empty &template…"))
        self.file_label.setText(self.tr("&File"))
        self.file_edit.setPlaceholderText(self.tr("no file chosen"))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.check_button.setText(self.tr("Check &again"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel import"))
        self.marked_button.setText(self.tr("Save &marked copy…"))
        self.marked_button.setToolTip(self.tr("A copy of the ledger with every cell at fault highlighted and a "
                                              "column listing each row's problems"))
        self.close_button.setText(self.tr("Close"))
        self.undo_button.setText(self.tr("&Undo this import…"))
        self.columns_hint.setText(self.tr(
            "How each column of the file is read. Pick the field for a column that was not recognised "
            "(or “not imported”); AidStation remembers it for files laid out the same way."))
        self.values_label.setText(self.tr("Values not understood: pick what each one means."))
        self.batches_hint.setText(self.tr(
            "Undoing an import moves every record it wrote to the deleted records (restorable), except "
            "people that other records still name."))
        self.report_tabs.setTabText(self.report_tabs.indexOf(self.problems_tab), self.tr("Problems"))
        self.report_tabs.setTabText(self.report_tabs.indexOf(self.columns_tab), self.tr("Columns"))
        self.report_tabs.setTabText(self.report_tabs.indexOf(self.duplicates_tab), self.tr("Already recorded"))
        self.report_tabs.setTabText(self.report_tabs.indexOf(self.batches_tab), self.tr("Earlier imports"))
        self.columns_table.setColumnCount(3)
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Header in the file"),
                                                      self.tr("Imported as")])
        self.values_table.setColumnCount(3)
        self.values_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value in the file"),
                                                     self.tr("Means")])

    # --- state ---------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData() or ""

    def path(self) -> str:
        return self.file_edit.text()

    def busy(self) -> bool:
        return self.task is not None

    def selected_batch(self):
        rows = self.batches_view.selectionModel().selectedRows()
        return self.batches_model.record(rows[0].row()) if rows else None

    def _show_state(self) -> None:
        busy = self.busy()
        ready = self.report is not None and self.report.ok and self.report.written > 0
        self.import_button.setEnabled(not busy and ready and self.imported is None)
        self.check_button.setEnabled(not busy and bool(self.kind() and self.path()))
        for widget in (self.kind_combo, self.choose_button, self.template_button, self.close_button,
                       self.columns_table, self.values_table):
            widget.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy and self.importing)
        rows_at_fault = self.report is not None and any(p[0] > 0 for p in self.report.problems)
        self.marked_button.setVisible(rows_at_fault)
        self.marked_button.setEnabled(not busy)
        batch = self.selected_batch()
        self.undo_button.setEnabled(not busy and batch is not None and batch.undone_at is None
                                    and self.context.is_admin)

    importing = False  # the running task writes (Cancel is offered) rather than checks

    def _show_report_tabs(self) -> None:
        """The report's tabs: problems first when there are any, else how the columns were read."""
        report = self.report
        has_columns = report is not None and bool(report.columns)
        self.report_tabs.setTabVisible(self.report_tabs.indexOf(self.problems_tab), bool(self.problems))
        self.report_tabs.setTabVisible(self.report_tabs.indexOf(self.columns_tab), has_columns)
        self.report_tabs.setTabVisible(self.report_tabs.indexOf(self.duplicates_tab), bool(self.duplicates))
        if self.problems:
            self.report_tabs.setCurrentWidget(self.problems_tab)
        elif has_columns:
            self.report_tabs.setCurrentWidget(self.columns_tab)
        else:
            self.report_tabs.setCurrentWidget(self.batches_tab)

    def _say(self, verdict: str, counts: str = "", advice: str = "", *, error: bool = False) -> None:
        self.verdict_label.setText(verdict)
        self.verdict_label.setStyleSheet("color: #c62828;" if error else "")  # desk.qss's error red
        self.counts_label.setText(counts)
        self.advice_label.setText(advice)
        for label in (self.verdict_label, self.counts_label, self.advice_label):
            label.setVisible(bool(label.text()))

    def _set_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.problems_model.refresh()

    def _load_batches(self):
        from aidstation.core import imports

        return imports.batches()

    # --- choosing ------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QSettings().value(FOLDER_KEY) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a ledger"), str(folder),
            self.tr("Ledgers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"))
        if not path:
            return
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.file_edit.setText(path)
        self.imported = None
        self.mapping = {"columns": {}, "values": {}}
        if not self.kind():
            guessed = guess_kind(path)
            if guessed:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(guessed))
                return  # _kind_changed checks
        self.check()

    def _kind_changed(self) -> None:
        self.imported = None
        self.mapping = {"columns": {}, "values": {}}
        if self.path():
            self.check()
        else:
            self._show_state()

    def write_template(self) -> None:
        """An empty ledger of the chosen kind, to fill in or compare columns with."""
        kind = self.kind()
        if not kind:
            self._say(self.tr("Choose the kind of ledger first."), error=True)
            self.kind_combo.setFocus()
            return
        folder = Path(QSettings().value(FOLDER_KEY) or Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save an empty ledger"), str(folder / f"{ledgers.KIND_LABELS[kind]}.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        try:
            written = ledgers.write_template(kind, path)
        except OSError as exc:
            messages.error(self, self.tr("Empty template"), self.tr("“{file}” could not be written: {reason}")
                           .format(file=Path(path).name, reason=exc.strerror or exc))
            return
        messages.document_written(self, written)

    # --- the mapping -----------------------------------------------------------------------
    def _fields(self) -> list:
        kind = self.report.kind if self.report is not None else self.kind()
        return ledgers.COLUMNS.get(kind, []) + ledgers.EXTRA_COLUMNS.get(kind, [])

    def _field_name(self, col) -> str:
        return col.zh if self.lang.startswith("zh") else f"{col.en} ({col.zh})"

    def _fill_mapping(self, report) -> None:
        """The Columns tab: each file column with a combo of the fields (or not imported); the
        values not understood, each with a combo of what it may mean."""
        fields = self._fields()
        self.columns_table.setRowCount(len(report.columns))
        for r, (letter, title, key, how) in enumerate(report.columns):
            self.columns_table.setItem(r, 0, QTableWidgetItem(letter))
            self.columns_table.setItem(r, 1, QTableWidgetItem(title))
            combo = QComboBox()
            combo.setObjectName(f"map_column_{letter}")
            combo.addItem(self.tr("(not imported)"), "")
            for col in fields:
                combo.addItem(self._field_name(col), col.key)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            if how in ("unknown", "duplicate"):
                combo.setToolTip(self.tr("Not recognised: pick the field this column holds"))
                self.columns_table.item(r, 1).setForeground(QColor("#c62828"))
            combo.activated.connect(lambda _i, t=title, c=combo: self.map_column(t, c.currentData()))
            self.columns_table.setCellWidget(r, 2, combo)
        self._size_columns(self.columns_table)
        by_key = {c.key: c for c in fields}
        pairs = [(key, text) for key, texts in report.unknown_values.items() for text in texts]
        self.values_table.setRowCount(len(pairs))
        for r, (key, text) in enumerate(pairs):
            col = by_key.get(key)
            self.values_table.setItem(r, 0, QTableWidgetItem(self._field_name(col) if col else key))
            self.values_table.setItem(r, 1, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setObjectName(f"map_value_{r}")
            combo.addItem(self.tr("(choose)"), "")
            for code, zh, en in self._entries(col):
                combo.addItem(zh if self.lang.startswith("zh") else f"{en} ({zh})", code)
            combo.activated.connect(lambda _i, k=key, t=text, c=combo: self.map_value(k, t, c.currentData()))
            self.values_table.setCellWidget(r, 2, combo)
        self._size_columns(self.values_table)
        self.values_label.setVisible(bool(pairs))
        self.values_table.setVisible(bool(pairs))

    @staticmethod
    def _size_columns(table) -> None:
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(2, 300)
        table.resizeRowsToContents()

    def _entries(self, col) -> list[tuple[str, str, str]]:
        if col is None:
            return []
        if col.choices:
            return list(col.choices)
        from aidstation.core import codes

        return [(e.code, e.label_zh, e.label_en) for e in codes.entries(col.code_kind)]

    def map_column(self, title: str, key: str) -> None:
        """The clerk says which field a column of the file holds: check again with it."""
        self.mapping["columns"][title] = key or ""
        self.check()

    def map_value(self, key: str, text: str, code: str) -> None:
        if not code:
            return
        self.mapping["values"].setdefault(key, {})[text] = code
        self.check()

    # --- the dry run -----------------------------------------------------------------------
    def check(self) -> None:
        """Run the engine's dry run on the chosen file (off the GUI thread)."""
        if self.busy():
            return
        self.report = None
        self._set_problems([])
        if not self.kind() or not self.path():
            self._say(self.tr("Choose the kind of ledger and the file."))
            self._show_report_tabs()
            self._show_state()
            return
        self._say(self.tr("Checking “{file}”…").format(file=Path(self.path()).name))
        self._start(True, self._checked)

    def _start(self, dry_run: bool, on_result, marked: str | None = None) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Checking the rows…") if dry_run else self.tr("Importing…"))
        task = tasks.prepare(run_import, self.kind(), self.path(), self.context.user.id, dry_run,
                             self.mapping, marked, parent=self)
        task.succeeded.connect(on_result)
        task.progressed.connect(self._progressed)
        task.failed.connect(self._failed)
        task.was_cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)  # connected before start: a quick task cannot slip by
        self.task = task
        self.importing = not dry_run
        self._show_state()
        task.start()

    def _progressed(self, done: int, total: int, _text: str = "") -> None:
        """Rows written so far: the bar counts them (it is busy until the engine reports)."""
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
            self.progressed_rows = (done, total)

    def _finished(self) -> None:
        self.task = None
        self.importing = False
        self.progress_label.setText("")
        self._show_state()

    def _checked(self, report) -> None:
        self.task = None
        self.report = report
        name = Path(self.path()).name
        self.duplicates = [Duplicate(str(r), split_message(m, self.lang)) for r, m in report.duplicates]
        self.duplicates_model.refresh()
        self._fill_mapping(report)
        if not report.ok:
            self._refused(report, name, imported=False)
        elif report.written == 0:
            self._say(self.tr("“{file}” holds no rows to import.").format(file=name),
                      self._counts(report, self.tr("To import: {n}")),
                      self.tr("No row under the header row holds data, or every row is already recorded."))
        else:
            self._say(self.tr("Ready to import {n} rows of {kind} from “{file}”.").format(
                n=report.written, kind=kind_title(report.kind), file=name),
                self._counts(report, self.tr("To import: {n}")),
                self._where(report) + self.tr("Nothing has been written yet. Click Import to write them, or "
                                              "Close to leave everything as it is."))
        self._show_report_tabs()
        self._show_state()

    def _where(self, report) -> str:
        """Where the data was found and where it stopped (a 合计 row), as a sentence or ''."""
        parts = []
        if report.header_rows:
            parts.append(self.tr("Header in row {rows}; data from row {first}.").format(
                rows="–".join(str(r) for r in (report.header_rows[0], report.header_rows[-1])
                              if len(report.header_rows) > 1 or r == report.header_rows[0]),
                first=report.first_row))
        if report.stopped_at is not None:
            parts.append(self.tr("Reading stopped at row {row} (“{text}”); rows below it are not imported.").format(
                row=report.stopped_at[0], text=report.stopped_at[1]))
        space = "" if self.lang.startswith("zh") else " "  # Chinese sentences run on
        return space.join(parts) + (space if parts else "")

    def _counts(self, report, written: str) -> str:
        parts = [self.tr("Rows read: {n}").format(n=report.rows), written.format(n=report.written),
                 self.tr("People matched: {n}").format(n=report.people_matched),
                 self.tr("New people: {n}").format(n=report.people_created)]
        if report.duplicates:
            parts.append(self.tr("Already recorded (skipped): {n}").format(n=len(report.duplicates)))
        return " · ".join(parts)

    def _refused(self, report, name: str, *, imported: bool) -> None:
        problems = problems_of(report, self.lang)
        if len(problems) == 1 and report.problems[0][0] == 0:  # the file itself cannot be read
            self._set_problems([])
            self._say(self.tr("“{file}” cannot be imported: {reason}").format(
                file=name, reason=problems[0].message), error=True)
            return
        self._set_problems(problems)
        refused = len({p[0] for p in report.problems if p[0] > 0})
        self._say(self.tr("Nothing can be imported from “{file}” yet.").format(file=name)
                  if not imported else self.tr("Nothing was imported from “{file}”.").format(file=name),
                  " · ".join([self.tr("Rows read: {n}").format(n=report.rows),
                              self.tr("Rows refused: {n}").format(n=refused),
                              self.tr("Problems: {n}").format(n=len(report.problems))]),
                  self._where(report) + self.tr(
                      "Import is all or nothing. Correct these rows in the file (a marked copy shows them), "
                      "or map a column on the Columns tab, then click Check again."), error=True)

    def save_marked(self) -> None:
        """The ledger with its problem cells highlighted, where the clerk chooses."""
        if self.busy() or self.report is None:
            return
        source = Path(self.path())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the marked copy"), str(source.with_name(f"{source.stem}-问题.xlsx")),
            self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        self.marked_path = path
        self._start(True, self._marked, marked=path)

    def _marked(self, report) -> None:
        self.task = None
        if Path(self.marked_path).exists():
            messages.document_written(self, self.marked_path)
        self._checked(report)

    # --- the import ------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.busy() or self.report is None or not self.report.ok or self.imported is not None:
            return
        self._say(self.tr("Importing {n} rows into the station…").format(n=self.report.written))
        self._start(False, self._imported)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def _cancelled(self) -> None:
        self.task = None
        self._say(self.tr("The import was cancelled; nothing was written."),
                  advice=self.tr("Click Import to start again."))
        self._show_state()

    def _imported(self, report) -> None:
        self.task = None
        name = Path(self.path()).name
        if not report.ok:  # the station changed since the check (a code retired, a duplicate)
            self.report = report
            self._refused(report, name, imported=True)
            self._show_report_tabs()
            self._show_state()
            return
        self.imported = report
        text = self.tr("Imported {n} rows of {kind} from “{file}”").format(
            n=report.written, kind=kind_title(report.kind), file=name)
        self._say(text + ".", self._counts(report, self.tr("Imported: {n}")),
                  self.tr("The imported records are on their pages now and count in their months' figures. "
                          "The import is listed under Earlier imports, where it can be undone."))
        messages.status(self.parentWidget() or self, text)
        for model in KIND_MODELS[report.kind]:
            self.context.notify(model)
        self.batches_model.refresh()
        self._show_state()

    def undo_batch(self) -> None:
        """Undo the selected import (administrators): its records go to the deleted records."""
        from aidstation.core import imports
        from aidstation.core.validation import ValidationError

        batch = self.selected_batch()
        if self.busy() or batch is None or batch.undone_at is not None:
            return
        if not messages.confirm_dangerous(
                self, self.tr("Undo an import"),
                self.tr("Undo import {id} of “{file}” ({n} rows, {when})? Its records are moved to the deleted "
                        "records.").format(id=batch.id, file=batch.file_name, n=batch.rows,
                                            when=f"{batch.imported_at:%Y-%m-%d %H:%M}"),
                self.tr("Undo import")):
            return
        try:
            done = imports.undo(batch.id, user=self.context.user)
        except (ValidationError, PermissionError) as exc:
            messages.error(self, self.tr("Undo an import"), split_message(str(exc), self.lang))
            return
        except Exception as exc:  # noqa: BLE001 - e.g. PermissionDenied: said, never a crash
            messages.error(self, self.tr("Undo an import"), str(exc))
            return
        text = self.tr("Import {id} undone: {n} records moved to the deleted records").format(
            id=batch.id, n=sum(done.values()))
        self._say(text + ".")
        messages.status(self.parentWidget() or self, text)
        for model in KIND_MODELS.get(batch.kind, ()):
            self.context.notify(model)
        self.batches_model.refresh()
        self._show_state()

    def _failed(self, exc, details: str) -> None:
        self.task = None
        text = self.tr("“{file}” could not be read or imported: {reason}").format(
            file=Path(self.path()).name, reason=split_message(str(exc), self.lang) or type(exc).__name__)
        self._say(text, error=True)
        messages.error(self, self.tr("Import ledgers"), text, details)
        self._show_state()

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy():  # wait for the engine (Cancel import stops an import)
            return
        super().reject()

    def closeEvent(self, event):
        if self.busy():
            event.ignore()
            return
        super().closeEvent(event)


def open_ledger_import(context, parent=None) -> LedgerImportDialog | None:
    """Open the import dialog (window-modal, not blocking) and return it; None (and why, in a
    message) when the signed-in user may not import: administrators only, as for the other
    station-wide changes, and never into a station opened read-only."""
    if not context.is_admin or context.station.read_only:
        translate = QCoreApplication.translate
        messages.warn(parent, translate("LedgerImportDialog", "Import ledgers"),
                      translate("LedgerImportDialog", "Only an administrator can import ledgers.")
                      if not context.is_admin else
                      translate("LedgerImportDialog", "The station is open read-only: restore a backup first."))
        return None
    dialog = LedgerImportDialog(context, parent)
    dialog.open()
    return dialog
