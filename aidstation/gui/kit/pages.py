"""What a page declares to the main window: PageSpec. The list of pages is gui/shell/pages.py."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id, e.g. "reception"
    title: str  # English source text; translated with QCoreApplication.translate("pages", title)
    icon: str  # file name in resources/icons/, e.g. "reception.svg"
    order: int  # position in the navigation (Dashboard 10, Reception 20, ... Settings 100)
    factory: Callable  # factory(context, parent) -> QWidget; context is gui.shell.context.AppContext
    admin_only: bool = False
    # screenshots(context, parent) -> [(name, widget)]: the page's own windows for `make screenshots`
    screenshots: Callable | None = None
