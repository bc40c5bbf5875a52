"""Parts commands: ``servicebay print labels``, ``servicebay import pricelist``, ``servicebay export
store-report`` and the stock check of ``servicebay check``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from services.errors import QT_TRANSLATE_NOOP
from services.users import Actor


def register(groups) -> None:
    labels = groups["print"].add_parser("labels", help="part or bin labels with Code 128 barcodes")
    labels.add_argument("--parts", default="", help="part numbers, comma-separated (P1,P2)")
    labels.add_argument("--bins", default="", help="bin codes, comma-separated (A-01-03,A-01-04)")
    labels.add_argument("--thermal", action="store_true", help="one 60×40 mm label a page (thermal printer)")
    labels.add_argument("--copies", type=int, default=1)
    labels.add_argument("-o", "--output", required=True, type=Path)
    labels.set_defaults(func=_print_labels)

    po = groups["print"].add_parser("purchase-order", help="a purchase order as PDF")
    po.add_argument("number")
    po.add_argument("-o", "--output", required=True, type=Path)
    po.set_defaults(func=_print_order)

    pl = groups["import"].add_parser("pricelist", help="a manufacturer's price list (.xlsx), with a change report")
    pl.add_argument("file", type=Path)
    pl.add_argument("--report", type=Path, help="write the change report to this .xlsx")
    pl.add_argument("--dry-run", action="store_true", help="report the changes without saving them")
    pl.set_defaults(func=_import_pricelist)

    rep = groups["export"].add_parser("store-report", help="the parts store's reports as a workbook")
    rep.add_argument("-o", "--output", required=True, type=Path)
    rep.add_argument("--days", type=int, default=365, help="period for turns, fill rate and sales")
    rep.add_argument("--slow-months", type=int, default=6)
    rep.set_defaults(func=_export_store_report)

    ex = groups["export"].add_parser("purchase-order", help="a purchase order as .xlsx for the manufacturer")
    ex.add_argument("number")
    ex.add_argument("-o", "--output", required=True, type=Path)
    ex.set_defaults(func=_export_order)


def _split(text: str) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def _print_labels(args, ctx, out) -> int:
    from reports.parts_labels import bin_labels_pdf, part_labels_pdf, thermal_labels_pdf

    actor = Actor.system()
    parts = _split(args.parts)
    bins = _split(args.bins)
    if not parts and not bins:
        out.error(QT_TRANSLATE_NOOP("cli", "Name parts (--parts) or bins (--bins) to label."))
        return 2
    labels = ctx.parts.label_data(actor, parts, copies=args.copies) if parts else []
    bin_labels = ctx.parts.bin_label_data(actor, bins) if bins else []
    if args.thermal:
        pdf = thermal_labels_pdf(labels, bin_labels)
    elif labels and bin_labels:
        from reports.parts_labels import mixed_labels_pdf

        pdf = mixed_labels_pdf(labels, bin_labels)
    elif labels:
        pdf = part_labels_pdf(labels)
    else:
        pdf = bin_labels_pdf(bin_labels)
    args.output.write_bytes(pdf)
    out.say(QT_TRANSLATE_NOOP("cli", "{n} labels written to {path}"), n=len(labels) + len(bin_labels),
            path=args.output)
    return 0


def _print_order(args, ctx, out) -> int:
    from reports.parts_documents import purchase_order_pdf

    doc = ctx.parts_purchasing.order_document(Actor.system(), args.number)
    args.output.write_bytes(purchase_order_pdf(doc))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _export_order(args, ctx, out) -> int:
    from reports.parts_store import purchase_order_xlsx

    doc = ctx.parts_purchasing.order_document(Actor.system(), args.number)
    args.output.write_bytes(purchase_order_xlsx(doc))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _import_pricelist(args, ctx, out) -> int:
    actor = Actor.system()

    def progress(done: int, total: int) -> None:
        if done % 20000 == 0 or done == total:
            print(f"  {done}/{total}", flush=True)

    result = ctx.parts_pricelist.import_file(actor, args.file, dry_run=args.dry_run, progress=progress)
    out.say(QT_TRANSLATE_NOOP("cli", "{rows} rows read: {new} new parts, {changed} price changes, {same} unchanged, "
                                     "{bad} rows refused."),
            rows=result.rows, new=result.new, changed=result.changed, same=result.unchanged, bad=len(result.errors))
    for err in result.errors[:20]:
        print(f"  row {err.row}: {err.message}")
    if args.report:
        from reports.parts_store import pricelist_changes_xlsx

        args.report.write_bytes(pricelist_changes_xlsx(result))
        out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.report)
    return 0 if not result.errors else 1


def _export_store_report(args, ctx, out) -> int:
    from reports.parts_store import store_workbook

    end = ctx.clock.today()
    data = ctx.parts_reports.store_reports(Actor.system(), end - timedelta(days=args.days - 1), end,
                                           slow_months=args.slow_months)
    args.output.write_bytes(store_workbook(data))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def checks(ctx) -> list[str]:
    """On hand per part and per bin, and reservations, against the ledger."""
    return ctx.parts.verify()
