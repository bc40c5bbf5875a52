<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Area</name>
    <message>
        <source>Job cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception, job cards, estimates, quality check and printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment sheet, reminders and the welcome board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching jobs to technicians and bays, clocking on and off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts master, stock, purchasing and the store&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving deliveries by scanning, and issuing parts to jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind counts by scanning, recounts and posting of variances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool and equipment ledger, loans, calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer and vehicle file, search, import and export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calls, complaints, reminders and the car club.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty claims to the manufacturer and their settlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s KPIs and the monthly manager workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station details, rates, users and this PC&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
