#include "residents/SubjectAccessFiles.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "residents/SubjectAccessPrintout.h"
#include "session/Capability.h"
#include "session/Workspace.h"
#include "widgets/RecordPrinter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

bool SubjectAccessFiles::mayExport(const Workspace &workspace)
{
    return workspace.can(Capability::residentsRead) && workspace.can(Capability::medicalRead) &&
           workspace.can(Capability::dailyRecordsRead) && workspace.can(Capability::carePlansRead) &&
           workspace.can(Capability::assessmentsRead) && workspace.can(Capability::incidentsRead) &&
           workspace.can(Capability::incidentsSafeguarding) && workspace.can(Capability::auditLogRead);
}

Result<SubjectAccessFiles::Saved> SubjectAccessFiles::save(const QJsonObject &exported, const QString &pdfPath,
                                                           const QString &printedBy)
{
    Saved saved;
    saved.pdfPath = pdfPath;
    saved.jsonPath =
        QFileInfo(pdfPath).path() + QLatin1Char('/') + QFileInfo(pdfPath).completeBaseName() + QStringLiteral(".json");
    const QString name = SubjectAccessPrintout::residentName(exported);
    QSaveFile json(saved.jsonPath);
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(exported).toJson(QJsonDocument::Indented)) < 0 ||
        !json.commit())
        return Result<Saved>::failed(tr("The export of %1's records could not be saved in %2: %3")
                                         .arg(name, saved.jsonPath, json.errorString()));
    // What is on the disk, not what was meant to be: read back.
    QFile written(saved.jsonPath);
    if (!written.open(QIODevice::ReadOnly)) {
        QFile::remove(saved.jsonPath);
        return Result<Saved>::failed(tr("The export of %1's records could not be read back from %2: %3")
                                         .arg(name, saved.jsonPath, written.errorString()));
    }
    saved.jsonSha256 =
        QString::fromLatin1(QCryptographicHash::hash(written.readAll(), QCryptographicHash::Sha256).toHex());
    written.close();
    const Result<> pdf =
        RecordPrinter::writePdf(pdfPath, tr("Subject access export: %1").arg(name),
                                SubjectAccessPrintout::html(exported, printedBy, DateText::moment(Clock::now())));
    if (!pdf.ok()) {
        // Not half an export: the JSON goes too.
        QFile::remove(saved.jsonPath);
        return Result<Saved>::failed(tr("The export of %1's records: %2").arg(name, pdf.message));
    }
    return Result<Saved>::done(saved);
}
