"""The audit log in words: every action and record type an entry may name, and its details as lines.

Services record codes (``user.create``, ``crm_case``) so the log can be searched and filtered;
whoever shows an entry to a person turns them into words here (English sources marked with
``QT_TRANSLATE_NOOP``, translated by the caller's ``translate(context, text)``: Qt's in the window,
``app.i18n.Translate`` in the CLI). ``tests/users/test_audit_words.py`` fails when a service
records an action or a record type that has no words in these tables.

A code added later without words still reads: its area's name and the code (``用户 · user.foo``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import ROLE_NAMES, Role

Translate = Callable[[str, str], str]


def _same(_context: str, text: str) -> str:
    return text


# action code -> English words (context "AuditAction")
ACTION_TEXT: dict[str, str] = {
    "claims.appraise": QT_TRANSLATE_NOOP("AuditAction", "Warranty claim appraised"),
    "claims.compensation": QT_TRANSLATE_NOOP("AuditAction", "三包 loan car or transport compensation recorded"),
    "claims.create": QT_TRANSLATE_NOOP("AuditAction", "Warranty claim made"),
    "claims.decide": QT_TRANSLATE_NOOP("AuditAction", "Manufacturer's decision recorded"),
    "claims.payment": QT_TRANSLATE_NOOP("AuditAction", "Manufacturer's payment recorded"),
    "claims.photo_add": QT_TRANSLATE_NOOP("AuditAction", "Photo added to a warranty claim"),
    "claims.photo_remove": QT_TRANSLATE_NOOP("AuditAction", "Photo removed from a warranty claim"),
    "claims.print_tags": QT_TRANSLATE_NOOP("AuditAction", "Old-part tags printed"),
    "claims.submit": QT_TRANSLATE_NOOP("AuditAction", "Warranty claim submitted"),
    "insurance.add_insurer": QT_TRANSLATE_NOOP("AuditAction", "Insurer added to the list"),
    "insurance.assess": QT_TRANSLATE_NOOP("AuditAction", "Insurance assessment recorded"),
    "insurance.payment": QT_TRANSLATE_NOOP("AuditAction", "Insurer's payment recorded"),
    "insurance.register": QT_TRANSLATE_NOOP("AuditAction", "Insurance job opened"),
    "insurance.supplement": QT_TRANSLATE_NOOP("AuditAction", "Supplementary assessment recorded"),
    "customer.erase": QT_TRANSLATE_NOOP("AuditAction", "Customer's personal data erased"),
    "health_record.backfill": QT_TRANSLATE_NOOP("AuditAction", "Health records made for earlier settled jobs"),
    "health_record.export": QT_TRANSLATE_NOOP("AuditAction", "Health records exported to a file"),
    "health_record.failed": QT_TRANSLATE_NOOP("AuditAction", "Health record refused by the upload"),
    "health_record.retry": QT_TRANSLATE_NOOP("AuditAction", "Health record retried"),
    "health_record.uploaded": QT_TRANSLATE_NOOP("AuditAction", "Health records marked uploaded"),
    "repair_file.print": QT_TRANSLATE_NOOP("AuditAction", "Repair file printed for the customer"),
    "settlement.print": QT_TRANSLATE_NOOP("AuditAction", "Settlement statement printed"),
    "job_card.promised_time": QT_TRANSLATE_NOOP("AuditAction", "Promised time changed"),
    "receipt.accept": QT_TRANSLATE_NOOP("AuditAction", "Delivery line accepted at inspection"),
    "receipt.reject": QT_TRANSLATE_NOOP("AuditAction", "Delivery line rejected at inspection"),
    "receipt.release": QT_TRANSLATE_NOOP("AuditAction", "Quarantined parts released or returned"),
    "crm.call": QT_TRANSLATE_NOOP("AuditAction", "Follow-up call recorded"),
    "crm.case_open": QT_TRANSLATE_NOOP("AuditAction", "Customer case opened"),
    "crm.case_resolve": QT_TRANSLATE_NOOP("AuditAction", "Customer case resolved"),
    "crm.rules": QT_TRANSLATE_NOOP("AuditAction", "Appointment rules changed"),
    "crm.club_join": QT_TRANSLATE_NOOP("AuditAction", "Car-club member joined"),
    "crm.club_leave": QT_TRANSLATE_NOOP("AuditAction", "Car-club member left"),
    "crm.club_points": QT_TRANSLATE_NOOP("AuditAction", "Car-club points earned or redeemed"),
    "crm.sms_export": QT_TRANSLATE_NOOP("AuditAction", "Customer list exported for text messages"),
    "crm.print": QT_TRANSLATE_NOOP("AuditAction", "Appointment list printed"),
    "reporting.settings": QT_TRANSLATE_NOOP("AuditAction", "Report targets and scheduled folder changed"),
    "customer.consent": QT_TRANSLATE_NOOP("AuditAction", "Contact consent recorded"),
    "customer.create": QT_TRANSLATE_NOOP("AuditAction", "Customer created"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditAction", "Customers merged"),
    "customers.export": QT_TRANSLATE_NOOP("AuditAction", "Customer file exported"),
    "customers.import": QT_TRANSLATE_NOOP("AuditAction", "Customers imported"),
    "guarantee.set": QT_TRANSLATE_NOOP("AuditAction", "Quality guarantee period set"),
    "job_card.added_work_approved": QT_TRANSLATE_NOOP("AuditAction", "Added work approved by the customer"),
    "job_card.added_work_declined": QT_TRANSLATE_NOOP("AuditAction", "Added work declined by the customer"),
    "job_card.cancel": QT_TRANSLATE_NOOP("AuditAction", "Job card cancelled"),
    "job_card.delivered": QT_TRANSLATE_NOOP("AuditAction", "Car delivered"),
    "job_card.discount": QT_TRANSLATE_NOOP("AuditAction", "Discount on a job card"),
    "job_card.line_added_at_issue": QT_TRANSLATE_NOOP("AuditAction", "Line added when parts were issued"),
    "job_card.line_removed": QT_TRANSLATE_NOOP("AuditAction", "Line removed from a job card"),
    "job_card.line_supply": QT_TRANSLATE_NOOP("AuditAction", "Parts source of a line changed"),
    "job_card.open": QT_TRANSLATE_NOOP("AuditAction", "Job card opened"),
    "job_card.price": QT_TRANSLATE_NOOP("AuditAction", "Price changed on a job card"),
    "job_card.print": QT_TRANSLATE_NOOP("AuditAction", "Job card printed"),
    "job_card.qc_back_to_work": QT_TRANSLATE_NOOP("AuditAction", "Quality check failed, back to work"),
    "job_card.qc_passed": QT_TRANSLATE_NOOP("AuditAction", "Quality check passed"),
    "job_card.reopen": QT_TRANSLATE_NOOP("AuditAction", "Job card reopened"),
    "job_card.rework": QT_TRANSLATE_NOOP("AuditAction", "Rework job card opened"),
    "labour.import": QT_TRANSLATE_NOOP("AuditAction", "Labour operations imported"),
    "labour.save": QT_TRANSLATE_NOOP("AuditAction", "Labour operation saved"),
    "labour_rate.set": QT_TRANSLATE_NOOP("AuditAction", "Labour rate set"),
    "numbering.set": QT_TRANSLATE_NOOP("AuditAction", "Numbering rule set"),
    "part.barcode": QT_TRANSLATE_NOOP("AuditAction", "Barcode linked to a part"),
    "part.barcode_remove": QT_TRANSLATE_NOOP("AuditAction", "Barcode removed from a part"),
    "part.create": QT_TRANSLATE_NOOP("AuditAction", "Part created"),
    "part.pricelist": QT_TRANSLATE_NOOP("AuditAction", "Price list imported"),
    "part.prices": QT_TRANSLATE_NOOP("AuditAction", "Part prices changed"),
    "purchase.back_order": QT_TRANSLATE_NOOP("AuditAction", "Back order for a job card"),
    "purchase.cancel": QT_TRANSLATE_NOOP("AuditAction", "Purchase order cancelled"),
    "purchase.change_line": QT_TRANSLATE_NOOP("AuditAction", "Purchase order line changed"),
    "purchase.create": QT_TRANSLATE_NOOP("AuditAction", "Purchase order created"),
    "purchase.send": QT_TRANSLATE_NOOP("AuditAction", "Purchase order sent"),
    "receipt.close": QT_TRANSLATE_NOOP("AuditAction", "Goods receipt closed"),
    "receipt.correct": QT_TRANSLATE_NOOP("AuditAction", "Goods receipt corrected"),
    "receipt.invoice_price": QT_TRANSLATE_NOOP("AuditAction", "Invoice price entered"),
    "receipt.open": QT_TRANSLATE_NOOP("AuditAction", "Goods receipt opened"),
    "receipt.undo": QT_TRANSLATE_NOOP("AuditAction", "Receiving scan undone"),
    "settlement.account_payment": QT_TRANSLATE_NOOP("AuditAction", "Payment on a fleet account"),
    "settlement.account_statement": QT_TRANSLATE_NOOP("AuditAction", "Fleet account statement issued"),
    "settlement.counter_sale": QT_TRANSLATE_NOOP("AuditAction", "Counter sale settled"),
    "settlement.delivered": QT_TRANSLATE_NOOP("AuditAction", "Car delivered after settlement"),
    "settlement.deposit": QT_TRANSLATE_NOOP("AuditAction", "Deposit taken"),
    "settlement.invoice": QT_TRANSLATE_NOOP("AuditAction", "Invoice recorded"),
    "settlement.issue": QT_TRANSLATE_NOOP("AuditAction", "Settlement statement issued"),
    "settlement.reissue": QT_TRANSLATE_NOOP("AuditAction", "Settlement statement reissued"),
    "settlement.payment": QT_TRANSLATE_NOOP("AuditAction", "Payment taken"),
    "settlement.refund": QT_TRANSLATE_NOOP("AuditAction", "Refund"),
    "settlement.tax_code": QT_TRANSLATE_NOOP("AuditAction", "Tax classification code set"),
    "settlement.void": QT_TRANSLATE_NOOP("AuditAction", "Settlement statement voided"),
    "station.setup": QT_TRANSLATE_NOOP("AuditAction", "Station set up"),
    "station.update": QT_TRANSLATE_NOOP("AuditAction", "Station details changed"),
    "stock.adjust": QT_TRANSLATE_NOOP("AuditAction", "Stock adjusted"),
    "stock.counter_sale": QT_TRANSLATE_NOOP("AuditAction", "Sold over the counter"),
    "stock.issue": QT_TRANSLATE_NOOP("AuditAction", "Parts issued"),
    "stock.issue_undo": QT_TRANSLATE_NOOP("AuditAction", "Issue undone"),
    "stock.negative": QT_TRANSLATE_NOOP("AuditAction", "Stock below zero"),
    "stock.return": QT_TRANSLATE_NOOP("AuditAction", "Parts returned to stock"),
    "stocktake.approve": QT_TRANSLATE_NOOP("AuditAction", "Stocktake approved"),
    "stocktake.cancel": QT_TRANSLATE_NOOP("AuditAction", "Stocktake cancelled"),
    "stocktake.correct": QT_TRANSLATE_NOOP("AuditAction", "Stocktake count corrected"),
    "stocktake.count_undo": QT_TRANSLATE_NOOP("AuditAction", "Stocktake count undone"),
    "stocktake.hand_over": QT_TRANSLATE_NOOP("AuditAction", "Stocktake handed over for review"),
    "stocktake.post": QT_TRANSLATE_NOOP("AuditAction", "Stocktake posted"),
    "stocktake.recount": QT_TRANSLATE_NOOP("AuditAction", "Recount requested"),
    "stocktake.start": QT_TRANSLATE_NOOP("AuditAction", "Stocktake started"),
    "supplier.create": QT_TRANSLATE_NOOP("AuditAction", "Supplier created"),
    "supplier.return": QT_TRANSLATE_NOOP("AuditAction", "Parts returned to a supplier"),
    "supplier.claim": QT_TRANSLATE_NOOP("AuditAction", "Claim against a supplier"),
    "supplier.return_settled": QT_TRANSLATE_NOOP("AuditAction", "Supplier return settled"),
    "tax_rate.set": QT_TRANSLATE_NOOP("AuditAction", "VAT rate set"),
    "tool.calibration": QT_TRANSLATE_NOOP("AuditAction", "Tool calibrated"),
    "tool.charge": QT_TRANSLATE_NOOP("AuditAction", "Charge for a tool incident set"),
    "tool.create": QT_TRANSLATE_NOOP("AuditAction", "Tool created"),
    "tool.damaged": QT_TRANSLATE_NOOP("AuditAction", "Tool returned damaged"),
    "tool.incomplete": QT_TRANSLATE_NOOP("AuditAction", "Tool returned incomplete"),
    "tool.lost": QT_TRANSLATE_NOOP("AuditAction", "Tool lost"),
    "tool.rule": QT_TRANSLATE_NOOP("AuditAction", "Tool damage rule changed"),
    "tool.state": QT_TRANSLATE_NOOP("AuditAction", "Tool state changed"),
    "tool.update": QT_TRANSLATE_NOOP("AuditAction", "Tool details changed"),
    "user.approval_throttled": QT_TRANSLATE_NOOP("AuditAction", "Approvals paused after wrong passwords"),
    "user.create": QT_TRANSLATE_NOOP("AuditAction", "User created"),
    "user.disable": QT_TRANSLATE_NOOP("AuditAction", "User disabled"),
    "user.discount_limit": QT_TRANSLATE_NOOP("AuditAction", "Discount limit changed"),
    "user.enable": QT_TRANSLATE_NOOP("AuditAction", "User enabled"),
    "user.locked": QT_TRANSLATE_NOOP("AuditAction", "User locked after failed sign-ins"),
    "user.password_change": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "user.password_expire": QT_TRANSLATE_NOOP("AuditAction", "Password set to expire"),
    "user.password_reset": QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    "user.roles": QT_TRANSLATE_NOOP("AuditAction", "Roles changed"),
    "vehicle.merge": QT_TRANSLATE_NOOP("AuditAction", "Vehicles merged"),
    "vehicle.odometer_lower": QT_TRANSLATE_NOOP("AuditAction", "Lower odometer reading accepted"),
    "vehicle.owner_change": QT_TRANSLATE_NOOP("AuditAction", "Vehicle owner changed"),
    "vehicle.vin_override": QT_TRANSLATE_NOOP("AuditAction", "VIN check overridden"),
    "workshop.clock_corrected": QT_TRANSLATE_NOOP("AuditAction", "Forgotten clock-out corrected"),
    "workshop.dispatch": QT_TRANSLATE_NOOP("AuditAction", "Work dispatched"),
    "workshop.move": QT_TRANSLATE_NOOP("AuditAction", "Dispatched work moved"),
    "workshop.team_saved": QT_TRANSLATE_NOOP("AuditAction", "Workshop team saved"),
    "workshop.unassign": QT_TRANSLATE_NOOP("AuditAction", "Work unassigned"),
}

# record type (the entity of an entry) -> English words (context "AuditRecord")
ENTITY_TEXT: dict[str, str] = {
    "warranty_claim": QT_TRANSLATE_NOOP("AuditRecord", "Warranty claim"),
    "claims_settings": QT_TRANSLATE_NOOP("AuditRecord", "Warranty claim settings"),
    "warranty_payment": QT_TRANSLATE_NOOP("AuditRecord", "Manufacturer's payment"),
    "insurer": QT_TRANSLATE_NOOP("AuditRecord", "Insurer"),
    "insurance_job": QT_TRANSLATE_NOOP("AuditRecord", "Insurance job"),
    "insurance_payment": QT_TRANSLATE_NOOP("AuditRecord", "Insurer's payment"),
    "account_statement": QT_TRANSLATE_NOOP("AuditRecord", "Fleet account statement"),
    "crm_case": QT_TRANSLATE_NOOP("AuditRecord", "Customer case"),
    "appointment_list": QT_TRANSLATE_NOOP("AuditRecord", "Appointment list of"),
    "crm_club_member": QT_TRANSLATE_NOOP("AuditRecord", "Car-club member"),
    "crm_list": QT_TRANSLATE_NOOP("AuditRecord", "Customer list"),
    "crm_settings": QT_TRANSLATE_NOOP("AuditRecord", "Appointment rules"),
    "reporting_settings": QT_TRANSLATE_NOOP("AuditRecord", "Report settings"),
    "crm_task": QT_TRANSLATE_NOOP("AuditRecord", "Follow-up task"),
    "customer": QT_TRANSLATE_NOOP("AuditRecord", "Customer"),
    "goods_receipt": QT_TRANSLATE_NOOP("AuditRecord", "Goods receipt"),
    "health_record": QT_TRANSLATE_NOOP("AuditRecord", "Health record"),
    "guarantee_period": QT_TRANSLATE_NOOP("AuditRecord", "Quality guarantee period"),
    "job_card": QT_TRANSLATE_NOOP("AuditRecord", "Job card"),
    "labour_operation": QT_TRANSLATE_NOOP("AuditRecord", "Labour operation"),
    "labour_rate": QT_TRANSLATE_NOOP("AuditRecord", "Labour rate"),
    "numbering_rule": QT_TRANSLATE_NOOP("AuditRecord", "Numbering rule"),
    "part": QT_TRANSLATE_NOOP("AuditRecord", "Part"),
    "purchase_order": QT_TRANSLATE_NOOP("AuditRecord", "Purchase order"),
    "statement": QT_TRANSLATE_NOOP("AuditRecord", "Settlement statement"),
    "certificate": QT_TRANSLATE_NOOP("AuditRecord", "Completion certificate"),
    "station": QT_TRANSLATE_NOOP("AuditRecord", "Station"),
    "stocktake": QT_TRANSLATE_NOOP("AuditRecord", "Stocktake"),
    "supplier": QT_TRANSLATE_NOOP("AuditRecord", "Supplier"),
    "supplier_return": QT_TRANSLATE_NOOP("AuditRecord", "Supplier return"),
    "tax_code": QT_TRANSLATE_NOOP("AuditRecord", "Tax classification code"),
    "tax_rate": QT_TRANSLATE_NOOP("AuditRecord", "VAT rate"),
    "tool_incident": QT_TRANSLATE_NOOP("AuditRecord", "Tool incident"),
    "tool_item": QT_TRANSLATE_NOOP("AuditRecord", "Tool"),
    "tool_rule": QT_TRANSLATE_NOOP("AuditRecord", "Tool damage rule"),
    "user": QT_TRANSLATE_NOOP("AuditRecord", "User"),
    "vehicle": QT_TRANSLATE_NOOP("AuditRecord", "Vehicle"),
    "workshop_team": QT_TRANSLATE_NOOP("AuditRecord", "Workshop team"),
    "workshop_work": QT_TRANSLATE_NOOP("AuditRecord", "Work time"),
    "workshop_shift": QT_TRANSLATE_NOOP("AuditRecord", "Shift"),
    "workshop_break": QT_TRANSLATE_NOOP("AuditRecord", "Break"),
}

# a key of an entry's details -> its label (context "AuditField")
FIELD_TEXT: dict[str, str] = {
    "after": QT_TRANSLATE_NOOP("AuditField", "After"),
    "approved_by": QT_TRANSLATE_NOOP("AuditField", "Approved by"),
    "at": QT_TRANSLATE_NOOP("AuditField", "Time"),
    "bay": QT_TRANSLATE_NOOP("AuditField", "Bay"),
    "before": QT_TRANSLATE_NOOP("AuditField", "Before"),
    "bin_id": QT_TRANSLATE_NOOP("AuditField", "Bin"),
    "bin_on_hand": QT_TRANSLATE_NOOP("AuditField", "On hand in the bin"),
    "borrower": QT_TRANSLATE_NOOP("AuditField", "Borrower"),
    "change": QT_TRANSLATE_NOOP("AuditField", "Change"),
    "channel": QT_TRANSLATE_NOOP("AuditField", "Channel"),
    "copies": QT_TRANSLATE_NOOP("AuditField", "Copies"),
    "created": QT_TRANSLATE_NOOP("AuditField", "Created"),
    "customers": QT_TRANSLATE_NOOP("AuditField", "Customers"),
    "date": QT_TRANSLATE_NOOP("AuditField", "Date"),
    "days": QT_TRANSLATE_NOOP("AuditField", "Days"),
    "digits": QT_TRANSLATE_NOOP("AuditField", "Digits"),
    "discount": QT_TRANSLATE_NOOP("AuditField", "Discount"),
    "document": QT_TRANSLATE_NOOP("AuditField", "Document"),
    "duplicates_confirmed": QT_TRANSLATE_NOOP("AuditField", "Confirmed duplicates"),
    "ended_at": QT_TRANSLATE_NOOP("AuditField", "Ended at"),
    "errors": QT_TRANSLATE_NOOP("AuditField", "Errors"),
    "family": QT_TRANSLATE_NOOP("AuditField", "Model family"),
    "file": QT_TRANSLATE_NOOP("AuditField", "File"),
    "count": QT_TRANSLATE_NOOP("AuditField", "Count"),
    "marked": QT_TRANSLATE_NOOP("AuditField", "Marked exported"),
    "jobs": QT_TRANSLATE_NOOP("AuditField", "Jobs"),
    "attempts": QT_TRANSLATE_NOOP("AuditField", "Attempts"),
    "card": QT_TRANSLATE_NOOP("AuditField", "Job card"),
    "from": QT_TRANSLATE_NOOP("AuditField", "From"),
    "hours": QT_TRANSLATE_NOOP("AuditField", "Hours"),
    "incident": QT_TRANSLATE_NOOP("AuditField", "Incident"),
    "items": QT_TRANSLATE_NOOP("AuditField", "Items"),
    "job_card": QT_TRANSLATE_NOOP("AuditField", "Job card"),
    "job_ref": QT_TRANSLATE_NOOP("AuditField", "Job card"),
    "kept": QT_TRANSLATE_NOOP("AuditField", "Kept"),
    "kind": QT_TRANSLATE_NOOP("AuditField", "Kind"),
    "km": QT_TRANSLATE_NOOP("AuditField", "Kilometres"),
    "left_unchanged": QT_TRANSLATE_NOOP("AuditField", "Left unchanged"),
    "limit": QT_TRANSLATE_NOOP("AuditField", "Limit"),
    "line": QT_TRANSLATE_NOOP("AuditField", "Line"),
    "line_id": QT_TRANSLATE_NOOP("AuditField", "Line"),
    "list": QT_TRANSLATE_NOOP("AuditField", "Price list"),
    "matched": QT_TRANSLATE_NOOP("AuditField", "Matched"),
    "merged": QT_TRANSLATE_NOOP("AuditField", "Merged"),
    "merged_record": QT_TRANSLATE_NOOP("AuditField", "Merged record"),
    "method": QT_TRANSLATE_NOOP("AuditField", "Method"),
    "move_id": QT_TRANSLATE_NOOP("AuditField", "Stock move"),
    "moved": QT_TRANSLATE_NOOP("AuditField", "Moved"),
    "new": QT_TRANSLATE_NOOP("AuditField", "New"),
    "next_due": QT_TRANSLATE_NOOP("AuditField", "Next due"),
    "note": QT_TRANSLATE_NOOP("AuditField", "Note"),
    "now": QT_TRANSLATE_NOOP("AuditField", "Now"),
    "old": QT_TRANSLATE_NOOP("AuditField", "Old"),
    "open_before": QT_TRANSLATE_NOOP("AuditField", "Open before"),
    "partial": QT_TRANSLATE_NOOP("AuditField", "Partial"),
    "payer": QT_TRANSLATE_NOOP("AuditField", "Payer"),
    "payments": QT_TRANSLATE_NOOP("AuditField", "Payments"),
    "period": QT_TRANSLATE_NOOP("AuditField", "Period"),
    "phones": QT_TRANSLATE_NOOP("AuditField", "Phones"),
    "prefix": QT_TRANSLATE_NOOP("AuditField", "Prefix"),
    "purpose": QT_TRANSLATE_NOOP("AuditField", "Purpose"),
    "audit_entries_redacted": QT_TRANSLATE_NOOP("AuditField", "Audit entries redacted"),
    "qty": QT_TRANSLATE_NOOP("AuditField", "Quantity"),
    "reason": QT_TRANSLATE_NOOP("AuditField", "Reason"),
    "reference": QT_TRANSLATE_NOOP("AuditField", "Reference"),
    "requested_by": QT_TRANSLATE_NOOP("AuditField", "Requested by"),
    "reversal_id": QT_TRANSLATE_NOOP("AuditField", "Reversal"),
    "rework_of": QT_TRANSLATE_NOOP("AuditField", "Rework of"),
    "rows": QT_TRANSLATE_NOOP("AuditField", "Rows"),
    "scan_key": QT_TRANSLATE_NOOP("AuditField", "Scan key"),
    "start": QT_TRANSLATE_NOOP("AuditField", "Start"),
    "supply": QT_TRANSLATE_NOOP("AuditField", "Parts source"),
    "technicians": QT_TRANSLATE_NOOP("AuditField", "Technicians"),
    "to": QT_TRANSLATE_NOOP("AuditField", "To"),
    "valid_from": QT_TRANSLATE_NOOP("AuditField", "Valid from"),
    "vehicles": QT_TRANSLATE_NOOP("AuditField", "Vehicles"),
    "via": QT_TRANSLATE_NOOP("AuditField", "Via"),
    "was": QT_TRANSLATE_NOOP("AuditField", "Was"),
    "written_off": QT_TRANSLATE_NOOP("AuditField", "Written off"),
    "customer_due": QT_TRANSLATE_NOOP("AuditField", "Customer due"),
    "other": QT_TRANSLATE_NOOP("AuditField", "Other record"),
    "other_id": QT_TRANSLATE_NOOP("AuditField", "Other record's id"),
    "other_vin": QT_TRANSLATE_NOOP("AuditField", "Other VIN"),
    "vin": QT_TRANSLATE_NOOP("AuditField", "VIN"),
    "plate": QT_TRANSLATE_NOOP("AuditField", "Plate"),
    "added": QT_TRANSLATE_NOOP("AuditField", "Added"),
    "updated": QT_TRANSLATE_NOOP("AuditField", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditField", "Unchanged"),
    "cost": QT_TRANSLATE_NOOP("AuditField", "Cost"),
    "retail_price": QT_TRANSLATE_NOOP("AuditField", "Retail price"),
    "trade_price": QT_TRANSLATE_NOOP("AuditField", "Trade price"),
    "warranty_price": QT_TRANSLATE_NOOP("AuditField", "Warranty price"),
    "name": QT_TRANSLATE_NOOP("AuditField", "Name"),
    "address": QT_TRANSLATE_NOOP("AuditField", "Address"),
    "phone": QT_TRANSLATE_NOOP("AuditField", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("AuditField", "Mobile"),
    "bank_name": QT_TRANSLATE_NOOP("AuditField", "Bank"),
    "bank_account": QT_TRANSLATE_NOOP("AuditField", "Bank account"),
    "credit_code": QT_TRANSLATE_NOOP("AuditField", "Unified credit code"),
    "licence_number": QT_TRANSLATE_NOOP("AuditField", "Licence number"),
    "time_zone": QT_TRANSLATE_NOOP("AuditField", "Time zone"),
    "language": QT_TRANSLATE_NOOP("AuditField", "Language"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("AuditField", "Lock after idle minutes"),
    "taxpayer_kind": QT_TRANSLATE_NOOP("AuditField", "Taxpayer kind"),
    "item_number": QT_TRANSLATE_NOOP("AuditField", "Item number"),
    "barcode": QT_TRANSLATE_NOOP("AuditField", "Barcode"),
    "specification": QT_TRANSLATE_NOOP("AuditField", "Specification"),
    "brand": QT_TRANSLATE_NOOP("AuditField", "Brand"),
    "models": QT_TRANSLATE_NOOP("AuditField", "Models"),
    "location": QT_TRANSLATE_NOOP("AuditField", "Location"),
    "quantity": QT_TRANSLATE_NOOP("AuditField", "Quantity"),
    "purchase_date": QT_TRANSLATE_NOOP("AuditField", "Purchase date"),
    "calibration_interval_days": QT_TRANSLATE_NOOP("AuditField", "Calibration interval (days)"),
    "notes": QT_TRANSLATE_NOOP("AuditField", "Notes"),
    "rate": QT_TRANSLATE_NOOP("AuditField", "Rate"),
    "given": QT_TRANSLATE_NOOP("AuditField", "Given"),
    "on": QT_TRANSLATE_NOOP("AuditField", "On"),
    "roles": QT_TRANSLATE_NOOP("AuditField", "Roles"),
}

# the area of an action code's first word, for codes that have no words of their own
AREA_TEXT: dict[str, str] = {
    "crm": QT_TRANSLATE_NOOP("AuditRecord", "Customer relations"),
    "customer": QT_TRANSLATE_NOOP("AuditRecord", "Customer"),
    "customers": QT_TRANSLATE_NOOP("AuditRecord", "Customer file"),
    "guarantee": QT_TRANSLATE_NOOP("AuditRecord", "Quality guarantee period"),
    "job_card": QT_TRANSLATE_NOOP("AuditRecord", "Job card"),
    "labour": QT_TRANSLATE_NOOP("AuditRecord", "Labour operation"),
    "labour_rate": QT_TRANSLATE_NOOP("AuditRecord", "Labour rate"),
    "numbering": QT_TRANSLATE_NOOP("AuditRecord", "Numbering rule"),
    "part": QT_TRANSLATE_NOOP("AuditRecord", "Part"),
    "purchase": QT_TRANSLATE_NOOP("AuditRecord", "Purchase order"),
    "receipt": QT_TRANSLATE_NOOP("AuditRecord", "Goods receipt"),
    "settlement": QT_TRANSLATE_NOOP("AuditRecord", "Settlement"),
    "station": QT_TRANSLATE_NOOP("AuditRecord", "Station"),
    "stock": QT_TRANSLATE_NOOP("AuditRecord", "Stock"),
    "stocktake": QT_TRANSLATE_NOOP("AuditRecord", "Stocktake"),
    "supplier": QT_TRANSLATE_NOOP("AuditRecord", "Supplier"),
    "tax_rate": QT_TRANSLATE_NOOP("AuditRecord", "VAT rate"),
    "tool": QT_TRANSLATE_NOOP("AuditRecord", "Tool"),
    "user": QT_TRANSLATE_NOOP("AuditRecord", "User"),
    "vehicle": QT_TRANSLATE_NOOP("AuditRecord", "Vehicle"),
    "workshop": QT_TRANSLATE_NOOP("AuditRecord", "Workshop"),
    "claim": QT_TRANSLATE_NOOP("AuditRecord", "Warranty claim"),
    "insurance": QT_TRANSLATE_NOOP("AuditRecord", "Insurance jobs"),
    "appointment": QT_TRANSLATE_NOOP("AuditRecord", "Appointment"),
    "health_record": QT_TRANSLATE_NOOP("AuditRecord", "Health record"),
    "repair_file": QT_TRANSLATE_NOOP("AuditRecord", "Repair file"),
}

# values that are codes themselves, by the key that holds them
_PERIODS = {
    "none": QT_TRANSLATE_NOOP("AuditValue", "never restarts"),
    "year": QT_TRANSLATE_NOOP("AuditValue", "restarts each year"),
    "month": QT_TRANSLATE_NOOP("AuditValue", "restarts each month"),
}
_YES = QT_TRANSLATE_NOOP("AuditValue", "yes")
_NO = QT_TRANSLATE_NOOP("AuditValue", "no")
_EMPTY = QT_TRANSLATE_NOOP("AuditValue", "(empty)")
_CHANGE = QT_TRANSLATE_NOOP("AuditField", "Change")
# keys whose two values are one change, shown as "old → new"
_PAIRS = (("before", "after"), ("old", "new"), ("was", "now"), ("from", "to"))


def action_text(action: str, translate: Translate = _same) -> str:
    """The words of an action code; an unknown code reads as its area and the code itself."""
    words = ACTION_TEXT.get(action)
    if words:
        return translate("AuditAction", words)
    area = AREA_TEXT.get(action.split(".", 1)[0])
    return f"{translate('AuditRecord', area)} · {action}" if area else action


def entity_text(entity: str, entity_id: str | None = None, translate: Translate = _same) -> str:
    """ "user", "3" → "用户 3"; an unknown record type shows as it is."""
    words = ENTITY_TEXT.get(entity)
    name = translate("AuditRecord", words) if words else entity.replace("_", " ")
    return name if entity_id is None else f"{name} {entity_id}"


def field_text(key: str, translate: Translate = _same) -> str:
    words = FIELD_TEXT.get(key)
    return translate("AuditField", words) if words else key.replace("_", " ")


def _role_names(values: Iterable[Any], translate: Translate) -> str | None:
    names = []
    for v in values:
        try:
            names.append(translate("Role", ROLE_NAMES[Role(v)]))
        except (ValueError, KeyError):
            return None
    return "、".join(names)


def value_text(value: Any, translate: Translate = _same, *, key: str = "", action: str = "") -> str:
    """One value of the details in words: lists joined, yes/no, empty shown, known codes named."""
    if value is None or value == "" or value == "None":
        return translate("AuditValue", _EMPTY)
    if isinstance(value, bool):
        return translate("AuditValue", _YES if value else _NO)
    if isinstance(value, list | tuple):
        if action == "user.roles" or key == "roles":
            roles = _role_names(value, translate)
            if roles is not None:
                return roles
        if not value:
            return translate("AuditValue", _EMPTY)
        return "、".join(value_text(v, translate) if not isinstance(v, list | tuple)
                         else " ".join(value_text(x, translate) for x in v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{field_text(str(k), translate)}: {value_text(v, translate, key=str(k))}"
                         for k, v in value.items())
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | Decimal | int | float):
        return str(value)
    text = str(value)
    if key == "period" and text in _PERIODS:
        return translate("AuditValue", _PERIODS[text])
    return text


# keys whose value is a list of things, never an [old, new] pair
_LISTS = frozenset({"copies", "payments", "technicians", "duplicates_confirmed", "phones", "vehicles", "before",
                    "after", "moved"})


def _is_change(key: str, v: Any) -> bool:
    return key not in _LISTS and isinstance(v, list | tuple) and len(v) == 2 and not any(isinstance(x, list | tuple | dict) for x in v)


def details_lines(details: dict | None, translate: Translate = _same, action: str = "") -> list[str]:
    """An entry's details as lines a person reads: "field: old → new" for a change, "field: value" else.

    A details dict whose every value is an ``[old, new]`` pair is a record's changed fields
    (station, customer, tool); ``before``/``after`` (and old/new, was/now, from/to) are one change.
    """
    if not details:
        return []
    if not isinstance(details, dict):
        return [value_text(details, translate, action=action)]
    arrow = " → "
    lines: list[str] = []
    if all(_is_change(k, v) for k, v in details.items()):
        for k, (old, new) in details.items():
            lines.append(f"{field_text(k, translate)}: {value_text(old, translate, key=k, action=action)}{arrow}"
                         f"{value_text(new, translate, key=k, action=action)}")
        return lines
    rest = dict(details)
    for a, b in _PAIRS:
        if a in rest and b in rest:
            old, new = rest.pop(a), rest.pop(b)
            label = translate("AuditField", _CHANGE) if a == "before" else \
                f"{field_text(a, translate)}{arrow}{field_text(b, translate)}"
            lines.append(f"{label}: {value_text(old, translate, key=a, action=action)}{arrow}"
                         f"{value_text(new, translate, key=b, action=action)}")
    for k, v in rest.items():
        lines.append(f"{field_text(k, translate)}: {value_text(v, translate, key=k, action=action)}")
    return lines
