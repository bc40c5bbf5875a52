"""Demo station and its staff: one account per role, more advisors and technicians at scale."""

from __future__ import annotations

from sqlalchemy import select

from app.db.models.users import User, UserRole
from app.demo import DEMO_ADMIN, DEMO_PASSWORD
from services.station.settings import StationSettings
from services.users.permissions import Role

STAFF = {  # role -> how many people at each scale (small, station, decade)
    Role.STATION_MANAGER: (1, 1, 1),
    Role.FRONT_DESK_SUPERVISOR: (1, 1, 1),
    Role.SERVICE_ADVISOR: (2, 6, 8),
    Role.RECEPTIONIST: (1, 2, 2),
    Role.WORKSHOP_SUPERVISOR: (1, 1, 2),
    Role.TECHNICIAN: (4, 16, 24),
    Role.TECHNICAL_SUPERVISOR: (1, 1, 1),
    Role.QUALITY_INSPECTOR: (1, 2, 2),
    Role.PARTS_SUPERVISOR: (1, 1, 1),
    Role.PARTS_PLANNER: (1, 1, 1),
    Role.STOREKEEPER: (1, 2, 3),
    Role.TOOL_KEEPER: (1, 1, 1),
    Role.INFORMATION_CLERK: (1, 1, 1),
    Role.WARRANTY_CLERK: (1, 1, 1),
    Role.CRC_SUPERVISOR: (1, 1, 1),
    Role.CRC_SPECIALIST: (1, 3, 4),
    Role.INSURANCE_CLERK: (1, 1, 1),  # last, and named without faker: the staff before keep their names
}
FIXED = {Role.INSURANCE_CLERK: ("周理赔", "13800138016")}
_SCALE_INDEX = {"small": 0, "station": 1, "decade": 2}


def generate(ctx, scale, rng, faker, progress) -> list[str]:
    if not ctx.station.is_set_up():
        ctx.station.set_up(
            StationSettings(
                name="星辰汽车销售服务有限公司 维修站",
                address=f"{faker.province()}{faker.city()}{faker.street_address()}",
                phone=faker.phone_number(),
                bank_name="中国工商银行 " + faker.city() + "支行",
                bank_account="".join(str(rng.randrange(10)) for _ in range(19)),
                credit_code="91310000775785552L",
                licence_number=f"沪交运管维修字{rng.randrange(100000, 999999)}",
            ),
            DEMO_ADMIN, "系统管理员", DEMO_PASSWORD, today=ctx.clock.today(),
        )
    with ctx.db.read() as s:
        if s.scalar(select(User.id).where(User.username != DEMO_ADMIN).limit(1)):
            return ["users: kept the existing staff"]
    password_hash = ctx.users.hasher.hash(DEMO_PASSWORD)  # one hash for all demo staff: fast
    idx = _SCALE_INDEX[scale]
    made = 0
    badge = 10000
    with ctx.db.write() as s:
        for role, counts in STAFF.items():
            for n in range(counts[idx]):
                badge += 1
                username = f"{role.value.split('_')[0][:4]}{n + 1:02d}" if counts[idx] > 1 else role.value
                name, phone = FIXED.get(role) or (faker.name(), faker.phone_number())
                s.add(User(
                    username=username, display_name=name, password_hash=password_hash,
                    badge_code=f"E{badge}", phone=phone, updated_by="system",
                    roles=[UserRole(role=role.value)],
                ))
                made += 1
    progress("users", made, made)
    return [f"users: {made} staff (password {DEMO_PASSWORD})"]
