#include "AttackSuite.h"

#include "organization/NewUser.h"
#include "organization/OrganizationSetup.h"

#include <tuple>

const QString AttackSuite::denied = QStringLiteral("42501");

QString AttackSuite::fill(QString statement, const QStringList &values)
{
    for (qsizetype n = values.size(); n >= 1; --n)
        statement.replace(QLatin1Char('%') + QString::number(n), values.at(n - 1));
    return statement;
}

const QStringList &AttackSuite::tenantTables()
{
    static const QStringList tables = {
        QStringLiteral("organizations"),
        QStringLiteral("facilities"),
        QStringLiteral("users"),
        QStringLiteral("user_facilities"),
        QStringLiteral("residents"),
        QStringLiteral("care_plans"),
        QStringLiteral("assessments"),
        QStringLiteral("daily_records"),
        QStringLiteral("audits"),
        QStringLiteral("incidents"),
        QStringLiteral("audit_log"),
        QStringLiteral("record_history"),
        QStringLiteral("resident_events"),
        QStringLiteral("care_plan_reviews"),
        QStringLiteral("shift_patterns"),
        QStringLiteral("assessment_follow_ups"),
        QStringLiteral("resident_search_words"),
        QStringLiteral("audit_types"),
        QStringLiteral("audit_templates"),
        QStringLiteral("audit_template_questions"),
        QStringLiteral("audit_question_statements"),
        QStringLiteral("audit_answers"),
        QStringLiteral("audit_actions"),
        QStringLiteral("incident_reviews"),
        QStringLiteral("incident_notifications"),
    };
    return tables;
}

const QStringList &AttackSuite::secretTables()
{
    static const QStringList tables = {
        QStringLiteral("user_credentials"), QStringLiteral("sessions"),         QStringLiteral("organization_keys"),
        QStringLiteral("system_settings"),  QStringLiteral("sign_in_attempts"), QStringLiteral("common_passwords"),
        QStringLiteral("sign_in_outcomes"),
    };
    return tables;
}

QString AttackSuite::setUpFixture()
{
    m_db = std::make_unique<TestDatabase>();
    if (!m_db->isValid())
        return m_db->errorString();
    return m_fixture.create(*m_db);
}

QString AttackSuite::writeMedicalNotes() const
{
    for (const auto &[who, key, text] : {std::tuple{"nurseA", "A1a", "Edna's private note: prefers tea"},
                                         std::tuple{"nurseB", "B1", "Fred's private note: hearing aid left"}}) {
        auto nurse = signedIn(QString::fromLatin1(who));
        const PgResult written = nurse->exec(QStringLiteral("SELECT app_write_medical_notes($1, $2)"),
                                             {resident(key), QString::fromLatin1(text)});
        if (!written.ok())
            return written.error().message;
    }
    return QString();
}

std::unique_ptr<StationConnection> AttackSuite::station() const
{
    return std::make_unique<StationConnection>(m_fixture.stationSettings(*m_db));
}

QString AttackSuite::signIn(const StationConnection &connection, const QString &who, const QString &password) const
{
    const PgResult signedIn = connection.signIn(m_fixture.emails.value(who), password);
    if (signedIn.text(0, 0) != QLatin1String("signed_in"))
        return QStringLiteral("sign-in of %1: %2 %3").arg(who, signedIn.text(0, 0), signedIn.error().message);
    if (connection.exec(QStringLiteral("SELECT app_use_session($1)"), {signedIn.text(0, 1)}).text(0, 0) !=
        QLatin1String("t"))
        return QStringLiteral("the session of %1 did not attach").arg(who);
    return QString();
}

std::unique_ptr<StationConnection> AttackSuite::signedIn(const QString &who) const
{
    auto connection = station();
    const QString problem = connection->isOpen() ? signIn(*connection, who) : connection->errorMessage();
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return connection;
}

QString AttackSuite::makeUser(const QString &email, const QString &role)
{
    NewUser user;
    user.organizationId = m_fixture.orgA;
    user.email = email;
    user.firstName = QStringLiteral("Lena");
    user.lastName = QStringLiteral("Testlock");
    user.role = role;
    user.facilityIds = {m_fixture.facilityA1};
    const Result<QString> created =
        OrganizationSetup::createUser(m_db->session(), user, QString::fromLatin1(TenantFixture::password), false);
    if (!created.ok())
        qWarning("%s", qPrintable(created.message));
    return created.value;
}
