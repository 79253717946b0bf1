"""The Publicity page: activities by month, the activity form with its figures and photos, and
handing out contact cards at the event in one action."""
from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from aidstation.core import codes, publicity
from aidstation.core import staff as staff_service
from aidstation.core.models import PublicityActivity
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import guard, messages
from aidstation.gui.kit.columns import setup_columns
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.months import month_items, month_of
from aidstation.gui.kit.pages import PageSpec
from aidstation.gui.kit.table_models import Column, PagedTableModel
from aidstation.gui.kit.ui_helpers import restore_current_row, set_role, setup_list_view
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.gui.registers import add_register_action

QT_TRANSLATE_NOOP("pages", "Publicity")
FIGURE_TITLES = {
    "staff": QT_TRANSLATE_NOOP("PublicityPage", "Staff deployed"),
    "vehicles": QT_TRANSLATE_NOOP("PublicityPage", "Vehicles"),
    "banners": QT_TRANSLATE_NOOP("PublicityPage", "Banners"),
    "boards": QT_TRANSLATE_NOOP("PublicityPage", "Display boards"),
    "leaflets": QT_TRANSLATE_NOOP("PublicityPage", "Leaflets"),
    "booklets": QT_TRANSLATE_NOOP("PublicityPage", "Booklets"),
    "lectures": QT_TRANSLATE_NOOP("PublicityPage", "Lectures"),
    "attendees": QT_TRANSLATE_NOOP("PublicityPage", "Attendees"),
    "consulted": QT_TRANSLATE_NOOP("PublicityPage", "On-site consultations"),
    "questions": QT_TRANSLATE_NOOP("PublicityPage", "Questions answered"),
    "media": QT_TRANSLATE_NOOP("PublicityPage", "Media reports"),
}


def activity_columns(lang: str) -> list[Column]:
    c, A = "PublicityPage", PublicityActivity
    return [
        Column("held_on", QT_TRANSLATE_NOOP("PublicityPage", "Date"), sort=A.held_on, context=c),
        Column("title", QT_TRANSLATE_NOOP("PublicityPage", "Title"), sort=A.title, context=c),
        Column("format", QT_TRANSLATE_NOOP("PublicityPage", "Format"), sort=A.format,
               value=lambda a: codes.label("pub_format", a.format, lang), context=c),
        Column("theme", QT_TRANSLATE_NOOP("PublicityPage", "Theme"), sort=A.theme,
               value=lambda a: codes.label("pub_theme", a.theme, lang) if a.theme else "", context=c),
        Column("place", QT_TRANSLATE_NOOP("PublicityPage", "Place"), sort=A.place, context=c),
        Column("attendees", QT_TRANSLATE_NOOP("PublicityPage", "Attendees"), sort=A.attendees, context=c),
        Column("leaflets", QT_TRANSLATE_NOOP("PublicityPage", "Leaflets"), sort=A.leaflets, context=c),
        Column("cards", QT_TRANSLATE_NOOP("PublicityPage", "Cards"), value=publicity.cards_issued, context=c),
    ]


class PublicityPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "publicity_page.ui")
        self.context = context
        self.activity: PublicityActivity | None = None
        set_role(self.title_label, "title")
        lang = context.code_lang
        month_items(self.month_combo, self.tr("All months"))
        self.model = PagedTableModel(activity_columns(lang), self._query,
                                     default_order=[PublicityActivity.held_on.desc(), PublicityActivity.id.desc()],
                                     parent=self)
        view = self.table_view
        view.setModel(self.model)
        setup_list_view(view)
        self.format_combo.set_kind("pub_format", lang, blank=self.tr("(choose)"))
        self.theme_combo.set_kind("pub_theme", lang, blank=self.tr("(none)"))
        self.spins: dict[str, QSpinBox] = {}
        self.figure_labels: dict[str, QLabel] = {}
        for i, key in enumerate(publicity.COUNTS):
            label, spin = QLabel(self.figures_box), QSpinBox(self.figures_box)
            spin.setRange(0, 1_000_000)
            spin.setObjectName(f"{key}_spin")
            spin.setMaximumWidth(90)  # two figures a row must fit beside the list:
            label.setWordWrap(True)  # a long title wraps rather than widening the form
            label.setBuddy(spin)
            self.figures_grid.addWidget(label, i // 2, (i % 2) * 2)
            self.figures_grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            self.spins[key], self.figure_labels[key] = spin, label
        self.notes_edit.setFixedHeight(56)
        self.notes_edit.setTabChangesFocus(True)
        self.photo_list.setViewMode(self.photo_list.ViewMode.IconMode)
        self.photo_list.setIconSize(QSize(96, 72))
        self.photo_list.setFixedHeight(92)
        self.cards_quantity_spin.setRange(1, 5000)
        self.cards_quantity_spin.setValue(10)
        self.cards_households_spin.setRange(0, 100_000)
        self.cards_households_spin.setValue(1)
        self.error_label.setStyleSheet("color: #b3261e")
        self.cards_status_label.setStyleSheet("color: #b3261e")
        self.errors = FieldErrors(self, {
            "held_on": self.date_edit, "title": self.title_edit, "format": self.format_combo,
            "theme": self.theme_combo, "place": self.place_edit, "partners": self.partners_edit,
            "notes": self.notes_edit, "photo": self.photo_list, **self.spins,
        }, fallback=self.error_label)
        set_role(self.form_heading, "section")
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([540, 480])
        self.form_side.setMinimumWidth(420)
        self.form_side.setMaximumWidth(620)  # on a big screen the list gets the room
        for area in (self.form_scroll.viewport(), self.form_holder):  # the page's own background
            area.setAutoFillBackground(False)
        for button in self.findChildren(QPushButton):  # Enter never saves: Ctrl+S or the button
            button.setAutoDefault(False)
            button.setDefault(False)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self._tab_order()
        # the cards handed out and the photos are stored at once, they are no unsaved edits
        self.guard = guard.FormGuard(self.form_holder, ignore=[self.cards_box, self.photo_list])
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button.clicked.connect(self.ask_new_activity)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.add_photo_button.clicked.connect(self.add_photo)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.issue_cards_button.clicked.connect(self.issue_cards)
        view.selectionModel().currentRowChanged.connect(self._row_chosen)
        context.records_changed.connect(self._records_changed)
        self.retranslate()
        self.fill_staff()
        self.refresh()
        self.new_activity()
        add_register_action(self, "publicity", lambda: self.model.filters)  # Ctrl+P: the register of this list

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self.table_view, "column_layout", None) is None:
            # once the list has its real width (see DistrictPage.showEvent): the title says
            # what the activity was; theme, place and the figures give way first
            setup_columns(self.table_view, "publicity/activities", stretch=1, hide_first=[7, 6, 3, 4, 5])

    def _tab_order(self) -> None:
        """Tab follows the form from top to bottom (the figures row by row), Save last."""
        chain = [self.date_edit, self.title_edit, self.format_combo, self.theme_combo, self.place_edit,
                 self.partners_edit, *self.spins.values(), self.notes_edit, self.photo_list,
                 self.add_photo_button, self.remove_photo_button, self.cards_quantity_spin,
                 self.cards_households_spin, self.cards_issued_by_combo, self.issue_cards_button,
                 self.delete_button, self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Publicity"))
        self.month_label.setText(self.tr("Month"))
        self.new_button.setText(self.tr("New activity"))
        self.date_label.setText(self.tr("Held on"))
        self.title_field_label.setText(self.tr("Title"))
        self.format_label.setText(self.tr("Format"))
        self.theme_label.setText(self.tr("Theme"))
        self.place_label.setText(self.tr("Place"))
        self.partners_label.setText(self.tr("Partners"))
        self.figures_box.setTitle(self.tr("Figures for the monthly return"))
        for key, label in self.figure_labels.items():
            label.setText(QCoreApplication.translate("PublicityPage", FIGURE_TITLES[key]))
        self.notes_label.setText(self.tr("Notes"))
        self.photos_label.setText(self.tr("Photos"))
        self.add_photo_button.setText(self.tr("Add photo…"))
        self.remove_photo_button.setText(self.tr("Remove photo"))
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save activity"))
        self.save_button.setToolTip(self.tr("Save the activity (Ctrl+S)"))
        self.cards_box.setTitle(self.tr("Issue contact cards at this event"))
        self.cards_quantity_label.setText(self.tr("Cards"))
        self.cards_households_label.setText(self.tr("Households"))
        self.cards_issued_by_label.setText(self.tr("Issued by"))
        self.issue_cards_button.setText(self.tr("Issue cards at this event"))

    # ---------------------------------------------------------------- list
    def _query(self, filters: dict):
        month = month_of(filters.get("month"))
        return publicity.activity_query(year=month[0], month=month[1]) if month else publicity.activity_query()

    def refresh(self) -> None:
        month = month_of(self.month_combo.currentData())
        self.model.set_filters(month=self.month_combo.currentData())
        self.count_label.setText(self.tr("{n} activities").format(n=self.model.total))
        if month:
            t = publicity.month_totals(*month)
            self.totals_label.setText(self.tr("{a} activities · {p} attendees · {l} leaflets · {c} consulted")
                                      .format(a=t["activities"], p=t["attendees"], l=t["leaflets"],
                                              c=t["consulted"]))
        else:
            self.totals_label.setText("")

    def fill_staff(self) -> None:
        chosen = self.cards_issued_by_combo.currentData()
        self.cards_issued_by_combo.clear()
        self.cards_issued_by_combo.addItem(self.tr("(not recorded)"), None)
        for s in staff_service.list_staff():
            self.cards_issued_by_combo.addItem(s.name, s.id)
        self.cards_issued_by_combo.setCurrentIndex(max(self.cards_issued_by_combo.findData(chosen), 0))

    def _records_changed(self, name: str) -> None:
        if name == "Staff":
            self.fill_staff()
        if name in ("PublicityActivity", "CardIssue"):
            self.refresh()

    def _row_chosen(self, current, previous) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        if record_id is None or (self.activity is not None and self.activity.id == record_id):
            return
        if not guard.settle(self):  # Cancel: keep editing, the highlight goes back
            restore_current_row(self.table_view, previous)
            return
        activity = PublicityActivity.get_or_none(PublicityActivity.id == record_id)
        if activity is not None:
            self.load(activity)
            self._select(activity.id)

    def _row_of(self, record_id: int) -> int:
        """The list row of `record_id` (fetching further pages); -1 if not listed."""
        row = self.model.row_of(record_id)
        return -1 if row is None else row

    def _select(self, record_id: int) -> None:
        """Highlight `record_id` in the list without loading it again."""
        row = self._row_of(record_id)
        if row >= 0:
            index = self.model.index(row, 0)
            restore_current_row(self.table_view, index)
            self.table_view.scrollTo(index)

    def open_record(self, record_id: int) -> bool:
        """Show activity `record_id` (the global search): in the list and in the form."""
        activity = PublicityActivity.live().where(PublicityActivity.id == record_id).first()
        if activity is None:
            return False
        if self.activity is not None and self.activity.id == record_id:
            self._select(record_id)
            return True
        if not guard.settle(self):
            return False
        if self._row_of(record_id) < 0 and self.month_combo.currentIndex() != 0:
            self.month_combo.setCurrentIndex(0)  # all months: the activity is listed
        self.load(activity)
        self._select(record_id)
        return True

    # ---------------------------------------------------------------- unsaved edits
    def has_unsaved_changes(self) -> bool:
        return self.guard.is_dirty()

    def save_changes(self) -> bool:
        return self.save() is not None

    def discard_changes(self) -> None:
        self.load(self.activity)

    # ---------------------------------------------------------------- form
    def load(self, activity: PublicityActivity | None) -> None:
        self.errors.clear()
        self.activity = activity
        a = activity
        self.date_edit.set_date_value(a.held_on if a else dt.date.today())
        self.title_edit.setText(a.title if a else "")
        self.format_combo.set_code(a.format if a else "")
        self.theme_combo.set_code(a.theme if a else "")
        self.place_edit.setText(a.place if a else "")
        self.partners_edit.setText(a.partners if a else "")
        self.notes_edit.setPlainText(a.notes if a else "")
        for key, spin in self.spins.items():
            spin.setValue(getattr(a, key) if a else 0)
        self.cards_status_label.clear()
        self._fill_photos()
        for w in (self.delete_button, self.cards_box, self.add_photo_button, self.remove_photo_button):
            w.setEnabled(a is not None)
        if a is not None:
            self.cards_status_label.setStyleSheet("")
            self.cards_status_label.setText(self.tr("{n} cards issued at this event so far")
                                            .format(n=publicity.cards_issued(a)))
            self.form_heading.setText(self.tr("Activity of {date}: {title}").format(
                date=a.held_on.isoformat(), title=a.title or a.place))
        else:
            self.form_heading.setText(self.tr("New activity"))
        self.form_scroll.verticalScrollBar().setValue(0)
        self.guard.mark_clean()

    def _fill_photos(self) -> None:
        self.photo_list.clear()
        if self.activity is None:
            return
        for photo in self.activity.photos:
            pixmap = QPixmap(str(publicity.photo_path(photo)))
            item = QListWidgetItem(QIcon(pixmap.scaled(96, 72, Qt.AspectRatioMode.KeepAspectRatio)),
                                   photo.caption)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            self.photo_list.addItem(item)

    def new_activity(self) -> None:
        self.table_view.selectionModel().clear()
        self.load(None)

    def ask_new_activity(self) -> None:
        """New activity: asks first about unsaved edits of the one on screen."""
        if guard.settle(self):
            self.new_activity()
            self.date_edit.setFocus()

    def values(self) -> dict:
        # typed text that is no date goes to validation as it is, which names the field
        held_on = self.date_edit.text() if self.date_edit.problem() else self.date_edit.date_value()
        return dict(held_on=held_on, format=self.format_combo.code(),
                    theme=self.theme_combo.code(), title=self.title_edit.text(),
                    place=self.place_edit.text(), partners=self.partners_edit.text(),
                    notes=self.notes_edit.toPlainText(),
                    **{k: s.value() for k, s in self.spins.items()})

    def save(self) -> PublicityActivity | None:
        self.errors.clear()
        try:
            if self.activity is None:
                activity = publicity.create_activity(user=self.context.user, **self.values())
            else:
                activity = publicity.update_activity(self.activity, user=self.context.user, **self.values())
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return None
        self.context.notify("PublicityActivity")
        self.refresh()
        self.load(activity)
        self._select(activity.id)
        messages.status(self, self.tr("Activity “{title}” of {date} saved").format(
            title=activity.title or activity.place, date=activity.held_on.isoformat()))
        return activity

    def delete(self) -> None:
        if self.activity is None or not messages.ask_yes_no(
                self, self.tr("Delete"), self.tr("Delete this activity? An administrator can restore it.")):
            return
        title = self.activity.title or self.activity.place
        publicity.delete_activity(self.activity, user=self.context.user)
        self.context.notify("PublicityActivity")
        self.refresh()
        self.new_activity()
        messages.status(self, self.tr("Activity “{title}” deleted").format(title=title))

    @staticmethod
    def ask_photo(parent, title: str) -> str:
        """A photo file to add (a seam tests replace)."""
        path, _ = QFileDialog.getOpenFileName(parent, title, "", "Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)")
        return path

    def add_photo(self) -> None:
        if self.activity is None:
            return
        path = self.ask_photo(self, self.tr("Add photo"))
        if not path:
            return
        try:
            publicity.add_photo(self.activity, path, user=self.context.user)
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return
        self.errors.clear()
        self._fill_photos()
        messages.status(self, self.tr("Photo added"))

    def remove_photo(self) -> None:
        item = self.photo_list.currentItem()
        if item is None:
            return
        photo = next((p for p in self.activity.photos if p.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if photo is not None:
            publicity.remove_photo(photo, user=self.context.user)
            messages.status(self, self.tr("Photo removed"))
        self._fill_photos()

    def issue_cards(self):
        """Hand out cards at this activity: one CardIssue on its date (channel: event)."""
        if self.activity is None:
            return None
        if not guard.save_first(self):  # the cards take the saved activity's date
            return None
        try:
            row = publicity.issue_cards(self.activity, user=self.context.user,
                                        quantity=self.cards_quantity_spin.value(),
                                        households=self.cards_households_spin.value(),
                                        issued_by=self.cards_issued_by_combo.currentData())
        except ValidationError as exc:
            self.cards_status_label.setStyleSheet("color: #b3261e")
            self.cards_status_label.setText(exc.text(self.context.lang))
            return None
        self.context.notify("CardIssue")
        self.load(self.activity)
        messages.status(self, self.tr("{n} cards issued at “{title}”").format(
            n=row.quantity, title=self.activity.title or self.activity.place))
        return row


PAGE = PageSpec("publicity", "Publicity", "publicity.svg", 60, PublicityPage)
