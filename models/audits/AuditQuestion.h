#pragma once

#include <QString>
#include <QStringList>

// A question of an audit template, with the quality statements (their codes) it evidences.
struct AuditQuestion
{
    int position = 0;
    QString question;
    QString guidance;
    QStringList statements;
    QStringList statementTitles; // "Safe: Medicines optimisation", in the order of statements
};
