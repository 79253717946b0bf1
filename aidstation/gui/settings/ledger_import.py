"""Import the ledgers a station kept before AidStation, from the desk (DESIGN §10; issue 11 point 12).

The clerk picks the kind of ledger and the workbook; the engine (excel/ledgers.py) first runs a
dry run off the GUI thread and the dialog shows its report: how many rows it would import, and
every refused row with its column and reason, in the clerk's language. Nothing is written until
Import is clicked; import is all or nothing, so one refused row means nothing can be imported
until the workbook is corrected. Close before Import changes nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QSizePolicy, QSpacerItem

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
}
# kind -> the record models an import writes (pages listening to records_changed refresh)
KIND_MODELS = {
    "people": ("Person",), "consultations": ("Consultation", "Person"),
    "mediations": ("MediationCase", "Person"), "aid": ("AidApplication", "Person"),
    "cards": ("CardIssue", "Person"), "publicity": ("PublicityActivity",),
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


def problems_of(report, lang: str) -> list[Problem]:
    """The report's problems in the clerk's language (column names too)."""
    english = {col.zh: col.en for col in ledgers.COLUMNS.get(report.kind, [])}
    zh = lang.startswith("zh")
    return [Problem(str(row) if row else "", column if zh else english.get(column, column),
                    split_message(message, lang)) for row, column, message in report.problems]


def run_import(kind: str, path: str, user_id: int, dry_run: bool, progress=None):
    """In the worker thread: the engine's import as the signed-in user (fetched here, since
    model instances do not cross threads); `progress(done, total)` as rows are written."""
    from aidstation.core.models import User

    return ledgers.import_ledger(kind, path, user=User.get_by_id(user_id), dry_run=dry_run,
                                 progress=progress)


class LedgerImportDialog(EnterMovesOn, QDialog):
    """Import one ledger: choose its kind and file, read the dry run, then import."""

    help_key = "settings"  # F1 shows this page's guide

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "ledger_import_dialog.ui")
        fit_window(self, "settings/ledger_import", (900, 600))
        self.context = context
        self.lang = context.lang
        self.report = None  # the last dry run's ImportReport
        self.imported = None  # the import's ImportReport, once done
        self.task = None
        self.kind_combo.addItem(self.tr("(choose)"), "")
        for kind in ledgers.KINDS:
            self.kind_combo.addItem(kind_title(kind), kind)
        self.problems: list[Problem] = []
        self.problems_model = ObjectListModel([
            Column("row", QT_TRANSLATE_NOOP("LedgerImportDialog", "Row"), context="LedgerImportDialog"),
            Column("column", QT_TRANSLATE_NOOP("LedgerImportDialog", "Column"), context="LedgerImportDialog"),
            Column("message", QT_TRANSLATE_NOOP("LedgerImportDialog", "Problem"), context="LedgerImportDialog"),
        ], lambda: self.problems, self)
        self.problems_view.setModel(self.problems_model)
        setup_list_view(self.problems_view)
        setup_columns(self.problems_view, "settings/ledger_problems", stretch=2)
        set_role(self.intro_label, "hint")
        set_role(self.verdict_label, "section")
        # without problems to list, the report stays together at the top
        self.report_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.main_layout.insertItem(self.main_layout.indexOf(self.problems_view) + 1, self.report_spacer)
        self.progress_bar.setRange(0, 0)  # busy while the file is read; rows once written
        self.progressed_rows = (0, 0)  # the last (done, total) the engine reported
        no_default_buttons(self)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.write_template)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.retranslate()
        self._show_state()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import ledgers"))
        self.intro_label.setText(self.tr(
            "Choose the kind of ledger and the Excel workbook. AidStation first checks every row and "
            "shows what it would import; nothing is written until you click Import. Import is all or "
            "nothing: if any row is refused, no row is imported. An empty template shows the columns "
            "expected."))
        self.kind_label.setText(self.tr("&Kind of ledger"))
        self.template_button.setText(self.tr("Empty &template…"))
        self.file_label.setText(self.tr("&File"))
        self.file_edit.setPlaceholderText(self.tr("no file chosen"))
        self.choose_button.setText(self.tr("&Choose file…"))
        self.check_button.setText(self.tr("Check &again"))
        self.import_button.setText(self.tr("&Import"))
        self.close_button.setText(self.tr("Close"))

    # --- state ---------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData() or ""

    def path(self) -> str:
        return self.file_edit.text()

    def busy(self) -> bool:
        return self.task is not None

    def _show_state(self) -> None:
        busy = self.busy()
        ready = self.report is not None and self.report.ok and self.report.written > 0
        self.import_button.setEnabled(not busy and ready and self.imported is None)
        self.check_button.setEnabled(not busy and bool(self.kind() and self.path()))
        for widget in (self.kind_combo, self.choose_button, self.template_button, self.close_button):
            widget.setEnabled(not busy)
        self.progress_bar.setVisible(busy)
        self.problems_view.setVisible(bool(self.problems))
        self.report_spacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed
                                      if self.problems else QSizePolicy.Policy.Expanding)
        self.main_layout.invalidate()

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

    # --- choosing ------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QSettings().value(FOLDER_KEY) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a ledger workbook"), str(folder),
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"))
        if not path:
            return
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        self.file_edit.setText(path)
        self.imported = None
        if not self.kind():
            guessed = guess_kind(path)
            if guessed:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(guessed))
                return  # _kind_changed checks
        self.check()

    def _kind_changed(self) -> None:
        self.imported = None
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

    # --- the dry run -----------------------------------------------------------------------
    def check(self) -> None:
        """Run the engine's dry run on the chosen file (off the GUI thread)."""
        if self.busy():
            return
        self.report = None
        self._set_problems([])
        if not self.kind() or not self.path():
            self._say(self.tr("Choose the kind of ledger and the file."))
            self._show_state()
            return
        self._say(self.tr("Checking “{file}”…").format(file=Path(self.path()).name))
        self._start(True, self._checked)

    def _start(self, dry_run: bool, on_result) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_label.setText(self.tr("Checking the rows…") if dry_run else self.tr("Importing…"))
        task = tasks.prepare(run_import, self.kind(), self.path(), self.context.user.id, dry_run, parent=self)
        task.succeeded.connect(on_result)
        task.progressed.connect(self._progressed)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)  # connected before start: a quick task cannot slip by
        self.task = task
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
        self.progress_label.setText("")
        self._show_state()

    def _checked(self, report) -> None:
        self.task = None
        self.report = report
        name = Path(self.path()).name
        if not report.ok:
            self._refused(report, name, imported=False)
        elif report.written == 0:
            self._say(self.tr("“{file}” holds no rows to import.").format(file=name),
                      advice=self.tr("Rows start under the two header rows of the template."))
        else:
            self._say(self.tr("Ready to import {n} rows of {kind} from “{file}”.").format(
                n=report.written, kind=kind_title(report.kind), file=name),
                self._counts(report, self.tr("To import: {n}")),
                self.tr("Nothing has been written yet. Click Import to write them, or Close to leave "
                        "everything as it is."))
        self._show_state()

    def _counts(self, report, written: str) -> str:
        return " · ".join([
            self.tr("Rows read: {n}").format(n=report.rows),
            written.format(n=report.written),
            self.tr("People matched: {n}").format(n=report.people_matched),
            self.tr("New people: {n}").format(n=report.people_created)])

    def _refused(self, report, name: str, *, imported: bool) -> None:
        problems = problems_of(report, self.lang)
        if len(problems) == 1 and report.problems[0][0] == 0:  # the file itself cannot be read
            self._set_problems([])
            self._say(self.tr("“{file}” cannot be imported: {reason}").format(
                file=name, reason=problems[0].message), error=True)
            return
        self._set_problems(problems)
        refused = len({row for row, _column, _message in report.problems if row > 1})
        self._say(self.tr("Nothing can be imported from “{file}” yet.").format(file=name)
                  if not imported else self.tr("Nothing was imported from “{file}”.").format(file=name),
                  " · ".join([self.tr("Rows read: {n}").format(n=report.rows),
                              self.tr("Rows refused: {n}").format(n=refused),
                              self.tr("Problems: {n}").format(n=len(report.problems))]),
                  self.tr("Import is all or nothing. Correct these rows in the workbook, save it, "
                          "then click Check again."), error=True)

    # --- the import ------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.busy() or self.report is None or not self.report.ok or self.imported is not None:
            return
        self._say(self.tr("Importing {n} rows into the station…").format(n=self.report.written))
        self._start(False, self._imported)

    def _imported(self, report) -> None:
        self.task = None
        name = Path(self.path()).name
        if not report.ok:  # the station changed since the check (a code retired, a duplicate)
            self.report = report
            self._refused(report, name, imported=True)
            self._show_state()
            return
        self.imported = report
        text = self.tr("Imported {n} rows of {kind} from “{file}”").format(
            n=report.written, kind=kind_title(report.kind), file=name)
        self._say(text + ".", self._counts(report, self.tr("Imported: {n}")),
                  self.tr("The imported records are on their pages now and count in their months' figures."))
        messages.status(self.parentWidget() or self, text)
        for model in KIND_MODELS[report.kind]:
            self.context.notify(model)
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
        if self.busy():  # the engine cannot stop half-way: wait for it
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
