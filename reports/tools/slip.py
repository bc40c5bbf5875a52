"""What a loan slip says (no reportlab here: the tools service imports it at start-up, before any printing)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class LoanSlipLine:
    item_number: str
    name: str
    specification: str
    barcode: str
    quantity: int
    lent_at: str
    expected_return: str
    returned_at: str = ""
    condition: str = ""


@dataclass(frozen=True)
class LoanSlip:
    station_name: str
    number: str
    borrower_name: str
    borrower_badge: str
    borrower_username: str
    lent_at: str  # station time, formatted
    expected_return: str
    job_card_number: str
    keeper_name: str
    note: str
    lines: list[LoanSlipLine] = field(default_factory=list)
    printed_at: str = ""
