"""``servicebay import customers FILE.xlsx`` and ``servicebay export customers -o FILE.xlsx``.

Who acts: the person signed in with ``--user NAME --password-file FILE`` (``app/signin.py``; on a
terminal they are asked for). Their permissions apply (EDIT_CUSTOMERS to import,
EXPORT_PERSONAL_DATA to export); without a sign-in nothing is read or written. The audit entry
names them, says ``via: cli`` and the operating-system account that ran it. The exported file is
readable by this OS account only.
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from app.private_files import write_private_bytes
from services.common.errors import QT_TRANSLATE_NOOP

MSG_BAD_MAP = QT_TRANSLATE_NOOP("cli", "Unknown field or column in --map {item}.")
MSG_CHECK_OK = QT_TRANSLATE_NOOP("cli", "{rows} rows are good: {new} new customers, {old} on file, {vehicles} vehicles.")
MSG_ROW_ERROR = QT_TRANSLATE_NOOP("cli", "Row {row}, column {column}: {reason}")
MSG_IMPORTED = QT_TRANSLATE_NOOP("cli", "Imported {customers} customers and {vehicles} vehicles ({matched} customers were on file already).")
MSG_WROTE = QT_TRANSLATE_NOOP("cli", "Wrote {path}.")
SHEET_TITLE = QT_TRANSLATE_NOOP("cli", "Customers")


def register(groups) -> None:
    imp = groups["import"].add_parser("customers",
                                      help=QT_TRANSLATE_NOOP("cli", "import customers and vehicles from an Excel workbook"))
    imp.add_argument("file", type=Path,
                     help=QT_TRANSLATE_NOOP("cli", ".xlsx file; the first sheet, with a header row"))
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                     help=QT_TRANSLATE_NOOP("cli", "take FIELD (name, mobile, vin, plate, ...) from the column titled HEADER; "
                          "unmapped fields are guessed from the headers"))
    imp.add_argument("--check", action="store_true",
                     help=QT_TRANSLATE_NOOP("cli", "only check the workbook and list its problems"))
    imp.set_defaults(func=_cmd_import)

    exp = groups["export"].add_parser("customers",
                                      help=QT_TRANSLATE_NOOP("cli", "export the customer file (personal data; logged)"))
    exp.add_argument("-o", "--output", required=True, type=Path,
                     help=QT_TRANSLATE_NOOP("cli", ".xlsx file to write"))
    exp.add_argument("--purpose", default="",
                     help=QT_TRANSLATE_NOOP("cli", "why the data leaves the system (kept in the audit log)"))
    exp.set_defaults(func=_cmd_export)


def _via() -> str:
    try:
        return f"cli ({getpass.getuser()})"
    except Exception:  # no user name in some service environments
        return "cli"


def _cmd_import(args, ctx, out) -> int:
    from services.customers.importing import ImportRejected
    from services.customers.workbook import FIELD_BY_NAME, guess_mapping, read_workbook

    actor = args.actor
    sheet = read_workbook(args.file)
    mapping = guess_mapping(sheet.headers, lambda c, t: out.tr(t, c))
    for item in args.map:
        field, _, header = item.partition("=")
        if field not in FIELD_BY_NAME or header not in sheet.headers:
            out.error(MSG_BAD_MAP, item=item)
            return 2
        mapping[field] = sheet.headers.index(header)
    translate = lambda c, t: out.tr(t, c)  # noqa: E731
    try:
        if args.check:
            preview = ctx.customers.preview_import(actor, sheet, mapping)
            errors = preview.errors
            if not errors:
                out.say(MSG_CHECK_OK,
                        rows=len(preview.rows), new=preview.new_customers, old=preview.existing_customers,
                        vehicles=preview.new_vehicles)
                return 0
            raise ImportRejected(errors)
        result = ctx.customers.import_sheet(actor, sheet, mapping, file_name=args.file.name, via=_via())
    except ImportRejected as exc:
        out.service_error(exc)
        for e in exc.errors:
            print(out.tr(MSG_ROW_ERROR).format(
                row=e.row, column=e.column, reason=e.message(translate)), file=sys.stderr)
        return 1
    out.say(MSG_IMPORTED,
            customers=result.customers_created, vehicles=result.vehicles_created, matched=result.customers_matched)
    return 0


def _cmd_export(args, ctx, out) -> int:
    from services.customers.workbook import FIELDS

    actor = args.actor
    headers = [out.tr(f.label, "CustomerField") for f in FIELDS]
    data = ctx.customers.export_workbook(actor, headers, sheet_title=out.tr(SHEET_TITLE, "cli"),
                                         purpose=args.purpose, via=_via(), language=out.language)
    write_private_bytes(args.output, data)  # personal data: this OS account only
    out.say(MSG_WROTE, path=args.output)
    return 0


def checks(ctx) -> list[str]:
    """Customers whose search keys are missing, and vehicles owned by a merged record."""
    from sqlalchemy import exists, func, select

    from app.db.models.customers import Customer, CustomerSearchKey, Vehicle

    problems = []
    with ctx.db.read() as s:
        no_keys = s.scalar(select(func.count()).select_from(Customer).where(
            Customer.merged_into_id.is_(None),
            ~exists(select(CustomerSearchKey.id).where(CustomerSearchKey.customer_id == Customer.id))))
        if no_keys:
            problems.append(f"customers: {no_keys} customers cannot be found by search (rebuild the search keys)")
        orphans = s.scalar(select(func.count()).select_from(Vehicle).join(Customer, Customer.id == Vehicle.owner_id)
                           .where(Customer.merged_into_id.is_not(None), Vehicle.merged_into_id.is_(None)))
        if orphans:
            problems.append(f"customers: {orphans} vehicles belong to a merged customer record")
    return problems
