#include "TestDatabase.h"

#include <QHash>
#include <QTest>

#include <memory>

// Keeps the schema ready to be distributed by organization (README, "Beyond one server"): Citus enforces a primary
// key, a unique constraint or index and a foreign key between distributed tables only when it includes the
// distribution column, organization_id. Read from the migrated database's catalogs, so a new table, key or monthly
// partition is checked without anyone remembering to add it here.
namespace {

// A table (key empty) or a key of a tenant table that leaves the organization out on purpose, and why.
struct Exception
{
    QString table;
    QString key;
    QString reason;
};

// Tables that are system-wide by design. Every other table of the schema must be a tenant table. Under Citus these
// stay on the coordinator or become reference tables (README).
const QList<Exception> &systemWideTables()
{
    static const QList<Exception> tables = {
        // The inspection frameworks and the built-in audit library (migration 19): written only by migrations.
        {QStringLiteral("audit_library_questions"), QString(),
         QStringLiteral("the built-in audit questions every new organization is given")},
        {QStringLiteral("audit_library_types"), QString(),
         QStringLiteral("the built-in types of audit every new organization is given")},
        {QStringLiteral("framework_key_questions"), QString(),
         QStringLiteral("a regulator's key questions, the same for every organization")},
        {QStringLiteral("inspection_frameworks"), QString(),
         QStringLiteral("the regulators' frameworks, the same for every organization")},
        {QStringLiteral("quality_statements"), QString(),
         QStringLiteral("a regulator's quality statements, the same for every organization")},
        {QStringLiteral("audit_log"), QString(),
         QStringLiteral("one append-only trail for the server; a failed sign-in with an "
                        "unknown email has no organization")},
        {QStringLiteral("audit_chain_heads"), QString(),
         QStringLiteral("each audit chain's last position and hash, the owner's alone; a chain may be of no "
                        "organization")},
        {QStringLiteral("audited_tables"), QString(),
         QStringLiteral("the registry of audited tables, the same for every organization")},
        {QStringLiteral("audit_row_key"), QString(),
         QStringLiteral("the key of the audited rows' hashes, the owner's alone")},
        {QStringLiteral("migration_26_replaced_details"), QString(),
         QStringLiteral("migration 26's one-off record of stored details it could not keep, the owner's alone")},
        {QStringLiteral("common_passwords"), QString(),
         QStringLiteral("the same refused passwords for every organization")},
        {QStringLiteral("schema_versions"), QString(),
         QStringLiteral("the migrator's record of the schema, no tenant's")},
        {QStringLiteral("sessions"), QString(), QStringLiteral("found by token hash before the organization is known")},
        {QStringLiteral("sign_in_attempts"), QString(),
         QStringLiteral("failures per typed email (an HMAC), whether or not any "
                        "organization has it")},
        {QStringLiteral("sign_in_outcomes"), QString(),
         QStringLiteral("a sign-in's answer, kept by attempt token before the "
                        "organization is known")},
        {QStringLiteral("system_settings"), QString(), QStringLiteral("one row of settings for the whole server")},
        {QStringLiteral("user_credentials"), QString(),
         QStringLiteral("sign-in finds a user by email alone, so an email is "
                        "unique across organizations")},
    };
    return tables;
}

// Keys of tenant tables that leave the organization out on purpose. Under Citus each needs what its reason says.
const QList<Exception> &keyExceptions()
{
    static const QList<Exception> keys = {
        {QStringLiteral("users"), QStringLiteral("users_email_key"),
         QStringLiteral("an email is one account across organizations (sign-in knows no organization); under Citus "
                        "user_credentials_email_key on the coordinator keeps that, and this becomes "
                        "(organization_id, lower(email))")},
        {QStringLiteral("audit_question_statements"), QStringLiteral("audit_question_statements_statement_fkey"),
         QStringLiteral("a question names a regulator's quality statement, the same for every organization; under "
                        "Citus quality_statements is a reference table, which a distributed table may reference")},
    };
    return keys;
}

// The column naming the organization: organization_id, or an organization's own id (Citus distributes such a
// table by its id, colocated with the tables that reference it).
QString organizationColumn(const QString &table)
{
    return table == QLatin1String("organizations") ? QStringLiteral("id") : QStringLiteral("organization_id");
}

struct Table
{
    bool partition = false;
    bool organizationNotNull = false;
};

// A unique or exclusion index, or a foreign key (with what it references).
struct Key
{
    QString table;
    QString name;
    QStringList columns; // "(expression)" for an expression
    QString referencedTable;
    QStringList referencedColumns;
};

// The schema's tables, keys and foreign keys as the catalogs have them now (in the session's transaction).
class Catalog
{
public:
    explicit Catalog(const PgSession &session)
    {
        const PgResult tables = session.exec(
            QStringLiteral("SELECT c.relname, c.relispartition, "
                           "       EXISTS (SELECT FROM pg_attribute AS a WHERE a.attrelid = c.oid AND a.attname = $1 "
                           "               AND NOT a.attisdropped AND a.attnotnull) "
                           "FROM pg_class AS c "
                           "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                           "  AND NOT EXISTS (SELECT FROM pg_depend AS d WHERE d.classid = 'pg_class'::regclass "
                           "                  AND d.objid = c.oid AND d.deptype = 'e')"),
            {QStringLiteral("organization_id")});
        m_error = tables.error().message;
        for (int r = 0; r < tables.rowCount(); ++r)
            m_tables.insert(tables.text(r, 0),
                            {tables.text(r, 1) == QLatin1String("t"), tables.text(r, 2) == QLatin1String("t")});

        // Every unique or exclusion index (those of primary keys and unique constraints included), by its key
        // columns; INCLUDE columns do not make a key.
        const PgResult keys = session.exec(QStringLiteral(
            "SELECT c.relname, i.relname, "
            "       array_to_string(ARRAY(SELECT coalesce(a.attname::text, '(expression)') "
            "                             FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) "
            "                             LEFT JOIN pg_attribute AS a ON a.attrelid = x.indrelid "
            "                                                       AND a.attnum = k.attnum "
            "                             WHERE k.n <= x.indnkeyatts ORDER BY k.n), ',') "
            "FROM pg_index AS x JOIN pg_class AS c ON c.oid = x.indrelid JOIN pg_class AS i ON i.oid = x.indexrelid "
            "WHERE c.relnamespace = 'public'::regnamespace AND (x.indisunique OR x.indisexclusion) "
            "ORDER BY 1, 2"));
        if (m_error.isEmpty())
            m_error = keys.error().message;
        for (int r = 0; r < keys.rowCount(); ++r)
            m_keys.append({keys.text(r, 0), keys.text(r, 1), keys.text(r, 2).split(QLatin1Char(',')), {}, {}});

        // Column names per relation: a partition's attribute numbers need not be its parent's.
        const PgResult foreignKeys = session.exec(QStringLiteral(
            "SELECT c.relname, k.conname, r.relname, "
            "       array_to_string(ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, n) "
            "                             JOIN pg_attribute AS a ON a.attrelid = k.conrelid AND a.attnum = u.attnum "
            "                             ORDER BY u.n), ','), "
            "       array_to_string(ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY AS u(attnum, n) "
            "                             JOIN pg_attribute AS a ON a.attrelid = k.confrelid AND a.attnum = u.attnum "
            "                             ORDER BY u.n), ',') "
            "FROM pg_constraint AS k JOIN pg_class AS c ON c.oid = k.conrelid JOIN pg_class AS r ON r.oid = "
            "k.confrelid "
            "WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace "
            "ORDER BY 1, 2, 3"));
        if (m_error.isEmpty())
            m_error = foreignKeys.error().message;
        for (int r = 0; r < foreignKeys.rowCount(); ++r)
            m_foreignKeys.append({foreignKeys.text(r, 0), foreignKeys.text(r, 1),
                                  foreignKeys.text(r, 3).split(QLatin1Char(',')), foreignKeys.text(r, 2),
                                  foreignKeys.text(r, 4).split(QLatin1Char(','))});
    }

    QString error() const { return m_error; }
    const QHash<QString, Table> &tables() const { return m_tables; }

    static bool isSystemWide(const QString &table)
    {
        for (const Exception &exception : systemWideTables())
            if (exception.table == table)
                return true;
        return false;
    }
    static bool isKeyException(const QString &table, const QString &key)
    {
        for (const Exception &exception : keyExceptions())
            if (exception.table == table && exception.key == key)
                return true;
        return false;
    }

    // Tables that are neither a tenant table (organization_id NOT NULL) nor listed as system-wide. Whether a tenant
    // table's row-level security is forced is TestSecurityRows's to check (organization_keys, which no station may read
    // at all, has none).
    QStringList unexplainedTables() const
    {
        QStringList problems;
        for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
            if (!isSystemWide(it.key()) && !it->organizationNotNull && it.key() != QLatin1String("organizations"))
                problems << it.key() + QStringLiteral(": no organization_id NOT NULL, and not listed as system-wide");
        }
        problems.sort();
        return problems;
    }

    // Keys and foreign keys of table that leave out its organization (excepted keys included).
    QStringList keyProblems(const QString &table) const
    {
        QStringList problems;
        const QString column = organizationColumn(table);
        for (const Key &key : m_keys) {
            if (key.table == table && !key.columns.contains(column))
                problems << QStringLiteral("%1: %2 (%3) leaves out %4")
                                .arg(table, key.name, key.columns.join(QStringLiteral(", ")), column);
        }
        for (const Key &key : m_foreignKeys) {
            if (key.table != table)
                continue;
            // organization_id must reference the organization column of the referenced table, position for position.
            const qsizetype at = key.columns.indexOf(column);
            const QString referencedColumn = organizationColumn(key.referencedTable);
            if (at < 0 || key.referencedColumns.value(at) != referencedColumn || isSystemWide(key.referencedTable))
                problems << QStringLiteral("%1: %2 (%3) -> %4 (%5) does not match %6 to the organization of a tenant "
                                           "table")
                                .arg(table, key.name, key.columns.join(QStringLiteral(", ")), key.referencedTable,
                                     key.referencedColumns.join(QStringLiteral(", ")), column);
        }
        return problems;
    }

    // Every key problem of every tenant table that is not an exception with a reason.
    QStringList tenantKeyProblems() const
    {
        QStringList problems;
        for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
            if (isSystemWide(it.key()))
                continue;
            for (const QString &problem : keyProblems(it.key())) {
                bool excepted = false;
                for (const Exception &exception : keyExceptions())
                    excepted = excepted || problem.startsWith(exception.table + QStringLiteral(": ") + exception.key +
                                                              QStringLiteral(" ("));
                if (!excepted)
                    problems << problem;
            }
        }
        problems.sort();
        return problems;
    }

    // Exceptions that name no table or key of the schema, or one that would pass the rule without them.
    QStringList staleExceptions() const
    {
        QStringList problems;
        for (const Exception &exception : systemWideTables()) {
            const auto table = m_tables.constFind(exception.table);
            if (table == m_tables.cend())
                problems << exception.table + QStringLiteral(": listed as system-wide but not in the schema");
            else if (table->organizationNotNull && keyProblems(exception.table).isEmpty())
                problems << exception.table + QStringLiteral(": listed as system-wide but already a tenant table");
        }
        for (const Exception &exception : keyExceptions()) {
            bool breaksTheRule = false;
            for (const QString &problem : keyProblems(exception.table))
                breaksTheRule = breaksTheRule || problem.startsWith(exception.table + QStringLiteral(": ") +
                                                                    exception.key + QStringLiteral(" ("));
            if (!breaksTheRule)
                problems << QStringLiteral("%1: %2 listed as an exception but not a key that leaves out the "
                                           "organization")
                                .arg(exception.table, exception.key);
        }
        problems.sort();
        return problems;
    }

    QStringList all() const { return unexplainedTables() + tenantKeyProblems() + staleExceptions(); }

private:
    QString m_error;
    QHash<QString, Table> m_tables;
    QList<Key> m_keys;
    QList<Key> m_foreignKeys;
};

QString lines(const QStringList &problems)
{
    return problems.join(QLatin1Char('\n'));
}

} // namespace

class TestTenantKeys : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    bool begin() const { return m_db->session().exec(QStringLiteral("BEGIN")).ok(); }
    void rollBack() const { m_db->session().exec(QStringLiteral("ROLLBACK")); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->errorString()));
    }
    void cleanupTestCase() { m_db.reset(); }

    // The list is exact: every table is a tenant table or named, with a reason, as system-wide.
    void everyTableIsATenantTableOrListedAsSystemWide()
    {
        const Catalog catalog(m_db->session());
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QCOMPARE(lines(catalog.unexplainedTables()), QString());
        // The notes' parent and at least its default partition are among the tenant tables checked.
        QVERIFY(catalog.tables().contains(QStringLiteral("daily_records")));
        QVERIFY(catalog.tables().value(QStringLiteral("daily_records_default")).partition);
    }

    void everyKeyOfATenantTableIncludesTheOrganization()
    {
        const Catalog catalog(m_db->session());
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QCOMPARE(lines(catalog.tenantKeyProblems()), QString());
    }

    void everyExceptionIsStillNeeded()
    {
        const Catalog catalog(m_db->session());
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QCOMPARE(lines(catalog.staleExceptions()), QString());
        for (const Exception &exception : systemWideTables())
            QVERIFY2(!exception.reason.isEmpty(), qPrintable(exception.table));
        for (const Exception &exception : keyExceptions())
            QVERIFY2(!exception.reason.isEmpty(), qPrintable(exception.key));
    }

    // A month's partition made later, as the app and the maintenance job make them, keeps the rule too.
    void aNewMonthlyPartitionKeepsTheRule()
    {
        QVERIFY(begin());
        const PgResult made =
            m_db->session().exec(QStringLiteral("SELECT create_daily_record_partition('2031-03-01')"));
        QVERIFY2(made.ok(), qPrintable(made.error().message));
        QCOMPARE(made.text(0, 0), QStringLiteral("t"));
        const Catalog catalog(m_db->session());
        rollBack();
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QVERIFY(catalog.tables().value(QStringLiteral("daily_records_y2031m03")).partition);
        QCOMPARE(lines(catalog.all()), QString());
    }

    // The check itself: a table that breaks the rule in each way is caught, and so is an exception gone stale.
    void theCheckCatchesEachWayToBreakTheRule()
    {
        QVERIFY(begin());
        const QStringList statements = {
            QStringLiteral("CREATE TABLE public.wcn_probe_untenanted (id uuid PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE public.wcn_probe (organization_id uuid NOT NULL, id uuid NOT NULL, "
                           "code text NOT NULL, "
                           "CONSTRAINT wcn_probe_pkey PRIMARY KEY (organization_id, id), "
                           "CONSTRAINT wcn_probe_code_key UNIQUE (code), "
                           "CONSTRAINT wcn_probe_parent_fkey FOREIGN KEY (id) REFERENCES wcn_probe_untenanted (id), "
                           "CONSTRAINT wcn_probe_swapped_fkey FOREIGN KEY (organization_id, id) "
                           "    REFERENCES facilities (id, organization_id))"),
            QStringLiteral("CREATE UNIQUE INDEX wcn_probe_lower_code_key ON public.wcn_probe (lower(code)) "
                           "INCLUDE (organization_id)"),
            QStringLiteral("DROP INDEX users_email_key"),
            QStringLiteral("DROP TABLE common_passwords"),
            QStringLiteral("ALTER TABLE sign_in_outcomes ALTER COLUMN organization_id SET NOT NULL, "
                           "DROP CONSTRAINT sign_in_outcomes_pkey, "
                           "ADD CONSTRAINT sign_in_outcomes_pkey PRIMARY KEY (organization_id, attempt_hash)"),
        };
        QString failed;
        for (const QString &statement : statements) {
            const PgResult result = m_db->session().exec(statement);
            if (!result.ok()) {
                failed = statement + QStringLiteral(": ") + result.error().message;
                break;
            }
        }
        const Catalog catalog(m_db->session());
        rollBack();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY2(catalog.error().isEmpty(), qPrintable(catalog.error()));
        QCOMPARE(lines(catalog.all()),
                 QStringLiteral("wcn_probe_untenanted: no organization_id NOT NULL, and not listed as system-wide\n"
                                "wcn_probe: wcn_probe_code_key (code) leaves out organization_id\n"
                                "wcn_probe: wcn_probe_lower_code_key ((expression)) leaves out organization_id\n"
                                "wcn_probe: wcn_probe_parent_fkey (id) -> wcn_probe_untenanted (id) does not match "
                                "organization_id to the organization of a tenant table\n"
                                "wcn_probe: wcn_probe_swapped_fkey (organization_id, id) -> facilities (id, "
                                "organization_id) does not match organization_id to the organization of a tenant "
                                "table\n"
                                "wcn_probe_untenanted: wcn_probe_untenanted_pkey (id) leaves out organization_id\n"
                                "common_passwords: listed as system-wide but not in the schema\n"
                                "sign_in_outcomes: listed as system-wide but already a tenant table\n"
                                "users: users_email_key listed as an exception but not a key that leaves out the "
                                "organization"));
    }
};

QTEST_GUILESS_MAIN(TestTenantKeys)
#include "TestTenantKeys.moc"
