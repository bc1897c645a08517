#include "inspection/EvidencePack.h"

#include "common/DateText.h"
#include "compliance/IncidentNotifications.h"
#include "incidents/IncidentNames.h"

#include <QSet>

namespace {

QString typeFilter(const QString &source)
{
    if (source == QLatin1String("medication_errors"))
        return QStringLiteral("medication_error");
    if (source == QLatin1String("falls"))
        return QStringLiteral("fall");
    if (source == QLatin1String("pressure_ulcers"))
        return QStringLiteral("pressure_ulcer");
    return {};
}

} // namespace

QString EvidencePack::title(const EvidenceData &data)
{
    return tr("Evidence for %1: %2, %3 to %4")
        .arg(data.keyQuestion, data.facility, DateText::shortDate(data.from), DateText::shortDate(data.to));
}

QString EvidencePack::answerName(const QString &answer)
{
    if (answer == QLatin1String("met"))
        return tr("Met");
    if (answer == QLatin1String("not_met"))
        return tr("Not met");
    if (answer == QLatin1String("not_applicable"))
        return tr("Not applicable");
    return tr("Not answered");
}

QString EvidencePack::actionStatusName(const QString &status)
{
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("not_needed"))
        return tr("Not needed");
    return tr("Open");
}

PrintedDocument EvidencePack::document(const EvidenceData &data, const QDate &today, bool incidentsSeen,
                                       bool safeguardingSeen)
{
    PrintedDocument document(title(data),
                             tr("%1 (%2), key question \"%3\"").arg(data.framework, data.regulator, data.keyQuestion));
    document.addText(tr("About this pack"),
                     tr("What Write Care Notes holds for each quality statement of \"%1\" at %2 from %3 to %4: the "
                        "answers its audits gave to the questions tagged with the statement (the latest version of "
                        "each audit), the actions they raised, and the records the framework's list names for it. "
                        "Residents' names are left out; comments, actions and lessons are as their authors wrote them. "
                        "What is overdue is as it stands on %5.")
                         .arg(data.keyQuestion, data.facility, DateText::longDate(data.from),
                              DateText::longDate(data.to), DateText::longDate(today)));

    for (const EvidenceStatement &statement : data.statements) {
        document.addHeading(statement.title);
        // The audits: how the tagged questions were answered, then each answer.
        QList<QStringList> answerRows;
        QSet<QString> audits;
        int met = 0;
        int notMet = 0;
        int notApplicable = 0;
        for (const EvidenceAnswer &answer : data.answers) {
            if (answer.statement != statement.code)
                continue;
            audits.insert(answer.auditId);
            met += answer.answer == QLatin1String("met") ? 1 : 0;
            notMet += answer.answer == QLatin1String("not_met") ? 1 : 0;
            notApplicable += answer.answer == QLatin1String("not_applicable") ? 1 : 0;
            const QString score = answer.score.isEmpty() ? tr("not scored yet") : tr("%1%").arg(answer.score);
            answerRows.append({tr("%1 audit, %2").arg(answer.auditType, DateText::shortDate(answer.auditDate)),
                               answer.signedOff ? score : tr("%1, not signed off").arg(score), answer.question,
                               answerName(answer.answer), answer.comment});
        }
        document.addText(
            tr("Audits"),
            answerRows.isEmpty()
                ? tr("No audit of the period asks about this statement.")
                : tr("%n audit(s) of the period ask about this statement.", "", int(audits.size())) + QLatin1Char(' ') +
                      tr("Of the %n answer(s), %1 met, %2 not met and %3 not applicable.", "", int(answerRows.size()))
                          .arg(met)
                          .arg(notMet)
                          .arg(notApplicable),
            3);
        document.addTable(QString(), {tr("Audit"), tr("Score"), tr("Question"), tr("Answer"), tr("Comment")},
                          answerRows, 3);

        QList<QStringList> actionRows;
        for (const EvidenceAction &action : data.actions) {
            if (action.statement != statement.code)
                continue;
            QString status = actionStatusName(action.status);
            if (action.status == QLatin1String("open") && action.due.isValid() && action.due < today)
                status = tr("Open, overdue");
            else if (action.completed.isValid())
                status = tr("%1 on %2").arg(status, DateText::shortDate(action.completed));
            actionRows.append({action.what,
                               tr("%1 audit, %2").arg(action.auditType, DateText::shortDate(action.auditDate)),
                               action.owner.isEmpty() ? tr("Nobody named") : action.owner,
                               action.due.isValid() ? DateText::shortDate(action.due) : tr("No date"), status});
        }
        document.addTable(tr("Actions"), {tr("Action"), tr("Raised by"), tr("Who"), tr("Due"), tr("Status")},
                          actionRows, 3);

        for (const QString &source : statement.evidence) {
            if (source == QLatin1String("incidents") || source == QLatin1String("safeguarding") ||
                !typeFilter(source).isEmpty()) {
                QString heading = tr("Incidents");
                if (source == QLatin1String("safeguarding"))
                    heading = tr("Safeguarding incidents");
                else if (!typeFilter(source).isEmpty())
                    heading = IncidentNames::typeName(typeFilter(source));
                if (!incidentsSeen) {
                    document.addText(heading, tr("Not included: you may not read incidents."), 3);
                    continue;
                }
                if (source == QLatin1String("safeguarding") && !safeguardingSeen) {
                    document.addText(heading, tr("Not included: you may not see safeguarding incidents."), 3);
                    continue;
                }
                QList<QStringList> rows;
                int reviewed = 0;
                for (const EvidenceIncident &incident : data.incidents) {
                    if ((source == QLatin1String("safeguarding") && !incident.safeguarding) ||
                        (!typeFilter(source).isEmpty() && incident.type != typeFilter(source)))
                        continue;
                    reviewed += incident.reviewed ? 1 : 0;
                    rows.append(
                        {IncidentNames::typeName(incident.type), DateText::moment(incident.occurredAt),
                         incident.reviewed ? IncidentNames::severityName(incident.severity) : tr("Not reviewed yet"),
                         incident.lessons});
                }
                if (!safeguardingSeen)
                    document.addText(QString(), tr("Safeguarding incidents are not included: you may not see them."),
                                     3);
                document.addText(
                    heading,
                    rows.isEmpty()
                        ? tr("None in the period.")
                        : tr("%n incident(s) in the period, %1 of them reviewed.", "", int(rows.size())).arg(reviewed),
                    3);
                document.addTable(QString(), {tr("Incident"), tr("When"), tr("Harm"), tr("Lessons learned")}, rows, 3);
            } else if (source == QLatin1String("notifications")) {
                if (!incidentsSeen) {
                    document.addText(tr("Notifications"), tr("Not included: you may not read incidents."), 3);
                    continue;
                }
                if (!safeguardingSeen)
                    document.addText(QString(),
                                     tr("Those of safeguarding incidents are not included: you may not see them."), 3);
                QList<QStringList> rows;
                int onTime = 0;
                int late = 0;
                int waiting = 0;
                int withdrawn = 0;
                for (const EvidenceNotification &notification : data.notifications) {
                    QString outcome;
                    if (notification.sentAt.isValid()) {
                        const bool inTime = notification.sentAt <= notification.dueAt;
                        (inTime ? onTime : late) += 1;
                        outcome = (inTime ? tr("Sent %1, reference %2") : tr("Sent late, %1, reference %2"))
                                      .arg(DateText::moment(notification.sentAt), notification.reference);
                    } else if (notification.withdrawnAt.isValid()) {
                        ++withdrawn;
                        outcome = tr("Not needed: %1").arg(notification.withdrawnReason);
                    } else {
                        ++waiting;
                        outcome = tr("Not sent yet");
                    }
                    rows.append({IncidentNotifications::name(notification.kind),
                                 tr("%1, %2").arg(IncidentNames::typeName(notification.incidentType),
                                                  DateText::moment(notification.occurredAt)),
                                 DateText::moment(notification.dueAt), outcome});
                }
                document.addText(tr("Notifications"),
                                 rows.isEmpty() ? tr("No incident of the period needed a notification.")
                                                : tr("%1 sent on time, %2 sent late, %3 not sent yet, %4 not needed.")
                                                      .arg(onTime)
                                                      .arg(late)
                                                      .arg(waiting)
                                                      .arg(withdrawn),
                                 3);
                document.addTable(QString(), {tr("Notification"), tr("Incident"), tr("Due"), tr("Outcome")}, rows, 3);
            } else if (source == QLatin1String("care_plan_reviews")) {
                document.addText(tr("Care plan reviews"),
                                 tr("%n care plan review(s) done in the period.", "", data.reviewsDone) +
                                     QLatin1Char(' ') +
                                     tr("%n care plan(s) overdue for review today.", "", data.reviewsOverdue),
                                 3);
            } else if (source == QLatin1String("assessments")) {
                document.addText(tr("Assessments"),
                                 tr("%n assessment(s) done in the period.", "", data.assessmentsDone) +
                                     QLatin1Char(' ') +
                                     tr("%n assessment(s) overdue today.", "", data.assessmentsOverdue),
                                 3);
            }
        }
    }
    return document;
}
