<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AdminCommandLine</name>
    <message>
        <source>Write Care Notes administration, for whoever runs the database server.

Commands:
  migrate    bring the database&apos;s schema up to date and print the version reached
  status     print the schema versions applied and those still pending
  maintain   create the monthly partitions for shift notes ahead of time

Give the password through a .pgpass file or the PGPASSWORD variable rather than in --db, where other users of this computer could see it in the process list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database: a libpq connection string (&quot;host=... dbname=... user=... sslmode=...&quot;) or a postgresql:// address. Default: database/conninfo in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conninfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate, status or maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one command: migrate, status or maintain (see --help).</source>
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
        <source>The audit type is not one Write Care Notes knows: choose a type from the list.</source>
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
        <source>The schema history cannot record this version: report this to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema history cannot record this checksum: report this to the developers.</source>
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
</context>
<context>
    <name>DatabaseStartup</name>
    <message>
        <source>The database at %1 is at schema %2 but this Write Care Notes needs schema %3: ask whoever runs the database to run &quot;writecarenotes-admin migrate&quot;, then try again.</source>
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
        <source>The database server in %1 is stuck %2: restart the computer, then start Write Care Notes again.</source>
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
        <source>Write Care Notes is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open and up to date.</source>
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
        <source>The connection to the database server was lost during schema migration %1; none of that migration was applied and the database stays at schema %2: run the migration again.</source>
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
        <source>The socket folder %1 has a quotation mark in its name, which PostgreSQL cannot use: choose another folder.</source>
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
        <source>Keep the database on this computer in this folder.</source>
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
</context>
</TS>
