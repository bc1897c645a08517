#pragma once

#include "organization/PostalAddress.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

// A care home as its administrator (facilities.manage) keeps it: what it is, where, how to reach it, who regulates
// it, and whether it has closed.
struct HomeDetails
{
    Q_DECLARE_TR_FUNCTIONS(HomeDetails)

public:
    QString id; // empty for a home not yet added
    QString name;
    QString type = QStringLiteral("residential");
    int capacity = 0; // beds; 0: not given
    PostalAddress address;
    QString phone;
    QString email;
    QString regulator = QStringLiteral("cqc"); // cqc, ciw, care_inspectorate or rqia
    QString locationId;                        // the regulator's id for the home (a CQC location id, a CIW service id)
    QString registeredManager;
    QDate closedOn; // invalid: open

    // The database's codes for a home's type and regulator, in the order a form offers them, and their names.
    static QStringList types();
    static QString typeName(const QString &type);
    static QStringList regulators();
    static QString regulatorName(const QString &regulator);
};
