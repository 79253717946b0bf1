"""Imports after PySide6 without PySide6 reading every module's source.

PySide6's import hook (shibokensupport/feature.py, PYSIDE-2029) asks of every module imported
after it whether it uses PySide, by `inspect.getsource(module)`: each module's source is read,
decoded and split into lines, and the lines stay in `linecache` for the whole session. At start
that is every module of ours, peewee's and the standard library's that loads after Qt: 5-6 MiB
kept and tens of ms spent. The same question is answered here from the file's bytes, with
nothing cached; modules without a .py file (builtins, the frozen build's archive) still go to
PySide's own answer. The answer decides only whether `from __feature__ import …` switching
applies to the module, which AidStation never uses.
"""
from __future__ import annotations

import sys


def install() -> None:
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "from_bytes", False):
        return  # another PySide6 layout, or already installed

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.from_bytes = True
    feature._mod_uses_pyside = uses_pyside
