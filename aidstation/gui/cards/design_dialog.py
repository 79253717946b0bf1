"""The contact-card design (admin): title, contacts, hotline, services, QR; a live preview.

The preview plays the very drawing operations pdf/cards.py prints (see `paint_ops`), so what
the administrator sees is the printed card.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPen,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from aidstation.core import cards, codes
from aidstation.core import staff as staff_service
from aidstation.core.validation import ValidationError
from aidstation.gui.kit import messages
from aidstation.gui.kit.forms import load_ui
from aidstation.gui.kit.geometry import fit_window
from aidstation.gui.kit.guard import UnsavedChangesMixin
from aidstation.gui.kit.widgets import FieldErrors
from aidstation.paths import FONTS_DIR
from aidstation.pdf import cards as card_pdf

_family: str | None = None


def card_font_family() -> str:
    """The family of the bundled card font, loaded into Qt once."""
    global _family
    if _family is None:
        fid = QFontDatabase.addApplicationFont(str(FONTS_DIR / "wqy-zenhei.ttc"))
        families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
        _family = families[0] if families else "WenQuanYi Zen Hei"
    return _family


def paint_ops(painter: QPainter, ops: list, origin: QPointF, scale: float) -> None:
    """Draw card operations (points, origin bottom-left) with the card's top-left at `origin`."""
    h = card_pdf.CARD_H

    def pt(x, y):
        return QPointF(origin.x() + x * scale, origin.y() + (h - y) * scale)

    painter.save()
    painter.setClipRect(QRectF(origin.x(), origin.y(), card_pdf.CARD_W * scale, h * scale))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    family = card_font_family()
    for op in ops:
        if isinstance(op, card_pdf.Rect):
            rect = QRectF(pt(op.x, op.y + op.h), pt(op.x + op.w, op.y))
            painter.setPen(QPen(QColor(op.stroke), op.width * scale) if op.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(op.fill) if op.fill else Qt.BrushStyle.NoBrush)
            if op.radius:
                painter.drawRoundedRect(rect, op.radius * scale, op.radius * scale)
            else:
                painter.drawRect(rect)
        elif isinstance(op, card_pdf.Line):
            pen = QPen(QColor(op.color), op.width * scale)
            if op.dash:
                pen.setDashPattern([d / op.width for d in op.dash])
            painter.setPen(pen)
            painter.drawLine(pt(op.x1, op.y1), pt(op.x2, op.y2))
        elif isinstance(op, card_pdf.Circle):
            painter.setPen(QPen(QColor(op.stroke), op.width * scale) if op.stroke else Qt.PenStyle.NoPen)
            painter.setBrush(QColor(op.fill) if op.fill else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(pt(op.cx, op.cy), op.r * scale, op.r * scale)
        elif isinstance(op, card_pdf.Poly):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(op.fill) if op.fill else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF([pt(x, y) for x, y in op.points]))
        elif isinstance(op, card_pdf.Text):
            font = QFont(family)
            font.setPixelSize(max(1, round(op.size * scale)))
            font.setBold(op.bold)
            painter.setFont(font)
            painter.setPen(QColor(op.color))
            width = QFontMetricsF(font).horizontalAdvance(op.text)
            dx = {"left": 0.0, "right": -width, "centre": -width / 2}[op.align]
            p = pt(op.x, op.y)
            painter.drawText(QPointF(p.x() + dx, p.y()), op.text)
        elif isinstance(op, card_pdf.Qr) and op.matrix:
            n = len(op.matrix)
            module = op.size / (n + 2 * op.border)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(op.color))
            for r, row in enumerate(op.matrix):
                for c, dark in enumerate(row):
                    if dark:
                        x = op.x + (op.border + c) * module
                        y = op.y + op.size - (op.border + r + 1) * module
                        painter.drawRect(QRectF(pt(x, y + module), pt(x + module, y)))
    painter.restore()


class CardPreview(QWidget):
    """Front and back of one card, scaled to the widget."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.design: cards.CardDesign | None = None
        self.serial = "STATION-2026-00001"
        self.setMinimumSize(QSize(360, 440))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_design(self, design: cards.CardDesign, serial: str | None = None) -> None:
        self.design = design
        if serial:
            self.serial = serial
        self.update()

    def paintEvent(self, _event):  # noqa: N802 - Qt override
        if self.design is None:
            return
        painter = QPainter(self)
        gap = 16.0
        scale = min((self.width() - 8) / card_pdf.CARD_W,
                    (self.height() - gap - 8) / (2 * card_pdf.CARD_H))
        w, h = card_pdf.CARD_W * scale, card_pdf.CARD_H * scale
        x = (self.width() - w) / 2
        faces = [card_pdf.front_ops(self.design, self.serial)]
        if self.design.double_sided:
            faces.append(card_pdf.back_ops(self.design, self.serial))
        for i, ops in enumerate(faces):
            y = 4 + i * (h + gap)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40))
            painter.drawRoundedRect(QRectF(x + 3, y + 3, w, h), 4, 4)  # a soft shadow
            paint_ops(painter, ops, QPointF(x, y), scale)
        painter.end()


class CardDesignDialog(UnsavedChangesMixin, QDialog):
    """Edit the card design; Save (or Ctrl+S) validates and stores it through
    core.cards.save_design. Enter never saves; closing with edits asks first."""

    help_key = "cards"  # F1 shows this page's guide

    design_saved = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        load_ui(self, "card_design_dialog.ui")
        self.context = context
        self.preview = CardPreview(self.preview_holder)
        layout = QVBoxLayout(self.preview_holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.accept)
        self.services_edit.setTabChangesFocus(True)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.staff_list.setMinimumHeight(130)
        self.services_edit.setMinimumHeight(110)
        self.title_edit.setMinimumWidth(300)
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.new_role_combo.set_kind("staff_role", context.code_lang, blank=self.tr("(role)"))
        self.add_staff_button.clicked.connect(self.add_staff)
        self.staff_errors = FieldErrors(self, {"name": self.new_name_edit, "phone": self.new_phone_edit,
                                               "title": self.new_title_edit, "role": self.new_role_combo},
                                        fallback=self.error_label)
        self.errors = FieldErrors(self, {
            "title": self.title_edit, "subtitle": self.subtitle_edit, "hotline": self.hotline_edit,
            "address": self.address_edit, "office_hours": self.hours_edit, "qr_text": self.qr_edit,
            "staff_ids": self.staff_list, "services": self.services_edit,
        }, fallback=self.error_label)
        self.retranslate()
        self.load(cards.design())
        for edit in (self.title_edit, self.subtitle_edit, self.hotline_edit, self.address_edit,
                     self.hours_edit, self.qr_edit):
            edit.textChanged.connect(self.update_preview)
        self.services_edit.textChanged.connect(self.update_preview)
        self.staff_list.itemChanged.connect(self.update_preview)
        self.double_check.toggled.connect(self.update_preview)
        for button in self.findChildren(QPushButton):  # Enter never saves nor adds
            button.setAutoDefault(False)
            button.setDefault(False)
        for area in (self.form_scroll.viewport(), self.form_holder):
            area.setAutoFillBackground(False)
        fit_window(self, "cards/design", (980, 620))
        self.update_preview()
        self._clean = self.values()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Contact card design"))
        self.title_label.setText(self.tr("Title"))
        self.subtitle_label.setText(self.tr("Slogan (back)"))
        self.hotline_label.setText(self.tr("Hotline"))
        self.address_label.setText(self.tr("Address"))
        self.hours_label.setText(self.tr("Office hours"))
        self.qr_label.setText(self.tr("QR code text"))
        self.qr_edit.setPlaceholderText(self.tr("e.g. tel:12348 or a web address; empty = no QR code"))
        self.contacts_label.setText(self.tr("Contacts printed\n(tick, in order)"))
        self.services_label.setText(self.tr("Services\n(one per line)"))
        self.double_check.setText(self.tr("Print a back with the services (duplex)"))
        self.new_staff_label.setText(self.tr("New contact"))
        self.new_name_edit.setPlaceholderText(self.tr("Name"))
        self.new_phone_edit.setPlaceholderText(self.tr("Phone"))
        self.new_title_edit.setPlaceholderText(self.tr("Title on the card"))
        self.add_staff_button.setText(self.tr("Add to staff"))
        self.preview_label.setText(self.tr("Preview (front and back, as printed)"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.save_button.setToolTip(self.tr("Save the card design (Ctrl+S)"))

    def load(self, design: cards.CardDesign) -> None:
        self._station = design
        self.title_edit.setText(design.title)
        self.subtitle_edit.setText(design.subtitle)
        self.hotline_edit.setText(design.hotline)
        self.address_edit.setText(design.address)
        self.hours_edit.setText(design.office_hours)
        self.qr_edit.setText(design.qr_text)
        self.services_edit.setPlainText("\n".join(design.services))
        self.double_check.setChecked(design.double_sided)
        chosen = list(design.staff_ids)
        everyone = staff_service.list_staff()
        ordered = [s for i in chosen for s in everyone if s.id == i] + \
            [s for s in everyone if s.id not in chosen]
        self.staff_list.blockSignals(True)
        self.staff_list.clear()
        lang = self.context.code_lang
        for s in ordered:
            role = s.title or codes.label("staff_role", s.role, lang)
            item = QListWidgetItem(f"{s.name} · {role} · {s.phone}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in chosen else Qt.CheckState.Unchecked)
            self.staff_list.addItem(item)
        self.staff_list.blockSignals(False)

    def add_staff(self) -> None:
        """Add a staff member (core.staff) and tick them for the card."""
        self.staff_errors.clear()
        if not self.new_role_combo.code():
            self.staff_errors.show(ValidationError("role", "pick the role", "请选择职务"), self.context.lang)
            return
        try:
            person = staff_service.create(user=self.context.user, name=self.new_name_edit.text(),
                                          role=self.new_role_combo.code(), title=self.new_title_edit.text(),
                                          phone=self.new_phone_edit.text())
        except ValidationError as exc:
            self.staff_errors.show(exc, self.context.lang)
            return
        lang = self.context.code_lang
        role = person.title or codes.label("staff_role", person.role, lang)
        item = QListWidgetItem(f"{person.name} · {role} · {person.phone}")
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.staff_list.addItem(item)  # itemChanged does not fire on insert: refresh by hand
        for edit in (self.new_name_edit, self.new_phone_edit, self.new_title_edit):
            edit.clear()
        self.context.notify("Staff")
        self.update_preview()

    def staff_ids(self) -> list[int]:
        out = []
        for row in range(self.staff_list.count()):
            item = self.staff_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_checked(self, staff_id: int, checked: bool = True) -> None:
        for row in range(self.staff_list.count()):
            item = self.staff_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == staff_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _move(self, step: int) -> None:
        row = self.staff_list.currentRow()
        target = row + step
        if row < 0 or not (0 <= target < self.staff_list.count()):
            return
        item = self.staff_list.takeItem(row)
        self.staff_list.insertItem(target, item)
        self.staff_list.setCurrentRow(target)
        self.update_preview()

    def values(self) -> dict:
        return dict(title=self.title_edit.text(), subtitle=self.subtitle_edit.text(),
                    services=self.services_edit.toPlainText(), staff_ids=self.staff_ids(),
                    office_hours=self.hours_edit.text(), qr_text=self.qr_edit.text(),
                    double_sided=self.double_check.isChecked(), hotline=self.hotline_edit.text(),
                    address=self.address_edit.text())

    def update_preview(self) -> None:
        v = self.values()
        ids = v["staff_ids"][:cards.MAX_CONTACTS]
        by_id = {s.id: s for s in staff_service.list_staff(active_only=False)}
        services = [s.strip() for s in v["services"].splitlines() if s.strip()]
        design = cards.CardDesign(
            title=v["title"].strip() or cards.DEFAULT_TITLE, subtitle=v["subtitle"].strip(),
            services=services or list(cards.DEFAULT_SERVICES),
            staff=[by_id[i] for i in ids if i in by_id], office_hours=v["office_hours"].strip(),
            qr_text=v["qr_text"].strip(), double_sided=v["double_sided"],
            hotline="".join(ch for ch in v["hotline"] if ch.isdigit()), address=v["address"].strip(),
            station_name=self._station.station_name, station_code=self._station.station_code,
            staff_ids=ids)
        self.preview.set_design(design, cards.serial_text(design.station_code, 2026, 1))

    # --- unsaved edits (UnsavedChangesMixin asks on Cancel, Esc and ×) ----------------------
    def has_unsaved_changes(self) -> bool:
        return self.values() != self._clean

    def save_changes(self) -> bool:
        """Validate and store; False (the dialog stays, showing every problem) when refused."""
        self.errors.clear()
        try:
            cards.save_design(user=self.context.user, **self.values())
        except ValidationError as exc:
            self.errors.show(exc, self.context.lang)
            return False
        self._clean = self.values()
        self.design_saved.emit()
        self.context.notify("Setting")
        messages.status(self.parentWidget() or self, self.tr("Card design saved"))
        return True

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        # QDialogButtonBox makes Save the default button when shown: no default here
        for button in self.findChildren(QPushButton):
            button.setDefault(False)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        # QDialog clicks its default button on Enter from any line edit: here Enter only
        # finishes typing; saving is the Save button or Ctrl+S
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.save_changes():
            super().accept()
