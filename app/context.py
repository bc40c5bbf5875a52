"""The composition root: builds the database and every service, and hands them on.

No global registry: the GUI and the CLI each make one ``AppContext`` and pass its members to
the viewmodels or commands that need them. Each area adds its service here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from argon2 import PasswordHasher

from app.db.engine import Database, open_database
from app.db.migrate import UpgradeResult, upgrade
from services.audit import AuditLog
from services.clock import Clock
from services.station import StationService
from services.users import UserService


@dataclass
class AppContext:
    db: Database
    clock: Clock = field(default_factory=Clock)
    hasher: PasswordHasher | None = None

    def __post_init__(self) -> None:
        self.audit = AuditLog(self.db)
        self.users = UserService(self.db, self.audit, self.clock, self.hasher)
        self.station = StationService(self.db, self.audit, self.users)

    @classmethod
    def open(cls, url: str, *, clock: Clock | None = None, migrate: bool = True) -> tuple[AppContext, UpgradeResult | None]:
        """Open the database, apply migrations (after a backup), and build the services."""
        db = open_database(url)
        result = upgrade(db) if migrate else None
        return cls(db, clock or Clock()), result

    # ---- the areas' services, built on first use ------------------------------------------
    # Each area service takes (db, audit, clock) and, by keyword, the other services it needs.

    @cached_property
    def customers(self):
        from services.customers import CustomerService

        return CustomerService(self.db, self.audit, self.clock, timeline_sources=[self._job_card_timeline])

    @cached_property
    def parts(self):
        from services.parts import PartsService

        return PartsService(self.db, self.audit, self.clock)

    @cached_property
    def parts_receiving(self):
        from services.parts_receiving import ReceivingService

        return ReceivingService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_purchasing(self):
        from services.parts_purchasing import PurchasingService

        return PurchasingService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_stocktake(self):
        from services.parts_stocktake import StocktakeService

        return StocktakeService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_reports(self):
        from services.parts_reports import PartsReports

        return PartsReports(self.db, self.audit, self.clock)

    @cached_property
    def parts_pricelist(self):
        from services.parts_pricelist import PriceListImporter

        return PriceListImporter(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def tools(self):
        from services.tools import ToolService

        return ToolService(self.db, self.audit, self.clock)

    @cached_property
    def job_cards(self):
        from services.job_cards import JobCardService

        return JobCardService(self.db, self.audit, self.clock, station=self.station, users=self.users,
                              customers=self.customers, parts=self.parts)

    def _job_card_timeline(self, actor, customer_id):
        return self.job_cards.timeline(actor, customer_id)

    def close(self) -> None:
        self.db.dispose()
