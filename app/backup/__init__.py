"""Backups and restores of the database, the check for a damaged file, and the diagnostic report.

``store.Backups`` makes and rotates checked backups (SQLite through the online backup API,
PostgreSQL through pg_dump); ``restore`` puts one back after checking it; ``diagnostics`` writes
the zip for the station's IT person. No Qt here: the CLI (app/commands/backup.py) and the app
(app/gui.py, app/pages/settings.py, app/pages/home.py) call these.
"""
