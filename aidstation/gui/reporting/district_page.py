"""The District merge page: pick stations' monthly workbooks (files or a folder), see the
problems, and write the merged workbook (and optionally a filled district template); and the
registry of station keys the merge checks signatures against (excel/signing.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QPushButton, QWidget

from aidstation.core import dates
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import RowsTableModel
from aidstation.gui.kit.ui_helpers import set_role

QT_TRANSLATE_NOOP("pages", "District merge")


class ProblemTableModel(RowsTableModel):
    """The problems of a merge: file, station, reason (in the clerk's language)."""

    COLUMNS = (QT_TRANSLATE_NOOP("ProblemTableModel", "File"),
               QT_TRANSLATE_NOOP("ProblemTableModel", "Station"),
               QT_TRANSLATE_NOOP("ProblemTableModel", "Problem"))

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.lang = lang

    def set_problems(self, problems: list) -> None:
        self.set_rows(problems)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        p = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (p.file, p.station, p.zh if self.lang == "zh" else p.en)[index.column()] \
                if 0 <= index.column() < 3 else None
        return None


class StationKeyTableModel(RowsTableModel):
    """The registered station keys: code, fingerprint, first seen."""

    COLUMNS = (QT_TRANSLATE_NOOP("StationKeyTableModel", "Code"),
               QT_TRANSLATE_NOOP("StationKeyTableModel", "Fingerprint"),
               QT_TRANSLATE_NOOP("StationKeyTableModel", "First seen"))

    def set_keys(self, keys: list) -> None:
        """`keys`: StationKey rows, or anything with code, fingerprint and first_seen."""
        self.set_rows([(k.code, k.fingerprint, _when(k.first_seen)) for k in keys])

    def code(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and 0 <= index.column() < 3:
            return self._rows[index.row()][index.column()]
        return None


def _when(value) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return "" if value is None else str(value)


def check_job(files: list[str], month: str | None, progress=None, cancelled=None):
    """Worker: read and check every file, write nothing."""
    from aidstation.excel import district

    return district.collect(files, month, _progress(progress, cancelled))


def merge_job(files: list[str], out: str, month: str | None, template: str | None,
              progress=None, cancelled=None):
    """Worker: merge into `out` (and fill the template beside it)."""
    from aidstation.excel import district

    return district.consolidate(files, out, month=month, template=template or None,
                                progress=_progress(progress, cancelled))


def _progress(progress, cancelled):
    def report(done, total):
        if cancelled is not None and cancelled():
            raise tasks.Cancelled()
        if progress is not None:
            progress(done, total)
    return report


class DistrictPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "district_page.ui")
        self.context = context
        self.lang = context.code_lang
        set_role(self.title_label, "title")
        set_role(self.hint_label, "hint")
        self.model = ProblemTableModel(self.lang, self)
        self.problems_view.setModel(self.model)
        self.problems_view.verticalHeader().setVisible(False)
        self.bottom_row.setStretch(0, 1)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([400, 400, 200])  # the key registry is a reference, not the work
        set_role(self.keys_hint_label, "hint")
        self.keys_model = StationKeyTableModel(self)
        self.keys_view.setModel(self.keys_model)
        self.keys_view.verticalHeader().setVisible(False)
        self.keys_view.selectionModel().selectionChanged.connect(self._update_key_button)
        self.keys_model.modelReset.connect(self._update_key_button)
        self.forget_key_button.clicked.connect(self.forget_key)
        self.show_keys()
        self.month_combo.addItem(self.tr("Month of most files"), None)
        today = dt.date.today()
        for delta in range(24):
            index = today.year * 12 + today.month - 1 - delta
            text = dates.month_text(index // 12, index % 12 + 1)
            self.month_combo.addItem(text, text)
        self.result = None
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear)
        self.template_button.clicked.connect(self.choose_template)
        self.template_clear_button.clicked.connect(lambda: self.template_edit.clear())
        self.check_button.clicked.connect(self.check)
        self.merge_button.clicked.connect(self.merge)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._update_buttons()

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self.problems_view, "column_layout", None) is None:
            # Set up once the views have their real width: columns auto-hidden while a view is
            # still tiny lose their widths when the list is refilled (kit/columns.py autosize).
            # The problem text takes the room; the station code gives way first.
            setup_columns(self.problems_view, "district/problems", stretch=2, hide_first=[1])
            setup_columns(self.keys_view, "district/keys", stretch=1, hide_first=[2])

    # --- the file list -------------------------------------------------------------------------
    def files(self) -> list[str]:
        return [self.file_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.file_list.count())]

    def add_paths(self, paths) -> None:
        have = set(self.files())
        for path in paths:
            path = str(Path(path))
            if path in have:
                continue
            item = QListWidgetItem(Path(path).name if Path(path).is_file() else path + "/")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.file_list.addItem(item)
            have.add(path)
        self._update_buttons()

    def ask_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Station workbooks"), "",
                                                      self.tr("Excel workbooks (*.xlsx)"))
        return paths

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("A folder of station workbooks"))

    def ask_output(self) -> str:
        month = self.month_combo.currentData() or (self.result.month if self.result else "")
        suggested = self.context.station.sub("exports") / f"区汇总-{month or 'district'}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Write the merged workbook"),
                                                    str(suggested), self.tr("Excel workbooks (*.xlsx)"))
        return path

    def ask_template(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("District template"), "",
                                                    self.tr("Excel workbooks (*.xlsx)"))
        return path

    def add_files(self) -> None:
        self.add_paths(self.ask_files())

    def add_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._update_buttons()

    def clear(self) -> None:
        self.file_list.clear()
        self.model.set_problems([])
        self.summary_label.setText("")
        self.result = None
        self._update_buttons()

    def choose_template(self) -> None:
        path = self.ask_template()
        if path:
            self.template_edit.setText(path)

    def _update_buttons(self) -> None:
        has = self.file_list.count() > 0
        self.check_button.setEnabled(has)
        self.merge_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.clear_button.setEnabled(has)

    # --- the registry of station keys -----------------------------------------------------------
    def show_keys(self) -> None:
        from aidstation.excel import signing

        self.keys_model.set_keys(signing.registry())

    def selected_code(self) -> str | None:
        rows = self.keys_view.selectionModel().selectedRows()
        return self.keys_model.code(rows[0].row()) if rows else None

    def _update_key_button(self, *_args) -> None:
        self.forget_key_button.setEnabled(self.context.is_admin and self.selected_code() is not None)

    def forget_key(self) -> None:
        from aidstation.core.validation import ValidationError
        from aidstation.excel import signing

        code = self.selected_code()
        if code is None:
            return
        if not messages.ask_yes_no(self, self.tr("Forget key"), self.tr(
                "Forget the key registered for {code}? Do it only when the station has told you "
                "it has a new key: its next signed workbook registers whatever key it carries.")
                .format(code=code)):
            return
        try:
            signing.forget_key(code, user=self.context.user)
        except ValidationError as exc:
            messages.warn(self, self.tr("Forget key"), exc.text(self.lang))
            return
        self.show_keys()

    # --- checking and merging ------------------------------------------------------------------
    def check(self) -> None:
        self.task = tasks.run_task(self, check_job, self.files(), self.month_combo.currentData(),
                                   title=self.tr("Check files"), label=self.tr("Reading the workbooks…"),
                                   on_result=self._show_result,
                                   on_error=lambda exc, details: self._failed(self.tr("Check files"), exc, details))

    def merge(self) -> None:
        out = self.ask_output()
        if not out:
            return
        self.task = tasks.run_task(self, merge_job, self.files(), out, self.month_combo.currentData(),
                                   self.template_edit.text().strip(),
                                   title=self.tr("District merge"), label=self.tr("Merging the workbooks…"),
                                   on_result=self._merged,
                                   on_error=lambda exc, details: self._failed(self.tr("District merge"), exc, details))

    def refusal_text(self, exc) -> str:
        """A refused merge (MergeRefused) in the clerk's language: which file, what is wrong."""
        reason = exc.zh if self.lang == "zh" else str(exc)
        return self.tr("Nothing was written: {reason}").format(reason=reason)

    def _failed(self, title: str, exc, details: str) -> None:
        from aidstation.excel import district

        if isinstance(exc, district.MergeRefused):
            messages.warn(self, title, self.refusal_text(exc))
            return
        messages.error(self, title, self.tr("The workbooks could not be merged: {reason}").format(
            reason=str(exc)), details)

    def _show_result(self, result) -> None:
        self.show_keys()  # the check registers the keys it sees first
        self.result = result
        self.model.set_problems(result.problems)
        self._mark_files(result)
        self.summary_label.setText(self.tr("{n} stations to merge for {month}; {p} problems.").format(
            n=len(result.merged), month=result.month or "—", p=len(result.problems)))

    def _mark_files(self, result) -> None:
        """Show beside each file its station and whether it merges."""
        statuses = {str(r.path): r for r in result.sources}
        merged = {str(r.path) for r in result.merged}
        problem_files = {p.file for p in result.problems}
        for i in range(self.file_list.count()):
            item = self.file_list.item(i)
            path = item.data(Qt.ItemDataRole.UserRole)
            if Path(path).is_dir():
                continue
            name = Path(path).name
            ret = statuses.get(str(Path(path)))
            if str(Path(path)) in merged:
                note = self.tr("merged")
            elif ret is not None or name in problem_files:
                note = self.tr("left out, see Problems")
            else:
                note = ""
            who = f"{ret.code} {ret.name}".strip() if ret is not None else ""
            item.setText("   ·   ".join(x for x in (name, who, note) if x))
            item.setForeground(QBrush(QColor("#1b6e2e" if str(Path(path)) in merged else "#a12a2a")))

    def _merged(self, result) -> None:
        self._show_result(result)
        messages.document_written(self, result.path)
        text = self.tr("{n} stations merged for {month} into {path}.").format(
            n=len(result.merged), month=result.month or "—", path=str(result.path))
        if result.problems:
            text += " " + self.tr("{p} problems are listed on its 问题 sheet.").format(p=len(result.problems))
        messages.status(self, text)
        if result.template_problems:
            text += "\n\n" + self.tr("District template:") + "\n" + "\n".join(result.template_problems)
            messages.warn(self, self.tr("District merge"), text)


PAGE = PageSpec("district", "District merge", "district.svg", 90, DistrictPage)
