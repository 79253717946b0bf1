"""The Contact cards page: hand-overs list, the stock of printed serials, print, reprint, issue."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from aidstation.core import cards, masking, publicity, settings
from aidstation.core import staff as staff_service
from aidstation.core.models import CardIssue
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import guard, messages, tasks
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.months import month_items, month_of
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import CodeLabels, Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import restore_current_row, set_role, setup_list_view
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.registers import add_register_action

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
               value=CodeLabels("card_channel", "channel", lang), context=ctx),
        Column("household_type", QT_TRANSLATE_NOOP("CardsPage", "Household type"),
               value=CodeLabels("household_type", "household_type", lang), context=ctx),
        Column("community", QT_TRANSLATE_NOOP("CardsPage", "Community"), sort=CardIssue.community,
               context=ctx),
    ]


def _print_job(quantity: int, path: str, username: str, progress=None, cancelled=None):
    """Worker: render and reserve (own connection, plain arguments)."""
    from aidstation.core.models import User
    from aidstation.pdf import cards as card_pdf  # reportlab: imported when first printing

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
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 420])
        self.issue_box.setMinimumWidth(360)
        self.issue_box.setMaximumWidth(560)  # on a big screen the list gets the room
        for area in (self.issue_scroll.viewport(), self.issue_holder):  # the box's own background
            area.setAutoFillBackground(False)
        self.serials_layout.setStretch(0, 1)
        self.serials_layout.setStretch(2, 1)
        self.quantity_spin.setRange(1, cards.MAX_PRINT)
        self.households_spin.setRange(0, 100_000)
        self.households_spin.setValue(1)
        for spin in (self.from_spin, self.to_spin):
            spin.setRange(0, 999_999)
        self.household_type_combo.set_kind("household_type", lang, blank=self.tr("(none)"))
        self.channel_combo.set_kind("card_channel", lang, blank=self.tr("(choose)"))
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
        for button in self.findChildren(QPushButton):  # Enter never issues: Ctrl+S or the button
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.issue_box)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.issue)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self.fill_choices()
        self.refresh()
        self.guard = guard.FormGuard(self.issue_holder)
        add_register_action(self, "cards", lambda: self.model.filters)  # Ctrl+P: the register of this list

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self.table_view, "column_layout", None) is None:
            # Set up once the list has its real width: columns auto-hidden while a view is
            # still tiny lose their widths when the list is refilled (kit/columns.py autosize).
            # The serials and who got them say what happened; type, community, channel give way.
            setup_columns(self.table_view, "cards/handovers", stretch=3, hide_first=[6, 7, 5, 4])

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
        self.issue_button.setToolTip(self.tr("Record this hand-over (Ctrl+S)"))

    # ---------------------------------------------------------------- data
    def _query(self, filters: dict):
        month = month_of(filters.get("month"))
        return cards.issue_query(year=month[0], month=month[1]) if month else cards.issue_query()

    def fill_choices(self) -> None:
        """The activity and staff choices; what the clerk picked stays picked."""
        activity, issued_by = self.activity_combo.currentData(), self.issued_by_combo.currentData()
        self.activity_combo.clear()
        self.activity_combo.addItem(self.tr("(none)"), None)
        for a in publicity.activities()[:60]:
            self.activity_combo.addItem(f"{a.held_on} {a.title or a.place}", a.id)
        self.activity_combo.setCurrentIndex(max(self.activity_combo.findData(activity), 0))
        self.issued_by_combo.clear()
        self.issued_by_combo.addItem(self.tr("(not recorded)"), None)
        for s in staff_service.list_staff():
            self.issued_by_combo.addItem(s.name, s.id)
        self.issued_by_combo.setCurrentIndex(max(self.issued_by_combo.findData(issued_by), 0))

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

    # ---------------------------------------------------------------- the page's edits
    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.issue() is not None

    def discard_changes(self) -> None:
        """Back to an empty hand-over form (today, one household, nothing chosen)."""
        self.errors.clear()
        self.date_edit.set_date_value(dt.date.today())
        self.quantity_spin.setValue(1)
        self.households_spin.setValue(1)
        for combo in (self.household_type_combo, self.channel_combo, self.activity_combo,
                      self.issued_by_combo):
            combo.setCurrentIndex(0)
        self.community_edit.clear()
        self._clear_recipient()
        self.guard.mark_clean()

    def _clear_recipient(self) -> None:
        for spin in (self.from_spin, self.to_spin):
            spin.setValue(0)
        self.recipient_edit.clear()
        self.notes_edit.clear()
        self.person_finder.clear()

    def _row_of(self, record_id: int) -> int:
        """The list row of `record_id` (fetching further pages); -1 if not listed."""
        row = self.model.row_of(record_id)
        return -1 if row is None else row

    def open_record(self, record_id: int) -> bool:
        """Show hand-over `record_id` (the global search): selected and in sight in the list."""
        row = CardIssue.live().where(CardIssue.id == record_id).first()
        if row is None:
            return False
        if self._row_of(record_id) < 0 and self.month_combo.currentIndex() != 0:
            self.month_combo.setCurrentIndex(0)  # all months: the hand-over is listed
        found = self._row_of(record_id)
        if found < 0:
            return False
        index = self.model.index(found, 0)
        restore_current_row(self.table_view, index)
        self.table_view.scrollTo(index)
        self.table_view.setFocus()
        return True

    # ---------------------------------------------------------------- actions
    def open_design(self) -> None:
        from aidstation.gui.cards.design_dialog import CardDesignDialog  # draws with pdf.cards (reportlab)

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
        messages.document_written(self, path)
        messages.status(self, self.tr("Serials {first} to {last} of {year} are reserved; the sheets are in {path}")
                        .format(first=first, last=last, year=year, path=path))

    def reprint_cards(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Reprint"),
                                        self.tr("Serials to reprint, e.g. 2026 13-20"))
        if not ok or not text.strip():
            return
        from aidstation.pdf import cards as card_pdf  # reportlab: imported when first printing

        try:
            year_text, _, span = text.strip().partition(" ")
            first_text, _, last_text = span.partition("-")
            year, first, last = cards.check_reprint(year_text, first_text, last_text or first_text)
            path = self._target(year, first, last, reprint=True)
            card_pdf.reprint(user=self.context.user, year=year, serial_from=first, serial_to=last, path=path)
        except ValidationError as exc:
            messages.warn(self, self.tr("Reprint"), exc.text(self.context.lang))
            return
        self.refresh()
        messages.document_written(self, path)
        messages.status(self, self.tr("Reprint of serials {first} to {last} of {year} recorded; the sheets are in {path}")
                        .format(first=first, last=last, year=year, path=path))

    def issue(self) -> CardIssue | None:
        self.errors.clear()
        first, last = self.from_spin.value(), self.to_spin.value()
        person = self.person_finder.person()
        # typed text that is no date goes to validation as it is, which names the field
        issued_on = self.date_edit.text() if self.date_edit.problem() else self.date_edit.date_value()
        try:
            row = cards.issue(
                user=self.context.user, issued_on=issued_on,
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
        # the next hand-over is often alike (same day, channel, community): only who differs
        self._clear_recipient()
        self.guard.mark_clean()
        self.context.notify("CardIssue")
        self.refresh()
        serials = cards.serials_of(row)
        who = masking.name(row.person.name) if row.person_id else row.recipient
        text = (self.tr("{n} cards ({serials}) issued to {who}") if serials
                else self.tr("{n} cards issued to {who}")).format(n=row.quantity, serials=serials, who=who)
        messages.status(self, text)
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
        messages.status(self, self.tr("Hand-over deleted; its serials are back in stock"))


def screenshot_widgets(context, parent=None) -> list:
    from aidstation.gui.cards.design_dialog import CardDesignDialog

    return [("card_design_dialog", CardDesignDialog(context, parent))]


PAGE = PageSpec("cards", "Contact cards", "cards.svg", 50, CardsPage, screenshots=screenshot_widgets)
