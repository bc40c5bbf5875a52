"""Job card commands, without a screen.

    servicebay print job-card NUMBER -o FILE.pdf --purpose TEXT [--copies customer,workshop,picking]
    servicebay print estimate NUMBER -o FILE.pdf --purpose TEXT
    servicebay print pre-inspection NUMBER -o FILE.pdf --purpose TEXT

The printed documents name the customer: ``--purpose`` says what for (``app/commands/purpose.py``).
    servicebay export labour-catalogue -o FILE.xlsx
    servicebay import labour-catalogue FILE.xlsx
    servicebay check   (with the other areas: cards against lines, reservations, issues, numbers)
"""

from __future__ import annotations

from pathlib import Path

from app.commands.purpose import REFUSED, add_purpose_argument, given_purpose
from services.common.errors import QT_TRANSLATE_NOOP

WRITTEN = QT_TRANSLATE_NOOP("cli", "Written: {path}")
IMPORTED = QT_TRANSLATE_NOOP("cli", "Labour catalogue: {added} added, {updated} updated, {unchanged} unchanged")
BAD_COPY = QT_TRANSLATE_NOOP("cli", "Unknown copy {copy}: use customer, workshop or picking.")
JOB_CARD = QT_TRANSLATE_NOOP("cli", "job card")
ESTIMATE = QT_TRANSLATE_NOOP("cli", "estimate")
PRE_INSPECTION = QT_TRANSLATE_NOOP("cli", "pre-inspection sheet")


def _lang(out) -> str:
    return "en" if getattr(out, "language", "zh_CN") == "en" else "zh_CN"


def _translate(out):
    return lambda context, text: out.tr(text, context)


def _write(path: Path, data: bytes, out) -> int:
    path.write_bytes(data)
    out.say(WRITTEN, path=path)
    return 0


def _job_card(args, ctx, out) -> int:
    copies = tuple(c.strip() for c in args.copies.split(",") if c.strip())
    for c in copies:
        if c not in ("customer", "workshop", "picking"):
            out.error(BAD_COPY, copy=c)
            return 2
    purpose = given_purpose(args, out, JOB_CARD)
    if purpose is None:
        return REFUSED
    data = ctx.job_cards.job_card_pdf(args.actor, args.number, _translate(out), _lang(out), copies=copies,
                                      paper=args.paper, purpose=purpose)
    return _write(args.output, data, out)


def _estimate(args, ctx, out) -> int:
    purpose = given_purpose(args, out, ESTIMATE)
    if purpose is None:
        return REFUSED
    return _write(args.output, ctx.job_cards.estimate_pdf(args.actor, args.number, _translate(out), _lang(out),
                                                          purpose=purpose), out)


def _pre_inspection(args, ctx, out) -> int:
    purpose = given_purpose(args, out, PRE_INSPECTION)
    if purpose is None:
        return REFUSED
    data = ctx.job_cards.pre_inspection_pdf(args.actor, args.number, _translate(out), _lang(out), purpose=purpose)
    return _write(args.output, data, out)


def _export_catalogue(args, ctx, out) -> int:
    from services.job_cards.catalogue import HEADER_NAMES

    names = {k: out.tr(v, "Catalogue") for k, v in HEADER_NAMES.items()}
    return _write(args.output, ctx.job_cards.catalogue.export_workbook(args.actor, names), out)


def _import_catalogue(args, ctx, out) -> int:
    result = ctx.job_cards.catalogue.import_workbook(args.actor, args.file.read_bytes())
    out.say(IMPORTED, added=result.added, updated=result.updated, unchanged=result.unchanged)
    return 0


def register(groups) -> None:
    printing = groups["print"]
    p = printing.add_parser("job-card",
                            help=QT_TRANSLATE_NOOP("cli", "a job card: customer, workshop and picking copies (PDF)"))
    p.add_argument("number")
    p.add_argument("--copies", default="customer,workshop,picking")
    p.add_argument("--paper", choices=["a4", "a5", "continuous"], default="a4")
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_job_card)

    p = printing.add_parser("estimate",
                            help=QT_TRANSLATE_NOOP("cli", "an estimate, or the estimate of a job card (PDF)"))
    p.add_argument("number")
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_estimate)

    p = printing.add_parser("pre-inspection",
                            help=QT_TRANSLATE_NOOP("cli", "the pre-inspection sheet with the damage diagram (PDF)"))
    p.add_argument("number")
    p.add_argument("-o", "--output", type=Path, required=True)
    add_purpose_argument(p)
    p.set_defaults(func=_pre_inspection)

    p = groups["export"].add_parser("labour-catalogue",
                                    help=QT_TRANSLATE_NOOP("cli", "the labour catalogue, every version (Excel)"))
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_export_catalogue)

    p = groups["import"].add_parser("labour-catalogue",
                                    help=QT_TRANSLATE_NOOP("cli", "add or update labour catalogue rows from Excel"))
    p.add_argument("file", type=Path)
    p.set_defaults(func=_import_catalogue)


def checks(ctx) -> list[str]:
    """Job cards against their lines, the store's reservations and issue moves; numbers without gaps."""
    return ctx.job_cards.verify()
