#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A subject access export (SubjectAccessStore) as a printed document: every field of every record, in the order the
// database gave them, for a person to read; only the database's own ids are left to the JSON file beside it. Pure.
class SubjectAccessPrintout
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPrintout)

public:
    static QString html(const QJsonObject &document, const QString &printedBy, const QString &printedAt);
    // "Edna Testresident"
    static QString residentName(const QJsonObject &document);
};
