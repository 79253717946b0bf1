"""Cell values as clerks type them (issue 16): dates in every form a Chinese ledger uses,
Excel serials, numbers kept as text, full-width digits and spaces, ticks for yes, and code
labels by their synonyms. Each parser returns the value or raises CellProblem, which says
what was found and what is expected ("English (中文)"); nothing here raises anything else.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation

TEXT_LIMIT = 10_000  # characters in any cell; the services' own limits are tighter


class CellProblem(Exception):
    """One cell's problem: `message` and `expected` as "English (中文)"."""

    def __init__(self, message: str, expected: str = ""):
        super().__init__(message)
        self.message, self.expected = message, expected


# --- characters ------------------------------------------------------------------------------
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x3002: 0x2E}  # ！..～, 　, 。
_INVISIBLE = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00A0], None)  # zero-width, nbsp
_INVISIBLE[0x00A0] = 0x20
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NONCHAR = re.compile("[\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(p << 16 | 0xFFFE)}{chr(p << 16 | 0xFFFF)}" for p in range(1, 17)) + "]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _name(ch: str) -> str:
    return f"U+{ord(ch):04X}" + (f" {unicodedata.name(ch)}" if unicodedata.name(ch, "") else "")


def clean(raw) -> str:
    """A cell's text: zero-width characters dropped, a non-breaking space as a space; refused
    (CellProblem) when it holds characters no ledger means to hold (controls, lone surrogates,
    noncharacters such as U+FFFE, right-to-left marks that can disguise text) or is huge."""
    text = raw if isinstance(raw, str) else str(raw)
    if len(text) > TEXT_LIMIT:
        raise CellProblem(f"text too long: {len(text):,} characters (文字过长：{len(text):,} 个字符)",
                          f"at most {TEXT_LIMIT:,} characters (最多 {TEXT_LIMIT:,} 个字符)")
    text = text.translate(_INVISIBLE).replace("\r\n", "\n")
    for pattern, what, zh in ((_SURROGATE, "a broken character", "损坏的字符"),
                              (_NONCHAR, "a noncharacter", "非字符"),
                              (_CONTROLS, "a control character", "控制字符"),
                              (_BIDI, "a text-direction mark", "文字方向控制符")):
        found = pattern.search(text)
        if found:
            where = found.start() + 1
            raise CellProblem(f"contains {what} ({_name(found.group())}) at character {where} "
                              f"(第 {where} 个字符是{zh} U+{ord(found.group()):04X})",
                              "the cell retyped without it (请重新输入该单元格)")
    return text.strip()


def ascii_form(text: str) -> str:
    """Full-width letters, digits and spaces as ASCII, spaces collapsed (typed columns only:
    free text keeps its Chinese punctuation)."""
    return " ".join(text.translate(_FULLWIDTH).split())


def digits_only(text: str, what: str, what_zh: str) -> str:
    """For ID numbers and phones: after ascii_form, a digit that is not 0-9 (a superscript ²,
    a circled ①, Arabic-Indic digits) is named instead of passing str.isdigit()."""
    for at, ch in enumerate(text, start=1):
        if ch.isdigit() and not ("0" <= ch <= "9"):
            raise CellProblem(f"{what} contains {_name(ch)} at character {at}, not a plain digit "
                              f"({what_zh}第 {at} 个字符“{ch}”不是普通数字)", "digits 0-9 (数字 0-9)")
    return text


# --- dates -----------------------------------------------------------------------------------
_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_SERIALS = (1, 2958465)  # 1900-01-01 .. 9999-12-31
_DATE = r"(?P<y>\d{4})\s*[-./年]\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})\s*日?"
_COMPACT = r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"
_TIME = (r"(?P<ampm>上午|下午|晚上|早上|中午)?\s*(?P<H>\d{1,2})\s*(?:[:：时点]\s*(?P<M>\d{1,2})?\s*分?"
         r"(?:\s*[:：]\s*(?P<S>\d{1,2}(?:\.\d+)?)\s*秒?)?)")
_DATE_RE = [re.compile(rf"^(?:{d})(?:\s*[T\s]\s*{_TIME})?$") for d in (_DATE, _COMPACT)]
DATE_FORMS = "2025-3-5, 2025.3.5, 2025/3/5, 2025年3月5日, 20250305"
TIME_FORMS = "2025-3-5 14:30, 2025年3月5日 14时30分"


def _bad_date(text: str, with_time: bool) -> CellProblem:
    forms = DATE_FORMS + (f"; {TIME_FORMS}" if with_time else "")
    return CellProblem(f"not a date{' and time' if with_time else ''}: {text} "
                       f"(不是{'日期时间' if with_time else '日期'}：{text})",
                       f"a date such as {forms} (日期，如 {forms})")


def _serial(number: float) -> dt.datetime | None:
    if _SERIALS[0] <= number <= _SERIALS[1]:
        return _EXCEL_EPOCH + dt.timedelta(days=float(number))
    return None


def parse_datetime(raw, *, with_time: bool, default_time: dt.time = dt.time(9, 0)):
    """A date (with_time False) or a date-time: Excel's own, an Excel serial (45721, or
    45721.5 for noon), or text in DATE_FORMS / TIME_FORMS. A date alone gets `default_time`."""
    if isinstance(raw, dt.datetime):
        return raw.replace(microsecond=0, tzinfo=None) if with_time else raw.date()
    if isinstance(raw, dt.date):
        return dt.datetime.combine(raw, default_time) if with_time else raw
    if isinstance(raw, dt.time):
        raise _bad_date(str(raw), with_time)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        number = float(raw)
        text = str(int(number)) if number.is_integer() else str(number)
        if number.is_integer() and len(text) == 8:  # 20250305 typed as a number
            return parse_datetime(text, with_time=with_time, default_time=default_time)
        when = _serial(number)
        if when is None:
            raise _bad_date(text, with_time)
        when = when.replace(microsecond=0)
        if not with_time:
            return when.date()
        return when if number % 1 else dt.datetime.combine(when.date(), default_time)
    text = ascii_form(clean(raw))
    if re.fullmatch(r"\d{5}(\.\d+)?", text):  # a serial the csv or a text cell kept
        return parse_datetime(float(text), with_time=with_time, default_time=default_time)
    for pattern in _DATE_RE:
        m = pattern.match(text)
        if m:
            break
    else:
        raise _bad_date(text, with_time)
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        raise CellProblem(f"not a real date: {text} (不存在的日期：{text})", "a date that exists (存在的日期)") from None
    if not 1900 <= day.year <= 2100:
        raise CellProblem(f"date out of range: {text} (日期超出范围：{text})", "a year between 1900 and 2100 (1900 至 2100 年之间)")
    if m["H"] is None:
        return dt.datetime.combine(day, default_time) if with_time else day
    if not with_time:
        return day  # a time on a date column: the date is what counts
    hour, minute = int(m["H"]), int(m["M"] or 0)
    if m["ampm"] in ("下午", "晚上") and hour < 12:
        hour += 12
    second = int(float(m["S"])) if m["S"] else 0
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        raise CellProblem(f"not a real time: {text} (不存在的时间：{text})", "a time such as 14:30 (时间，如 14:30)") from None


# --- numbers and yes/no ----------------------------------------------------------------------
YES = {"y", "yes", "是", "√", "✓", "✔", "☑", "有", "true", "t", "1", "对"}
NO = {"n", "no", "否", "×", "✗", "✘", "x", "无", "没有", "false", "f", "0", "不"}


def parse_bool(raw) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return bool(raw)
    text = ascii_form(clean(raw)).casefold()
    if text in YES:
        return True
    if text in NO:
        return False
    raise CellProblem(f"not yes or no: {text} (不是“是”或“否”：{text})", "Y/N, 是/否, √/× (是或否)")


def _number_text(raw) -> str:
    text = ascii_form(clean(raw)).replace(",", "").replace(" ", "")
    return text.replace("，", "")


def parse_int(raw, *, maximum: int = 10_000_000) -> int:
    """A whole number ≥ 0: a number, digits kept as text ("0012", "１２", "1,200"), or a tick
    for one (√ in a 代写文书 column) and × for none."""
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, (int, float)):
        value = float(raw)
        text = str(raw)
    else:
        text = _number_text(raw)
        folded = text.casefold()
        if folded in YES - {"1"} or folded in NO - {"0"}:
            return int(folded in YES)
        try:
            value = float(text)
        except ValueError:
            raise CellProblem(f"not a whole number: {text} (不是整数：{text})", "a whole number such as 3 (整数，如 3)") from None
    if math.isnan(value) or math.isinf(value) or not value.is_integer() or value < 0 or value > maximum:
        raise CellProblem(f"not a whole number: {text} (不是整数：{text})", f"a whole number from 0 to {maximum:,} (0 至 {maximum:,} 的整数)")
    return int(value)


def parse_amount(raw) -> Decimal:
    """Yuan: 5000, "5,000.00", "¥5000", "5000元", "5千" is not guessed."""
    if isinstance(raw, bool):
        raise CellProblem(f"not an amount: {raw} (不是金额：{raw})", "an amount in yuan such as 5000 (金额，如 5000)")
    text = str(raw) if isinstance(raw, (int, float)) else _number_text(raw)
    text = text.strip().lstrip("¥￥").removesuffix("元").removesuffix("RMB").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise CellProblem(f"not an amount: {text} (不是金额：{text})", "an amount in yuan such as 5000 (金额，如 5000)") from None
    if not value.is_finite() or value < 0 or value > Decimal("1e12"):
        raise CellProblem(f"not an amount: {text} (不是金额：{text})", "an amount in yuan such as 5000 (金额，如 5000)")
    return value.quantize(Decimal("0.01"))


# --- codes -----------------------------------------------------------------------------------
@functools.lru_cache(maxsize=8192)  # ledgers repeat their words: a few hundred distinct texts
def key(text: str) -> str:
    """How labels are compared: NFKC (full-width as ASCII), case-folded, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


# Words ledgers use for the code tables' entries (code kind -> {word: code}), shipped; the
# administrator adds more (imports.synonyms), and a clerk's mapping adds a file's own.
SYNONYMS: dict[str, dict[str, str]] = {
    "channel": {"电话": "phone", "电话咨询": "phone", "来电咨询": "phone", "电询": "phone",
                "来访咨询": "visit", "现场": "visit", "现场咨询": "visit", "当面": "visit", "来所": "visit",
                "窗口": "visit", "走访": "home", "上门服务": "home", "入户": "home", "热线": "hotline",
                "12348": "hotline", "12348热线电话": "hotline", "热线电话": "hotline", "信函": "letter",
                "来函": "letter", "信件": "letter", "网上": "online", "网络咨询": "online", "微信": "online",
                "在线": "online", "网上咨询": "online"},
    "group": {"进城务工人员": "migrant", "务工人员": "migrant", "外来务工人员": "migrant", "老人": "elderly",
              "老年": "elderly", "儿童": "minor", "未成年": "minor", "女性": "women", "残疾": "disabled",
              "残疾人士": "disabled", "军人": "military", "军属": "military", "退役": "veteran",
              "退伍军人": "veteran", "低保": "lowincome", "特困": "lowincome", "低保户": "lowincome",
              "困难群众": "lowincome", "其它": "other"},
    "matter": {"婚姻": "family", "家庭": "family", "离婚": "family", "婚姻家庭纠纷": "family", "赡养": "support",
               "抚养": "support", "扶养": "support", "劳动": "labor", "劳动纠纷": "labor", "工资": "wages",
               "拖欠工资": "wages", "欠薪": "wages", "讨薪": "wages", "工伤赔偿": "injury", "交通事故": "traffic",
               "交通": "traffic", "医疗纠纷": "medical", "合同": "contract", "债务": "contract",
               "借款": "contract", "借贷": "contract", "民间借贷": "contract", "房屋": "housing",
               "宅基地": "housing", "土地": "land", "山林": "land", "邻里纠纷": "neighbor", "相邻": "neighbor",
               "消费者权益": "consumer", "消费纠纷": "consumer", "继承纠纷": "inheritance", "遗产": "inheritance",
               "社保": "social", "社会保险": "social", "刑事案件": "criminal", "行政案件": "administrative",
               "其它": "other"},
    "dispute_type": {"婚姻": "family", "家庭": "family", "婚姻家庭纠纷": "family", "邻里纠纷": "neighbor",
                     "房屋": "housing", "宅基地": "housing", "合同纠纷": "contract", "损害": "damages",
                     "赔偿": "damages", "土地": "land", "山林": "land", "征地": "requisition",
                     "拆迁": "requisition", "环境": "environment", "劳动": "labor", "消费": "consumer",
                     "医疗纠纷": "medical", "交通事故": "traffic", "物业纠纷": "property", "其它": "other"},
    "disposition": {"解答": "answered", "当场答复": "answered", "已解答": "answered", "现场解答": "answered",
                    "法律援助": "apply_aid", "申请法律援助": "apply_aid", "引导申请法律援助": "apply_aid",
                    "调解": "mediation", "人民调解": "mediation", "转调解": "mediation", "转介": "referred",
                    "转办": "referred", "转相关部门": "referred", "预约": "appointment", "约期": "appointment"},
    "referral": {"法院": "court", "仲裁委": "arbitration", "劳动仲裁": "arbitration", "仲裁": "arbitration",
                 "妇女联合会": "womens_fed", "总工会": "union", "派出所": "police", "公安": "police",
                 "信访": "petition", "信访办": "petition", "人社局": "hrss", "劳动监察": "hrss", "其他": "other"},
    "mediation_source": {"申请": "party", "当事人": "party", "主动": "initiative", "主动调解": "initiative",
                         "派出所": "police", "公安": "police", "法院": "court", "法院委派": "court",
                         "法院委托": "court", "政府": "government", "政府部门": "government"},
    "aid_case_type": {"民事案件": "civil", "刑事案件": "criminal", "行政案件": "administrative", "非诉": "non_litigation"},
    "pub_format": {"讲座": "lecture", "法律讲座": "lecture", "法治讲堂": "lecture", "摆摊": "booth", "设摊": "booth",
                   "现场宣传": "booth", "咨询台": "booth", "入户": "door", "上门": "door", "走访": "door",
                   "赶集": "market", "庙会": "market", "集市": "market", "微信": "media", "公众号": "media",
                   "抖音": "media", "网络": "media", "新媒体宣传": "media", "培训班": "training", "其它": "other"},
    "pub_theme": {"法援": "legal_aid", "法律援助宣传": "legal_aid", "宪法": "constitution", "宪法日": "constitution",
                  "国家宪法日": "constitution", "反电诈": "anti_fraud", "防诈骗": "anti_fraud",
                  "反诈骗": "anti_fraud", "扫黑": "anti_crime", "禁毒宣传": "anti_drug", "劳动": "labor",
                  "未成年人": "minors", "调解": "mediation", "其它": "other"},
    "card_channel": {"入户": "home", "上门": "home", "走访": "home", "活动": "event", "宣传": "event",
                     "窗口": "window", "服务大厅": "window"},
    "household_type": {"一般": "general", "普通户": "general", "低保": "lowincome", "五保户": "fiveguarantee",
                       "特困户": "fiveguarantee", "五保": "fiveguarantee", "残疾": "disabled", "残疾户": "disabled",
                       "空巢": "elderly", "独居老人": "elderly", "军属": "military", "退役军人": "military",
                       "企业": "enterprise", "商户": "enterprise", "个体户": "enterprise"},
}
# The same for the fixed lists (genders, statuses…), by column key.
CHOICE_SYNONYMS: dict[str, dict[str, str]] = {
    "gender": {"男性": "M", "女性": "F", "m": "M", "f": "F"},
    "status": {"成功": "succeeded", "已调解": "succeeded", "达成协议": "succeeded", "不成功": "failed",
               "调解不成功": "failed", "调解失败": "failed", "失败": "failed", "未达成协议": "failed",
               "进行中": "in_progress", "正在调解": "in_progress", "受理": "received", "终止": "suspended",
               "终止调解": "suspended", "撤销": "withdrawn", "撤回申请": "withdrawn"},
    "agreement_form": {"书面协议": "written", "口头协议": "oral"},
    "decision": {"同意": "granted", "准予": "granted", "给予": "granted", "批准": "granted", "予以援助": "granted",
                 "不予": "refused", "驳回": "refused", "拒绝": "refused", "待审": "pending", "审查中": "pending"},
}


class Lookup:
    """Text -> code for one column: the codes and both labels first, then the extra words
    (synonyms, the administrator's, the file's mapping) whose code is in `entries`."""

    def __init__(self, entries: list[tuple[str, str, str]], *extra: dict[str, str],
                 table: dict[str, str] | None = None):
        self.entries = entries  # (code, label_zh, label_en): what the report offers
        self.table: dict[str, str] = {}
        if table is not None:  # codes.lookup_tables' answer (casefolded text -> code) comes first
            for text, code in table.items():
                self.table.setdefault(key(text), code)
        for code, zh, en in entries:
            for text in (code, zh, en):
                self.table.setdefault(key(text), code)
        known = {code for code, _zh, _en in entries} | set(self.table.values())
        for words in extra:
            for word, code in words.items():
                if code in known:
                    self.table.setdefault(key(word), code)

    def get(self, text: str) -> str | None:
        return self.table.get(key(text))

    def expected(self) -> str:
        zh = "、".join(z for _c, z, _e in self.entries)
        en = ", ".join(f"{z}" for _c, z, _e in self.entries)
        return f"one of {en}, or their codes (可填：{zh})"
