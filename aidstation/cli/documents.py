"""`print KIND NUMBER -o FILE.pdf`: any document from the command line (issue 14), so documents
can be checked and batch-printed without the desk. Mediation documents and the dossier are
found by case number, legal-aid documents by application number; either the number as printed
(（2026）东人调字第3号) or short, YEAR-SEQ (2026-3). `print --list` lists the kinds.

Printed as the program (audit user `system:print`), as other commands that work without a
signed-in person do (import, restore). Printing a legal-aid notice starts the supplement clock
as it does at the desk.
"""
from __future__ import annotations

import re
from pathlib import Path

from aidstation.cli.errors import CommandError

# kind -> (area, document key, what it is); the area says which number NUMBER is.
KINDS = {
    "application": ("mediation", "application", "人民调解申请书 mediation application"),
    "register": ("mediation", "register", "人民调解受理登记表 acceptance register"),
    "notice": ("mediation", "notice", "人民调解当事人权利义务告知书 notice of rights and duties"),
    "investigation": ("mediation", "investigation", "人民调解调查记录 investigation record (latest)"),
    "record": ("mediation", "record", "人民调解记录 mediation record (latest session)"),
    "agreement": ("mediation", "agreement", "人民调解协议书 written agreement"),
    "oral": ("mediation", "oral", "人民调解口头协议登记表 oral agreement register"),
    "followup": ("mediation", "followup", "人民调解回访记录 follow-up record (latest)"),
    "cover": ("mediation", "cover", "卷宗封面、卷内目录、卷内备考表 dossier cover, contents, back"),
    "dossier": ("mediation", "dossier", "人民调解卷宗（全卷） the whole dossier"),
    "aid-form": ("legalaid", "form", "法律援助申请表 legal-aid application form"),
    "aid-receipt": ("legalaid", "receipt", "法律援助申请材料接收凭证 receipt of materials"),
    "aid-notice": ("legalaid", "notice", "法律援助申请补充材料一次性告知书 one-time notice"),
    "aid-letter": ("legalaid", "letter", "法律援助申请转交函 forwarding letter"),
}
NUMBER_OF = {"mediation": "case number", "legalaid": "application number"}
_SHORT = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d{1,6})\s*$")


def add_parsers(sub) -> None:
    s = sub.add_parser("print", help="write one document as PDF (print --list: the kinds)")
    s.add_argument("kind", nargs="?", metavar="KIND")
    s.add_argument("number", nargs="?", metavar="NUMBER", help="case or application number, or YEAR-SEQ")
    s.add_argument("-o", "--output", metavar="FILE.pdf")
    s.add_argument("--list", action="store_true", help="list the kinds of document")


HANDLERS = {"print": lambda args: cmd_print(args)}


def kinds_text() -> str:
    width = max(map(len, KINDS))
    return "\n".join(f"  {kind:<{width}}  {NUMBER_OF[area]:<18}  {title}"
                     for kind, (area, _key, title) in KINDS.items())


def _find_case(number: str):
    from aidstation.core.models import MediationCase

    live = MediationCase.deleted_at.is_null()
    short = _SHORT.match(number)
    if short:
        found = MediationCase.select().where(live & (MediationCase.year == int(short[1]))
                                             & (MediationCase.seq == int(short[2]))).first()
    else:
        found = MediationCase.select().where(live & (MediationCase.number == number.strip())).first()
    if found is None:
        raise CommandError(f"no mediation case numbered {number}")
    return found


def _find_application(number: str):
    from aidstation.core.models import AidApplication

    query = AidApplication.select()
    if hasattr(AidApplication, "deleted_at"):
        query = query.where(AidApplication.deleted_at.is_null())
    short = _SHORT.match(number)
    if short:  # （2026）援申字第3号: the year in brackets, the sequence before 号
        year, seq = short[1], str(int(short[2]))
        found = next((a for a in query.where(AidApplication.number.contains(year))
                      if re.fullmatch(rf"[（(]{year}[）)]\D*第{seq}号", a.number)), None)
    else:
        found = query.where(AidApplication.number == number.strip()).first()
    if found is None:
        raise CommandError(f"no legal-aid application numbered {number}")
    return found


def cmd_print(args) -> int:
    if args.list:
        print("aidstation print KIND NUMBER -o FILE.pdf, KIND one of:\n" + kinds_text())
        return 0
    if not args.kind:
        raise CommandError("name the document: aidstation print KIND NUMBER -o FILE.pdf "
                           f"(KIND one of {', '.join(KINDS)}; print --list says more)")
    if args.kind not in KINDS:
        raise CommandError(f"unknown kind of document '{args.kind}': choose one of {', '.join(KINDS)}")
    area, key, _title = KINDS[args.kind]
    if not args.number:
        raise CommandError(f"give the {NUMBER_OF[area]}: aidstation print {args.kind} NUMBER -o FILE.pdf")
    if not args.output:
        raise CommandError(f"say where to write it: aidstation print {args.kind} {args.number} -o FILE.pdf")
    out = Path(args.output).expanduser()
    if out.suffix.lower() != ".pdf":
        raise CommandError(f"{out}: the output is a PDF; name it .pdf")
    from aidstation.cli.reporting import _open
    from aidstation.core import records

    _open(args)
    user = records.system("print")  # no one signs in on the command line (as import, restore)
    if area == "mediation":
        from aidstation.pdf.mediation import render_document

        pages = render_document(_find_case(args.number), key, out, user=user)
    else:
        pages = _print_aid(_find_application(args.number), key, out, user)
    if isinstance(pages, int):
        print(f"Wrote {out} ({pages} page{'' if pages == 1 else 's'})")
    else:
        print(f"Wrote {out}")
    return 0


def _print_aid(app, key: str, out: Path, user):
    from aidstation.pdf import legalaid as aid_pdf

    render = {"form": aid_pdf.render_form, "receipt": aid_pdf.render_receipt,
              "notice": aid_pdf.render_notice, "letter": aid_pdf.render_letter}[key]
    try:
        return render(app, out, user=user)
    except ValueError as exc:  # the notice with nothing missing: nothing to notify
        raise CommandError(str(exc)) from None
