#pragma once

#include "health/ServerHealth.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// A server's health in the words of the window's Health page: sizes, counts and moments in the user's language and
// local time, and the facts as labelled lines. Pure.
class HealthText
{
    Q_DECLARE_TR_FUNCTIONS(HealthText)

public:
    static QString size(qint64 bytes);
    static QString count(qint64 number);
    static QString when(const QDateTime &instant); // "never" for an invalid one

    // Label and value, in the order shown: size, schema, archiving, standbys, oldest transaction, partitions.
    static QList<QPair<QString, QString>> facts(const ServerHealth &health);
};
