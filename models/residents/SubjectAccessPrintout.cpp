#include "residents/SubjectAccessPrintout.h"

#include "common/DateText.h"
#include "printing/PrintedDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

// A field's name as a reader would say it: "care_delivered" -> "Care delivered".
QString label(const QString &key)
{
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

// A value as text: moments in local time, nested records as compact JSON (nothing dropped).
QString text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString string = value.toString();
        static const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        if (instant.match(string).hasMatch()) {
            const QDateTime moment = QDateTime::fromString(string, Qt::ISODateWithMs);
            if (moment.isValid())
                return DateText::moment(moment);
        }
        return string;
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? SubjectAccessPrintout::tr("yes") : SubjectAccessPrintout::tr("no");
    case QJsonValue::Object:
        return value.toObject().isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return value.toArray().isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

// The database's own keys mean nothing to a reader: ids of rows, homes and the people who wrote (each record names
// them in a field of its own). The JSON file keeps them.
bool forPeople(const QString &key, const QJsonValue &value)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return key != QLatin1String("id") && !key.endsWith(QLatin1String("_id")) &&
           !uuid.match(value.toString()).hasMatch();
}

PrintedDocument::Rows rows(const QJsonObject &record, const QStringList &nested = {})
{
    PrintedDocument::Rows out;
    for (auto field = record.constBegin(); field != record.constEnd(); ++field) {
        if (!nested.contains(field.key()) && forPeople(field.key(), field.value()))
            out.append({label(field.key()), text(field.value())});
    }
    return out;
}

// What a record is called in its heading: its date and kind.
QString heading(const QJsonObject &record)
{
    QStringList parts;
    for (const char *key : {"date", "event_date", "reviewed_on", "start_date", "changed_at", "occurred_at"}) {
        const QString value = text(record.value(QLatin1String(key)));
        if (!value.isEmpty()) {
            parts << value;
            break;
        }
    }
    for (const char *key : {"shift", "type", "event", "table_name", "kind"}) {
        const QString value = record.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            parts << label(value);
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
                                  text(document.value(QStringLiteral("exported_at")))));
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
    addRecords(page, tr("Earlier versions of the record"), document.value(QStringLiteral("record_history")).toArray());

    const auto table = [&page](const QString &title, const QJsonArray &entries, bool withDetails) {
        QList<QStringList> lines;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            QStringList line{
                text(entry.value(QStringLiteral("occurred_at"))), entry.value(QStringLiteral("by")).toString(),
                entry.value(QStringLiteral("event")).toString(), entry.value(QStringLiteral("station")).toString()};
            if (withDetails)
                line << text(entry.value(QStringLiteral("details")));
            lines << line;
        }
        QStringList columns{tr("When"), tr("Who"), tr("What"), tr("Station")};
        if (withDetails)
            columns << tr("Details");
        page.addTable(tr("%1 (%2)").arg(title).arg(entries.size()), columns, lines);
    };
    table(tr("Who has seen the record"), document.value(QStringLiteral("access")).toArray(), false);
    table(tr("Everything the audit log holds about them"), document.value(QStringLiteral("audit_trail")).toArray(),
          true);
    return page.html(printedBy, printedAt);
}
