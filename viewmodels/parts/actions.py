"""Moves made from a part's detail: a counter sale (柜台销售), a stock adjustment with its reason, and
a transfer between bins.

Signals:
    done(str): a move was booked; the text says what it was.
    failed(str): the service refused; the text says why.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from services.common.errors import QT_TRANSLATE_NOOP
from services.users.permissions import Permission
from viewmodels.common.errors import describe


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PartActions", text)


def _qty(q) -> str:
    text = f"{q:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class PartActionsViewModel(QObject):
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parts, actor, tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.actor = actor
        self.tasks = tasks

    @property
    def can_sell(self) -> bool:
        return self.actor.can(Permission.ISSUE_PARTS)

    @property
    def can_adjust(self) -> bool:
        return self.actor.can(Permission.APPROVE_STOCKTAKE)

    @property
    def can_transfer(self) -> bool:
        return self.actor.can(Permission.RECEIVE_PARTS)

    def _fail(self, exc: BaseException) -> None:
        self.failed.emit(describe(exc))

    def counter_sale(self, part_id: int, qty: str, price: str, reference: str = "") -> None:
        def ok(move) -> None:
            self.done.emit(_tr(QT_TRANSLATE_NOOP("PartActions", "Sold {qty} × {number} at {price} ({ref}).")).format(
                qty=_qty(-move.qty), number=move.part_number, price=price, ref=move.reference))

        self.tasks.run("parts.counter_sale", self.parts.counter_sale, self.actor, part_id, qty.strip(),
                       price.strip(), reference=reference.strip(), on_done=ok, on_error=self._fail)

    def adjust(self, part_id: int, delta: str, reason: str, bin_code: str = "") -> None:
        def ok(move) -> None:
            self.done.emit(_tr(QT_TRANSLATE_NOOP("PartActions", "Stock of {number} corrected by {qty} in bin {bin}.")).format(
                number=move.part_number, qty=_qty(move.qty), bin=move.bin_code))

        self.tasks.run("parts.adjust", self.parts.adjust, self.actor, part_id, delta.strip(), reason,
                       bin_code=bin_code.strip() or None, on_done=ok, on_error=self._fail)

    def transfer(self, part_id: int, qty: str, from_bin: str, to_bin: str) -> None:
        def ok(moves) -> None:
            out, into = moves
            self.done.emit(_tr(QT_TRANSLATE_NOOP("PartActions", "Moved {qty} × {number} from {src} to {dst}.")).format(
                qty=_qty(into.qty), number=into.part_number, src=out.bin_code, dst=into.bin_code))

        self.tasks.run("parts.transfer", self.parts.transfer, self.actor, part_id, qty.strip(), from_bin.strip(),
                       to_bin.strip(), on_done=ok, on_error=self._fail)
