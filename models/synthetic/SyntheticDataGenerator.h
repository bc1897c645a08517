#pragma once

#include "synthetic/SyntheticData.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class PgSession;

// Writes the synthetic data set of SyntheticData.h (fictional organizations, homes, staff, residents and a year of
// their care) through the real schema: its constraints, foreign keys and triggers all in force, as the owner imports.
// Set-based SQL, one transaction per home's people and one per home and month of notes. Every choice is a hash of the
// seed and what is chosen, so one seed always gives the same rows (ids included); only the times the server stamps
// (created_at) and the ciphertexts differ.
class SyntheticDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDataGenerator)

public:
    struct Options
    {
        int scale = 1; // homes
        QString seed = QStringLiteral("1");
        int days = 365;            // the period, ending at today
        int residentsPerHome = 60; // beds; about one in five also had an earlier resident in the period
        int homesPerOrganization = SyntheticData::homesPerOrganization; // the size of each group
        QDate today;                                                    // the last day of the period
        // Nothing happens after this instant (the demonstration home: the moment it is made, so that no note is
        // in the future); invalid: the whole of the last day.
        QDateTime until;
        // Names instead of "Synthetic Care Group 1" and "Synthetic Home 1" (the demonstration home's): every
        // organization and home is given these when set.
        QString organizationName;
        QString homeName;
    };

    // Progress lines go to progress as they happen.
    SyntheticDataGenerator(const PgSession &session, const Options &options,
                           std::function<void(const QString &)> progress);

    // Done when the whole set was written; on failure the home being written is rolled back.
    Result<> run();
    // Rows per table afterwards, for the summary, and the database's size in bytes.
    QList<QPair<QString, qint64>> rowCounts() const;
    qint64 databaseSize() const;
    // Done when the options can be used; else Refused with why, and as field the option's name ("scale", "days",
    // "residents-per-home", "homes-per-organization", "seed", "today").
    static Result<> checkOptions(const Options &options);

private:
    Result<> prepare();
    Result<> writeOrganization(int organization);
    Result<> writeHome(int home, const QString &organizationId);
    Result<> writeNotes(int home, const QString &organizationId);
    Result<> failure(const QString &what, const class PgResult &result) const;

    const PgSession &m_session;
    Options m_options;
    std::function<void(const QString &)> m_progress;
    QDate m_start;
    QString m_passwordHash;
};
