#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class ConnectionSettings;

// The audit log's hash chains, one per organization (migration 27): entries are sealed into their chain after they
// commit (the owner's maintenance), and a chain is verified by recomputing it, which names every entry altered,
// inserted or removed since it was sealed.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    struct Finding
    {
        qint64 position = 0;
        qint64 entryId = 0; // for "removed", how many positions are missing
        QString problem;    // altered, unlinked, removed, duplicate; against a kept head: rewritten, shortened
    };
    // An audited row that does not match its latest entry (migration 28): changed, put in or taken out while the
    // triggers that record it were off.
    struct RowFinding
    {
        QString table;
        QString rowKey;  // the row's key columns as "column value, ..."
        QString problem; // changed, unrecorded, removed; trigger off, unregistered (no row: the table)
    };
    struct Verification
    {
        QString chain; // the organization's id; empty for the entries of no organization
        QString name;  // the organization's name, for people
        QList<Finding> findings;
        QList<RowFinding> rowFindings;
        qint64 headPosition = 0; // 0: nothing sealed yet
        QByteArray headHash;     // hex
        bool intact() const { return findings.isEmpty() && rowFindings.isEmpty(); }
    };

    // A chain's head as it was printed once and kept outside the database (chain: the organization's id, or the zero
    // uuid; hash: hex).
    struct Head
    {
        QString chain;
        qint64 position = 0;
        QByteArray hash;
    };

    // Seals every committed entry not yet sealed (the owner's connection); the value is how many.
    static Result<qint64> seal(const QSqlDatabase &db);
    // The same on a connection of its own, for a worker thread.
    static Result<qint64> sealOnce(const ConnectionSettings &settings);
    // Every chain of the database, recomputed here from the rows as stored (the owner's connection, as
    // writecarenotes-admin verify-audit), and checked against the heads kept elsewhere: a chain rewritten from end to
    // end by someone who could also change the database's own functions is found there.
    static Result<QList<Verification>> verifyAll(const QSqlDatabase &db, const QList<Head> &kept = {});
    // The signed-in user's organization's chain and audited rows (audit_log.read, and every home or users.manage);
    // nothing found for anyone else.
    static Result<Verification> verifyOwn(const QSqlDatabase &db);
    // The tables whose rows' changes are audited (migration 28's registry), in the order people read them: what
    // verify-audit expects the registry to hold, so that a table taken out of it is named.
    static QStringList auditedTables();

    // A finding as a sentence: "Entry 12 (position 3) does not match its seal: ..."
    static QString describe(const Finding &finding);
    static QString describe(const RowFinding &finding);
};
