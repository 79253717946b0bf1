"""The work summary's draft (issue 18): every number of the text is the indicator it cites over
the period it names; zero figures and figures not entered never become numbers; the periods."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from aidstation.core import summary
from aidstation.core.db import close_station
from aidstation.core.demo import generate
from aidstation.core.reporting import indicators, periods
from tests.core.summary_numbers import check_text

TODAY = dt.date(2026, 6, 30)  # the demo: January 2025 to June 2026


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary") / "station"
    generate(folder, seed=5, months=18, code="SU01", today=TODAY)
    close_station()
    return folder


@pytest.fixture
def opened(demo):
    from aidstation.core.station import open_station

    open_station(demo, create=False)
    yield
    close_station()


def _body(draft) -> str:
    return "\n".join(p.text() for p in draft.paragraphs())


def _sources(draft) -> list[str]:
    return [f.source_line(draft.lang) for f in draft.sources]


@pytest.mark.parametrize("period", [periods.year(2025), periods.half(2026, 1), periods.quarter(2026, 2),
                                    summary.publicity_month(2026), periods.custom(dt.date(2025, 11, 15), dt.date(2026, 2, 10))],
                         ids=lambda p: p.label("en"))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_number_is_the_indicator_it_cites(opened, period, lang):
    draft = summary.station_draft(period, lang, today=TODAY)
    checked = check_text(_body(draft), _sources(draft))
    assert checked >= 60
    # the draft's own text (preview) carries the same sources
    assert all(line in draft.text() for line in _sources(draft))


def test_the_year_reads_like_the_seeds(opened):
    draft = summary.station_draft(periods.year(2025), "zh", today=TODAY)
    text = draft.text()
    assert draft.title == "清河镇法律援助工作站（演示）2025年度法律援助工作总结"
    assert draft.period_line == "（统计期间：2025年1月1日至2025年12月31日）"
    values = indicators.compute_period(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    assert f"全年共接待群众法律咨询{values['consult.total']}人次[1]" in text
    assert f"共受理矛盾纠纷{values['med.received']}件" in text
    assert f"调解成功率{values['med.success_rate']}%" in text
    amount = values["aid.amount_recovered"] / 10000
    assert f"为受援人挽回经济损失{amount:.2f}".rstrip("0").rstrip(".") + "万元" in text
    headings = [p.text() for p in draft.paragraphs() if p.style == "heading"]
    assert headings == ["一、领导重视，健全工作制度", "二、法律咨询服务", "三、法律援助", "四、人民调解与矛盾纠纷排查化解",
                        "五、便民联系卡发放", "六、法治宣传", "七、典型案例", "八、存在的不足", "九、下一年度工作计划"]
    assert draft.blanks() == ["【待填：开篇概述（上级部署、总体思路）】", "【待填：领导重视、机构建设和工作制度建设情况】",
                              "【待填：典型案例（案情、办理经过、效果）】", "【待填：工作中存在的不足和问题】",
                              "【待填：下一年度工作计划】"]
    assert [c.key for c in draft.charts()] == ["consult_by_month", "med_by_type", "pub_by_format"]
    assert draft.charts()[0].values == [indicators.compute_month(2025, m)["consult.total"] for m in range(1, 13)]


def test_comparisons_peak_month_and_largest_category(opened):
    period = periods.half(2026, 1)
    draft = summary.station_draft(period, "zh", today=TODAY)
    now = indicators.compute_period(period.start, period.end)
    then = indicators.compute_period(dt.date(2025, 1, 1), dt.date(2025, 7, 1))
    pct = round(100 * (now["consult.total"] - then["consult.total"]) / then["consult.total"], 1)
    word = "增长" if pct > 0 else "下降"
    text = draft.text()
    assert f"较上年同期{word}{f'{abs(pct):.1f}'.rstrip('0').rstrip('.')}%" in text
    assert f"（上年同期{then['consult.total']}人次" in text
    months = {m: indicators.compute_month(2026, m)["consult.total"] for m in range(1, 7)}
    best = max(months.values())
    first = min(m for m, v in months.items() if v == best)
    assert f"咨询量以{first}月" in text and f"{best}人次" in text
    types = {k: v for k, v in now.items() if k.startswith("med.type.") and v}
    top = max(types, key=lambda k: (types[k], -list(types).index(k)))
    label = indicators.by_key()[top].label_zh.split("：")[-1]
    share = round(100 * types[top] / now["med.received"], 1)
    assert f"以{label}最多，共{types[top]}件" in text
    assert f"占{f'{share:.1f}'.rstrip('0').rstrip('.')}%" in text


def test_publicity_month_is_may_and_leads_with_publicity(opened):
    draft = summary.station_draft(summary.publicity_month(2026), "zh", today=TODAY)
    assert draft.period.start == dt.date(2026, 5, 1) and draft.period.end == dt.date(2026, 6, 1)
    assert draft.title == "清河镇法律援助工作站（演示）2026年法律援助宣传月活动总结"
    headings = [p.text() for p in draft.paragraphs() if p.style == "heading"]
    assert headings[1] == "二、宣传月活动开展情况"
    assert headings[-1] == "九、下一步工作打算"
    assert summary.publicity_month(2026, 9).start == dt.date(2026, 9, 1)


ZERO = re.compile(r"(?<![\d.])0(?:\.0+)?(?:件|人次|份|场|条|次|张|户|册|块|辆|篇|人|元|万元|%)")


def test_a_zero_area_and_a_missing_manual_figure_invent_no_number(tmp_path):
    """A station with consultations only: the other areas say 未…, screening is 【待填】."""
    generate(tmp_path / "s", seed=3, months=2, today=TODAY, areas=("people", "consultations"))
    try:
        period = periods.quarter(2026, 2)
        values = indicators.compute_period(period.start, period.end)
        assert values["aid.received"] == 0 and values["pub.activities"] == 0
        assert values["med.screening.rounds"] is None  # nothing entered, no round recorded
        draft = summary.station_draft(period, "zh", today=TODAY)
        body = _body(draft)
        assert not ZERO.search(body), ZERO.findall(body)
        assert "第二季度未受理法律援助申请。" in body
        assert "第二季度未开展法治宣传活动。" in body
        assert "第二季度未发放便民联系卡。" in body
        assert "第二季度开展矛盾纠纷排查【待填】次。排查发现矛盾纠纷【待填】件。" in body
        assert any("med.screening.rounds" in line and "未录入" in line for line in draft.missing)
        assert not any(f.keys[0].startswith("med.screening") for f in draft.sources)
        check_text(body, _sources(draft))
        en = summary.station_draft(period, "en", today=TODAY)
        assert "No legal-aid applications were received in the period." in _body(en)
        assert not re.search(r"(?<![\d.,])0 ", _body(en))
        figures = {row.keys[0]: row.values[0] for row in draft.figures.rows if row.keys}
        assert figures["med.screening.rounds"] == "【待填】"
        # entered for April only: the quarter's figure is April's, the other months marked
        from aidstation.core.models import User
        from aidstation.core.reporting import submissions

        submissions.set_manual("2026-04", {"med.screening.rounds": "4"}, user=User.get(User.username == "demo"))
        draft = summary.station_draft(period, "zh", today=TODAY)
        body = _body(draft)
        line = next(p.text() for p in draft.paragraphs() if "矛盾纠纷排查" in p.text() and p.style == "body")
        n = next(f.n for f in draft.sources if f.keys == ("med.screening.rounds",))
        assert line == (f"第二季度开展矛盾纠纷排查4次[{n}]（其中2026年5月、2026年6月未录入【待填】）。"
                        "排查发现矛盾纠纷【待填】件。")
        assert any("2026年5月、2026年6月未录入" in m for m in draft.missing)
        check_text(body, _sources(draft))
    finally:
        close_station()


def test_numbers_are_written_as_the_seeds_write_them():
    from aidstation.core.summary import numbers

    assert numbers.figure(2456, "count", "人次") == "2456人次"
    assert numbers.figure(21246, "count", "份", "en") == "21,246"
    assert numbers.figure(1107800.0, "amount", "元") == "110.78万元"
    assert numbers.figure(50000.0, "amount", "元") == "5万元"
    assert numbers.figure(8600.5, "amount", "元") == "8600.5元"
    assert numbers.figure(75.0, "rate", "%") == "75%"
    assert numbers.figure(74.6, "rate", "%") == "74.6%"
    assert numbers.change(120, 100) == 20.0 and numbers.change(5, 0) is None


def test_months_before_the_station_kept_any_record_are_not_gaps(tmp_path):
    """A station whose records begin in May: its year's screening figure entered for May and June
    names no gap in January to April (nothing was recorded then: the station came later)."""
    generate(tmp_path / "s", seed=3, months=2, today=TODAY, areas=("people", "consultations"))
    try:
        from aidstation.core.models import User
        from aidstation.core.reporting import submissions

        demo = User.get(User.username == "demo")
        submissions.set_manual("2026-05", {"med.screening.rounds": "2"}, user=demo)
        submissions.set_manual("2026-06", {"med.screening.rounds": "3"}, user=demo)
        draft = summary.station_draft(periods.half(2026, 1), "zh", today=TODAY)
        line = next(p.text() for p in draft.paragraphs() if "矛盾纠纷排查" in p.text() and p.style == "body")
        n = next(f.n for f in draft.sources if f.keys == ("med.screening.rounds",))
        assert line.startswith(f"上半年开展矛盾纠纷排查5次[{n}]。")
        assert not any("med.screening.rounds" in m for m in draft.missing)
    finally:
        close_station()
