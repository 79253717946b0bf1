"""The case window's Dossier tab: the 13-item checklist (paper items ticked, with page counts)
and a button for every document the program writes, one by one or the whole dossier."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import mediation
from aidstation.core.models import MediationCase
from aidstation.gui.kit import messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.mediation.tables import cell, setup_table

CTX = "MediationDossierTab"
# document key -> English button text (translated in CTX)
DOCUMENT_BUTTONS = {
    "application": QT_TRANSLATE_NOOP("MediationDossierTab", "Application (申请书)"),
    "register": QT_TRANSLATE_NOOP("MediationDossierTab", "Acceptance register"),
    "notice": QT_TRANSLATE_NOOP("MediationDossierTab", "Notice of rights and duties"),
    "investigation": QT_TRANSLATE_NOOP("MediationDossierTab", "Investigation record"),
    "record": QT_TRANSLATE_NOOP("MediationDossierTab", "Mediation record (latest)"),
    "agreement": QT_TRANSLATE_NOOP("MediationDossierTab", "Mediation agreement"),
    "oral": QT_TRANSLATE_NOOP("MediationDossierTab", "Oral-agreement register"),
    "followup": QT_TRANSLATE_NOOP("MediationDossierTab", "Follow-up record (latest)"),
    "cover": QT_TRANSLATE_NOOP("MediationDossierTab", "Cover and contents"),
}


class MediationDossierTab(QObject):
    """Drives the Dossier tab's widgets, which belong to the case window `dialog`;
    `print_buttons` holds the document buttons by key."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = d = dialog
        self._filling = False
        setup_table(d.dossier_table, [self.tr("No."), self.tr("Item"), self.tr("Required"), self.tr("Present"),
                                      self.tr("Pages"), self.tr("How")])
        d.dossier_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        setup_columns(d.dossier_table, "mediation/case_dossier", stretch=1, hide_first=[5, 2])
        self.print_buttons: dict[str, QPushButton] = {}
        layout: QVBoxLayout = d.documents_layout
        previous = d.dossier_table
        for i, (key, text) in enumerate(DOCUMENT_BUTTONS.items()):
            button = QPushButton(QCoreApplication.translate(CTX, text), d.documents_group)
            button.setObjectName(f"print_{key}_button")
            button.clicked.connect(lambda _c=False, k=key: d.printer.print_document(k))
            layout.insertWidget(i, button)
            QWidget.setTabOrder(previous, button)  # down the column, as they are shown
            previous = button
            self.print_buttons[key] = button
        QWidget.setTabOrder(previous, d.print_dossier_button)
        layout.addStretch(1)
        d.print_dossier_button.setObjectName("primary_button")
        d.print_dossier_button.clicked.connect(lambda: d.printer.print_document("dossier"))
        d.dossier_table.itemChanged.connect(self.item_changed)

    def refresh(self, case: MediationCase) -> None:
        """The checklist, and which documents can be printed now."""
        d = self.dialog
        lang = d.context.code_lang
        self._filling = True
        rows = mediation.checklist(case)
        d.dossier_table.setRowCount(len(rows))
        editable = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for r, row in enumerate(rows):
            number = cell(row.item, row.item)
            number.setFlags(editable)
            title = cell(row.title(lang))
            title.setFlags(editable)
            required = cell(self.tr("Required") if row.required else self.tr("If needed"))
            required.setFlags(editable)
            present = cell("")
            if row.auto:
                present.setFlags(editable)
                present.setText("✓" if row.present else "")
            else:
                present.setFlags(editable | Qt.ItemFlag.ItemIsUserCheckable)
                present.setCheckState(Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            pages = cell(row.pages if not row.auto and row.present else "")
            pages.setFlags(editable | (Qt.ItemFlag.ItemIsEditable if not row.auto else Qt.ItemFlag.NoItemFlags))
            how = cell(self.tr("Generated") if row.auto else self.tr("Filed by hand"))
            how.setFlags(editable)
            for c, item in enumerate((number, title, required, present, pages, how)):
                d.dossier_table.setItem(r, c, item)
        self._filling = False
        has = mediation.generated_items(case)
        self.print_buttons["record"].setEnabled(7 in has)
        self.print_buttons["agreement"].setEnabled(case.agreement_form == "written" and 8 in has)
        self.print_buttons["oral"].setEnabled(case.agreement_form == "oral" and 8 in has)
        self.print_buttons["followup"].setEnabled(10 in has)

    def item_changed(self, item: QTableWidgetItem) -> None:
        d = self.dialog
        if self._filling or d.case is None or item.column() not in (3, 4):
            return
        number = d.dossier_table.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        # Each tick and page count is saved as it is made: the dossier has no unsaved state.
        if item.column() == 3:
            present = item.checkState() == Qt.CheckState.Checked
            ok = d.run(lambda: mediation.set_dossier_item(d.case, number, user=d.context.user,
                                                          present=present))
        else:
            ok = d.run(lambda: mediation.set_dossier_item(d.case, number, user=d.context.user,
                                                          pages=item.text().strip() or 0,
                                                          present=True if item.text().strip() else None),
                       rename={"pages": "dossier"})
        if ok:
            messages.status(d, self.tr("Dossier of {number}: item {item} saved").format(
                number=d.case.number, item=number))
