<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminCommandLine</name>
    <message numerus="yes">
        <source>Every organization has a new key; %n medical note(s) were re-encrypted under it.</source>
        <translation>
            <numerusform>Every organization has a new key; %n medical note was re-encrypted under it.</numerusform>
            <numerusform>Every organization has a new key; %n medical notes were re-encrypted under it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentsDuePage</name>
    <message numerus="yes">
        <source>%n assessment(s) to do.</source>
        <translation>
            <numerusform>%n assessment to do.</numerusform>
            <numerusform>%n assessments to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <source>%n more: open the whole list</source>
        <translation>
            <numerusform>%n more: open the whole list</numerusform>
            <numerusform>%n more: open the whole list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n urgent</source>
        <translation>
            <numerusform>, %n urgent</numerusform>
            <numerusform>, %n urgent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n to attend to%2</source>
        <translation>
            <numerusform>%1: %n to attend to%2</numerusform>
            <numerusform>%1: %n to attend to%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Care plan reviews overdue: %n</source>
        <translation>
            <numerusform>Care plan reviews overdue: %n</numerusform>
            <numerusform>Care plan reviews overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments overdue: %n</source>
        <translation>
            <numerusform>Assessments overdue: %n</numerusform>
            <numerusform>Assessments overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n</source>
        <translation>
            <numerusform>NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n</numerusform>
            <numerusform>NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not escalated)</source>
        <translation>
            <numerusform> (%n not escalated)</numerusform>
            <numerusform> (%n not escalated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residents with no note this shift (%1 shift since %2): %n</source>
        <translation>
            <numerusform>Residents with no note this shift (%1 shift since %2): %n</numerusform>
            <numerusform>Residents with no note this shift (%1 shift since %2): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents awaiting review: %n</source>
        <translation>
            <numerusform>Incidents awaiting review: %n</numerusform>
            <numerusform>Incidents awaiting review: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n waiting more than 24 hours)</source>
        <translation>
            <numerusform> (%n waiting more than 24 hours)</numerusform>
            <numerusform> (%n waiting more than 24 hours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications not sent: %n</source>
        <translation>
            <numerusform>Notifications not sent: %n</numerusform>
            <numerusform>Notifications not sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n past due)</source>
        <translation>
            <numerusform> (%n past due)</numerusform>
            <numerusform> (%n past due)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit actions overdue: %n</source>
        <translation>
            <numerusform>Audit actions overdue: %n</numerusform>
            <numerusform>Audit actions overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audits due: %n</source>
        <translation>
            <numerusform>Audits due: %n</numerusform>
            <numerusform>Audits due: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue or never run)</source>
        <translation>
            <numerusform> (%n overdue or never run)</numerusform>
            <numerusform> (%n overdue or never run)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message numerus="yes">
        <source>Nothing needs attention in your %n home(s) at %1.</source>
        <translation>
            <numerusform>Nothing needs attention in your %n home at %1.</numerusform>
            <numerusform>Nothing needs attention in your %n homes at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, %2 of them urgent.</source>
        <translation>
            <numerusform>%n thing needs attention in your home at %1, %2 of them urgent.</numerusform>
            <numerusform>%n things need attention in your home at %1, %2 of them urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, none of them urgent.</source>
        <translation>
            <numerusform>%n thing needs attention in your home at %1, and it is not urgent.</numerusform>
            <numerusform>%n things need attention in your home at %1, none of them urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, %3 of them urgent.</source>
        <translation>
            <numerusform>%n thing needs attention in your %2 homes at %1, %3 of them urgent.</numerusform>
            <numerusform>%n things need attention in your %2 homes at %1, %3 of them urgent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, none of them urgent.</source>
        <translation>
            <numerusform>%n thing needs attention in your %2 homes at %1, and it is not urgent.</numerusform>
            <numerusform>%n things need attention in your %2 homes at %1, none of them urgent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message numerus="yes">
        <source>%n entry(s) missing from position %1.</source>
        <translation>
            <numerusform>%n entry missing from position %1.</numerusform>
            <numerusform>%n entries missing from position %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message numerus="yes">
        <source>Score %1% (%2 of %n applicable met)</source>
        <translation>
            <numerusform>Score %1% (%2 of %n applicable met)</numerusform>
            <numerusform>Score %1% (%2 of %n applicable met)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open: %n question(s) not answered yet.</source>
        <translation>
            <numerusform>Open: %n question not answered yet.</numerusform>
            <numerusform>Open: %n questions not answered yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message numerus="yes">
        <source>%n open, overdue</source>
        <translation>
            <numerusform>%n open, overdue</numerusform>
            <numerusform>%n open, overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message numerus="yes">
        <source>The newest %n entries shown: scroll down for earlier ones.</source>
        <translation>
            <numerusform>The newest entry shown: scroll down for earlier ones.</numerusform>
            <numerusform>The newest %n entries shown: scroll down for earlier ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the period.</source>
        <translation>
            <numerusform>%n entry in the period.</numerusform>
            <numerusform>%n entries in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n entry(s): %1</source>
        <translation>
            <numerusform>Saved as CSV, %n entry: %1</numerusform>
            <numerusform>Saved as CSV, %n entries: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is NOT intact: %n problem(s) found, listed below.</source>
        <translation>
            <numerusform>The audit trail is NOT intact: %n problem found, listed below.</numerusform>
            <numerusform>The audit trail is NOT intact: %n problems found, listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message numerus="yes">
        <source>%n audit(s).</source>
        <translation>
            <numerusform>%n audit.</numerusform>
            <numerusform>%n audits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actions open: %n, of which %1 overdue.</source>
        <translation>
            <numerusform>Actions open: %n, of which %1 overdue.</numerusform>
            <numerusform>Actions open: %n, of which %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audits due this week: %n.</source>
        <translation>
            <numerusform>Audits due this week: %n.</numerusform>
            <numerusform>Audits due this week: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommandLine</name>
    <message numerus="yes">
        <source>Backups of %1 go to %2, keeping %n full backup(s) and the write-ahead log since the oldest.</source>
        <translation>
            <numerusform>Backups of %1 go to %2, keeping %n full backup and the write-ahead log since the oldest.</numerusform>
            <numerusform>Backups of %1 go to %2, keeping %n full backups and the write-ahead log since the oldest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server last archived %1 at %2; %n attempt(s) failed.</source>
        <translation>
            <numerusform>The server last archived %1 at %2; %n attempt failed.</numerusform>
            <numerusform>The server last archived %1 at %2; %n attempts failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema %1; %n shift note(s)</source>
        <translation>
            <numerusform>Schema %1; %n shift note</numerusform>
            <numerusform>Schema %1; %n shift notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n audit chain(s) verified.</source>
        <translation>
            <numerusform>; %n audit chain verified.</numerusform>
            <numerusform>; %n audit chains verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>Restored and checked in %1: %n shift note(s), every audit chain intact. Close Write Care Notes everywhere on this computer and start it again to use it; the database in use now is kept beside it.</source>
        <translation>
            <numerusform>Restored and checked in %1: %n shift note, every audit chain intact. Close Write Care Notes everywhere on this computer and start it again to use it; the database in use now is kept beside it.</numerusform>
            <numerusform>Restored and checked in %1: %n shift notes, every audit chain intact. Close Write Care Notes everywhere on this computer and start it again to use it; the database in use now is kept beside it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message numerus="yes">
        <source>%n residents on the board</source>
        <translation>
            <numerusform>%n resident on the board</numerusform>
            <numerusform>%n residents on the board</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station notes were not written</source>
        <translation>
            <numerusform>%n station note was not written</numerusform>
            <numerusform>%n station notes were not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n home(s)</source>
        <translation>
            <numerusform>%n home</numerusform>
            <numerusform>%n homes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) needing attention</source>
        <translation>
            <numerusform>%n thing needing attention</numerusform>
            <numerusform>%n things needing attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkGui</name>
    <message numerus="yes">
        <source>
GUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 residents listed and %6 timeline notes, %7 MiB more than just signed in.
</source>
        <translation>
            <numerusform>
GUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 residents listed and %6 timeline notes, %7 MiB more than just signed in.
</numerusform>
            <numerusform>
GUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 residents listed and %6 timeline notes, %7 MiB more than just signed in.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message numerus="yes">
        <source>%n care plan(s) overdue for review today.</source>
        <translation>
            <numerusform>%n care plan overdue for review today.</numerusform>
            <numerusform>%n care plans overdue for review today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) of the period ask about this statement.</source>
        <translation>
            <numerusform>%n audit of the period asks about this statement.</numerusform>
            <numerusform>%n audits of the period ask about this statement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n answer(s), %1 met, %2 not met and %3 not applicable.</source>
        <translation>
            <numerusform>Of the %n answer, %1 met, %2 not met and %3 not applicable.</numerusform>
            <numerusform>Of the %n answers, %1 met, %2 not met and %3 not applicable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period, %1 of them reviewed.</source>
        <translation>
            <numerusform>%n incident in the period, %1 of them reviewed.</numerusform>
            <numerusform>%n incidents in the period, %1 of them reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care plan review(s) done in the period.</source>
        <translation>
            <numerusform>%n care plan review done in the period.</numerusform>
            <numerusform>%n care plan reviews done in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) done in the period.</source>
        <translation>
            <numerusform>%n assessment done in the period.</numerusform>
            <numerusform>%n assessments done in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) overdue today.</source>
        <translation>
            <numerusform>%n assessment overdue today.</numerusform>
            <numerusform>%n assessments overdue today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message numerus="yes">
        <source>…and %n more: see the tables and partitions below.</source>
        <translation>
            <numerusform>…and %n more: see the tables and partitions below.</numerusform>
            <numerusform>…and %n more: see the tables and partitions below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message numerus="yes">
        <source>Shift notes waiting in daily_records_default for their month&apos;s partition: %n. Run writecarenotes-admin maintain.</source>
        <translation>
            <numerusform>Shift notes waiting in daily_records_default for their month&apos;s partition: %n. Run writecarenotes-admin maintain.</numerusform>
            <numerusform>Shift notes waiting in daily_records_default for their month&apos;s partition: %n. Run writecarenotes-admin maintain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation>
            <numerusform>; %n failure, the last at %1</numerusform>
            <numerusform>; %n failures, the last at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %1; %n note(s) waiting for theirs</source>
        <translation>
            <numerusform>up to %1; %n note waiting for theirs</numerusform>
            <numerusform>up to %1; %n notes waiting for theirs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>This station locks itself after %n minute(s) without use</source>
        <translation>
            <numerusform>This station locks itself after %n minute without use</numerusform>
            <numerusform>This station locks itself after %n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care homes of %1</source>
        <translation>
            <numerusform>%n care homes of %1</numerusform>
            <numerusform>%n care homes of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message numerus="yes">
        <source> minute(s) after the care</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> minute after the care</numerusform>
            <numerusform> minutes after the care</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s) without use</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> minute without use</numerusform>
            <numerusform> minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered bed(s)</source>
        <translation>
            <numerusform>%n registered bed</numerusform>
            <numerusform>%n registered beds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message numerus="yes">
        <source>%n to send, past due</source>
        <translation>
            <numerusform>%n to send, past due</numerusform>
            <numerusform>%n to send, past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s) shown.</source>
        <translation>
            <numerusform>%n incident shown.</numerusform>
            <numerusform>%n incidents shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n note(s) not yet sent to the server. Kept on this station, encrypted, they will be sent when the server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.</source>
        <translation>
            <numerusform>%n note not yet sent to the server. Kept on this station, encrypted, it will be sent when the server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.</numerusform>
            <numerusform>%n notes not yet sent to the server. Kept on this station, encrypted, they will be sent when the server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordAccessDialog</name>
    <message numerus="yes">
        <source>The newest %n shown: scroll down for earlier ones.</source>
        <translation>
            <numerusform>The newest %n shown: scroll down for earlier ones.</numerusform>
            <numerusform>The newest %n shown: scroll down for earlier ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the period.</source>
        <translation>
            <numerusform>%n time in the period.</numerusform>
            <numerusform>%n times in the period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n time(s): %1</source>
        <translation>
            <numerusform>Saved as CSV, %n time: %1</numerusform>
            <numerusform>Saved as CSV, %n times: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordRetention</name>
    <message numerus="yes">
        <source>%n year(s) after the care ended</source>
        <translation>
            <numerusform>%n year after the care ended</numerusform>
            <numerusform>%n years after the care ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from the last entry</source>
        <translation>
            <numerusform>%n year from the last entry</numerusform>
            <numerusform>%n years from the last entry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsKeptPage</name>
    <message numerus="yes">
        <source>%n resident(s) who have left or died.</source>
        <translation>
            <numerusform>%n resident who has left or died.</numerusform>
            <numerusform>%n residents who have left or died.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records of %n of them may be archived now.</source>
        <translation>
            <numerusform>The records of %n of them may be archived now.</numerusform>
            <numerusform>The records of %n of them may be archived now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message numerus="yes">
        <source>%n homes</source>
        <translation>
            <numerusform>%n homes</numerusform>
            <numerusform>%n homes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentAlerts</name>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(due in %n day(s))</source>
        <translation>
            <numerusform>(due in %n day)</numerusform>
            <numerusform>(due in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message numerus="yes">
        <source>The first %n resident(s): scroll down for more.</source>
        <translation>
            <numerusform>The first %n resident: scroll down for more.</numerusform>
            <numerusform>The first %n residents: scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s).</source>
        <translation>
            <numerusform>%n resident.</numerusform>
            <numerusform>%n residents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewsDuePage</name>
    <message numerus="yes">
        <source>%n care plan(s) to review.</source>
        <translation>
            <numerusform>%n care plan to review.</numerusform>
            <numerusform>%n care plans to review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftBoardModel</name>
    <message numerus="yes">
        <source>%n note(s): %1</source>
        <translation>
            <numerusform>%n note: %1</numerusform>
            <numerusform>%n notes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation>
            <numerusform>; %n failure, the last at %1</numerusform>
            <numerusform>; %n failures, the last at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Shift-note partitions up to %1; %n note(s) waiting for theirs</source>
        <translation>
            <numerusform>  Shift-note partitions up to %1; %n note waiting for theirs</numerusform>
            <numerusform>  Shift-note partitions up to %1; %n notes waiting for theirs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyntheticDataGenerator</name>
    <message numerus="yes">
        <source>Period %1 to %2; %n new monthly partition(s) of shift notes.</source>
        <translation>
            <numerusform>Period %1 to %2; %n new monthly partition of shift notes.</numerusform>
            <numerusform>Period %1 to %2; %n new monthly partitions of shift notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Home %1: %2 residents (%3 there now), %n care plan review(s), in %4 s.</source>
        <translation>
            <numerusform>Home %1: %2 residents (%3 there now), %n care plan review, in %4 s.</numerusform>
            <numerusform>Home %1: %2 residents (%3 there now), %n care plan reviews, in %4 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Home %1, %2: %n note(s) in %3 s.</source>
        <translation>
            <numerusform>Home %1, %2: %n note in %3 s.</numerusform>
            <numerusform>Home %1, %2: %n notes in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
</context>
</TS>
