#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A subject access export (SubjectAccessStore) as a printed document for the resident or her family to read: every
// record in the words of the forms (AuditWords), earlier versions as what changed and what it said before, and the
// audit log as who did what and when. The database's own keys (ids, uuids) are left to the JSON file beside it. Pure.
class SubjectAccessPrintout
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPrintout)

public:
    static QString html(const QJsonObject &document, const QString &printedBy, const QString &printedAt);
    // "Edna Testresident"
    static QString residentName(const QJsonObject &document);
};
