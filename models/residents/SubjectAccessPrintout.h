#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// A subject access export (SubjectAccessStore) as a printed document: every field of every record, in the order the
// database gave them, so that the PDF holds what the JSON file beside it holds, for a person to read. Pure.
class SubjectAccessPrintout
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPrintout)

public:
    static QString html(const QJsonObject &document, const QString &printedBy, const QString &printedAt);
    // "Edna Testresident"
    static QString residentName(const QJsonObject &document);
};
