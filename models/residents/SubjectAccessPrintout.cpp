#include "residents/SubjectAccessPrintout.h"

#include "common/AuditWords.h"
#include "printing/PrintedDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

PrintedDocument::Rows rows(const QJsonObject &record, const QStringList &nested = {})
{
    PrintedDocument::Rows out;
    for (auto field = record.constBegin(); field != record.constEnd(); ++field) {
        if (!nested.contains(field.key()) && AuditWords::forPeople(field.key(), field.value()))
            out.append({AuditWords::fieldName(field.key()), AuditWords::fieldValue(field.key(), field.value())});
    }
    return out;
}

// An earlier version of the record: when, by whom, what changed and what it said before.
PrintedDocument::Rows earlierVersion(const QJsonObject &version)
{
    PrintedDocument::Rows out{{AuditWords::fieldName(QStringLiteral("changed_at")),
                               AuditWords::value(version.value(QStringLiteral("changed_at")))},
                              {AuditWords::fieldName(QStringLiteral("changed_by_name")),
                               AuditWords::value(version.value(QStringLiteral("changed_by_name")))}};
    const QJsonObject before = version.value(QStringLiteral("old_row")).toObject();
    QStringList changed;
    for (const QJsonValue &field : version.value(QStringLiteral("changed_fields")).toArray())
        changed << AuditWords::fieldName(field.toString());
    out.append({AuditWords::fieldName(QStringLiteral("changed_fields")), changed.join(QStringLiteral(", "))});
    for (const QJsonValue &field : version.value(QStringLiteral("changed_fields")).toArray()) {
        const QString column = field.toString();
        if (before.contains(column) && AuditWords::forPeople(column, before.value(column)))
            out.append({SubjectAccessPrintout::tr("%1 before").arg(AuditWords::fieldName(column)),
                        AuditWords::fieldValue(column, before.value(column))});
    }
    return out;
}

// What a record is called in its heading: its date and kind.
QString heading(const QJsonObject &record)
{
    QStringList parts;
    for (const char *key : {"date", "event_date", "reviewed_on", "start_date", "changed_at", "occurred_at"}) {
        const QString value = AuditWords::value(record.value(QLatin1String(key)));
        if (!value.isEmpty()) {
            parts << value;
            break;
        }
    }
    const QString table = record.value(QStringLiteral("table_name")).toString();
    if (!table.isEmpty())
        parts << AuditWords::tableName(table);
    for (const char *key : {"shift", "type", "event", "kind"}) {
        const QString value = record.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            parts << AuditWords::fieldValue(QStringLiteral("type"), value);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

void addRecords(PrintedDocument &page, const QString &title, const QJsonArray &records,
                const QList<std::pair<QString, QString>> &children = {})
{
    page.addHeading(SubjectAccessPrintout::tr("%1 (%2)").arg(title).arg(records.size()));
    if (records.isEmpty()) {
        page.addText(QString(), SubjectAccessPrintout::tr("None held."), 3);
        return;
    }
    QStringList nested;
    for (const auto &[key, childTitle] : children)
        nested << key;
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        page.addSection(heading(record), rows(record, nested));
        for (const auto &[key, childTitle] : children) {
            const QJsonValue child = record.value(key);
            if (child.isObject())
                page.addSection(childTitle, rows(child.toObject()));
            for (const QJsonValue &item : child.toArray())
                page.addSection(childTitle + QStringLiteral(": ") + heading(item.toObject()), rows(item.toObject()));
        }
    }
}

// An audit entry's "What": the event, and for a row's change what changed (else what the entry's details say).
QString whatHappened(const QJsonObject &entry)
{
    const QString event = entry.value(QStringLiteral("event")).toString();
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    QString more = AuditWords::change(event, details);
    if (more.isEmpty() && !event.startsWith(QLatin1String("row_")))
        more = AuditWords::value(details);
    return more.isEmpty() ? AuditWords::eventName(event) : AuditWords::eventName(event) + QLatin1Char('\n') + more;
}

} // namespace

QString SubjectAccessPrintout::residentName(const QJsonObject &document)
{
    const QJsonObject resident = document.value(QStringLiteral("resident")).toObject();
    return resident.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
           resident.value(QStringLiteral("last_name")).toString();
}

QString SubjectAccessPrintout::html(const QJsonObject &document, const QString &printedBy, const QString &printedAt)
{
    const QString name = residentName(document);
    PrintedDocument page(tr("Subject access export: %1").arg(name),
                         tr("%1, %2. Exported by %3 at %4.")
                             .arg(document.value(QStringLiteral("organization")).toString(),
                                  document.value(QStringLiteral("home")).toString(),
                                  document.value(QStringLiteral("exported_by")).toString(),
                                  AuditWords::value(document.value(QStringLiteral("exported_at")))));
    page.addText(tr("About this export"),
                 tr("Every record Write Care Notes holds about %1: the record itself and its medical notes, "
                    "admissions and moves, shift notes, care plans and their reviews, assessments, incidents with "
                    "their reviews and notifications, earlier versions of the record, who has seen it, and "
                    "everything the audit log holds about them. The JSON file saved beside this one holds the same, "
                    "for a computer to read. Free text may name other people (visitors, staff, other residents): "
                    "read it before it leaves the home.")
                     .arg(name));
    page.addSection(tr("The record"), rows(document.value(QStringLiteral("resident")).toObject()));
    addRecords(page, tr("Admissions, moves and discharge"), document.value(QStringLiteral("events")).toArray());
    addRecords(page, tr("Shift notes"), document.value(QStringLiteral("notes")).toArray());
    addRecords(page, tr("Care plans"), document.value(QStringLiteral("care_plans")).toArray(),
               {{QStringLiteral("reviews"), tr("Review")}});
    addRecords(page, tr("Assessments"), document.value(QStringLiteral("assessments")).toArray(),
               {{QStringLiteral("follow_up"), tr("Follow-up")}});
    addRecords(page, tr("Incidents"), document.value(QStringLiteral("incidents")).toArray(),
               {{QStringLiteral("reviews"), tr("Review")}, {QStringLiteral("notifications"), tr("Notification")}});
    const QJsonArray versions = document.value(QStringLiteral("record_history")).toArray();
    page.addHeading(tr("%1 (%2)").arg(tr("Earlier versions of the record")).arg(versions.size()));
    if (versions.isEmpty())
        page.addText(QString(), tr("None held."), 3);
    for (const QJsonValue &version : versions)
        page.addSection(heading(version.toObject()), earlierVersion(version.toObject()));

    const auto table = [&page](const QString &title, const QJsonArray &entries, bool whatChanged) {
        QList<QStringList> lines;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString by = entry.value(QStringLiteral("by")).toString();
            lines << QStringList{AuditWords::value(entry.value(QStringLiteral("occurred_at"))),
                                 by.isEmpty() ? tr("Nobody signed in") : by,
                                 whatChanged ? whatHappened(entry)
                                             : AuditWords::eventName(entry.value(QStringLiteral("event")).toString()),
                                 entry.value(QStringLiteral("station")).toString()};
        }
        page.addTable(tr("%1 (%2)").arg(title).arg(entries.size()), {tr("When"), tr("Who"), tr("What"), tr("Station")},
                      lines);
    };
    table(tr("Who has seen the record"), document.value(QStringLiteral("access")).toArray(), false);
    table(tr("Everything the audit log holds about them"), document.value(QStringLiteral("audit_trail")).toArray(),
          true);
    return page.html(printedBy, printedAt);
}
