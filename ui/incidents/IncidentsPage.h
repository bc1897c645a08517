#pragma once

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class IncidentForm;
class IncidentListModel;

namespace Ui {
class IncidentsPage;
}

// The incidents of the homes a manager manages, newest first: at first only those awaiting review or with a
// notification to send (a review waiting over 24 hours and a notification past due in bold), each opened to be
// reviewed and notified (IncidentForm); and an incident reported from here.
class IncidentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    void refresh();
    void openIncident(const QString &incidentId);
    IncidentForm *form() const { return m_form; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected(const QModelIndex &index);
    void reportIncident();
    void showList();
    void updateStatus();

    std::unique_ptr<Ui::IncidentsPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    IncidentListModel *m_incidents;
    IncidentForm *m_form;
};
