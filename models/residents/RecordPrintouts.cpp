#include "residents/RecordPrintouts.h"

#include "clinical/AssessmentTools.h"
#include "clinical/NhsNumber.h"
#include "clinical/PersonAge.h"
#include "common/DateText.h"
#include "printing/PrintedDocument.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {

QString residentTitle(const ResidentRecord &resident)
{
    return resident.value(QStringLiteral("first_name")).toString() + QLatin1Char(' ') +
           resident.value(QStringLiteral("last_name")).toString();
}

PrintedDocument::Rows fieldsOf(const ResidentRecord &resident, const QStringList &fields)
{
    PrintedDocument::Rows rows;
    for (const QString &field : fields)
        rows.append({ResidentRecord::label(field), resident.displayValue(field)});
    return rows;
}

void addAssessmentAnswers(PrintedDocument &document, const AssessmentRecord &record)
{
    QList<QStringList> answers;
    for (const auto &[question, answer] : AssessmentTools::answerRows(record.type, record.answers))
        answers.append({question, answer});
    document.addTable(RecordPrintouts::tr("Answers"), {RecordPrintouts::tr("Question"), RecordPrintouts::tr("Answer")},
                      answers);
    // The points as the tool added them, as they were shown when it was saved.
    QList<QStringList> parts;
    for (const QJsonValue &part : record.recommendations.value(QStringLiteral("parts")).toArray()) {
        const QJsonObject each = part.toObject();
        parts.append({each.value(QStringLiteral("label")).toString(),
                      QString::number(each.value(QStringLiteral("points")).toInt())});
    }
    parts.append({RecordPrintouts::tr("Score"), QString::number(record.score)});
    document.addTable(RecordPrintouts::tr("Points"), {RecordPrintouts::tr("For"), RecordPrintouts::tr("Points")},
                      parts);
}

} // namespace

QString RecordPrintouts::identity(const ResidentRecord &resident, const QDate &today)
{
    const QDate born = resident.value(QStringLiteral("date_of_birth")).toDate();
    QStringList parts{tr("Born %1 (aged %2)").arg(DateText::longDate(born)).arg(PersonAge::yearsOn(born, today))};
    const QString nhs = resident.value(QStringLiteral("nhs_number")).toString();
    parts.append(nhs.isEmpty() ? tr("no NHS number recorded") : tr("NHS number %1").arg(NhsNumber::formatted(nhs)));
    const QString room = resident.value(QStringLiteral("room_number")).toString();
    parts.append(room.isEmpty() ? resident.facilityName : tr("%1, room %2").arg(resident.facilityName, room));
    return parts.join(QStringLiteral(" · "));
}

QStringList RecordPrintouts::alerts(const ResidentRecord &resident)
{
    QStringList alerts;
    if (resident.medicalRead) {
        const QString resuscitation = resident.value(QStringLiteral("resuscitation.status")).toString();
        if (resuscitation == QLatin1String("dnacpr"))
            alerts.append(resident.value(QStringLiteral("resuscitation.respect_form")).toBool()
                              ? tr("DNACPR: do not attempt CPR (ReSPECT form in place)")
                              : tr("DNACPR: do not attempt CPR"));
        else if (resuscitation == QLatin1String("for_cpr"))
            alerts.append(tr("For CPR"));
        else
            alerts.append(tr("Resuscitation decision not recorded"));
        const QString status = resident.value(QStringLiteral("allergy_status")).toString();
        const QString allergies = resident.displayValue(QStringLiteral("allergies"));
        if (!allergies.isEmpty())
            alerts.append(tr("Allergies: %1").arg(allergies));
        else if (status == QLatin1String("none_known"))
            alerts.append(tr("No known allergies"));
        else
            alerts.append(tr("Allergies not recorded"));
        return alerts;
    }
    // Without the medical details, what every role may see.
    if (resident.dnacprAlert)
        alerts.append(tr("DNACPR: do not attempt CPR"));
    if (resident.allergyStatus == QLatin1String("known"))
        alerts.append(tr("Allergies: %1").arg(resident.allergyNames));
    else if (resident.allergyStatus == QLatin1String("none_known"))
        alerts.append(tr("No known allergies"));
    else
        alerts.append(tr("Allergies not recorded"));
    return alerts;
}

QString RecordPrintouts::residentSummary(const ResidentRecord &resident, const QList<CarePlanRecord> &plans,
                                         const QList<AssessmentRecord> &assessments, const QList<AssessmentDue> &due,
                                         const QString &assessmentsError, const QDate &today, const QString &printedBy,
                                         const QString &printedAt)
{
    PrintedDocument document(tr("Resident summary: %1").arg(residentTitle(resident)), identity(resident, today));
    document.addAlerts(alerts(resident));
    document.addSection(
        tr("Details"),
        fieldsOf(resident,
                 {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("date_of_birth"),
                  QStringLiteral("nhs_number"), QStringLiteral("facility_id"), QStringLiteral("room_number"),
                  QStringLiteral("status"), QStringLiteral("admission_date"), QStringLiteral("discharge_date")}));
    document.addSection(tr("Preferences"),
                        fieldsOf(resident, {QStringLiteral("preferred_name"), QStringLiteral("language"),
                                            QStringLiteral("faith"), QStringLiteral("communication_needs"),
                                            QStringLiteral("likes"), QStringLiteral("dislikes")}));
    document.addSection(
        tr("Contacts"),
        fieldsOf(resident, {QStringLiteral("next_of_kin.name"), QStringLiteral("next_of_kin.relationship"),
                            QStringLiteral("next_of_kin.phone"), QStringLiteral("next_of_kin.email"),
                            QStringLiteral("next_of_kin.address"), QStringLiteral("gp.name"),
                            QStringLiteral("gp.practice"), QStringLiteral("gp.phone")}));
    if (resident.medicalRead) {
        document.addSection(
            tr("Medical"),
            fieldsOf(resident, {QStringLiteral("allergy_status"), QStringLiteral("allergies"),
                                QStringLiteral("resuscitation.status"), QStringLiteral("resuscitation.respect_form"),
                                QStringLiteral("resuscitation.decided_on"), QStringLiteral("resuscitation.notes")}));
        document.addText(tr("Conditions"), resident.value(QStringLiteral("conditions")).toString());
    }
    QList<QStringList> live;
    for (const CarePlanRecord &plan : plans) {
        const QString status = plan.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("active") && status != QLatin1String("under_review"))
            continue;
        live.append({plan.displayValue(QStringLiteral("type")), plan.displayValue(QStringLiteral("needs")),
                     plan.displayValue(QStringLiteral("interventions")),
                     plan.displayValue(QStringLiteral("review_date"))});
    }
    document.addTable(tr("Care plans in use"), {tr("Care plan"), tr("Needs"), tr("How staff help"), tr("Next review")},
                      live);
    // The risks as last assessed, and what is due: what a hospital or an inspector asks first.
    if (!assessmentsError.isEmpty()) {
        document.addText(tr("Risk assessments"),
                         tr("Not printed: they could not be read (%1). Print again, or see them on the record.")
                             .arg(assessmentsError));
        return document.html(printedBy, printedAt);
    }
    QList<QStringList> risks;
    for (const AssessmentType type : AssessmentTools::types()) {
        const auto last = std::find_if(assessments.cbegin(), assessments.cend(),
                                       [type](const AssessmentRecord &record) { return record.type == type; });
        const auto next =
            std::find_if(due.cbegin(), due.cend(), [type](const AssessmentDue &entry) { return entry.type == type; });
        if (last == assessments.cend() && next == due.cend())
            continue;
        const QString dueText = next == due.cend()     ? tr("Not scheduled")
                                : next->overdue(today) ? tr("%1 (overdue)").arg(DateText::shortDate(next->dueDate))
                                                       : DateText::shortDate(next->dueDate);
        if (last == assessments.cend())
            risks.append({AssessmentTools::name(type), tr("Never"), QString(), dueText});
        else
            risks.append({AssessmentTools::name(type), tr("%1, %2").arg(DateText::shortDate(last->date), last->author),
                          tr("Score %1: %2").arg(last->score).arg(last->bandName()), dueText});
    }
    document.addTable(tr("Risk assessments"), {tr("Assessment"), tr("Last done"), tr("Result"), tr("Next due")}, risks);
    return document.html(printedBy, printedAt);
}

QString RecordPrintouts::carePlan(const CarePlanRecord &plan, const ResidentRecord &resident,
                                  const QList<CarePlanReview> &reviews, const QDate &today, const QString &printedBy,
                                  const QString &printedAt)
{
    PrintedDocument document(CarePlanRecord::title(plan.displayValue(QStringLiteral("type")), residentTitle(resident)),
                             identity(resident, today));
    document.addAlerts(alerts(resident));
    PrintedDocument::Rows facts;
    for (const QString &field : {QStringLiteral("status"), QStringLiteral("start_date"), QStringLiteral("review_date")})
        facts.append({CarePlanRecord::label(field), plan.displayValue(field)});
    facts.append({tr("Last changed"), plan.updatedBy.isEmpty()
                                          ? DateText::moment(plan.updatedAt)
                                          : tr("%1, %2").arg(plan.updatedBy, DateText::moment(plan.updatedAt))});
    document.addSection(tr("This plan"), facts);
    for (const QString &field : CarePlanRecord::fieldNames()) {
        if (CarePlanRecord::isDetail(field))
            document.addText(CarePlanRecord::label(field), plan.displayValue(field));
    }
    QList<QStringList> rows;
    for (const CarePlanReview &review : reviews)
        rows.append({DateText::shortDate(review.reviewedOn), review.reviewedBy, review.changes,
                     DateText::shortDate(review.nextReview)});
    document.addTable(tr("Reviews"), {tr("Reviewed on"), tr("By"), tr("What changed"), tr("Next review")}, rows);
    return document.html(printedBy, printedAt);
}

QString RecordPrintouts::assessment(const AssessmentRecord &record, const ResidentRecord &resident, const QDate &today,
                                    const QString &printedBy, const QString &printedAt)
{
    PrintedDocument document(tr("%1: %2").arg(AssessmentTools::name(record.type), residentTitle(resident)),
                             identity(resident, today));
    document.addAlerts(alerts(resident));
    PrintedDocument::Rows facts{
        {tr("Result"), tr("Score %1: %2").arg(record.score).arg(record.bandName())},
        {tr("Done on"), DateText::longDate(record.date)},
        {tr("By"), record.author},
        {tr("Written"), DateText::moment(record.createdAt)},
        {tr("Tool"), tr("%1. Version: %2.")
                         .arg(record.recommendations.value(QStringLiteral("source")).toString(), record.toolVersion)}};
    if (!record.correctsId.isEmpty())
        facts.append({tr("Corrects an earlier entry"), record.correctionReason});
    if (!record.correctedById.isEmpty())
        facts.append({tr("Corrected"), tr("By a later entry: this one is no longer in force.")});
    else if (record.nextDue.isValid())
        facts.append({tr("Next due"), DateText::longDate(record.nextDue)});
    facts.append({tr("Care plan"), record.followUp});
    document.addSection(tr("This assessment"), facts);
    addAssessmentAnswers(document, record);
    QStringList guidance;
    for (const QJsonValue &line : record.recommendations.value(QStringLiteral("guidance")).toArray())
        guidance.append(line.toString());
    document.addText(tr("What the tool advises"), guidance.join(QLatin1Char('\n')));
    return document.html(printedBy, printedAt);
}

QString RecordPrintouts::assessmentAnswers(const AssessmentRecord &record)
{
    PrintedDocument document{QString(), QString()};
    addAssessmentAnswers(document, record);
    return document.body();
}
