"""Masking of names, ID numbers and phone numbers for display and export."""
from __future__ import annotations

from aidstation.core import masking


def test_masking():
    assert masking.name("张三") == "张*"
    assert masking.name("欧阳娜娜") == "欧***"
    assert masking.id_number("11010519491231002X") == "110105********002X"
    assert masking.phone("13800138000") == "138****8000"
