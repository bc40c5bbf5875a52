"""Parts commands: ``servicebay print labels``, ``servicebay import pricelist``, ``servicebay export
store-report`` and the stock check of ``servicebay check``."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from services.common.errors import QT_TRANSLATE_NOOP


def register(groups) -> None:
    labels = groups["print"].add_parser("labels",
                                        help=QT_TRANSLATE_NOOP("cli", "part or bin labels with Code 128 barcodes"))
    labels.add_argument("--parts", default="",
                        help=QT_TRANSLATE_NOOP("cli", "part numbers, comma-separated (P1,P2)"))
    labels.add_argument("--bins", default="",
                        help=QT_TRANSLATE_NOOP("cli", "bin codes, comma-separated (A-01-03,A-01-04)"))
    labels.add_argument("--thermal", action="store_true",
                        help=QT_TRANSLATE_NOOP("cli", "one 60×40 mm label a page (thermal printer)"))
    labels.add_argument("--copies", type=int, default=1)
    labels.add_argument("-o", "--output", required=True, type=Path)
    labels.set_defaults(func=_print_labels)

    po = groups["print"].add_parser("purchase-order",
                                    help=QT_TRANSLATE_NOOP("cli", "a purchase order as PDF"))
    po.add_argument("number")
    po.add_argument("-o", "--output", required=True, type=Path)
    po.set_defaults(func=_print_order)

    st = groups["print"].add_parser("stocktake",
                                    help=QT_TRANSLATE_NOOP("cli", "a stocktake's count sheet (blind) or variance report as PDF"))
    st.add_argument("number")
    st.add_argument("--variances", action="store_true",
                    help=QT_TRANSLATE_NOOP("cli", "the variance report instead of the count sheet"))
    st.add_argument("-o", "--output", required=True, type=Path)
    st.set_defaults(func=_print_stocktake)

    grn = groups["print"].add_parser("goods-receipt",
                                     help=QT_TRANSLATE_NOOP("cli", "a goods-received note (入库单) as PDF, printed again"))
    grn.add_argument("number")
    grn.add_argument("-o", "--output", required=True, type=Path)
    grn.set_defaults(func=_print_goods_receipt)

    pl = groups["import"].add_parser("pricelist",
                                     help=QT_TRANSLATE_NOOP("cli", "a manufacturer's price list (.xlsx), with a change report"))
    pl.add_argument("file", type=Path)
    pl.add_argument("--report", type=Path,
                    help=QT_TRANSLATE_NOOP("cli", "write the change report to this .xlsx"))
    pl.add_argument("--dry-run", action="store_true",
                    help=QT_TRANSLATE_NOOP("cli", "report the changes without saving them"))
    pl.add_argument("--supplier",
                    help=QT_TRANSLATE_NOOP("cli", "the supplier the list comes from (new parts are bought from it)"))
    pl.add_argument("--skip-bad", action="store_true",
                    help=QT_TRANSLATE_NOOP("cli", "import the good rows and report the bad ones (without it, a list "
                                                  "with bad rows imports nothing)"))
    pl.add_argument("--confirm-warnings", action="store_true",
                    help=QT_TRANSLATE_NOOP("cli", "take prices that change more than ×3 or ÷3 (without it they are "
                                                  "bad rows)"))
    pl.epilog = QT_TRANSLATE_NOOP("cli", "exit status: 0 the list was imported (with --skip-bad, the bad rows "
                                         "skipped); 1 nothing imported")
    pl.set_defaults(func=_import_pricelist)

    rep = groups["export"].add_parser("store-report",
                                      help=QT_TRANSLATE_NOOP("cli", "the parts store's reports as a workbook"))
    rep.add_argument("-o", "--output", required=True, type=Path)
    rep.add_argument("--days", type=int, default=365,
                     help=QT_TRANSLATE_NOOP("cli", "period for turns, fill rate and sales"))
    rep.add_argument("--slow-months", type=int, default=6)
    rep.set_defaults(func=_export_store_report)

    ex = groups["export"].add_parser("purchase-order",
                                     help=QT_TRANSLATE_NOOP("cli", "a purchase order as .xlsx for the manufacturer"))
    ex.add_argument("number")
    ex.add_argument("-o", "--output", required=True, type=Path)
    ex.set_defaults(func=_export_order)


def _split(text: str) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def _print_labels(args, ctx, out) -> int:
    from reports.parts.labels import bin_labels_pdf, part_labels_pdf, thermal_labels_pdf

    actor = args.actor
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
        from reports.parts.labels import mixed_labels_pdf

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
    from reports.parts.documents import purchase_order_pdf

    doc = ctx.parts_purchasing.order_document(args.actor, args.number)
    args.output.write_bytes(purchase_order_pdf(doc))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _station_name(ctx) -> str:
    return ctx.station.settings().name


def _print_stocktake(args, ctx, out) -> int:
    from reports.parts.documents import stocktake_sheet_pdf, variance_pdf

    info = ctx.parts_stocktake.find(args.actor, args.number)
    if args.variances:
        pdf = variance_pdf(info, ctx.parts_stocktake.variances(args.actor, info.id), _station_name(ctx))
    else:
        pdf = stocktake_sheet_pdf(info, ctx.parts_stocktake.sheet(args.actor, info.id), _station_name(ctx))
    args.output.write_bytes(pdf)
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _print_goods_receipt(args, ctx, out) -> int:
    from reports.parts.documents import goods_received_pdf

    info = ctx.parts_receiving.receipt_document(args.actor, args.number)
    args.output.write_bytes(goods_received_pdf(info, _station_name(ctx)))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _export_order(args, ctx, out) -> int:
    from reports.parts.workbooks import purchase_order_xlsx

    doc = ctx.parts_purchasing.order_document(args.actor, args.number)
    args.output.write_bytes(purchase_order_xlsx(doc))
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def _import_pricelist(args, ctx, out) -> int:
    """Exit 0 when the list was taken (with ``--skip-bad``, the bad rows skipped and listed), 1 when nothing
    was written (bad rows without ``--skip-bad``); a dry run answers as the import would."""
    from services.parts.pricelist_records import report_labels

    actor = args.actor

    def progress(done: int, total: int) -> None:
        if done % 20000 == 0 or done == total:
            print(f"  {done}/{total}", flush=True)

    supplier_id = None
    if args.supplier:
        found = [s for s in ctx.parts.suppliers(actor) if s.name == args.supplier.strip()]
        if not found:
            out.error(QT_TRANSLATE_NOOP("cli", "No supplier named {name}."), name=args.supplier)
            return 2
        supplier_id = found[0].id
    result = ctx.parts_pricelist.import_file(actor, args.file, dry_run=args.dry_run, skip_bad=args.skip_bad,
                                             confirm=args.confirm_warnings, supplier_id=supplier_id,
                                             progress=progress)
    out.say(QT_TRANSLATE_NOOP("cli", "{rows} rows read: {new} new parts, {changed} price changes, {same} unchanged, "
                                     "{warnings} warnings (more than ×3 or ÷3), {bad} rows with errors."),
            rows=result.rows, new=result.new, changed=result.changed, same=result.unchanged,
            warnings=len(result.warnings), bad=len(result.errors))

    def translate(context: str, text: str) -> str:
        return out.tr(text, context)

    for w in result.warnings[:20]:
        confirmed = w.params and dict(w.params).get("number") not in result.unconfirmed
        out.say(QT_TRANSLATE_NOOP("cli", "  row {row}: {message} (confirmed)") if confirmed
                else QT_TRANSLATE_NOOP("cli", "  row {row}: {message}"), row=w.row, message=w.translated(translate))
    for err in result.errors[:20]:
        out.say(QT_TRANSLATE_NOOP("cli", "  row {row}: {message}"), row=err.row, message=err.translated(translate))
    refused = result.bad and not args.skip_bad
    if args.dry_run:
        out.say(QT_TRANSLATE_NOOP("cli", "A preview: nothing was saved."))
    elif result.saved:
        out.say(QT_TRANSLATE_NOOP("cli", "Imported by {clerk}: {new} new parts, {changed} price changes; {skipped} "
                                         "rows skipped."),
                clerk=result.clerk, new=result.new,
                changed=result.changed + len(result.warnings) - len(result.unconfirmed), skipped=result.skipped)
    if refused:
        out.error(QT_TRANSLATE_NOOP("cli", "Nothing imported: {bad} rows have errors or unconfirmed warnings. Correct "
                                           "them, confirm the warnings (--confirm-warnings), or import the good rows "
                                           "with --skip-bad."), bad=result.bad)
    if args.report:
        from reports.parts.workbooks import pricelist_changes_xlsx

        args.report.write_bytes(pricelist_changes_xlsx(result, report_labels(translate),
                                                       lambda e: e.translated(translate), file_name=args.file.name,
                                                       dry_run=args.dry_run))
        out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.report)
    return 1 if refused else 0


def _export_store_report(args, ctx, out) -> int:
    from services.parts.exports import write_store_workbook

    end = ctx.clock.today()
    write_store_workbook(ctx.parts_reports.database_url, args.actor, end - timedelta(days=args.days - 1), end,
                         str(args.output), slow_months=args.slow_months, clock=ctx.clock)
    out.say(QT_TRANSLATE_NOOP("cli", "Written to {path}"), path=args.output)
    return 0


def checks(ctx) -> list[str]:
    """On hand per part and per bin, reservations, and the stock's value, against the ledger."""
    return ctx.parts.verify() + ctx.parts_reports.verify_value()
