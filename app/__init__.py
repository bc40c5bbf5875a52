"""ServiceBay composition root: entry point, CLI, settings, database, logging, i18n, event loop."""

__version__ = "0.1.0"
