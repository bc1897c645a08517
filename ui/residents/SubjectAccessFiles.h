#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class Workspace;

// A subject access export saved for people and for computers: the PDF chosen, and a JSON file of the same name beside
// it, both or neither. The resident's record saves one on request; the archive saves one before anything is removed
// and records the JSON file's SHA-256, so that the file can be matched to the archive later.
class SubjectAccessFiles
{
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessFiles)

public:
    struct Saved
    {
        QString pdfPath;
        QString jsonPath;
        QString jsonSha256; // of the file as read back from the disk, in hex
    };

    // Whoever may read all of it (a manager); the database checks again.
    static bool mayExport(const Workspace &workspace);
    static Result<Saved> save(const QJsonObject &exported, const QString &pdfPath, const QString &printedBy);
};
