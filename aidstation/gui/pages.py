"""The page registry: each area's module declares one PageSpec, and the main window shows them.

A page module is `aidstation/gui/<area>_page.py` and defines `PAGE = PageSpec(...)`; the main
window discovers every `*_page` module in this package (see `discover()`), so a new area plugs
in without editing the window. build.spec collects the submodules for the frozen build.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id, e.g. "reception"
    title: str  # English source text; translated with QCoreApplication.translate("pages", title)
    icon: str  # file name in resources/icons/, e.g. "reception.svg"
    order: int  # position in the navigation (Dashboard 10, Reception 20, ... Settings 100)
    factory: Callable  # factory(context, parent) -> QWidget; context is gui.context.AppContext
    admin_only: bool = False


def discover() -> list[PageSpec]:
    """Every PAGE declared by a `*_page` module of this package, in navigation order."""
    import aidstation.gui as package

    specs = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.endswith("_page"):
            module = importlib.import_module(f"aidstation.gui.{info.name}")
            spec = getattr(module, "PAGE", None)
            if spec is not None:
                specs.append(spec)
    return sorted(specs, key=lambda s: (s.order, s.key))
