"""PostgreSQL backups through the server's own tools: ``pg_dump -Fc`` and ``pg_restore``.

One schema is dumped (the one the URL's ``search_path`` names, else ``public``), in the custom
format: compressed, and read back by ``pg_restore --list`` to check it. The tools must be
installed on this PC and of the server's major version or newer; when they are not, the caller
says so in words (``ToolMissing``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL


class ToolMissing(Exception):
    def __init__(self, tool: str) -> None:
        super().__init__(tool)
        self.tool = tool


class ToolFailed(Exception):
    def __init__(self, tool: str, output: str) -> None:
        super().__init__(f"{tool}: {output}")
        self.tool = tool
        self.output = output


@dataclass(frozen=True)
class Target:
    """Where a dump comes from or goes to: libpq's arguments, the password apart, and the schema."""

    host: str | None
    port: int | None
    user: str | None
    password: str | None
    database: str
    schema: str

    @classmethod
    def of(cls, url: URL) -> Target:
        schema = "public"
        options = url.query.get("options")
        if isinstance(options, tuple):
            options = " ".join(options)
        if options:
            found = re.search(r"search_path\s*=\s*([^\s,]+)", options)
            if found:
                schema = found.group(1).strip('"')
        return cls(url.host, url.port, url.username, url.password, url.database or "", schema)

    def args(self) -> list[str]:
        out = []
        if self.host:
            out += ["-h", self.host]
        if self.port:
            out += ["-p", str(self.port)]
        if self.user:
            out += ["-U", self.user]
        return out + ["-d", self.database]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = str(self.password)
        env["PGCONNECT_TIMEOUT"] = "10"
        return env


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ToolMissing(name)
    return found


def _run(args: list[str], env: dict[str, str] | None = None, timeout: float = 3600) -> str:
    try:
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ToolFailed(Path(args[0]).name, str(exc)) from exc
    if done.returncode != 0:
        raise ToolFailed(Path(args[0]).name, (done.stderr or done.stdout).strip()[:2000])
    return done.stdout


def dump(target: Target, path: Path) -> None:
    """``pg_dump`` of the target's schema to ``path`` (custom format, no owners or grants)."""
    _run([tool("pg_dump"), *target.args(), "-n", target.schema, "-Fc", "--no-owner", "--no-privileges",
          "-f", str(path)], target.env())


def listing(path: Path) -> str:
    """``pg_restore --list`` of a dump: fails on a damaged or foreign file."""
    return _run([tool("pg_restore"), "--list", str(path)])


def dumped_schema(text: str) -> str | None:
    """The schema a dump's listing holds tables of (None when it holds none)."""
    found = re.search(r"^\d+; \d+ \d+ TABLE (\S+) ", text, re.MULTILINE)
    return found.group(1) if found else None


def revisions_in(path: Path, schema: str) -> set[str] | None:
    """The Alembic revisions stored in the dump (None: it has no ``alembic_version`` table)."""
    text = _run([tool("pg_restore"), "-a", "-n", schema, "-t", "alembic_version", "-f", "-", str(path)])
    found = re.search(r"^COPY \S*alembic_version .*?FROM stdin;\n(.*?)^\\\.$", text, re.MULTILINE | re.DOTALL)
    if not found:
        return None
    return {line.strip() for line in found.group(1).splitlines() if line.strip()}


def restore(target: Target, path: Path) -> None:
    """``pg_restore`` into the target's (empty, just created) schema, all in one transaction."""
    _run([tool("pg_restore"), *target.args(), "--no-owner", "--no-privileges", "--single-transaction",
          "--exit-on-error", str(path)], target.env())


def server_tools_version() -> str:
    return _run([tool("pg_dump"), "--version"]).strip()
