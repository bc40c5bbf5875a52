"""Reporting (报表): the station manager's KPIs, the daily and monthly reports, the lists that need action.

Every figure is defined once, in :mod:`services.reporting.definitions`; screens, workbooks and PDFs
read the values from :class:`services.reporting.service.ReportingService`.
"""
