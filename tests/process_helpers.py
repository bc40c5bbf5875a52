"""Module-level functions for ``TaskRunner.run_in_process`` tests: a spawned process imports this
module by name, so it imports no Qt and no test fixtures."""

from __future__ import annotations

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError


def square(x: int, *, plus: int = 0) -> tuple[int, int]:
    import os

    return x * x + plus, os.getpid()


def refuse(number: str) -> None:
    raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "The price list has no part-number column "
                                                            "(零件号 or Part number) in its first row."),
                          field="file", number=number)


def wait_then(gate, value: str) -> str:
    """Blocks until the test opens ``gate`` (a manager Event), then returns ``value``."""
    gate.wait(60)
    return value


def count_steps(n: int, *, progress) -> int:
    """Reports ``n`` steps through the ``progress`` the runner hands in, then returns ``n``."""
    for i in range(1, n + 1):
        progress(i, n)
    return n
