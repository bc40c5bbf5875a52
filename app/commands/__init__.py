"""The areas' command-line commands, one module per area: ``app/commands/<area>.py``.

``register(groups)`` receives the subparser groups {"root", "import", "export", "print"} and sets
``func(args, ctx, out)`` on the parsers it adds (``servicebay import customers FILE``,
``servicebay print labels ...``). An area may also offer ``checks(ctx) -> list[str]`` for
``servicebay check``. The CLI (app/cli.py) and the checks (app/checks.py) both find the modules
here, so neither imports the other for them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType

AREAS_WITH_COMMANDS: tuple[str, ...] = ("customers", "parts", "tools", "job_cards", "settlement", "workshop", "crm",
                                         "repair_file", "reporting", "claims")


def area_command_modules() -> Iterator[ModuleType]:
    """The command modules of the areas that have one (an area not built yet is skipped)."""
    for area in AREAS_WITH_COMMANDS:
        name = f"app.commands.{area}"
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
