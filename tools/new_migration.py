"""Write an area's Alembic revision from its models: only that area's tables, branched from the foundation.

    python tools/new_migration.py AREA "message" [--depends-on REV ...]

Areas branch from the foundation revision and are applied together (``heads``), so several
areas can add tables at once without fighting over ``down_revision``. The revision is made by
comparing the models of ``app/db/models/AREA.py`` with a database upgraded to every current
head, and keeping only the operations on that module's tables.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402

from app.db.engine import Database  # noqa: E402
from app.db.migrate import alembic_config, upgrade  # noqa: E402

FOUNDATION = "0002_station_settings"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("area")
    ap.add_argument("message")
    ap.add_argument("--depends-on", nargs="*", default=[])
    ap.add_argument("--rev-id")
    args = ap.parse_args()

    module = importlib.import_module(f"app.db.models.{args.area}")
    from app.db.base import Base

    own_tables = {t.name for t in Base.metadata.sorted_tables
                  if any(getattr(m.class_, "__module__", "") == module.__name__
                         for m in Base.registry.mappers if m.local_table is t)}
    if not own_tables:
        print(f"no tables in {module.__name__}", file=sys.stderr)
        return 1

    script = ScriptDirectory.from_config(alembic_config())
    existing = [r.revision for r in script.walk_revisions()]
    number = 1 + max(int(r.split("_")[0]) for r in existing if r.split("_")[0].isdigit())
    rev_id = args.rev_id or f"{number:04d}_{args.area}"

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/m.sqlite3")
        upgrade(db)
        cfg = alembic_config(db)

        def only_own(obj, name, type_, reflected, compare_to):
            table = getattr(obj, "table", None)
            table_name = name if type_ == "table" else (table.name if table is not None else None)
            return table_name in own_tables

        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            cfg.attributes["include_object"] = only_own
            rev = command.revision(
                cfg, message=args.message, autogenerate=True, rev_id=rev_id, head=FOUNDATION, splice=True,
            )
        db.dispose()
    if args.depends_on:
        # an area that needs other areas' tables merges their branches (Alembic's depends_on across
        # sibling branches breaks `upgrade heads` from an empty database)
        path = Path(rev.path)
        text = path.read_text(encoding="utf-8")
        text = text.replace(f"down_revision = {FOUNDATION!r}", f"down_revision = {tuple(args.depends_on)!r}")
        text = text.replace(f"Revises: {FOUNDATION}", f"Revises: {', '.join(args.depends_on)}")
        path.write_text(text, encoding="utf-8")
    print(f"wrote {rev.path if hasattr(rev, 'path') else rev}: tables {sorted(own_tables)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
