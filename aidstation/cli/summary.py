"""`summary`: the work summary (工作总结) of a period as an editable .docx or a PDF, for the
station or, from merged monthly workbooks (`consolidate` output), for a district (issue 18)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from aidstation.cli.errors import CommandError


def add_parsers(sub) -> None:
    s = sub.add_parser("summary", help="draft the work summary of a period (.docx or .pdf)")
    s.add_argument("--year", metavar="YYYY")
    s.add_argument("--half", metavar="YYYY-Hn")
    s.add_argument("--quarter", metavar="YYYY-Qn")
    s.add_argument("--publicity-month", metavar="YYYY[-MM]",
                   help="the legal-aid publicity month (法律援助宣传月; May unless -MM says otherwise)")
    s.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    s.add_argument("--district", nargs="+", metavar="MERGED.xlsx",
                   help="merged monthly workbooks (one per month of the period, and of last year's to compare)")
    s.add_argument("--name", help="the name in the title (default: the station's; for a district, 全区)")
    s.add_argument("--lang", choices=("zh", "en"), default="zh")
    s.add_argument("-o", "--output", required=True, metavar="FILE.docx|FILE.pdf")


HANDLERS = {"summary": lambda args: cmd_summary(args)}


def _date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise CommandError(f"{option} must be a date YYYY-MM-DD, not {text!r}") from None


def period_of(args):
    """The one period the options name."""
    from aidstation.core import summary
    from aidstation.core.reporting import periods
    from aidstation.core.validation import ValidationError

    given = [name for name, value in (("--year", args.year), ("--half", args.half), ("--quarter", args.quarter),
                                      ("--publicity-month", args.publicity_month),
                                      ("--from/--to", args.date_from or args.date_to)) if value]
    if len(given) != 1:
        raise CommandError("give one period: --year YYYY, --half YYYY-Hn, --quarter YYYY-Qn, "
                           "--publicity-month YYYY[-MM] or --from D --to D"
                           + (f" (not {' and '.join(given)})" if given else ""))
    try:
        if args.year:
            if not re.fullmatch(r"[0-9]{4}", args.year):
                raise CommandError(f"--year must be YYYY, not {args.year!r}")
            return periods.year(int(args.year))
        for option, text, kind in (("--half", args.half, "half"), ("--quarter", args.quarter, "quarter")):
            if text:
                period = periods.parse(text)
                if period.kind != kind:
                    raise CommandError(f"{option} must be YYYY-{'Hn' if kind == 'half' else 'Qn'}, not {text!r}")
                return period
        if args.publicity_month:
            found = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", args.publicity_month)
            if not found or not (1 <= int(found[2] or 5) <= 12):
                raise CommandError(f"--publicity-month must be YYYY or YYYY-MM, not {args.publicity_month!r}")
            return summary.publicity_month(int(found[1]), int(found[2] or summary.periods.PUBLICITY_MONTH))
        if not (args.date_from and args.date_to):
            raise CommandError("--from and --to go together")
        return periods.custom(_date(args.date_from, "--from"), _date(args.date_to, "--to"))
    except ValidationError as exc:
        raise CommandError(str(exc)) from None


def cmd_summary(args) -> int:
    from aidstation.core import summary

    out = Path(args.output)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise CommandError(f"-o must name a .docx or .pdf file, not {out.name!r}")
    if not out.parent.is_dir():
        raise CommandError(f"the folder {out.parent} does not exist")
    period = period_of(args)
    if args.district:
        from aidstation.docx import MergedUnreadable, read_district

        try:
            data = read_district(args.district, args.name or ("全区" if args.lang == "zh" else "The district"))
        except MergedUnreadable as exc:
            raise CommandError(str(exc)) from None
        try:
            draft = summary.district_draft(data, period, args.lang)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
    else:
        from aidstation.core.station import open_station

        open_station(args.station_dir, create=False)
        draft = summary.station_draft(period, args.lang, name=args.name)
    if out.suffix.lower() == ".docx":
        from aidstation.docx import write_summary

        write_summary(draft, out)
    else:
        from aidstation.pdf.summary import render_summary

        render_summary(draft, out)
    blanks = len(draft.blanks())
    print(f"{out}: {len(draft.sources)} figures with their sources, {blanks} 【待填】 blanks to fill"
          + (f", {len(draft.missing)} manual figures not entered" if draft.missing else ""))
    return 0
