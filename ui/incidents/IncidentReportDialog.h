#pragma once

#include "session/Workspace.h"

#include <QDialog>

#include <memory>

struct IncidentReport;

namespace Ui {
class IncidentReportDialog;
}

// Reports an incident in under a minute, by keyboard alone: the home and resident filled in from where it was opened
// (the shift board's or the record's resident), the type, when (now unless changed), where, what happened, what was
// done at once, injuries and their body sites, witnesses, and whether it is a safeguarding concern. Sent by Report;
// refused fields are named and keep what was typed. A fall with a possible head injury then says which observations
// follow and when.
class IncidentReportDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentReportDialog(std::shared_ptr<const Workspace> workspace, const QString &facilityId,
                         const QString &residentId, QWidget *parent = nullptr);
    ~IncidentReportDialog() override;

    // The id of the incident reported (empty until then).
    const QString &reportedId() const { return m_reportedId; }

private:
    void loadResidents(const QString &residentId);
    IncidentReport typedReport() const;
    void send();

    std::unique_ptr<Ui::IncidentReportDialog> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QString m_reportedId;
};
