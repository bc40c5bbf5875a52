"""Every KPI the station manager reads (DOMAIN.md), defined once: what it counts, how, in what unit, and
which area provides it. Screens, workbooks and PDFs take the names and the definitions from here.

A figure whose data the product does not hold (yet) has ``built=False``: it is shown as "not built",
never as zero. Targets are the usual ones of DOMAIN.md; the station's own targets (the reporting
settings) override them.

Counting rules: 台次 (visits) counts job cards, 台数 (vehicles) distinct cars; money counts on the
settlement date, from live (not voided) statements, tax inclusive and after discount; internal and
warranty work counts in output and is reported by payer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from services.common.errors import QT_TRANSLATE_NOOP

# units: how a value is written (screens and number formats of the workbook)
MONEY = "money"  # yuan, 2 places
COUNT = "count"  # whole number
RATIO = "ratio"  # a fraction shown as a percentage
HOURS = "hours"  # hours, 2 places
TURNS = "turns"  # times a year, 2 places

# the areas a figure comes from (and the service that computes it)
SETTLEMENT = "settlement"  # statements (reporting counts them itself)
JOB_CARDS = "job_cards"  # cards, deliveries (reporting counts them itself)
WORKSHOP = "workshop"  # WorkshopService.figures
CRM = "crm"  # CrmService.kpis
PARTS = "parts"  # PartsReports
NONE = ""  # not built: the product holds no data for it


@dataclass(frozen=True)
class KpiDefinition:
    code: str
    name_zh: str  # the name the trade uses (shown in both languages next to the English one)
    name: str  # English source text, context "Kpi"
    formula: str  # English source text, context "KpiFormula"
    rule: str  # the counting rule, English source text, context "KpiRule"
    unit: str
    source: str  # the area it comes from; NONE when not built
    target: Decimal | None = None  # the usual target (DOMAIN.md); the station's setting wins
    higher_is_better: bool = True
    needs_costs: bool = False  # made of purchase costs: only for Permission.VIEW_COSTS
    built: bool = True
    group: str = "sales"  # sales | workshop | service | parts | customers (sheet and dashboard sections)


def _k(code, name_zh, name, formula, rule, unit, source, target=None, **kw) -> KpiDefinition:
    return KpiDefinition(code, name_zh, name, formula, rule, unit, source,
                         None if target is None else Decimal(target), **kw)


KPIS: tuple[KpiDefinition, ...] = (
    # ---- sales (from the settlement statements) -------------------------------------------------
    _k("output", "产值", QT_TRANSLATE_NOOP("Kpi", "Output"),
       QT_TRANSLATE_NOOP("KpiFormula", "labour + parts + other charges of settled jobs"),
       QT_TRANSLATE_NOOP("KpiRule", "live statements of job cards, by settlement date; tax inclusive, after "
                                    "discount; every payer (customer, insurer, warranty, internal, fleet)"),
       MONEY, SETTLEMENT),
    _k("visits", "台次", QT_TRANSLATE_NOOP("Kpi", "Visits"),
       QT_TRANSLATE_NOOP("KpiFormula", "job cards settled"),
       QT_TRANSLATE_NOOP("KpiRule", "one per job card with a live statement issued in the period"),
       COUNT, SETTLEMENT),
    _k("vehicles", "台数", QT_TRANSLATE_NOOP("Kpi", "Vehicles"),
       QT_TRANSLATE_NOOP("KpiFormula", "distinct cars settled"),
       QT_TRANSLATE_NOOP("KpiRule", "distinct VINs (plates where no VIN) among the period's visits"),
       COUNT, SETTLEMENT),
    _k("average_ticket", "客单价", QT_TRANSLATE_NOOP("Kpi", "Average ticket"),
       QT_TRANSLATE_NOOP("KpiFormula", "output ÷ visits"),
       QT_TRANSLATE_NOOP("KpiRule", "output and visits as defined above"), MONEY, SETTLEMENT),
    _k("labour_revenue", "工时收入", QT_TRANSLATE_NOOP("Kpi", "Labour revenue"),
       QT_TRANSLATE_NOOP("KpiFormula", "labour lines of settled jobs"),
       QT_TRANSLATE_NOOP("KpiRule", "tax inclusive, after discount, by settlement date"), MONEY, SETTLEMENT),
    _k("parts_revenue", "配件收入", QT_TRANSLATE_NOOP("Kpi", "Parts revenue"),
       QT_TRANSLATE_NOOP("KpiFormula", "parts lines of settled jobs"),
       QT_TRANSLATE_NOOP("KpiRule", "tax inclusive, after discount, by settlement date"), MONEY, SETTLEMENT),
    _k("other_revenue", "其他收入", QT_TRANSLATE_NOOP("Kpi", "Other charges"),
       QT_TRANSLATE_NOOP("KpiFormula", "other-charge lines of settled jobs"),
       QT_TRANSLATE_NOOP("KpiRule", "tax inclusive, after discount, by settlement date"), MONEY, SETTLEMENT),
    _k("parts_margin", "配件毛利", QT_TRANSLATE_NOOP("Kpi", "Parts margin"),
       QT_TRANSLATE_NOOP("KpiFormula", "parts revenue before tax − cost of the parts issued to those jobs"),
       QT_TRANSLATE_NOOP("KpiRule", "settled jobs of the period; cost at the moving average of the issue, "
                                    "returns netted"), MONEY, SETTLEMENT, needs_costs=True),
    _k("parts_margin_rate", "配件毛利率", QT_TRANSLATE_NOOP("Kpi", "Parts margin rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "parts margin ÷ parts revenue before tax"),
       QT_TRANSLATE_NOOP("KpiRule", "settled jobs of the period"), RATIO, SETTLEMENT, needs_costs=True),
    _k("labour_margin", "工时毛利", QT_TRANSLATE_NOOP("Kpi", "Labour margin"),
       QT_TRANSLATE_NOOP("KpiFormula", "labour revenue before tax − technicians' wage cost"),
       QT_TRANSLATE_NOOP("KpiRule", "not built: ServiceBay holds no wage costs"), MONEY, NONE,
       needs_costs=True, built=False),
    _k("sold_hours", "销售工时", QT_TRANSLATE_NOOP("Kpi", "Hours sold"),
       QT_TRANSLATE_NOOP("KpiFormula", "labour hours on settled statements"),
       QT_TRANSLATE_NOOP("KpiRule", "by settlement date"), HOURS, SETTLEMENT),
    # ---- workshop (the clock, services/workshop/figures.py) -------------------------------------
    _k("utilisation", "工时利用率", QT_TRANSLATE_NOOP("Kpi", "Utilisation"),
       QT_TRANSLATE_NOOP("KpiFormula", "clocked work hours ÷ attendance hours"),
       QT_TRANSLATE_NOOP("KpiRule", "the technicians' clock over the period; forgotten clock-offs count "
                                    "nothing until corrected"), RATIO, WORKSHOP, "0.80", group="workshop"),
    _k("efficiency", "工时效率", QT_TRANSLATE_NOOP("Kpi", "Efficiency"),
       QT_TRANSLATE_NOOP("KpiFormula", "sold hours ÷ clocked hours"),
       QT_TRANSLATE_NOOP("KpiRule", "sold hours earned the day the technician finished the line"),
       RATIO, WORKSHOP, "1.00", group="workshop"),
    _k("productivity", "生产率", QT_TRANSLATE_NOOP("Kpi", "Productivity"),
       QT_TRANSLATE_NOOP("KpiFormula", "sold hours ÷ attendance hours"),
       QT_TRANSLATE_NOOP("KpiRule", "as utilisation and efficiency"), RATIO, WORKSHOP, group="workshop"),
    _k("comeback_rate", "返修率", QT_TRANSLATE_NOOP("Kpi", "Comeback rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "reworks inside the guarantee ÷ visits"),
       QT_TRANSLATE_NOOP("KpiRule", "rework cards (naming the card they redo) settled in the period ÷ visits"),
       RATIO, JOB_CARDS, higher_is_better=False, group="workshop"),
    _k("first_time_fix", "一次修复率", QT_TRANSLATE_NOOP("Kpi", "First-time fix"),
       QT_TRANSLATE_NOOP("KpiFormula", "1 − reworks of repair jobs ÷ repair visits"),
       QT_TRANSLATE_NOOP("KpiRule", "repair visits settled in the period; reworks settled in the period "
                                    "whose first card was a repair"), RATIO, JOB_CARDS, "0.95", group="workshop"),
    _k("on_time_delivery", "准时交车率", QT_TRANSLATE_NOOP("Kpi", "On-time delivery"),
       QT_TRANSLATE_NOOP("KpiFormula", "deliveries by the promised time ÷ deliveries"),
       QT_TRANSLATE_NOOP("KpiRule", "cars handed back in the period whose card had a promised time"),
       RATIO, JOB_CARDS, "0.95", group="workshop"),
    _k("same_day_delivery", "当天交车率", QT_TRANSLATE_NOOP("Kpi", "Same-day delivery"),
       QT_TRANSLATE_NOOP("KpiFormula", "deliveries on the day the car came in ÷ deliveries"),
       QT_TRANSLATE_NOOP("KpiRule", "cars handed back in the period; station days"),
       RATIO, JOB_CARDS, "0.80", group="workshop"),
    # ---- customer relations (services/crm/kpis.py) ----------------------------------------------
    _k("appointment_rate", "预约率", QT_TRANSLATE_NOOP("Kpi", "Appointment rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "visits that came by appointment ÷ all visits"),
       QT_TRANSLATE_NOOP("KpiRule", "job cards opened in the period, internal jobs and estimates left out"),
       RATIO, CRM, "0.50", group="service"),
    _k("show_rate", "预约履约率", QT_TRANSLATE_NOOP("Kpi", "Show rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "appointments that arrived ÷ appointments"),
       QT_TRANSLATE_NOOP("KpiRule", "appointments of the period not cancelled beforehand"),
       RATIO, CRM, group="service"),
    _k("follow_up_rate", "回访率", QT_TRANSLATE_NOOP("Kpi", "Follow-up rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "deliveries called within 3 working days ÷ deliveries"),
       QT_TRANSLATE_NOOP("KpiRule", "follow-up calls of the period's deliveries that reached the customer "
                                    "by the deadline"), RATIO, CRM, "0.95", group="service"),
    _k("problems_solved", "问题解决率", QT_TRANSLATE_NOOP("Kpi", "Problems solved"),
       QT_TRANSLATE_NOOP("KpiFormula", "follow-up problems resolved to satisfaction ÷ problems"),
       QT_TRANSLATE_NOOP("KpiRule", "cases opened from follow-up calls in the period"),
       RATIO, CRM, "0.80", group="service"),
    _k("complaints", "投诉", QT_TRANSLATE_NOOP("Kpi", "Complaints"),
       QT_TRANSLATE_NOOP("KpiFormula", "complaints and follow-up problems opened"),
       QT_TRANSLATE_NOOP("KpiRule", "cases opened in the period, by category and department"),
       COUNT, CRM, higher_is_better=False, group="service"),
    _k("first_service_rate", "首保率", QT_TRANSLATE_NOOP("Kpi", "First-service rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "new cars serviced for the first time ÷ new cars due"),
       QT_TRANSLATE_NOOP("KpiRule", "cars whose first service fell due in the period, in for a job by then "
                                    "plus the grace days"), RATIO, CRM, group="customers"),
    _k("lost_rate", "流失率", QT_TRANSLATE_NOOP("Kpi", "Lost customers"),
       QT_TRANSLATE_NOOP("KpiFormula", "customers of month N−6 not back in months N−5..N ÷ customers of N−6"),
       QT_TRANSLATE_NOOP("KpiRule", "N is the period's last month"), RATIO, CRM, higher_is_better=False,
       group="customers"),
    _k("return_5000", "5000 km 回厂率", QT_TRANSLATE_NOOP("Kpi", "Back by first-service mileage"),
       QT_TRANSLATE_NOOP("KpiFormula", "new cars back by their first-service mileage ÷ new cars due"),
       QT_TRANSLATE_NOOP("KpiRule", "not built: the product does not forecast the mileage at which a new "
                                    "car falls due"), RATIO, NONE, built=False, group="customers"),
    # ---- parts store (services/parts/reports.py) ------------------------------------------------
    _k("stock_value", "库存金额", QT_TRANSLATE_NOOP("Kpi", "Stock value"),
       QT_TRANSLATE_NOOP("KpiFormula", "on hand × moving average cost"),
       QT_TRANSLATE_NOOP("KpiRule", "the ledger's book value at the period's end (now, less what "
                                    "moved since)"),
       MONEY, PARTS, needs_costs=True, group="parts"),
    _k("stock_turns", "库存周转率", QT_TRANSLATE_NOOP("Kpi", "Stock turns"),
       QT_TRANSLATE_NOOP("KpiFormula", "annual cost of issues ÷ average stock at cost"),
       QT_TRANSLATE_NOOP("KpiRule", "issues, returns and counter sales of the period at cost, annualised; "
                                    "average of opening and closing stock"),
       TURNS, PARTS, "6", needs_costs=True, group="parts"),
    _k("slow_stock", "呆滞件占比", QT_TRANSLATE_NOOP("Kpi", "Slow stock"),
       QT_TRANSLATE_NOOP("KpiFormula", "stock value with no issue for 6 months ÷ stock value"),
       QT_TRANSLATE_NOOP("KpiRule", "now; a part never issued counts from its last receipt"),
       RATIO, PARTS, higher_is_better=False, needs_costs=True, group="parts"),
    _k("fill_rate", "配件一次满足率", QT_TRANSLATE_NOOP("Kpi", "Fill rate"),
       QT_TRANSLATE_NOOP("KpiFormula", "part lines served from stock at first request ÷ lines requested"),
       QT_TRANSLATE_NOOP("KpiRule", "reservations made in the period"), RATIO, PARTS, "0.90", group="parts"),
)

KPI_BY_CODE: dict[str, KpiDefinition] = {k.code: k for k in KPIS}

GROUP_NAMES = {
    "sales": QT_TRANSLATE_NOOP("KpiGroup", "Sales"),
    "workshop": QT_TRANSLATE_NOOP("KpiGroup", "Workshop"),
    "service": QT_TRANSLATE_NOOP("KpiGroup", "Customer relations"),
    "customers": QT_TRANSLATE_NOOP("KpiGroup", "Customers"),
    "parts": QT_TRANSLATE_NOOP("KpiGroup", "Parts store"),
}

# what each role sees first on the dashboard (the codes, in order). Stock turns and slow stock read the
# whole ledger: they are the monthly report's, not the dashboard's.
MONTHLY_ONLY = ("stock_turns", "slow_stock")
ROLE_FIGURES: dict[str, tuple[str, ...]] = {
    "manager": tuple(k.code for k in KPIS if k.code not in MONTHLY_ONLY),
    "front_desk": ("output", "visits", "average_ticket", "appointment_rate", "on_time_delivery", "same_day_delivery",
                   "comeback_rate"),
    "workshop": ("sold_hours", "utilisation", "efficiency", "productivity", "comeback_rate", "first_time_fix",
                 "on_time_delivery"),
    "parts": ("parts_revenue", "parts_margin", "parts_margin_rate", "stock_value", "fill_rate"),
    "centre": ("appointment_rate", "show_rate", "follow_up_rate", "problems_solved", "complaints",
               "first_service_rate", "lost_rate"),
}


# what a ratio's numerator and denominator are counted in (written as such: money and hours with two places
# even when whole, counts without); a ratio not listed counts cars, calls or lines
AMOUNT_UNITS: dict[str, tuple[str, str]] = {
    "average_ticket": (MONEY, COUNT),
    "parts_margin": (MONEY, MONEY),
    "parts_margin_rate": (MONEY, MONEY),
    "stock_turns": (MONEY, MONEY),
    "slow_stock": (MONEY, MONEY),
    "utilisation": (HOURS, HOURS),
    "efficiency": (HOURS, HOURS),
    "productivity": (HOURS, HOURS),
}


def amount_units(code: str) -> tuple[str, str]:
    """The units of figure ``code``'s numerator and denominator."""
    return AMOUNT_UNITS.get(code, (COUNT, COUNT))


def definition(code: str) -> KpiDefinition:
    return KPI_BY_CODE[code]
