#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words for the database's codes of incidents: their types, severities and the body sites of injuries.
class IncidentNames
{
    Q_DECLARE_TR_FUNCTIONS(IncidentNames)

public:
    static QStringList types();
    static QString typeName(const QString &type);
    static QStringList severities();
    static QString severityName(const QString &severity);
    static QStringList sites();
    static QString siteName(const QString &site);
};
