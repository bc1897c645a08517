#include "common/AuditWords.h"

#include "common/DateText.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

// "personal_care" -> "Personal care"
QString spokenCode(const QString &code)
{
    QString words = code;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

// Columns that change with every save and mean nothing to a reader.
bool isBookkeeping(const QString &column)
{
    static const QStringList bookkeeping = {QStringLiteral("id"), QStringLiteral("row_version"),
                                            QStringLiteral("medical_notes_key_version"), QStringLiteral("room_sort"),
                                            QStringLiteral("facility_ids")};
    return bookkeeping.contains(column) || column.startsWith(QLatin1String("search_"));
}

// Fields whose values are always one of the application's codes, one word ("fall") or more ("mobility_falls"); every
// other value is shown as written.
bool holdsCode(const QString &key)
{
    static const QStringList codes = {
        QStringLiteral("type"),     QStringLiteral("kind"),  QStringLiteral("status"),
        QStringLiteral("shift"),    QStringLiteral("event"), QStringLiteral("choice"),
        QStringLiteral("severity"), QStringLiteral("band"),  QStringLiteral("allergy_status")};
    return codes.contains(key);
}

QString valueAt(const QJsonValue &value, int depth);

// A field's value: codes and lists of field names as words, anything else as valueAt.
QString fieldValueAt(const QString &key, const QJsonValue &value, int depth)
{
    static const QRegularExpression word(QStringLiteral("^[a-z0-9_]+$"));
    if (holdsCode(key) && value.isString() && word.match(value.toString()).hasMatch())
        return spokenCode(value.toString());
    // A list of codes ("personal_care", "nutrition") reads alike throughout.
    if (key == QLatin1String("categories") && value.isArray()) {
        QStringList words;
        for (const QJsonValue &category : value.toArray())
            words << (word.match(category.toString()).hasMatch() ? spokenCode(category.toString())
                                                                 : category.toString());
        return words.join(QStringLiteral(", "));
    }
    if ((key == QLatin1String("fields") || key == QLatin1String("changed_fields")) && value.isArray()) {
        QStringList names;
        for (const QJsonValue &field : value.toArray())
            names << AuditWords::fieldName(field.toString());
        return names.join(QStringLiteral(", "));
    }
    return valueAt(value, depth);
}

// Nested records: a record's fields on lines of their own at the top, "; " between them further in.
QString valueAt(const QJsonValue &value, int depth)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString string = value.toString();
        static const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (instant.match(string).hasMatch()) {
            const QDateTime moment = QDateTime::fromString(string, Qt::ISODateWithMs);
            if (moment.isValid())
                return DateText::moment(moment);
        }
        if (date.match(string).hasMatch()) {
            const QDate day = QDate::fromString(string, Qt::ISODate);
            if (day.isValid())
                return DateText::longDate(day);
        }
        // Anything else as written: a note is evidence, word for word.
        return string;
    }
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? AuditWords::tr("yes") : AuditWords::tr("no");
    case QJsonValue::Object: {
        const QJsonObject record = value.toObject();
        QStringList lines;
        for (auto field = record.constBegin(); field != record.constEnd(); ++field) {
            if (!AuditWords::forPeople(field.key(), field.value()))
                continue;
            const QString text = fieldValueAt(field.key(), field.value(), depth + 1);
            if (!text.isEmpty())
                lines << AuditWords::tr("%1: %2").arg(AuditWords::fieldName(field.key()), text);
        }
        return lines.join(depth == 0 ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    case QJsonValue::Array: {
        QStringList items;
        bool records = false;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && isUuid(item.toString()))
                continue;
            records = records || item.isObject();
            const QString text = valueAt(item, depth + 1);
            if (!text.isEmpty())
                items << text;
        }
        return items.join(records && depth == 0 ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    default:
        return QString();
    }
}

// A changed value in a sentence: "(empty)" rather than nothing.
QString changedValue(const QString &column, const QJsonValue &value)
{
    const QString text = AuditWords::fieldValue(column, value);
    return text.isEmpty() ? AuditWords::tr("(empty)") : text;
}

} // namespace

QString AuditWords::tableName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("residents"), QT_TR_NOOP("Resident")},
        {QStringLiteral("resident_events"), QT_TR_NOOP("Admission, move or discharge")},
        {QStringLiteral("care_plans"), QT_TR_NOOP("Care plan")},
        {QStringLiteral("care_plan_reviews"), QT_TR_NOOP("Care plan review")},
        {QStringLiteral("assessments"), QT_TR_NOOP("Assessment")},
        {QStringLiteral("assessment_follow_ups"), QT_TR_NOOP("Assessment follow-up")},
        {QStringLiteral("daily_records"), QT_TR_NOOP("Shift note")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incident")},
        {QStringLiteral("incident_reviews"), QT_TR_NOOP("Incident review")},
        {QStringLiteral("incident_notifications"), QT_TR_NOOP("Incident notification")},
        {QStringLiteral("audits"), QT_TR_NOOP("Audit")},
        {QStringLiteral("audit_answers"), QT_TR_NOOP("Audit answer")},
        {QStringLiteral("audit_actions"), QT_TR_NOOP("Audit action")},
        {QStringLiteral("audit_types"), QT_TR_NOOP("Type of audit")},
        {QStringLiteral("audit_templates"), QT_TR_NOOP("Audit template")},
        {QStringLiteral("audit_template_questions"), QT_TR_NOOP("Audit template question")},
        {QStringLiteral("audit_question_statements"), QT_TR_NOOP("Audit question's quality statement")},
        {QStringLiteral("users"), QT_TR_NOOP("User")},
        {QStringLiteral("user_credentials"), QT_TR_NOOP("User's sign-in")},
        {QStringLiteral("user_facilities"), QT_TR_NOOP("User's care home")},
        {QStringLiteral("organizations"), QT_TR_NOOP("Organization")},
        {QStringLiteral("organization_keys"), QT_TR_NOOP("Organization's key")},
        {QStringLiteral("facilities"), QT_TR_NOOP("Care home")},
        {QStringLiteral("shift_patterns"), QT_TR_NOOP("Shift times")},
    };
    const char *name = names.value(table);
    return name ? tr(name) : table;
}

QString AuditWords::eventName(const QString &event)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("sign_in_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("sign_in_refused_locked"), QT_TR_NOOP("Sign-in refused: locked out")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("Locked out")},
        {QStringLiteral("sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("password_changed"), QT_TR_NOOP("Changed their password")},
        {QStringLiteral("password_set"), QT_TR_NOOP("Password set")},
        {QStringLiteral("resident_opened"), QT_TR_NOOP("Opened the record")},
        {QStringLiteral("medical_notes_read"), QT_TR_NOOP("Read the medical notes")},
        {QStringLiteral("medical_details_read"), QT_TR_NOOP("Read the medical details")},
        {QStringLiteral("medical_notes_written"), QT_TR_NOOP("Wrote the medical notes")},
        {QStringLiteral("medical_details_written"), QT_TR_NOOP("Wrote the medical details")},
        {QStringLiteral("record_access_read"), QT_TR_NOOP("Looked at who has seen the record")},
        {QStringLiteral("subject_access_exported"), QT_TR_NOOP("Exported every record held (subject access)")},
        {QStringLiteral("legal_hold_set"), QT_TR_NOOP("Legal hold set")},
        {QStringLiteral("legal_hold_released"), QT_TR_NOOP("Legal hold released")},
        {QStringLiteral("database_restore_prepared"), QT_TR_NOOP("Restored copy of the database made and checked")},
        {QStringLiteral("database_restore_cancelled"), QT_TR_NOOP("Switch to a restored copy called off")},
        {QStringLiteral("database_restored"), QT_TR_NOOP("Database restored from a backup")},
        {QStringLiteral("resident_archived"), QT_TR_NOOP("Resident's records archived and removed")},
        {QStringLiteral("keys_rotated"), QT_TR_NOOP("Keys renewed")},
        {QStringLiteral("user_changed"), QT_TR_NOOP("User changed")},
        {QStringLiteral("user_confirmed"), QT_TR_NOOP("User confirmed")},
        {QStringLiteral("user_facility_added"), QT_TR_NOOP("Given a care home")},
        {QStringLiteral("user_facility_removed"), QT_TR_NOOP("Care home taken away")},
        {QStringLiteral("resident_created"), QT_TR_NOOP("Resident added")},
        {QStringLiteral("resident_changed"), QT_TR_NOOP("Resident changed")},
        {QStringLiteral("resident_event"), QT_TR_NOOP("Admission, move or discharge")},
        {QStringLiteral("care_plan_created"), QT_TR_NOOP("Care plan added")},
        {QStringLiteral("care_plan_changed"), QT_TR_NOOP("Care plan changed")},
        {QStringLiteral("care_plan_reviewed"), QT_TR_NOOP("Care plan reviewed")},
        {QStringLiteral("organization_settings_changed"), QT_TR_NOOP("Settings changed")},
        {QStringLiteral("shift_pattern_changed"), QT_TR_NOOP("Shift times changed")},
        {QStringLiteral("audit_started"), QT_TR_NOOP("Audit started")},
        {QStringLiteral("audit_signed_off"), QT_TR_NOOP("Audit signed off")},
        {QStringLiteral("audit_revised"), QT_TR_NOOP("Audit revised")},
        {QStringLiteral("audit_template_saved"), QT_TR_NOOP("Audit template saved")},
        {QStringLiteral("audit_action_changed"), QT_TR_NOOP("Audit action changed")},
        {QStringLiteral("incident_reported"), QT_TR_NOOP("Incident reported")},
        {QStringLiteral("incident_reviewed"), QT_TR_NOOP("Incident reviewed")},
        {QStringLiteral("incident_notification_added"), QT_TR_NOOP("Notification due")},
        {QStringLiteral("incident_notification_sent"), QT_TR_NOOP("Notification sent")},
        {QStringLiteral("incident_notification_withdrawn"), QT_TR_NOOP("Notification withdrawn")},
        {QStringLiteral("row_inserted"), QT_TR_NOOP("Added")},
        {QStringLiteral("row_updated"), QT_TR_NOOP("Changed")},
        {QStringLiteral("row_deleted"), QT_TR_NOOP("Removed")},
        {QStringLiteral("row_recorded"), QT_TR_NOOP("Recorded as it stood")},
    };
    const char *name = names.value(event);
    return name ? tr(name) : event;
}

QString AuditWords::fieldName(const QString &column)
{
    // The words the forms use; any other column by its own name.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("last_name"), QT_TR_NOOP("Surname")},
        {QStringLiteral("nhs_number"), QT_TR_NOOP("NHS number")},
        {QStringLiteral("room_number"), QT_TR_NOOP("Room")},
        {QStringLiteral("facility_id"), QT_TR_NOOP("Home")},
        {QStringLiteral("fluid_target_ml"), QT_TR_NOOP("Daily fluid target (ml)")},
        {QStringLiteral("alert_dnacpr"), QT_TR_NOOP("DNACPR decision in place")},
        {QStringLiteral("allergy_status"), QT_TR_NOOP("Allergies")},
        {QStringLiteral("allergy_names"), QT_TR_NOOP("Allergic to")},
        {QStringLiteral("contact_details"), QT_TR_NOOP("Contacts")},
        {QStringLiteral("encrypted_medical_notes"), QT_TR_NOOP("Medical notes")},
        {QStringLiteral("gp"), QT_TR_NOOP("GP")},
        {QStringLiteral("respect_form"), QT_TR_NOOP("ReSPECT form in place")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Written at")},
        {QStringLiteral("created_by_name"), QT_TR_NOOP("Written by")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Last changed at")},
        {QStringLiteral("updated_by_name"), QT_TR_NOOP("Last changed by")},
        {QStringLiteral("recorded_by_name"), QT_TR_NOOP("Recorded by")},
        {QStringLiteral("from_home"), QT_TR_NOOP("From home")},
        {QStringLiteral("to_home"), QT_TR_NOOP("To home")},
        {QStringLiteral("care_delivered"), QT_TR_NOOP("Care given")},
        {QStringLiteral("categories"), QT_TR_NOOP("Kinds of care")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When it happened")},
        {QStringLiteral("narrative"), QT_TR_NOOP("Note")},
        {QStringLiteral("late_entry"), QT_TR_NOOP("Written late")},
        {QStringLiteral("news2_escalation"), QT_TR_NOOP("NEWS2 escalation")},
        {QStringLiteral("correction_reason"), QT_TR_NOOP("Why it was corrected")},
        {QStringLiteral("details"), QT_TR_NOOP("Details")},
        {QStringLiteral("review_date"), QT_TR_NOOP("Review date")},
        {QStringLiteral("reviewed_by_name"), QT_TR_NOOP("Reviewed by")},
        {QStringLiteral("next_review_date"), QT_TR_NOOP("Next review")},
        {QStringLiteral("assessed_by"), QT_TR_NOOP("Assessed by")},
        {QStringLiteral("risk_level"), QT_TR_NOOP("Risk")},
        {QStringLiteral("next_due_date"), QT_TR_NOOP("Next due")},
        {QStringLiteral("chosen_by_name"), QT_TR_NOOP("Chosen by")},
        {QStringLiteral("reported_by_name"), QT_TR_NOOP("Reported by")},
        {QStringLiteral("immediate_actions"), QT_TR_NOOP("What was done at once")},
        {QStringLiteral("injury_sites"), QT_TR_NOOP("Where injured")},
        {QStringLiteral("safeguarding"), QT_TR_NOOP("Safeguarding concern")},
        {QStringLiteral("family_told_note"), QT_TR_NOOP("What the family was told")},
        {QStringLiteral("due_at"), QT_TR_NOOP("Due by")},
        {QStringLiteral("withdrawn_reason"), QT_TR_NOOP("Why withdrawn")},
        {QStringLiteral("changed_by_name"), QT_TR_NOOP("Changed by")},
        {QStringLiteral("changed_fields"), QT_TR_NOOP("What changed")},
    };
    if (const char *name = names.value(column))
        return tr(name);
    return spokenCode(column);
}

bool AuditWords::forPeople(const QString &key, const QJsonValue &value)
{
    if (isBookkeeping(key) || key.endsWith(QLatin1String("_id")))
        return false;
    if (value.isString())
        return !isUuid(value.toString());
    return true;
}

QString AuditWords::value(const QJsonValue &value)
{
    return valueAt(value, 0);
}

QString AuditWords::fieldValue(const QString &key, const QJsonValue &value)
{
    return fieldValueAt(key, value, 0);
}

QString AuditWords::change(const QString &event, const QJsonObject &details)
{
    const QString table = details.value(QStringLiteral("table")).toString();
    if (table.isEmpty() || !event.startsWith(QLatin1String("row_")))
        return {};
    QStringList parts;
    const QJsonObject before = details.value(QStringLiteral("old")).toObject();
    const QJsonObject after = details.value(QStringLiteral("new")).toObject();
    if (event == QLatin1String("row_updated")) {
        const QJsonArray fields = details.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : fields) {
            const QString column = field.toString();
            // Who-and-when is in the entry itself.
            if (isBookkeeping(column) || column == QLatin1String("updated_at") || column == QLatin1String("updated_by"))
                continue;
            if (!after.contains(column))
                parts.append(tr("%1 changed (not shown)").arg(fieldName(column)));
            else if (!forPeople(column, before.value(column)) || !forPeople(column, after.value(column)))
                parts.append(tr("%1 changed").arg(fieldName(column)));
            else
                parts.append(tr("%1 %2 → %3")
                                 .arg(fieldName(column), changedValue(column, before.value(column)),
                                      changedValue(column, after.value(column))));
        }
    }
    return parts.isEmpty() ? tableName(table) : tr("%1: %2").arg(tableName(table), parts.join(QStringLiteral("; ")));
}
