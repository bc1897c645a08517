<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AbbeyPainScale</name>
    <message>
        <source>Absent (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbey Pain Scale: Abbey J. et al., International Journal of Palliative Nursing 10(1), 2004 (scale version 1998-2002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocalisation: whimpering, groaning, crying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facial expression: looking tense, frowning, grimacing, looking frightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in body language: fidgeting, rocking, guarding part of the body, withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural change: more confused, refusing to eat, change in usual patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiological change: temperature, pulse or blood pressure outside normal limits, perspiring, flushing or pallor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical changes: skin tears, pressure areas, arthritis, contractures, previous injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute on chronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the score is 3 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the pain (comfort, position, prescribed pain relief; the GP if it is new or not relieved) and score it again within an hour of what was done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCommandLine</name>
    <message>
        <source>The PostgreSQL database: a libpq connection string (&quot;host=... dbname=... user=... sslmode=...&quot;) or a postgresql:// address. Default: database/conninfo in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: pass --db &quot;host=... dbname=...&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied schema migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already at schema %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema: %1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  by %3 with Write Care Notes %4  %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New monthly partitions for shift notes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift notes have partitions up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization, by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s role: carer, nurse, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care home the new user works at, by name or id (repeat for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user works at every care home of the organization, present and future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: %1 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one name (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further words (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a password given with --db can be read by other users of this computer in the process list: use PGPASSWORD or a .pgpass file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the organization %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-facility needs --organization (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the care home %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-user needs --%1 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create-user needs either --facility (one or more) or --all-facilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the user %1 (id %2); they choose a new password at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the station login %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station login %1 is ready: stations connect with &quot;user=%1&quot; and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init-keys writes a file on the database server, which only a PostgreSQL superuser may: connect as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key of the medical notes is in %1 on the database server. Back it up apart from the database: without it no medical note can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every organization has a new key; %n medical note(s) were re-encrypted under it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user&apos;s email address, with which they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the database server keeps the master key of the medical notes: a full path on the server, outside its data directory. Default (init-keys): beside the data directory. restore-key writes this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-password: the user keeps the new password instead of choosing their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-key: for the database Write Care Notes keeps on this computer, in its own key folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data: how many care homes (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data: the same seed always gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data: how many days of care, ending today (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data: beds per home (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock-user needs --email (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has the email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again: the failed sign-ins that locked the account no longer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-password needs --email (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set; they choose a new one at their next sign-in. Their sessions and any lockout have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set. Their sessions and any lockout have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size: %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-key needs either --embedded (the database Write Care Notes keeps on this computer) or --key-file PATH (the file a server on this computer reads), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created: check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key file as a full path (starting with /): the one the database names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file %1 already exists; it is never overwritten: if it is the wrong one, move it elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key (9 groups of 8 characters), then Enter: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key of the medical notes is back in %1, readable by the %2 account only. Start Write Care Notes (or the database server) again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data: care homes per organization (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale, --days, --residents-per-home and --homes-per-organization take whole numbers (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries sealed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of no organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-audit: a head printed by an earlier verify-audit and kept elsewhere, as CHAIN:POSITION:HASH (CHAIN: the organization&apos;s id, or none); the chain must still hold it. May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-head takes CHAIN:POSITION:HASH, as verify-audit printed it (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 up to position %3, head %4:%3:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup configure: the folder pgBackRest keeps the backups and archived write-ahead log in (a full path, on another disk or a network share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup configure: how many full backups to keep (default %1); the write-ahead log is kept back to the oldest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup, restore: pgBackRest&apos;s configuration file for this server (default: writecarenotes-pgbackrest.conf beside the server&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup run: full, diff (changed since the last full) or incr (changed since the last backup; the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: the moment to restore to, as &quot;2026-12-06 14:30&quot; in this computer&apos;s time zone, or with an offset (&quot;2026-12-06 14:30:00+00:00&quot;). Default: the newest moment archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: the new folder to restore the database into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: a backup&apos;s label (from backup list), restored to its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs one of: %1 (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retention is a number of full backups, from 1 to 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes administration, for whoever runs the database server.

Commands:
  migrate                bring the database&apos;s schema up to date and print the version reached
  status [--backup-config FILE]
                         the schema versions applied and pending, and the server&apos;s health: size, tables and partitions, connections, the oldest open transaction, standbys, the newest backup and archiving; exits 3 when something needs attention (for cron or monitoring)
  maintain               create the monthly partitions for shift notes ahead of time, and seal new audit log entries into their organization&apos;s chain
  create-organization NAME
                         a new organization (a care group, or a single home&apos;s provider)
  create-facility --organization ORG NAME
                         a new care home of the organization
  create-user --organization ORG --email EMAIL --first-name NAME --last-name NAME --role ROLE
              [--facility FACILITY ...] [--all-facilities]
                         a new user, with the password read from standard input; they change it at their first sign-in
  create-station-login NAME
                         the database login a station connects with (password from standard input)
  init-keys [--key-file PATH]
                         create the master key of the medical notes on the database server (once)
  rotate-keys            new keys for every organization; every medical note re-encrypted under them
  unlock-user --email EMAIL
                         end the lockout after too many failed sign-ins of that user
  set-password --email EMAIL [--no-change-needed]
                         a new password for that user, read from standard input; they choose their own at their next sign-in unless --no-change-needed; ends their sessions and any lockout
  verify-audit           recompute every organization&apos;s audit chain: name each entry altered, put in or taken out since it was sealed, and each audited row changed, put in or taken out without its entry; print each chain&apos;s head to keep elsewhere
  list-users [--organization ORG]
                         every user: name, email, role, whether active, and until when locked out
  restore-key --embedded | --key-file PATH
                         put the master key back from the recovery key (read from standard input) into a new file, for the database on this computer (--embedded) or a server on this computer
  backup configure --repository FOLDER [--retention N]
                         WAL archiving and backups of this server with pgBackRest into FOLDER (run on the server&apos;s computer, as root or the server&apos;s account, connected as a superuser)
  backup run [--type full|diff|incr]
                         take a backup now (from cron: nightly incr, weekly full)
  backup list            the backups kept, and what the server last archived
  backup check           that the server&apos;s write-ahead log reaches the repository
  restore --into FOLDER [--to TIME | --backup LABEL] [--backup-config FILE]
                         restore into a new folder (never over the server&apos;s own), to a moment, start it privately and check it (schema, audit chains); --db is not needed when the server is gone
  generate-data [--scale N] [--seed S] [--days D] [--residents-per-home R] [--homes-per-organization G]
                         fill a new database with a fictional data set for measuring: N homes of R residents in groups of G homes, their staff and D days of their care, the same for the same seed

Give the database password through a .pgpass file or the PGPASSWORD variable rather than in --db, where other users of this computer could see it in the process list. Commands that set up roles and keys need a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics brought up to date (ANALYZE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup configure needs --repository FOLDER, a full path: a disk or network share other than the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is full, diff or incr (default incr: what changed since the last backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --into FOLDER, a full path: a new folder for the restored database (the server&apos;s own is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --to TIME or --backup LABEL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppendOnlyGuard</name>
    <message>
        <source>The guard of the append-only tables cannot be installed (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this database has no guard of its append-only tables (no PostgreSQL superuser has migrated it), so anyone who can act as its owner role wcn_owner can disable their triggers and rewrite or delete shift notes, assessments and audit entries: run &quot;writecarenotes-admin migrate&quot; once as a superuser to install it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveConfirmDialog</name>
    <message>
        <source>Archive the records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record held about %1 is saved in %2 and, for a computer to read, %3. Keep both as the organization&apos;s archive: nothing of theirs stays in Write Care Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To remove their records for good, type their name as written here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveStore</name>
    <message>
        <source>Only an administrator who may also read every record of the resident (a manager&apos;s rights) archives them, and only for a resident of their homes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentHistoryModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by a later entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>← &amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is &amp;corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. weight was read from the wrong resident&apos;s chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or say why not now, e.g. reviewed with the GP today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect this assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (check this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: no score until every question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Version: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment: answer every question, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1 by %2, written %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an earlier entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by a later entry: this one is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose first what to do with the care plan: open it, or say why not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is not saved. Save it before you leave it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1, score %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the assessment of %1: change what was wrong, say why, and save. The first entry stays, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review the care plan for %2 now. What will you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a care plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the care plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the care plan is not being reviewed now, then choose Not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: care plan not reviewed now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 - %3 %4.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentSchedule</name>
    <message>
        <source>You may not change the organization&apos;s settings: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, how often it is due: %2 days is not possible. Choose 0 (not scheduled) to %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, how soon it is due again after a risk: %2 days is not possible. Choose 0 (as often as usual) to %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentStore</name>
    <message>
        <source>Care plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New care plan started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan not reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not complete: answer %2, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the assessment is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment cannot be found, or you may not see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTools</name>
    <message>
        <source>MUST (nutrition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlow (pressure ulcer risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls risk (FRAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbey Pain Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barthel (daily living)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4: %5 is not possible. Check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; cannot go with other answers. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not one of the tool&apos;s. Choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: choose the day it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: %1 is in the future. It can be today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: %1 is before the resident was born (%2). Choose the day it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbey pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barthel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTrend</name>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlow score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MUST 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift note by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsDueModel</name>
    <message>
        <source>Never: due on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsDuePage</name>
    <message>
        <source>Assessments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue first, then those due in the next 3 days. An assessment never done is due on admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment is overdue or due in the next 3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message numerus="yes">
        <source>%n more: open the whole list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n urgent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n to attend to%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Care plan reviews overdue: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assessments overdue: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NEWS2 of 5 or more, or 3 in one parameter, in the last 24 hours: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n not escalated)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residents with no note this shift (%1 shift since %2): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Incidents awaiting review: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n waiting more than 24 hours)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications not sent: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n past due)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit actions overdue: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audits due: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n overdue or never run)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (room %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 care plan, review due %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NEWS2 %2 at %3, no escalation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NEWS2 %2 at %3, escalated: %4 (told: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (safeguarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: waiting for review more than 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: was due %3, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit: due %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit: never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit: %2 (%3), due %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it all again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold lines are urgent. Enter or a double click opens what a line is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what needs attention in your homes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work in no care home yet: nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing needs attention in your %n home(s) at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, %2 of them urgent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your home at %1, none of them urgent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, %3 of them urgent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need attention in your %2 homes at %1, none of them urgent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditActionsModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 (position %2) does not match its seal: it was changed after it was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (position %2) is not linked to the entry before it: an entry was put in or taken out there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (position %2) is not the one whose hash was kept: the chain was rewritten from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain no longer reaches position %1, which was kept: entries were removed from its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is held twice (entry %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) missing from position %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of %2 has no audit entry: it was put in while the audit triggers were off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 is gone without an audit entry: it was taken out while the audit triggers were off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 does not match its latest audit entry: it was changed while the audit triggers were off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer among the audited tables: its changes are not being recorded or compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trigger of %1 is switched off: its changes are not being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditForm</name>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a&amp;pplicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment (what was found; required when not met):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence it was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ac&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the audit &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Score %1% (%2 of %n applicable met)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open: %n question(s) not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open: every question answered, ready to sign off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version of this audit exists; this one is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, made by %2 because: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor: %1. Questions: version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidences no quality statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for this question (raised when it is not met)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action for this question: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose met, not met or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit is signed off and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is open: change what needs changing, then sign it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: &amp;resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care p&amp;lan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summar&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it chan&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open, overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>This audit cannot be found: it may be of a home you do not manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this audit: ask a manager of its home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this action: ask a manager of its home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTemplateDialog</name>
    <message>
        <source>Audit questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of audit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidance for the auditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality &amp;statements it evidences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions: version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type is added: write its questions, then save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new version. Audits already started keep the questions they were started with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to see it whole here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes the organization&apos;s audit chain and compares every audited record with its latest entry: anything changed, put in or taken out behind the application&apos;s back is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries in the period for what is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries shown: scroll down for earlier ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1, %2: %3 by %4 at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: changed, not shown (kept from those who may not read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail, %1 to %2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n entry(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit trail...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed up to position %1, hash %2: a copy of these kept elsewhere shows later whether the trail was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sealed yet: entries are sealed into the chain by the database&apos;s regular maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: no entry was changed, put in or taken out, and every audited record matches its latest entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is NOT intact: %n problem(s) found, listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailStore</name>
    <message>
        <source>Sign-ins, sign-outs and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records opened and medical notes read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, their homes and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records exported, held and restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission, move or discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit template question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit question&apos;s quality statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the medical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the medical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looked at who has seen the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported every record held (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home taken away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift times changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit action changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as it stood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily fluid target (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR decision in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReSPECT form in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where injured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s records archived and removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored copy of the database made and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a restored copy called off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditsDueModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditsPage</name>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions of each type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Actions open: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Actions open: %n, of which %1 overdue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits due this week: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audits due this week: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommandLine</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which backups? Give --backup-config FILE (written by &quot;backup configure&quot;), or --db as a superuser of the server, whose data folder it is beside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup configure needs --repository FOLDER, a full path: a disk or network share other than the server&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backups of %1 go to %2, keeping %n full backup(s) and the write-ahead log since the oldest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restart the database server now (for example: systemctl restart postgresql): archiving starts with it. Then run &quot;writecarenotes-admin backup check&quot; and &quot;writecarenotes-admin backup run --type full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server archives its write-ahead log there. Take the first backup with &quot;writecarenotes-admin backup run --type full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type is full, diff or incr (default incr: what changed since the last backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup finished but pgBackRest lists no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 (%2) taken: %3 to %4, %5 MB in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3 to %4  %5 MB (%6 MB in the repository)%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PAGE ERRORS FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore can reach any moment from %1 to the newest archived write-ahead log (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server last archived %1 at %2; %n attempt(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the server&apos;s archiving is off or its last attempt failed (%1 at %2): run &quot;writecarenotes-admin backup check&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s write-ahead log reaches %1: a new segment was archived there just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs --into FOLDER, a full path: a new folder for the restored database (the server&apos;s own is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --to TIME or --backup LABEL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the server&apos;s own data folder: restore into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to %1 (UTC) into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Schema %1; %n shift note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, the newest received at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n audit chain(s) verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql.conf and pg_hba.conf were not in the backup (Debian keeps them in /etc/postgresql): minimal ones were written there for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup configuration %1 is for the server whose data folder is %2, not this one (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgBackRest&apos;s configuration: %1 (a copy in the repository, for a restore with the server gone: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is stopped, with archiving off. To make it the live database: stop the server, move its data folder aside (keep it), move %1 in its place, start the server, run ALTER SYSTEM SET archive_mode = on and restart it, then &quot;writecarenotes-admin backup run --type full&quot;. The master key is not in any backup: put it back with &quot;writecarenotes-admin restore-key --key-file PATH&quot; if it was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writecarenotes-admin, run by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore is written into the restored database&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database&apos;s schema is older than restore records: note this restore in the home&apos;s own log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupConfiguration</name>
    <message>
        <source>The path %1 has a character (one of &quot; &apos; ` $ \ =) that the database server&apos;s archive command or pgBackRest cannot take safely: choose a folder without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 may hold only letters, digits, - and _ for pgBackRest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup configuration %1 cannot be read (%2): give the file written by &quot;backup configure&quot; with --backup-config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup configuration written by Write Care Notes (it lacks the repository, the data folder, the user or the database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupInventory</name>
    <message>
        <source>pgBackRest&apos;s list of backups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgBackRest&apos;s repository has no backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRules</name>
    <message>
        <source>Backups: not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to %1; none has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes since the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 (%2), in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not backed up: pgBackRest is not installed on this computer. Ask whoever looks after the computer to install the package pgbackrest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup of this database has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is from %1, two days ago or more: keep Write Care Notes running at night, or see why the backups fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved to the backup folder only from the next start of Write Care Notes on this computer: close it everywhere on this computer and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since the last backup are not reaching the backup folder (the last attempt failed at %1): check that the folder %2 is there and has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups are on the same disk as the database (%1): a failed disk would take both. Choose a folder on another disk or a network share on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database %1 replaces this one at the next start of Write Care Notes: what is recorded until then stays only in the folder kept beside it. If that is not wanted, cancel the switch on the Backups page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This start switched to the restored database; the one in use before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSetup</name>
    <message>
        <source>The backup folder must be a full path: a disk or network share other than the database&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching backups on changes the server&apos;s archiving settings, which only a PostgreSQL superuser may: connect as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on no Unix socket (unix_socket_directories is empty); pgBackRest reaches it through one: set it, restart the server and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already archives its write-ahead log with: %1. If pgBackRest is to replace that, remove it first (ALTER SYSTEM RESET archive_command), then configure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is inside the server&apos;s data folder: choose a folder elsewhere, ideally on another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 could not be made for the server&apos;s account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the backup configuration could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep backups here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was at the end of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of the database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (best on another disk or a network share):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore goes into a new folder and is checked there. The database in use now is not touched: the next start of Write Care Notes switches to the restored one and keeps the current one beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up %1 and taking a full backup there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups now go to %1; a full backup is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That moment has not happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database as it was at %1 into a new folder and check it? Nothing in use now changes until Write Care Notes is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring and checking… this takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored and checked in %1: %n shift note(s), every audit chain intact. Close Write Care Notes everywhere on this computer and start it again to use it; the database in use now is kept beside it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the database in use (cancel the switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full backups kept (one a week, with every change between them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the switch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in use stays in use at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarthelIndex</name>
    <message>
        <source>Barthel index of activities of daily living: Mahoney and Barthel, 1965; 20-point scoring of Collin and Wade, 1988; dependency bands of Shah, Vanclay and Cooper, 1989</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bowels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incontinent, or needs enemas (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional accident, once a week (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incontinent, or catheterised and unable to manage alone (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional accident, at most once in 24 hours (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent for over 7 days (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grooming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help with personal care (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent: face, hair, teeth, shaving (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilet use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependent (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs some help, can do something alone (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent: on and off, dressing, wiping (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help cutting, spreading butter and so on (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer, bed to chair and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable, no sitting balance (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major help (one or two people, physical), can sit (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor help, verbal or physical (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility on level surfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immobile, or under 50 yards (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair independent, corners included, over 50 yards (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walks with the help of one person, over 50 yards (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent, any aid such as a stick, over 50 yards (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help, can do about half unaided (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent: buttons, zips, laces (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs help: verbal, physical, carrying an aid (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent, or in the shower (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slight dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the personal care plan gives the help each activity needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchMain</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>%1 could not sign in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home %1 shows no residents: nothing to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2 ms, baseline %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in (bcrypt by design) and attaching the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search by surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search by a later word of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search by NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, across homes (a manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, in one home (a nurse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening a resident (record, events, history, care plans, assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline, first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident measured has no notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline, fiftieth page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of the resident&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 notes: the first page timed again, nothing beyond it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a committed shift note save (triggers and checks included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the insert with its triggers failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same insert with its triggers and checks: median %1 ms, the save %2x of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a medical note save (encryption included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift board refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n residents on the board</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>handover (board, the shift&apos;s notes, the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments due, one home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care plan reviews due, one home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stations: %2 notes in %3 s (%4 failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n station notes were not written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the home screen could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manager&apos;s home screen, every home of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n home(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) needing attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the baseline could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline could not sign in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkGui</name>
    <message>
        <source>%1 --quit-when-ready did not get ready: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no temporary folder for the application&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gui cold start: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gui warm start: median %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GUI memory probe failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gui memory: peak %1 KiB, %2 resident rows, %3 timeline notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
GUI: cold start %1 ms, warm start median %2 ms (p95 %3 ms, %n starts); peak memory %4 MiB with %5 residents listed and %6 timeline notes, %7 MiB more than just signed in.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchmarkGuiProbe</name>
    <message>
        <source>the sign-in page did not appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not sign in through the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the residents page did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the residents page has no list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resident list did not fetch more rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift board did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift board has no timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift board shows no residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline did not fetch more notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareCategories</name>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with shower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with bath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washed independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with oral care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with shave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted with dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hair care given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed encouragement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted to eat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fortified diet given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified texture diet given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thickened fluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted to toilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad changed, dry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad changed, wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pad changed, soiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catheter bag emptied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incontinent of urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incontinent of faeces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositioned, skin intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositioned, redness noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined repositioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked with frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked with assistance of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoisted with assistance of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept well, checked hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restless night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awake for long periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up in the night, settled with reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheerful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low in mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agitated, settled with reassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined group activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Music session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read newspaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched television</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went out into the garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District nurse visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call with family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tea (meal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitting up in bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanPage</name>
    <message>
        <source>&amp;Back to the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Care plan for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star&amp;ted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How staff &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the review &amp;found or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: every version, who changed it and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view this plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new care plan: fill it in, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 on %2; last changed by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care plan has changes that are not saved. Save them before you leave it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown with your changes on top: check it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan where the review found it should change, say what the review found, and set the next review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded. The next review is on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the saved version: your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the saved version as PDF: your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to this care plan are back, as you left them: check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the saved version: your changes are not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanRecord</name>
    <message>
        <source>Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating and drinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility and falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental capacity and DoLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How staff help (interventions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanStore</name>
    <message>
        <source>This care plan cannot be found: it may belong to a resident of a home you do not work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of care plan from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is missing: enter the day the plan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active care plan needs a review date: enter when it is next to be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the start date: enter a review date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this care plan while you were editing it, so your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this care plan: ask a nurse or a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the review found or changed (&quot;no change needed&quot; is an answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date must be after the date of this review: enter a later date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own now: only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password. Long is better than complicated: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterRestore</name>
    <message>
        <source>A private folder for the restored server&apos;s socket could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database in %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped while it recovered (its log is in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was still recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database in %1 did not finish recovering: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore could not be written into the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading shows their version. Keeping your changes puts what you changed back on top of it, for you to check and save again; where you both changed the same thing, yours is what you will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload and keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and &amp;discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCountModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection setting is not valid (%1): write it as keyword=value pairs such as &quot;host=db.example.org dbname=carehome&quot; or as a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection setting &quot;%1&quot; contains a semicolon, which Write Care Notes cannot pass on: remove it from the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer (socket %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, database %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyNote</name>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bowels (Bristol type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 eaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure %1/%2 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACVPU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: record the care given, an observation or a few words of narrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of care is missing: enter when the care happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of care is in the future: enter when the care happened, no later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic blood pressure must be lower than the systolic: check the two readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bristol stool type is a whole number from 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount drunk must be between 1 and 3000 ml: check the amount and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is longer than 20,000 characters: shorten it, or write the rest as a second note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the note is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is counted in whole numbers: check the reading and type it again without a decimal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyNoteStore</name>
    <message>
        <source>The server cannot be reached: the note is kept on this station and will be written when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this care home&apos;s shift times: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift times could not be saved: the connection to the database failed. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note cannot be found: it may be about a resident of a home you do not work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was already saved, at %1, and a saved note is never changed: to change it, go back to the board and correct it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConnector</name>
    <message>
        <source>No valid database connection is configured: check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed on this computer: install the package libqt6sql6-psql, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt did not give access to its connection: reinstall the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 runs PostgreSQL %2, but Write Care Notes needs PostgreSQL %3 or newer: ask whoever runs the database to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 refused the user name or password: check the connection settings, or ask whoever runs the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 asks for a password and none is set: add it to the connection settings or to a .pgpass file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database named in the settings does not exist on the server at %1: check the database name, or ask whoever runs the database to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 does not know the user name in the settings: check it, or ask whoever runs the database to create that login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 does not accept encrypted connections, but the settings require one (sslmode=%2): ask whoever runs the database to turn on SSL, or change sslmode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted connection to the database server at %1 could not be set up (the server&apos;s certificate is not trusted or could not be checked): check sslmode and sslrootcert in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 does not accept connections from this computer or user: ask whoever runs the database to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 has no free connections: close Write Care Notes on a station that is not in use, or ask whoever runs the database to allow more connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 is starting up or shutting down: wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server name in the settings (%1) cannot be found: check the host name, and that this computer is connected to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at %1 did not answer in time: check the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes cannot reach the database server at %1: check that the server is running and that this computer is connected to the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s user may not open the connection to the database server at %1: check the socket folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes could not connect to the database server at %1 (%2): check the connection settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrorMessages</name>
    <message>
        <source>The organization&apos;s name is empty: enter its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization of this care home no longer exists: reload, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home&apos;s name is empty: enter its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another care home of this organization already has this name: choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of beds must be between 1 and 1000: correct the number of beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization of this user no longer exists: reload, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not valid: enter it in the form name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another user already has this email address (capital letters make no difference): use a different email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s first name is empty: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s surname is empty: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be carer, nurse, manager or admin: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home chosen for this resident is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s first name is empty: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s surname is empty: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS number must be exactly ten digits: check the number and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS number is not a valid one (its last digit does not match the others): check it against the resident&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another resident of this organization already has this NHS number: check the number, or find that resident&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s status must be admitted, in hospital, discharged or deceased: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is after the admission date: check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discharge date is before the admission date: enter a discharge date on or after the admission date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discharge date goes with the status discharged or deceased, and only with those: set the date and the status together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident of this care plan is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed-in user is not a user of this organization: sign out, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan&apos;s status must be draft, active, under review or archived: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the start date: enter a review date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active care plan needs a review date: enter when it is next to be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident of this assessment is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident of this note is not one of this organization&apos;s: reload the resident&apos;s record, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift must be early, late, day or night: choose the shift from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home of this audit is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditor is not a user of this organization: choose the auditor from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit score must be between 0 and 100: correct the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home of this incident is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident named in this incident is not one of this organization&apos;s: choose the resident again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident type is not one Write Care Notes knows: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some details could not be saved because they are not in the form Write Care Notes expects: this is a fault in Write Care Notes, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has already been saved: reload to see it, rather than saving it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required: fill it in, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signed in could not be recorded with this change: sign out, sign in again, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required detail is missing: fill in every field marked as required, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost, so this was not saved: check the network, then save again (what you typed is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be removed because other records refer to it: remove or change those first, or mark this one as no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the entries is longer than Write Care Notes can store: shorten it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the dates or times is not a real one: check the dates, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else was saving at the same moment: save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was busy and did not answer in time: save again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to make this change: ask a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved because of a fault in the database (code %1): save again, and if it happens again, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra permissions given to this user are not ones Write Care Notes knows: choose them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not one of this organization&apos;s: reload the list of users, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user already works at this care home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergy status must be unknown, no known allergies, or the allergies listed: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident of this change is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident&apos;s care home is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home to move to is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of change is not one Write Care Notes knows: choose it from the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change does not fit the resident&apos;s present status (for example a discharge of a resident who is already discharged, or a move to the room they are in): reload the resident&apos;s record and check their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the resident&apos;s admission date: enter a date on or after the admission date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is before the last change already recorded for this resident: enter a date on or after that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future: record the change on the day it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan of this review is not one of this organization&apos;s: reload the care plan, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident of this review is not one of this organization&apos;s: reload the care plan, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;What changed&quot; is empty: say what the review found or changed (&quot;no change needed&quot; is an answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review date must be after the date of this review: enter a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review date is before the care plan started or in the future: enter the day the review took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the note is not a plausible one: check the date, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of a note cannot be changed once it is written: write a correction with the right date instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be recorded because of a fault in Write Care Notes&apos; own records (%1): report it to whoever supports Write Care Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has already been written: nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The narrative is longer than 20,000 characters: shorten it, or write the rest as a second note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the note is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation could not be recorded: enter what was done and who was told again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say what you did and who you told before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of care does not fall within the shift&apos;s date: check the time the care happened and the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of care is in the future: enter when the care happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note being corrected was not found for this date: reload the resident&apos;s notes, then correct it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must be about the same resident as the note it corrects: write a new note for the other resident instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are never changed or removed once written: write a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care home already has this shift: change its times instead of adding it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home of this shift is not one of this organization&apos;s: choose a care home from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift cannot end at the time it starts: correct its start or end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily fluid target must be between 100 and 5000 ml: correct the fluid target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment is not complete: answer every question so that it has a score, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score is outside what the tool can give: check the answers and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk level is not one the tool gives: check the answers and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: it cannot be in the future. Choose today or the day it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the assessment: it cannot be before the resident was born. Choose the day it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason: say in a few words why the assessment is being corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must name an assessment of the same resident and tool: open that assessment and correct it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are never changed or removed once written: write a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was chosen for the care plan after this assessment is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment this choice is for cannot be found: open the assessment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan chosen cannot be found: choose it again from the resident&apos;s care plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not a user of this organization: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to do with the care plan: review it, start one, or not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing a care plan needs the plan: choose it from the resident&apos;s care plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words why the care plan is not being reviewed now (3 characters or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident whose name was to be made searchable is not one of this organization&apos;s: reload the resident&apos;s record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 score of these observations calls for an escalation: say what you did and who you told before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The observations hold a value the note does not record: this is a fault in Write Care Notes, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature must be a number between 25 and 45 °C: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse must be a whole number between 20 and 250 /min: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiration rate must be a whole number between 3 and 70 /min: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure must be a whole number between 40 and 300 mmHg: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure must be a whole number between 20 and 200 mmHg: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic blood pressure must be lower than the systolic: check the two readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 must be a whole number between 50 and 100 %: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpO2 scale must be scale 1 or scale 2: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air or oxygen must be air or oxygen: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consciousness must be one of Alert, new Confusion, Voice, Pain or Unresponsive: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight must be a number between 20 and 350 kg: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood glucose must be a number between 0.5 and 50 mmol/L: check the reading and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bristol stool type is a whole number from 1 to 7: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer of this assessment is not one the tool offers, or a measurement is outside its range: check the answers and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score, band or risk level is not what the answers give: check the answers and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station locks itself after 1 to 60 minutes without use: choose a whole number of minutes in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note becomes a late entry 5 to 1440 minutes after the care: choose a whole number of minutes in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of assessments must give, for each tool, whether it is due on admission and a whole number of days from 0 to 366: correct the schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a setting Write Care Notes knows: change the organization&apos;s settings on the Homes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users have no settings of their own in this version of Write Care Notes: leave them empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of audit is not one of this organization&apos;s: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of audit is no longer used: choose another type, or bring it back on the Audit templates page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of audit has no questions yet: write its questions on the Audit templates page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions chosen are of another type of audit: start the audit again from its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions of this audit cannot be found: start the audit again from its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier version of this audit cannot be found: reload the audit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else made a new version of this audit at the same moment: reload the audit to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of this audit is already open: reload the audit and change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the signed-off audit is being changed (up to 1000 characters): the reason is kept with the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit is signed off by someone at a time, never one without the other: reload the audit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than 4000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the audit must be between 2000 and 2199: correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits are never removed: an audit that was wrong is changed as a new version, and the earlier one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit has been signed off and cannot be changed: make a new version of it, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit&apos;s care home, type and questions cannot be changed: start a new audit instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every question must be answered before the audit is signed off: answer the questions left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unmet question needs an action saying who will do it and by when before the audit is signed off: complete the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This audit is still open: change its answers rather than making a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later version of this audit exists: open the latest version and change that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization of this audit type no longer exists: reload, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the audit type is empty or longer than 100 characters: enter a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another type of audit already has this name (capital letters make no difference): choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the audit is due must be every 1 to 366 days: correct the number of days, or leave it empty for no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit type could not be saved: reload, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved these questions at the same moment: reload the questions, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of audit cannot be found or is no longer used: choose a type from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions could not be saved: reload, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note about what changed is longer than 1000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions already used are never changed or removed: save a new version of the questions instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write at least one question before saving the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A type of audit has at most 200 questions: remove some before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question is empty or longer than 500 characters: write it, or shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidance for a question is longer than 1000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quality statement chosen is not one of the inspection framework&apos;s: choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit cannot be found: reload it, then answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question is not one of this audit&apos;s: reload the audit, then answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident given as evidence is not one of this organization&apos;s: choose the resident again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan given as evidence cannot be found: choose the care plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note given as evidence cannot be found: choose the note again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question met, not met or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is longer than 2000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the comment what was not met: the action plan starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This question already has an action: reload the audit to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care home of this action cannot be found: reload the audit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit of this action cannot be found: reload the audit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person chosen for this action is not a user of this organization: choose them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is open, done or not needed: choose one of those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is to be done (up to 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the action is due must be between 2000 and 2199: correct the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence of completion is longer than 2000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what shows the action was done before marking it done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action stays with the question and audit that raised it: reload the audit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions are never removed: mark an action not needed instead, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened is longer than 200 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done at once is longer than 4000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The injuries are longer than 2000 characters: shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnesses are longer than 1000 characters: shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body site is not one Write Care Notes knows: choose the sites from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safeguarding concern is always marked as one: tick the safeguarding box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened cannot be in the future: correct the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident report is never changed or removed: a manager adds a review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident cannot be found: reload the incidents, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else reviewed this incident at the same moment: reload it to see their review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how severe the harm was from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what actions were taken (up to 4000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lessons learned are longer than 4000 characters: shorten them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told, and how, is longer than 1000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who in the family was told, and how, with the time they were told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family cannot be told before the incident happened or in the future: correct the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is never changed or removed: add another review instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notification is already listed for the incident: mark that one sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is not one Write Care Notes knows: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference the recipient gave (up to 200 characters) when marking a notification sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 1000 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification is either sent or not needed, never both: reload the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification cannot be sent before the incident happened or in the future: correct the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notification is already sent or marked not needed, and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the notification was sent, with its reference, or why it was not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are never removed: mark one not needed instead, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not give rights you do not hold yourself: choose another role or fewer rights, or ask an administrator who holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may give only the care homes you work in yourself: choose the user&apos;s homes from yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the organization&apos;s last administrator: make someone else an administrator first, then deactivate, demote or end the access of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access ends before it starts: choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change only users whose rights and care homes you hold yourself: ask an administrator who holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s address is not one Write Care Notes can keep: each line at most 200 characters, and a UK postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s contact details are too long: at most 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration number is too long: at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the nation the organization&apos;s homes are in: England, Wales, Scotland or Northern Ireland.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home&apos;s address is not one Write Care Notes can keep: each line at most 200 characters, and a UK postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home&apos;s telephone or email is too long: at most 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home&apos;s registration is not one Write Care Notes can keep: choose its regulator, and at most 200 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the home closed is not a date Write Care Notes can keep: enter the day it closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents still live in this home: discharge them or move them to another home before it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This care home has closed: nobody is admitted or moved to it. Choose another home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs its reason (up to 500 characters): say what the records are kept for, for example the claim or enquiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold is already as you asked: someone may have just changed it. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are kept for 1 to 100 years, counted from when the care ended or from the last entry: choose a period in the organization&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export saved before archiving is more than 10 minutes old, or not yours: archive again, which saves a new export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records may not be archived yet: the organization&apos;s period since the care ended (or the last entry) has not passed. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records are under a legal hold, so they are kept: release the hold first, if it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quality audit cites these records as evidence, so they are kept with the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another resident&apos;s assessment follow-up names one of these care plans, so they are kept: ask the manager to correct that follow-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving runs in a read committed transaction only: run it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRoles</name>
    <message>
        <source>The database&apos;s roles cannot be set up (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a station login name: use lower-case letters, digits and underscores, starting with a letter (for example station_ward2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station&apos;s password must have at least 12 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s password could not be prepared (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database role named %1 already exists and is not a station login: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user in the connection settings may not create logins: run this as a PostgreSQL superuser or a role with CREATEROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station login %1 cannot be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be closed to other roles (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s rights cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role may still connect to this database after it was closed to them: run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s logging settings cannot be set (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large objects cannot be closed to stations (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory locks cannot be closed to stations (%1): run this as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station logins cannot be listed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station logins&apos; time limits cannot be set (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s other databases cannot be closed to stations (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>The database at %1 is at schema %2 but this Write Care Notes needs schema %3: ask whoever runs the database to run &quot;writecarenotes-admin migrate&quot;, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database on this computer is set up from here: on a shared server, ask whoever runs it to use writecarenotes-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has an organization: sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization could not be saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that protects the medical notes is missing from %1, so Write Care Notes cannot open its database: put it back by typing the recovery key you were given when Write Care Notes was set up into &quot;writecarenotes-admin restore-key --embedded&quot;, in a terminal, as the same user that runs Write Care Notes; then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be made readable by the %2 account only: check its folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the database on this computer has a recovery key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made here only for the database on this computer: on a shared server, whoever runs it uses writecarenotes-admin backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database in %1 did not check out, so Write Care Notes goes on with the current one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database in %1 checked out but is not switched to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database&apos;s schema is older than restore records: migrate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This start switched to the restored database, but could not write that into its audit log (it tries again at the next start): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema is older than restore records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedBackups</name>
    <message>
        <source>Choose the backup folder by its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is, or holds, the database&apos;s own folder: choose a folder elsewhere, ideally on another disk or a network share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup finished but pgBackRest lists no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (is its disk connected, or its network share reachable?): nothing is backed up until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: make it first, owned by the %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>The folder %1 for the database cannot be created: check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account that runs the database may not enter %2, so the database cannot be kept in %3: set embedded/dataDirectory in the settings to a folder it can reach, such as one under /var/lib.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file in %1 cannot be opened (%2): check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file in %1 cannot be opened: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 exists but does not hold a complete database, so Write Care Notes leaves it untouched: restore it from a backup, or, if it holds nothing you need, move it elsewhere and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s password file %1 is missing or unreadable, so Write Care Notes cannot sign in to its own database: restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server in %1 started but cannot be found: see the log in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished database folder %1, left by an interrupted first start, cannot be removed: remove it by hand, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s password file %1 cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database folder cannot be renamed to %1: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder %1 has a path too long for this system (%2 characters, at most %3 are possible): set a shorter folder as embedded/socketDirectory in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder for the database&apos;s socket cannot be created in %1: check that it exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder %1 cannot be handed to the %2 account: check the folder&apos;s file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be created in the server of %1: see the log in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server on this computer is still %1 after five minutes (it may be recovering after a crash): wait a little, then try again; its log is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to create the database in %1 is still running: wait a few minutes, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing password file %1 cannot be set aside: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s password file %1 cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes cannot open its database on this computer: close Write Care Notes everywhere on this computer and start it again; if that does not help, restart the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer was never started by this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer was started again by another program, on another socket: close Write Care Notes and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the database&apos;s socket cannot be made again: check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key folder %1 is inside the database&apos;s folder %2 (or holds it), so a copy of the database would hold the key that protects its medical notes: set embedded/keyDirectory in the settings to a folder apart from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key folder %1 cannot be created: check that its parent folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 account that runs the database may not enter %2, so it cannot read the key of the medical notes in %3: set embedded/keyDirectory in the settings to a folder it can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database folder %1 cannot be set aside as %2 to switch to the restored one: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database %1 cannot be renamed to %2: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a restore made beside the database, in %1, can be switched to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to switch to the restored database cannot be written in %1: check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to switch to the restored database, %1, cannot be removed: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>Evidence for %1: %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), key question &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit of the period asks about this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: you may not see safeguarding incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent late, %1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident of the period needed a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent on time, %2 sent late, %3 not sent yet, %4 not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n care plan(s) overdue for review today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Write Care Notes holds for each quality statement of &quot;%1&quot; at %2 from %3 to %4: the answers its audits gave to the questions tagged with the statement (the latest version of each audit), the actions they raised, and the records the framework&apos;s list names for it. Residents&apos; names are left out; comments, actions and lessons are as their authors wrote them. What is overdue is as it stands on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: you may not read incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding incidents are not included: you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those of safeguarding incidents are not included: you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit(s) of the period ask about this statement.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of the %n answer(s), %1 met, %2 not met and %3 not applicable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period, %1 of them reviewed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care plan review(s) done in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) done in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) overdue today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilityListModel</name>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallsRiskTool</name>
    <message>
        <source>FRAT, Falls Risk Assessment Tool: Peninsula Health Falls Prevention Service, 1999 (part 1, fall risk status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the last 12 months (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more between 3 and 12 months ago (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more in the last 3 months (6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more in the last 3 months while living here (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications: sedatives, antidepressants, anti-Parkinson&apos;s, diuretics, antihypertensives, hypnotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taking any of these (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking one (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking two (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking more than two (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological: anxiety, depression, less co-operation, insight or judgement (especially about mobility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not appear to have any of these (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears mildly affected by one or more (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears moderately affected by one or more (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears severely affected by one or more (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cognitive status (abbreviated mental test score, AMTS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMTS 9 or 10 out of 10, or intact (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMTS 7-8, mildly impaired (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMTS 5-6, moderately impaired (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMTS 4 or less, severely impaired (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent change, or one expected, in functional status or in medication affecting safe mobility (high risk whatever the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness or postural hypotension (high risk whatever the score)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk (automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the mobility and falls care plan: supervision and walking aids, footwear, eyesight, continence, medication review with the GP or pharmacist, bed and chair height, and a falls sensor where the resident agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address each risk factor scored above: check the mobility and falls care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard falls precautions; assess again after any fall or change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Write Care Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer keeps its own care records. Tell it about your organization, your first care home, and yourself: you will be its first administrator and can then add your staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as registered, e.g. Meadowbank Care Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your s&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I also work with residents, as a &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the care home&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical notes are locked with a key kept on this computer, apart from the records. Write this recovery key down and keep it locked away from this computer. Without it, if this computer is lost, medical notes cannot be read from a backup. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every group, the last one too: it lets Write Care Notes tell whether the key was typed correctly when it is put back. Keep it as safe as the keys to the medicines cupboard: with a backup of this computer, it opens the medical notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key cannot be shown (%1): ask whoever looks after this computer to copy the key of the medical notes now, and keep the copy locked away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverReport</name>
    <message>
        <source>Handover: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents: %1. Notes this shift: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (room %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, NEWS2 %2: %3; told %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRECTED by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late entry, written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluids today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fluids low: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadInjuryObservations</name>
    <message>
        <source>A possible head injury: take NEWS2 and neurological observations (consciousness, pupils, limb movement) now, then every 30 minutes for 2 hours, every hour for the next 4 hours, then every 2 hours until 24 hours after the fall. Call 999 at once for any drop in consciousness, vomiting, a seizure, new weakness or a worsening headache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>The server&apos;s health could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health of the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by whoever runs the server: &quot;writecarenotes-admin status&quot; on its computer lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and partitions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: see what needs attention above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see the tables and partitions below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthRules</name>
    <message>
        <source>The schema is at %1 and this program knows %2: run writecarenotes-admin migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema (%1) is newer than this program knows (%2): use the newer writecarenotes-admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups are configured: run writecarenotes-admin backup configure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been taken yet: run writecarenotes-admin backup run --type full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup ended at %1, two days ago or more: check that writecarenotes-admin backup run runs every night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not archive its write-ahead log (archive_mode is off): a restore can only reach the end of a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving failed at %1 (write-ahead log %2): run writecarenotes-admin backup check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction of %1 has been open since %2, an hour or more: it keeps vacuum from removing dead rows (pg_stat_activity names it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is a standby, and the newest change it replayed is %1 minutes old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replication slot %1 has no standby and holds %2 MB of write-ahead log: drop it or start its standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby %1 (%2) is %3, not streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standby %1 (%2) is %3 minutes behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift notes have partitions only up to %1: run writecarenotes-admin maintain (daily, from cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shift notes waiting in daily_records_default for their month&apos;s partition: %n. Run writecarenotes-admin maintain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has %2 dead rows for %3 live ones: vacuum is falling behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other logins&apos; open transactions are hidden from the database&apos;s owner, so the oldest may be older than shown: run writecarenotes-admin migrate as a PostgreSQL superuser once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthStore</name>
    <message>
        <source>The server&apos;s health is shown only to an administrator, and only on a server that holds no other organization: ask whoever runs the server (writecarenotes-admin status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s health could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as this program expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program expects %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: a restore can only reach the end of a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on; nothing archived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on; last archived at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 with no standby, holding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4 s behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server is itself a standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standbys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest open transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-note partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>up to %1; %n note(s) waiting for theirs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeDetails</name>
    <message>
        <source>Residential care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-registered (residential and nursing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist dementia care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respite care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Quality Commission (England)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Inspectorate Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Inspectorate (Scotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RQIA (Northern Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDialog</name>
    <message>
        <source>Add a care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as on the regulator&apos;s register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location or service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home starts with the usual early, late and night shift times: change them on the Homes page once it is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Good morning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every care home of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no care home yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; your unsaved work is kept for you until you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This station locks itself after %n minute(s) without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is waiting for a manager to confirm it: until then you see no resident and no note. Ask a manager of your care home to confirm you on their Users page, with you there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n care homes of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeStore</name>
    <message>
        <source>Enter the home&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK postcode: type it as on a letter, for example SW1A 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this home: ask an administrator who manages care homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not close or reopen this home: ask an administrator who manages care homes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomesPage</name>
    <message>
        <source>&amp;Care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the shift times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift times at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift times of %1 are saved. They apply to notes written from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note belongs to the shift in which its care was given, and a night shift to the date it starts on. Overlapping times are the handover. Changes apply to notes written from now on, and are recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is a &amp;late entry when written more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes after the care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station &amp;locks itself after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;organization&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s settings are saved. Stations lock by the new time from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When risk assessments are due, in every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the assessment &amp;schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a risk, again within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due on admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment schedule is saved. It sets the next due date of assessments saved from now on; those already saved keep theirs. What is due on admission changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each assessment&apos;s next due date is set when it is saved, from this schedule. &quot;After a risk&quot; applies when the result shows a risk (for example Waterlow 10 or more). In &quot;Then every&quot;, 0 means not scheduled; in &quot;After a risk&quot;, 0 means as often as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> minute(s) after the care</source>
        <comment>after the number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> minute(s) without use</source>
        <comment>after the number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after the number</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Home &amp;details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, type, beds, address, contacts and registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this home...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a care home...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization &amp;details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, registration, address, contacts and nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added, with the usual shift times: change them here if its shifts differ. Give staff the home on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes today: nobody can be admitted to it or start work there. Everything recorded there stays, under its name, and it can be reopened. A home closes only once no resident lives there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopens: residents can be admitted to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed from today. What was recorded there stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s details are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen this home...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose this home...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered bed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Back to the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a00000; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background: #fff4d6; padding: 6px;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe&amp;guarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was told, &amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the su&amp;ggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;t at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed &amp;because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting more than 24 hours for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>struck, or nobody saw the fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 by %2, %3: %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family told %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None suggested from the type and severity: add any that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the type and severity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty of candour applies: say who was told, how, and that an apology was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty of candour applies: tell the resident or their family, apologise, and record it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how severe the harm was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the notification that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the notification that is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this notification is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations due %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (safeguarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review, over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to send, past due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentNames</name>
    <message>
        <source>Fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure ulcer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin tear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacrum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left heel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right heel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentNotifications</name>
    <message>
        <source>CQC: death of a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: serious injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: abuse or allegation of abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: incident reported to or investigated by the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: request for a Deprivation of Liberty authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: application to the Court of Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CQC: event that stops or may stop the service running safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding referral to the local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIDDOR report to the HSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 16, CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(a) and (b), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(c), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(d), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(e), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(f), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation 18(2)(g), CQC (Registration) Regulations 2009</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care Act 2014, section 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReportDialog</name>
    <message>
        <source>Report an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened while it is fresh. A report cannot be changed once it is sent: a manager reviews it and adds what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;ere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room 12, the lounge, the garden path…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;done at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Injuries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None seen, a graze, a bruise 3 cm across…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where on the &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head was &amp;struck, or nobody saw the fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wit&amp;nesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody, or who saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a sa&amp;feguarding concern (only managers will see the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a00000; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations after a head injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>This incident cannot be opened: it may be of a home you do not manage, or a safeguarding concern you are not given to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this notification: ask a manager of its home.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those awaiting review or with a notification to &amp;send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident is waiting for review or a notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionEvidenceStore</name>
    <message>
        <source>There is no such home or key question, or the period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>&amp;Show the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for an inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evidence...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, read at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>This station is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was signed in. Their unsaved work is kept for them: they type their password to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was signed in: they type their password to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Write Care Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Write Care Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the database on this computer. The first start takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (PostgreSQL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Write Care Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Write Care Notes&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Care recording for care homes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to choose your own password before you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 cannot be reached, trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not yet sent to the server. Kept on this station, encrypted, they will be sent when the server is back if Write Care Notes stays open; if you quit, at your next sign-in on this station.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notes not yet sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer has stopped: starting it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this computer has stopped and could not be started again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database stopped and was started again at %1; nothing saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicalNotesKeys</name>
    <message>
        <source>No random key could be made for the medical notes: the system&apos;s random number source failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing key file %1 cannot be set aside: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 for the medical notes cannot be written: check that the disk is not full and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file for the medical notes cannot be recorded in the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has its key file, %1: keys are set up once (use rotate-keys to change them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file must be given as a full path on the database server, without quotation marks, $, ` or backslashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server cannot be asked about %1 (%2): run init-keys as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file %1 already exists on the database server; it is never overwritten: choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server could not write the key file %1 (%2): check that its folder exists and the server&apos;s account may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file cannot be recorded in the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for the medical notes is set up: ask whoever runs the database to run &quot;writecarenotes-admin init-keys&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 that protects the medical notes cannot be read (%2): restore it from a backup; without it no medical note can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organizations cannot be read (%1): run rotate-keys as the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key cannot be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical notes could not all be re-encrypted (%1); those done are safe under the new key, the rest under the old: run rotate-keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file %1 already exists; it is never overwritten: if it is the wrong one, move it elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Write Care Notes master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different master keys are on this computer, %1 (the one the database names) and %2, so Write Care Notes uses neither: move the wrong one elsewhere, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key of the medical notes cannot be moved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file for the medical notes cannot be recorded in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key for the medical notes is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 does not open this database&apos;s medical notes: it is another database&apos;s key, or another recovery key was typed. Move that file elsewhere and put this database&apos;s key back with &quot;writecarenotes-admin restore-key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The database&apos;s schema version cannot be read (%1): check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema history cannot be read (%1): the user in the connection settings may lack permission to read schema_versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema %1 but this Write Care Notes knows only up to %2: install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema migration %1 (&quot;%2&quot;), which this Write Care Notes does not know: install the version of Write Care Notes that the database was set up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (&quot;%2&quot;) in this Write Care Notes differs from the one applied to the database on %3, and an applied migration must never change: install the release of Write Care Notes that matches the database, or report this to its developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 was never applied to the database, yet later ones were, so its history is out of order: report this to the developers of Write Care Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 could not lock the tables it changes because they are in use, so the database stays at schema %2: close Write Care Notes on every station, then migrate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user in the connection settings may not change the schema, so the database stays at schema %1 (%2): run the migration as the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 (&quot;%2&quot;) failed, so none of it was applied and the database stays at schema %3: %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not open, so nothing was migrated: connect, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema cannot be migrated (%1): check the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user in the connection settings may not create tables, so the schema cannot be set up: run the migration as the database&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema history table cannot be created (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server lacks the %1 extension that Write Care Notes needs, so the database stays at schema %2: install it on the server (on Debian it comes with the postgresql-15 package, elsewhere with postgresql-contrib), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Write Care Notes has two schema migrations numbered %1, so it cannot tell which to apply: report this to its developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost during schema migration %1: run &quot;writecarenotes-admin status&quot; to see whether it was applied, then migrate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station or administrator has been migrating this database for ten minutes: find out who, let it finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user in the connection settings can neither set up Write Care Notes&apos; roles nor act as its owner role, so the database stays at schema %1: run the migration as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MustTool</name>
    <message>
        <source>&apos;MUST&apos;, the Malnutrition Universal Screening Tool: BAPEN Malnutrition Advisory Group, 2003, revised 2011 (flowchart and explanatory booklet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the height is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently documented or reported by the resident (reliable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be measured or recalled: use the mid upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid upper arm circumference (MUAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left arm, shoulder to elbow, measured at the midpoint. Under 23.5 cm the BMI is likely to be under 20; over 32.0 cm it is likely to be over 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI judged from the arm and how the resident looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 20 (score 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18.5 to 20 (score 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 18.5 (score 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the weight loss is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: judge the loss (loose clothes, rings, history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight 3 to 6 months ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplanned weight loss in the past 3 to 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 5% (score 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 10% (score 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10% (score 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute disease effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acutely ill and there has been, or is likely to be, no nutritional intake for more than 5 days (score 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI %1 kg/m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obese (BMI over 30): record it. Underlying conditions are generally controlled before obesity is treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BMI judged from the mid upper arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss (judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine clinical care: repeat the screening monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observe: record what is eaten and drunk for 3 days. If intake is adequate, little concern: repeat the screening monthly. If not, a clinical concern: follow the home&apos;s policy, set goals, improve and increase overall nutritional intake, and monitor and review the care plan regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat: refer to a dietitian or the nutritional support team, or follow the home&apos;s policy. Set goals, improve and increase overall nutritional intake, and monitor and review the care plan monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For every risk level: treat the underlying condition, help and advise on food choices, eating and drinking, record the risk level and any special diet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighed then and now: both weights given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News2</name>
    <message>
        <source>low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low-medium risk (3 in one parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency response: call 999 or the emergency team now, and monitor continuously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent response: tell the nurse in charge and contact the GP or 111 now; observations at least every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent review: tell the nurse in charge now; observations at least every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the nurse in charge; observations every 4 to 6 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: observations at least every 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respiration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air or oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consciousness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the missing observations now: without them the score and the response are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2 incomplete: not taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; already %2 from those taken: escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; already 3 in one parameter: escalate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>News2Assessment</name>
    <message>
        <source>NEWS2: Royal College of Physicians, National Early Warning Score (NEWS) 2, December 2017 (chart 1, chart 2 for SpO2 scale 2, table 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2: only for hypercapnic respiratory failure, when a doctor says so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consciousness (ACVPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responds to pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>font-size: 14pt; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: wrong resident, wrong amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personal care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what: tea, water ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repositioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skin, comfort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;leep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moo&amp;d and behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ulse (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiration &amp;rate (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blood pressure (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SpO2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Air or oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consciousness (ACVPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood &amp;glucose (mmol/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bowels (Bristol t&amp;ype)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: this score needs a response now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you &amp;did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: called 111, rechecked in 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and role, for example: nurse in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #a00000; font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the board (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount eaten...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 2 (target 88-92%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A - Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C - new Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V - responds to Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P - responds to Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U - Unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else: how they were, what they said, what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the note by %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was not saved when you last left it: here it is as you left it. Save it, or go back to the board to discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2: type the vital signs to see the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(Royal College of Physicians NEWS2, 2017.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #8a1c00; font-weight: bold; font-size: 12pt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>dd/mm/yyyy (empty: not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3: check the date, or clear it if it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: type it as dd/mm/yyyy (for example 12/03/1938), or clear it if it is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDetails</name>
    <message>
        <source>England</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s details cannot be read: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UK postcode: type it as on a letter, for example SW1A 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the organization&apos;s details: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationDetailsDialog</name>
    <message>
        <source>The organization&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regulator&apos;s provider ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its homes are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nation&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the nation counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the care ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1, then they may be archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationSettings</name>
    <message>
        <source>The organization&apos;s settings cannot be read: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station locks itself after %1 to %2 minutes without use: choose a time in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note becomes a late entry %1 to %2 minutes after the care: choose a time in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change the organization&apos;s settings: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationSetup</name>
    <message>
        <source>There is no organization &quot;%1&quot;: give its name or id as create-organization printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one organization is called &quot;%1&quot;: give its id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no facility &quot;%1&quot;: give its name or id as create-facility printed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFooter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2. Confidential. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartitionMaintenance</name>
    <message>
        <source>The database user may not create the monthly partitions for shift notes: ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly partitions for shift notes could not be created (%1); notes are still saved: ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month&apos;s shift notes have no partition of their own yet. They are still saved, but ask whoever runs the database to run &quot;writecarenotes-admin maintain&quot; every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s statistics could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordRules</name>
    <message>
        <source>The password needs at least %1 characters: a few words strung together are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is one of the most common ones, so it is easy to guess: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the old one: choose a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right: type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be used (%1): choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgBackRest</name>
    <message>
        <source>pgBackRest is not installed: install the Debian package pgbackrest (sudo apt install pgbackrest), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for pgBackRest could not be made for the server&apos;s account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier backup configuration %1 could not be set aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pgBackRest: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup repository %1 could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s write-ahead log does not reach the backup repository %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup into %1 did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups in %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has a character (one of &quot; &apos; ` $ \ =) that pgBackRest cannot take safely: choose a folder without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup had ended by %1: the earliest moment a restore can reach is %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository %1 holds no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made for the server&apos;s account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore into %1 did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder (a link or a file is there): pgBackRest&apos;s folders are made by this program, or must be real folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup configuration %1 could not be written as the server&apos;s account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: a restore goes into a new folder, and nothing there is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1, in which the restore would be made, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostalAddressFields</name>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example SW1A 1AA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresBinaries</name>
    <message>
        <source>The database was created with PostgreSQL %1, which is not installed on this computer: install the postgresql-%1 package, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has PostgreSQL %1, but Write Care Notes needs PostgreSQL %2 or newer: install the postgresql-%2 package, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server programs were found in %1, the folder the settings name: correct the folder, or remove the setting to use the installed PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL is not installed on this computer: install the postgresql-%1 package, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCluster</name>
    <message>
        <source>There is not enough free disk space in %1 to run the database: free some space on that disk, then start Write Care Notes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty, so no new database can be created in it: move its contents elsewhere, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: check that its parent folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be handed to the %2 account that runs the database: check the folder&apos;s file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file cannot be written in %1: check that the disk is not full and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be created in %1 (initdb: %2): check that the folder is writable, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database settings in %1 cannot be written: check that the disk is not full, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket folder %1 has a path too long for this system: choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server did not start (%1): see the log in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server in %1 did not stop (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1, left by a database server that is no longer running, cannot be removed: check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 has a character in its name (one of &quot; &apos; ` $ \) that PostgreSQL&apos;s tools cannot take safely: choose a folder without it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed from Write Care Notes by %1 on %2. Confidential: this holds personal and health information. Keep it safe, and destroy it securely when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAccessDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen the record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who opened this record or read its medical notes or details, newest first, as the audit log keeps it. Looking at this list is recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see who has seen this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody opened this record or read its medical notes in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n shown: scroll down for earlier ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in the period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Who has seen the record of %1, %2 to %3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as CSV, %n time(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordAccessModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAccessStore</name>
    <message>
        <source>Opened the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the medical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryModel</name>
    <message>
        <source>the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPrinter</name>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: choose a folder you may save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPrintouts</name>
    <message>
        <source>Born %1 (aged %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NHS number recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR (ReSPECT form in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation decision not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plans in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How staff help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Version: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects an earlier entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By a later entry: this one is no longer in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the tool advises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: they could not be read (%1). Print again, or see them on the record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRetention</name>
    <message numerus="yes">
        <source>%n year(s) after the care ended</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) from the last entry</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsKeptModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be archived from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsKeptPage</name>
    <message>
        <source>Set a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept of residents who have left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the hold or its release, e.g. the claim or enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of %1 %2 are kept under a legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal hold on the records of %1 %2 is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are kept 8 years after the care ended in England, Scotland and Northern Ireland, and 3 years from the last entry in Wales, unless the organization sets its own period (Homes, the organization&apos;s details); then they may be archived. A legal hold (a claim, an inquest, an enquiry) keeps them whatever their age; setting or releasing one is recorded in the audit log with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resident has left or died yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) who have left or died.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of their records may be archived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The records of %n of them may be archived now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving removes every record of %1 from Write Care Notes for good: the record, shift notes, care plans, assessments and incidents, and what the audit log holds about them. First everything is saved as a PDF, with a JSON file beside it for a computer to read: keep them as the organization&apos;s archive. Then you are asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - archive %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering every record held about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1&apos;s records is saved; nothing is removed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of %1 are archived: nothing of theirs remains in Write Care Notes; the export in %2 is the organization&apos;s archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsKeptStore</name>
    <message>
        <source>Only an administrator sees the records kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator sets or releases a legal hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>The recovery key has a character that is not in any recovery key, &quot;%1&quot;: it holds only the digits 0 to 9 and the letters A to F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key has %1 characters, but it should have %2 (%3 groups of %4): check that no group is missing or typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not match its last group, the check group: a character is mistyped. Compare each group with the paper and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>Choose at least one home, and a period that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>Audit scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls per 1,000 occupied bed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure ulcers acquired in the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied bed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bed occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired in the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present on arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n homes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure ulcers acquired in the home, a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding incidents are not counted here: you may not see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homes to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the homes, the report and the period, then Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a From date before the To date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported as CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentAlerts</name>
    <message>
        <source>DNACPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due tomorrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(due in %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentEventDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: for example, which hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves from room %2 to another room of the same home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves to another home of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 went into hospital. Their room and care plans stay theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back from hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the home. Their record stays, read-only, with everything written about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the death of %1. Their record stays, with everything written about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is admitted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentEventListModel</name>
    <message>
        <source>the administrator, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentHistoryStore</name>
    <message>
        <source>From room %1 to room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record cannot be found: it may belong to a home you do not work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on %1 (next review %3): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with no visible change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentRecord</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to be addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith or beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin&apos;s relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next of kin&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReSPECT form in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation decision made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuscitation decision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily fluid target (ml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentRecordPage</name>
    <message>
        <source>← &amp;Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, e.g. 999 000 0018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another &amp;home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into hos&amp;pital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from hos&amp;pital…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a d&amp;eath…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;admit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they like to be &amp;addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;Mrs Jones&quot;, or &quot;Ted&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faith or beliefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hearing aid left ear; glasses for reading; speaks slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li&amp;kes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next of kin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP pra&amp;ctice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP practice&amp;&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;llergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nditions (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resuscitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Re&amp;SPECT form is in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision made &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision no&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medical notes (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions, moves, hospital stays and discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: who, when, what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo my &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies, as listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CPR: attempt resuscitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR: do not attempt CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new resident: fill in at least the names, the date of birth and the admission date, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1 (aged %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNACPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ A valid NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not a valid NHS number: its last digit does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ An NHS number has ten digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to %1&apos;s record are not saved. Save them before you leave the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown with your changes on top: check it, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version is shown; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1&apos;s record first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the saved record: your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the saved record as PDF: your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - resident summary.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes to this record are back, as you left them: check them, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;fluid target (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1500; empty for no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a ne&amp;w assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trends…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the saved record: your changes are not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is reported: a manager will review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who has seen this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - subject access %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering every record held about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record held about %1 is saved in %2 and, for a computer to read, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went into hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the readmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the death</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>This resident&apos;s record cannot be found: it may belong to a home you do not work in. Go back to the list and search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is empty: type the resident&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The surname is empty: type the resident&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not a possible one: check it against the resident&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An NHS number has ten digits: check the number, or leave it empty if the resident has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid NHS number (its last digit does not match the others): check it against the resident&apos;s documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date cannot be in the future: enter the day the resident came to the home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission date is before the date of birth: check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS number %1 is already %2&apos;s (%3): check the number, or open that resident&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NHS number %1 already belongs to a resident of a home you do not work in: check the number, and ask a manager to find that resident&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new resident could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this resident&apos;s record (or it is no longer in a home you work in): ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: the connection to the database failed. Save again (what you typed is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record while you were editing it, so your changes are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record meanwhile, so nothing was recorded: check the record, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily fluid target is in millilitres, from %1 to %2 (for example 1500): correct it, or leave it empty for no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is empty: type it as dd/mm/yyyy (for example 12/03/1938).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname, first name, room or NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmit a new resident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living here (and in hospital)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, past and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No residents to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Try fewer letters or the start of one name (“conn” finds O&apos;Connor), the NHS number or the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 is shown: choose “Every home” to look in the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” hides the others: choose “Everyone, past and present” to include residents who have left or died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n resident(s): scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreTime</name>
    <message>
        <source>&quot;%1&quot; is not a date and time: write it as %2 (seconds and an offset such as +01:00 may follow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time that exists: write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an offset from UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not happen in %2: the clocks went forward over it. Give the time with its offset (for example +00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happened twice in %2: the clocks went back. Add %3 for the first time or %4 for the second.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsDueModel</name>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsDuePage</name>
    <message>
        <source>Care plan reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue first, then those due in the coming week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care plan is due for review this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n care plan(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the reviews due…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightName</name>
    <message>
        <source>Read residents&apos; records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit residents and change their details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read medical details and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change medical details and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and review care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read shift notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write shift notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See safeguarding incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read audits and inspection evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new clinical accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the organization&apos;s details and settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleName</name>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAccount</name>
    <message>
        <source>Write Care Notes is running as root, and PostgreSQL refuses to run as root, but this computer has no &quot;postgres&quot; account to run it as: install the postgresql-15 package, or run Write Care Notes as a normal user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current user account has no entry in the system&apos;s user list, so the database cannot be started for it: ask the computer&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes is running as root and needs the runuser program to start the database as the postgres account: install the util-linux package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerArchiving</name>
    <message>
        <source>The server&apos;s settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s setting %1 could not be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not read its new settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s archiving could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerExposure</name>
    <message>
        <source>The server&apos;s logging settings cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: when the server logs statements, it logs the values sent with them (passwords, session tokens, medical text). Run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser, which sets it to 0 for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on: the server logs every statement&apos;s tree with the values in it (passwords, medical text). Turn it off for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto_explain logs plans in this database (auto_explain.log_min_duration is %1), with the values they ran with (passwords, medical text): set it to -1 for this database (migrate does so as a superuser).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station login %1 has logging settings of its own (%2): someone with its password set them. Write Care Notes sets them back on connecting; &quot;writecarenotes-admin migrate&quot; as a superuser removes them. Consider a new password for the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role may create large objects in this database, where row-level security does not reach: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role may take advisory locks in this database, so a station login could hold up every organization&apos;s shift notes: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station logins %1 have no time limits for abandoned transactions and lock waits: run &quot;writecarenotes-admin migrate&quot; as a PostgreSQL superuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database role, station logins included, may connect to %1 on this server and make temporary tables there. Unless something needs it, as a superuser: REVOKE CONNECT, TEMPORARY ON DATABASE &lt;name&gt; FROM PUBLIC for each.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftBoardModel</name>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; waiting to be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ml (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - NOT ESCALATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluids today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftBoardPage</name>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hando&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write a note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QFrame#queueFrame { background: #fff3cd; border: 1px solid #d4a017; } QLabel { color: #5c3c00; font-weight: bold; }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the note to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>font-weight: bold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about %1, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the note to correct in the list of notes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has already been corrected: correct the correction instead, so the latest entry stays the one in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say what you did before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NEWS2 score needs a response: say who you told before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about %1 kept on this station: it will be sent when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Notes kept safely on this station: %1. They will be sent by themselves when the server is back; carry on recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Notes you save are kept safely on this station and sent by themselves when the server is back; carry on recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes waiting to be sent to the server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes the server would not take: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resident not on this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes sent to the server from this station: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note about %1 has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes about %1 cannot be read just now (%2). Nothing is lost: they show again once the database answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the notes about %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shift for the handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report an &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is reported: a manager will review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an incident report: it is never changed. A manager reviews it; report another incident if something more happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftBoardStore</name>
    <message>
        <source>%1: %2 (score %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head injury: observations due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPattern</name>
    <message>
        <source>Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care home needs at least one shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 shift starts and ends at the same time: correct its end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is on from %1 to %2: change the times so that one always is (an overlap is a handover).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shift, %2 (%3-%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your own email address and password: everything you record is signed with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your email address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSession</name>
    <message>
        <source>You were signed in but the session could not be opened: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer signed in: sign in again, then save the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and the note could not be kept on this station either (is the disk full?). Keep the form open and try saving again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the note is kept safely on this station and will be sent by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes kept on this station earlier could not be opened, so they have not been sent. They are kept in %1. Tell your manager, so that they can be looked at. New notes are kept as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station cannot keep your notes while the server is away: its folder for them, or your key to it, cannot be used just now. Notes are saved as usual while the server can be reached. Sign out and in again, and tell your manager if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is saved, but signing in could not be finished: sign in again with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a superuser on the server&apos;s computer can see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Database size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Newest backup: %1 (%2), ended %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Newest backup: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Archiving: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Archiving: on; last archived %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n failure(s), the last at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  This server is a standby; its newest replayed change is %1 s old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Replication slot %1 (no standby attached): holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Standby %1 (%2): %3, %4 s behind, %5 not yet replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Standbys: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Oldest open transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Connections to this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    %1 from %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Shift-note partitions up to %1; %n note(s) waiting for theirs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  Tables and partitions (live rows, dead rows, last vacuum, last analyze, size):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessFiles</name>
    <message>
        <source>The export of %1&apos;s records could not be saved in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1&apos;s records could not be read back from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export of %1&apos;s records: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessPrintout</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. Exported by %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record Write Care Notes holds about %1: the record itself and its medical notes, admissions and moves, shift notes, care plans and their reviews, assessments, incidents with their reviews and notifications, earlier versions of the record, who has seen it, and everything the audit log holds about them. The JSON file saved beside this one holds the same, for a computer to read. Free text may name other people (visitors, staff, other residents): read it before it leaves the home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions, moves and discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has seen the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the audit log holds about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessStore</name>
    <message>
        <source>Only someone who may read the resident&apos;s record, medical notes, every incident and the audit log (a manager) exports it, and only for a resident of their homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticDataGenerator</name>
    <message>
        <source>--scale must be a number of homes from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be from 1 to 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--residents-per-home must be from 1 to 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date to end the data at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate-data writes as the owner of every organization&apos;s data, which only a PostgreSQL superuser may: connect as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medical notes have no master key yet: run init-keys first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds synthetic data: generate it into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the partition for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period %1 to %2; %n new monthly partition(s) of shift notes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the partitions ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing organization %1&apos;s users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting organization %1&apos;s passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making organization %1&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Home %1: %2 residents (%3 there now), %n care plan review(s), in %4 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Home %1, notes of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home %1, notes of %2 could not be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyzing the notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Home %1, %2: %n note(s) in %3 s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--homes-per-organization must be from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableMetricsModel</name>
    <message>
        <source>Table or partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last vacuum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 this password in person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now: nobody can see it again. They choose their own password when they first sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1, %2 shift - %3, written %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reached the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - LATE ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRECTION of an earlier note. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: %1 - told %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORRECTED by %1 on %2: the correction is the entry that says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - INCIDENT: %2, reported by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injuries: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-note observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values charted: %1, from NEWS2 assessments (circles) and shift-note observations (squares). Click a point to see where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values charted: %1, from shift-note observations. Click a point to see which note it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values charted: %1. Click a point to open its assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets of observations in shift notes not charted because a parameter is missing (so there is no whole score): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet for %1: no weight, BMI, MUST, Waterlow or NEWS2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values recorded for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>You may not set this user&apos;s password: only an administrator of the same organization may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this user: only an administrator of the same organization may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have not chosen their own password yet: confirm once they have signed in and chosen it, with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not confirm this user: a manager who works at all their care homes confirms them, and not someone who manages users or set up this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not unlock this user: only an administrator of the same organization who holds all their rights and care homes may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user is not of your organization, or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For agency and bank staff: their last day. They cannot sign in after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All care homes, now and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked as their role allows; a tick added or taken away is theirs alone, and marked. Rights of a resident&apos;s care wait for a manager to confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own account: you may change your name and email address. Another administrator changes your role, rights, care homes or access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (given to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taken away from them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the care homes where %1 works, or All care homes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>All care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a manager to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a manager to confirm; last day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active; last day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSession</name>
    <message>
        <source>The email address or the password is not right: check both, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There have been too many wrong passwords, so signing in with this email address is locked until %1: try again then, or ask an administrator to unlock it on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All care homes, now and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the care homes where %1 works, or All care homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can no longer sign in; what they recorded stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved work is back as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account an administrator set up waits for a manager. Select it; confirm only with them in front of you, once they have chosen their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm only with them in front of you, once they have chosen their own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager then confirms them, with them there, before they see any resident: you set their first password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: they see the records their role allows from their next step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the lockout after too many wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For agency and bank staff: their last day. They cannot sign in after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, and is signed out at once on every station. Nothing they recorded is removed or changed: their name stays on it. You can reactivate them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not locked out: nothing to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, role, care homes, rights and access dates (or double-click the user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a temporary password to give them in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password is made for them and shown to you once, to give them in person: they choose their own at their first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ended or not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can now sign in with %2 and the temporary password; they choose their own then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is changed. Their new rights of residents&apos; care wait for a manager to confirm them, with them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is changed, from their next step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password stops working at once. You are shown a temporary one to give them in person, and they choose their own when they next sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password is reset; they choose their own at their next sign-in, and then a manager confirms them, with them there, before they see any resident again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password is reset; they choose their own at their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaterlowTool</name>
    <message>
        <source>Waterlow pressure ulcer risk assessment: J. Waterlow, 1985, card revised 2005 (www.judy-waterlow.co.uk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: weight for height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average, BMI 20-24.9 (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above average, BMI 25-29.9 (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obese, BMI 30 and over (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below average, BMI under 20 (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for you from the latest MUST&apos;s BMI when there is one: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin type: visual risk areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tissue paper (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oedematous (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clammy, pyrexia (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discoloured, grade 1 (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken or spots, grade 2-4 (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the date of birth. 14-49 (1), 50-64 (2), 65-74 (3), 75-80 (4), 81 and over (5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete or catheterised (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urinary incontinence (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faecal incontinence (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urinary and faecal incontinence (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully mobile (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restless, fidgety (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apathetic (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedbound, e.g. traction (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairbound, e.g. wheelchair (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the resident lost weight recently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: how much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5-5 kg (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-10 kg (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-15 kg (3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 15 kg (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating poorly or lack of appetite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risks: tissue malnutrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal cachexia (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple organ failure (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single organ failure: respiratory, renal, cardiac (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peripheral vascular disease (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anaemia, Hb under 8 (2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoking (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risks: neurological deficit (diabetes, MS, CVA, motor or sensory, paraplegia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild (4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe (6, the card&apos;s maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risks: major surgery or trauma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orthopaedic or spinal (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the table over 2 hours (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the table over 6 hours (8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the table can be discounted after 48 hours if recovery is normal. Over 6 hours replaces over 2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special risks: medication (cytotoxics, long-term or high-dose steroids, anti-inflammatories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these (4, the card&apos;s maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malnutrition screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malnutrition screening score over 2: refer for a nutrition assessment (MUST) and intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure-relieving equipment suited to the risk, a repositioning plan, skin checks at every position change, and the skin integrity care plan reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Connect to this PostgreSQL server instead of the database on this computer: a libpq connection string (&quot;host=... dbname=... sslmode=...&quot;) or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes: care recording for care homes.

With no server configured (--db, or database/conninfo in the settings file) it keeps its database on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Care Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password given with --db can be read by other users of this computer in the process list: keep it in a .pgpass file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database on this computer in this folder (and its key in &lt;folder&gt;-keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;ready&quot; and quit as soon as the window can be used (the database open and the sign-in page drawn), to measure the start-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
