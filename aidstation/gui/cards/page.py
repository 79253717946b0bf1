"""The Contact cards page: hand-overs list, the stock of printed serials, print, reprint, issue."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QInputDialog, QWidget

from aidstation.core import cards, codes, masking, publicity, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import CardIssue
from aidstation.core.validation import ValidationError
from aidstation.gui.cards.design_dialog import CardDesignDialog
from aidstation.gui.kit import messages, tasks
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.months import month_items, month_of
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import set_role, setup_list_view
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.pdf import cards as card_pdf

QT_TRANSLATE_NOOP("pages", "Contact cards")


def issue_columns(lang: str) -> list[Column]:
    ctx = "CardsPage"

    def serials(i):
        text = cards.serials_of(i)
        return text.replace(f" – {text.split(' – ')[0].rsplit('-', 1)[0]}-", " – ") if " – " in text else text

    def recipient(i):
        return masking.name(i.person.name) if i.person_id else i.recipient

    return [
        Column("issued_on", QT_TRANSLATE_NOOP("CardsPage", "Date"), sort=CardIssue.issued_on, context=ctx),
        Column("quantity", QT_TRANSLATE_NOOP("CardsPage", "Cards"), sort=CardIssue.quantity, context=ctx),
        Column("serials", QT_TRANSLATE_NOOP("CardsPage", "Serials"), value=serials,
               context=ctx),
        Column("recipient", QT_TRANSLATE_NOOP("CardsPage", "Recipient"), value=recipient, context=ctx),
        Column("households", QT_TRANSLATE_NOOP("CardsPage", "Households"), sort=CardIssue.households,
               context=ctx),
        Column("channel", QT_TRANSLATE_NOOP("CardsPage", "Channel"), sort=CardIssue.channel,
               value=lambda i: codes.label("card_channel", i.channel, lang), context=ctx),
        Column("household_type", QT_TRANSLATE_NOOP("CardsPage", "Household type"),
               value=lambda i: codes.label("household_type", i.household_type, lang)
               if i.household_type else "", context=ctx),
        Column("community", QT_TRANSLATE_NOOP("CardsPage", "Community"), sort=CardIssue.community,
               context=ctx),
    ]


def _print_job(quantity: int, path: str, username: str, progress=None, cancelled=None):
    """Worker: render and reserve (own connection, plain arguments)."""
    from aidstation.core.models import User

    user = User.get_or_none(User.username == username)

    def step(done, total):
        if progress:
            progress(done, total, "")
        return not (cancelled and cancelled())

    try:
        run = card_pdf.print_new(user=user, quantity=quantity, path=path, progress=step)
    except InterruptedError:
        raise tasks.Cancelled() from None
    return (run.year, run.serial_from, run.serial_to, path)


class CardsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "cards_page.ui")
        self.context = context
        set_role(self.title_label, "title")
        lang = context.code_lang
        month_items(self.month_combo, self.tr("All months"))
        self.model = PagedTableModel(issue_columns(lang), self._query,
                                     default_order=[CardIssue.issued_on.desc(), CardIssue.id.desc()],
                                     parent=self)
        view = self.table_view
        view.setModel(self.model)
        setup_list_view(view)
        self.splitter.setSizes([760, 420])
        self.quantity_spin.setRange(1, cards.MAX_PRINT)
        self.households_spin.setRange(0, 100_000)
        self.households_spin.setValue(1)
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(0, 999_999)
        self.household_type_combo.set_kind("household_type", lang, blank="")
        self.channel_combo.set_kind("card_channel", lang)
        self.channel_combo.set_code("window")
        self.date_edit.set_date_value(dt.date.today())
        self.dash_label.setText("–")
        self.errors = FieldErrors(self, {
            "issued_on": self.date_edit, "quantity": self.quantity_spin, "serial_from": self.from_spin,
            "serial_to": self.to_spin, "recipient": self.recipient_edit, "households": self.households_spin,
            "household_type": self.household_type_combo, "community": self.community_edit,
            "channel": self.channel_combo, "activity": self.activity_combo, "notes": self.notes_edit,
        }, fallback=self.error_label)
        self.error_label.setStyleSheet("color: #b3261e")
        self.design_button.setVisible(context.is_admin)
        self.design_button.clicked.connect(self.open_design)
        self.print_button.clicked.connect(self.print_cards)
        self.reprint_button.clicked.connect(self.reprint_cards)
        self.delete_button.clicked.connect(self.delete_selected)
        self.issue_button.clicked.connect(self.issue)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self.fill_choices()
        self.refresh()
        for column, width in enumerate([86, 56, 215, 120, 84, 100, 120]):
            view.setColumnWidth(column, width)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Contact cards"))
        self.month_label.setText(self.tr("Month"))
        self.design_button.setText(self.tr("Card design…"))
        self.print_button.setText(self.tr("Print cards…"))
        self.reprint_button.setText(self.tr("Reprint…"))
        self.delete_button.setText(self.tr("Delete hand-over"))
        self.issue_box.setTitle(self.tr("Issue cards"))
        self.date_label.setText(self.tr("Date"))
        self.quantity_label.setText(self.tr("Cards"))
        self.serials_label.setText(self.tr("Serials (optional)"))
        self.from_spin.setSpecialValueText(self.tr("auto"))
        self.to_spin.setSpecialValueText(self.tr("auto"))
        self.person_label.setText(self.tr("Resident"))
        self.recipient_label.setText(self.tr("Or description"))
        self.recipient_edit.setPlaceholderText(self.tr("e.g. Building 3, 12 households"))
        self.households_label.setText(self.tr("Households"))
        self.household_type_label.setText(self.tr("Household type"))
        self.community_label.setText(self.tr("Community"))
        self.channel_label.setText(self.tr("Channel"))
        self.activity_label.setText(self.tr("Publicity activity"))
        self.issued_by_label.setText(self.tr("Issued by"))
        self.notes_label.setText(self.tr("Notes"))
        self.issue_button.setText(self.tr("Issue cards"))

    # ---------------------------------------------------------------- data
    def _query(self, filters: dict):
        month = month_of(filters.get("month"))
        return cards.issue_query(year=month[0], month=month[1]) if month else cards.issue_query()

    def fill_choices(self) -> None:
        self.activity_combo.clear()
        self.activity_combo.addItem(self.tr("(none)"), None)
        for a in publicity.activities()[:60]:
            self.activity_combo.addItem(f"{a.held_on} {a.title or a.place}", a.id)
        self.issued_by_combo.clear()
        self.issued_by_combo.addItem(self.tr("(not recorded)"), None)
        for s in staff_service.list_staff():
            self.issued_by_combo.addItem(s.name, s.id)

    def refresh(self) -> None:
        self.model.set_filters(month=self.month_combo.currentData())
        n = self.model.total
        self.count_label.setText(self.tr("{n} hand-over(s)").format(n=n))
        count = cards.stock_count()
        if count:
            self.stock_label.setText(self.tr("In stock: {n} printed cards not yet issued ({ranges})")
                                     .format(n=count, ranges=cards.stock_text()))
        else:
            self.stock_label.setText(self.tr("In stock: no printed cards. Print a sheet first."))

    def _records_changed(self, name: str) -> None:
        if name in ("CardIssue", "CardPrintRun", "PublicityActivity", "Staff", "Setting"):
            if name in ("PublicityActivity", "Staff"):
                self.fill_choices()
            self.refresh()

    # ---------------------------------------------------------------- actions
    def open_design(self) -> None:
        dialog = CardDesignDialog(self.context, self)
        dialog.exec()

    @staticmethod
    def ask_quantity(parent, title: str, label: str) -> int | None:
        """How many cards to print (a seam tests replace)."""
        value, ok = QInputDialog.getInt(parent, title, label, 10, 1, cards.MAX_PRINT, 10)
        return value if ok else None

    def _target(self, year: int, first: int, last: int, reprint: bool = False) -> str:
        code = settings.get("station.code") or "STATION"
        stem = f"cards-{code}-{year}-{first:05d}-{last:05d}" + ("-reprint" if reprint else "")
        folder = self.context.station.sub("documents")
        path = folder / f"{stem}.pdf"
        n = 2
        while path.exists():
            path = folder / f"{stem}-{n}.pdf"
            n += 1
        return str(path)

    def print_cards(self) -> None:
        quantity = self.ask_quantity(self, self.tr("Print cards"),
                                     self.tr("How many new cards? (10 per A4 sheet)"))
        if not quantity:
            return
        try:
            year, first, last = cards.next_range(quantity)
        except ValidationError as exc:
            messages.warn(self, self.tr("Print cards"), exc.text(self.context.lang))
            return
        path = self._target(year, first, last)
        username = self.context.user.username
        self.print_task = tasks.run_task(
            self, _print_job, quantity, path, username, title=self.tr("Print cards"),
            label=self.tr("Writing the card sheets…"), on_result=self._printed)

    def _printed(self, result) -> None:
        year, first, last, path = result
        self.context.notify("CardPrintRun")
        self.refresh()
        messages.info(self, self.tr("Print cards"),
                      self.tr("Serials {first} to {last} of {year} are reserved. The sheets are in\n{path}")
                      .format(first=first, last=last, year=year, path=path))

    def reprint_cards(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Reprint"),
                                        self.tr("Serials to reprint, e.g. 2026 13-20"))
        if not ok or not text.strip():
            return
        try:
            year_text, _, span = text.strip().partition(" ")
            first_text, _, last_text = span.partition("-")
            year, first, last = cards.check_reprint(year_text, first_text, last_text or first_text)
            card_pdf.reprint(user=self.context.user, year=year, serial_from=first, serial_to=last,
                             path=self._target(year, first, last, reprint=True))
        except ValidationError as exc:
            messages.warn(self, self.tr("Reprint"), exc.text(self.context.lang))
            return
        self.refresh()
        messages.info(self, self.tr("Reprint"), self.tr("The reprint is recorded; the sheets are in the documents folder."))

    def issue(self) -> CardIssue | None:
        self.errors.clear()
        first, last = self.from_spin.value(), self.to_spin.value()
        person = self.person_finder.person()
        try:
            row = cards.issue(
                user=self.context.user, issued_on=self.date_edit.date_value(),
                quantity=None if first else self.quantity_spin.value(),
                serial_from=first or None, serial_to=(last or first) or None,
                person=person, recipient=self.recipient_edit.text(),
                households=self.households_spin.value(), household_type=self.household_type_combo.code(),
                community=self.community_edit.text(), channel=self.channel_combo.code(),
                activity=self.activity_combo.currentData(), issued_by=self.issued_by_combo.currentData(),
                notes=self.notes_edit.text())
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return None
        for spin in (self.from_spin, self.to_spin):
            spin.setValue(0)
        self.recipient_edit.clear()
        self.notes_edit.clear()
        self.person_finder.clear()
        self.context.notify("CardIssue")
        self.refresh()
        return row

    def delete_selected(self) -> None:
        index = self.table_view.currentIndex()
        row = self.model.record(index.row()) if index.isValid() else None
        if row is None:
            return
        if not messages.ask_yes_no(self, self.tr("Delete hand-over"),
                                   self.tr("Delete this hand-over? Its serials return to stock.")):
            return
        cards.delete_issue(row, user=self.context.user)
        self.context.notify("CardIssue")
        self.refresh()


def screenshot_widgets(context, parent=None) -> list:
    return [("card_design_dialog", CardDesignDialog(context, parent))]


PAGE = PageSpec("cards", "Contact cards", "cards.svg", 50, CardsPage, screenshots=screenshot_widgets)
