"""Ledger import refuses rows the monthly totals would miscount, naming the row and column."""
from __future__ import annotations


def _fill(kind, path, rows):
    import openpyxl

    from aidstation.excel import ledgers

    ledgers.write_template(kind, path)
    wb = openpyxl.load_workbook(path)
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            wb.worksheets[0].cell(row=r, column=c, value=value)
    wb.save(path)
    return path


def test_ledger_rows_the_totals_would_miscount_are_refused(station, admin, tmp_path):
    """An agreement on a failed case would count in med.agreement.*; a closed application that
    was never granted, or a decision date without a decision, would count nowhere sensible."""
    from aidstation.core.models import AidApplication, MediationCase
    from aidstation.excel import ledgers

    med = _fill("mediations", tmp_path / "m.xlsx", [
        ["2026-02-10", "当事人申请", "邻里", "", "张三", None, None, "李四", None, "", None,
         "调解不成", "2026-03-02", "书面", "赔偿"]])
    aid = _fill("aid", tmp_path / "a.xlsx", [
        ["2026-03-01", "张三", None, None, None, "民事", "劳动报酬", "", "2026-03-02", "不予援助",
         "2026-03-08", "2026-03-20", None],
        ["2026-03-01", "王五", None, None, None, "民事", "劳动报酬", "", None, None, "2026-03-08", None, None]])
    report = ledgers.import_ledger("mediations", med, user=admin)
    assert [p[:3] for p in report.problems] == [(3, "协议形式", "only a succeeded case has an agreement (仅调解成功的案件有调解协议)")]
    report = ledgers.import_ledger("aid", aid, user=admin)
    assert [p[:3] for p in report.problems] == [
        (3, "结案日期", "only a granted application is closed (仅给予援助的案件才有结案日期)"),
        (4, "审查决定", "a decision date needs the decision (填了决定日期须填审查决定)")]
    assert (MediationCase.select().count(), AidApplication.select().count()) == (0, 0)
