#pragma once

#include <QString>

// One of the organization's types of audit: built in or its own, how often each home runs it, and the version of
// its questions an audit started now would use.
struct AuditTypeRow
{
    QString code;
    QString name;
    bool builtIn = false;
    int everyDays = 0; // 0: no schedule
    bool retired = false;
    QString latestTemplateId;
    int latestVersion = 0;
};
