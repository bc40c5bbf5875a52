"""The CLI signs a person in for import, export and print: the arguments that do it in tests."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ADMIN_PASSWORD


def sign_in(folder: Path, user: str = "admin", password: str = ADMIN_PASSWORD) -> list[str]:
    """``--user USER --password-file FILE``, the file written in ``folder``."""
    path = folder / f"{user}.password"
    path.write_text(password + "\n", encoding="utf-8")
    return ["--user", user, "--password-file", str(path)]


def stamp_heads(url: str) -> None:
    """Mark the test database (made from the models) as at the newest migration, so the CLI opens it as is."""
    from alembic import command

    from app.db.engine import open_database
    from app.db.migrate import alembic_config

    db = open_database(url)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "heads")
    db.dispose()
