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
from services.common.clock import Clock
from services.station.settings import StationService
from services.users.accounts import UserService
from services.users.audit import AuditLog


@dataclass
class AppContext:
    db: Database
    clock: Clock = field(default_factory=Clock)
    hasher: PasswordHasher | None = None

    def __post_init__(self) -> None:
        self.db.clock = self.clock  # rows' created_at/updated_at by the same clock as the services
        self.audit = AuditLog(self.db)
        self.users = UserService(self.db, self.audit, self.clock, self.hasher)
        self.station = StationService(self.db, self.audit, self.users)

    @classmethod
    def open(cls, url: str, *, clock: Clock | None = None, migrate: bool = True) -> tuple[AppContext, UpgradeResult | None]:
        """Open the database, apply migrations (after a backup), and build the services."""
        db = open_database(url)
        try:
            result = upgrade(db) if migrate else None
        except BaseException:  # refused (newer file, failed copy before the upgrade): no connection left open
            db.dispose()
            raise
        return cls(db, clock or Clock()), result

    # ---- the areas' services, built on first use ------------------------------------------
    # Each area service takes (db, audit, clock) and, by keyword, the other services it needs.

    @cached_property
    def customers(self):
        from services.customers.service import CustomerService

        return CustomerService(self.db, self.audit, self.clock,
                               timeline_sources=[self._job_card_timeline, self._crm_timeline])

    @cached_property
    def parts(self):
        from services.parts.stock import PartsService

        return PartsService(self.db, self.audit, self.clock)

    @cached_property
    def parts_receiving(self):
        from services.parts.receiving import ReceivingService

        return ReceivingService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_purchasing(self):
        from services.parts.purchasing import PurchasingService

        return PurchasingService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_stocktake(self):
        from services.parts.stocktake import StocktakeService

        return StocktakeService(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def parts_reports(self):
        from services.parts.reports import PartsReports

        return PartsReports(self.db, self.audit, self.clock)

    @cached_property
    def parts_pricelist(self):
        from services.parts.pricelist import PriceListImporter

        return PriceListImporter(self.db, self.audit, self.clock, parts=self.parts)

    @cached_property
    def tools(self):
        from services.tools.service import ToolService

        return ToolService(self.db, self.audit, self.clock)

    @cached_property
    def job_cards(self):
        from services.job_cards.service import JobCardService
        from services.workshop.rules import require_assigned

        return JobCardService(self.db, self.audit, self.clock, station=self.station, users=self.users,
                              customers=self.customers, parts=self.parts, assignment_rule=require_assigned)

    @cached_property
    def settlement(self):
        from services.settlement.service import SettlementService

        return SettlementService(self.db, self.audit, self.clock, job_cards=self.job_cards, station=self.station,
                                 users=self.users, parts=self.parts, on_delivered=[self._crm_delivered],
                                 on_settled=[self._health_record_settled])

    @cached_property
    def workshop(self):
        from services.workshop.service import WorkshopService

        return WorkshopService(self.db, self.audit, self.clock, job_cards=self.job_cards, station=self.station)

    @cached_property
    def crm(self):
        from services.crm.service import CrmService

        return CrmService(self.db, self.audit, self.clock, customers=self.customers, job_cards=self.job_cards,
                          station=self.station, workshop=self.workshop, parts=self.parts,
                          customer_paid=self._customer_paid)

    @cached_property
    def claims(self):
        from services.claims.service import ClaimService

        return ClaimService(self.db, self.audit, self.clock, station=self.station)

    @cached_property
    def repair_file(self):
        from services.repair_file.service import RepairFileService

        return RepairFileService(self.db, self.audit, self.clock, station=self.station)

    def _health_record_settled(self, actor, card_id, statement_id):
        # a settled job's record goes into the electronic health record outbox (交办运〔2021〕82号)
        self.repair_file.on_settled(actor, card_id, statement_id)

    @cached_property
    def reporting(self):
        from services.reporting.service import ReportingService

        return ReportingService(self.db, self.audit, self.clock, station=self.station, workshop=self.workshop,
                                crm=self.crm, parts_reports=self.parts_reports, tools=self.tools, claims=self.claims)

    def _crm_delivered(self, actor, card_id, due):
        # a delivery makes the follow-up call task (回访) of the customer-relations centre
        self.crm.on_delivered(actor, card_id, due)

    def _customer_paid(self, card_id):
        # the car club's points at delivery: the customer's share of the card's live statement
        from services.users.permissions import Actor

        statement = self.settlement.live_statement(Actor.system(), card_id)
        share = statement.share("customer") if statement is not None else None
        return share.amount if share is not None else 0

    def _crm_timeline(self, actor, customer_id):
        return self.crm.timeline(actor, customer_id)

    def _job_card_timeline(self, actor, customer_id):
        return self.job_cards.timeline(actor, customer_id)

    def close(self) -> None:
        self.db.dispose()
