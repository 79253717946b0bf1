"""The card design dialog's live preview paints the card the PDF prints (its front and back)."""
from __future__ import annotations


def test_the_preview_paints_both_sides(qtbot, context):
    from aidstation.gui.cards.design_dialog import CardDesignDialog

    dialog = CardDesignDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    # An exception inside paintEvent fails the test (pytest-qt captures it); the grab must also
    # show a drawn card, not an empty widget.
    image = dialog.preview.grab().toImage()
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3
