"""The context object passed explicitly to every page and dialog (no globals)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from aidstation.core import accounts


class AppContext(QObject):
    """Who is working, in which station and language, and a hub for "records changed".

    Pages connect to `records_changed` to refresh when another page writes (for example the
    reception form opening a mediation case); they emit it with the model name they changed.
    """

    records_changed = Signal(str)  # model name, e.g. "Consultation"
    language_changed = Signal(str)  # 'en' or 'zh_CN'

    def __init__(self, station, user=None, lang: str = "en", parent=None):
        super().__init__(parent)
        self.station = station  # core.db.Station
        self.user = user  # core.models.User, None before login
        self.lang = lang  # 'en' or 'zh_CN'

    @property
    def is_admin(self) -> bool:
        """The one rule of core: an active administrator account."""
        return accounts.is_admin(self.user)

    @property
    def code_lang(self) -> str:
        """'zh' or 'en', for core.codes.label()."""
        return "zh" if self.lang.startswith("zh") else "en"

    def notify(self, model_name: str) -> None:
        self.records_changed.emit(model_name)
