#pragma once

#include "incidents/IncidentRecord.h"
#include "session/Workspace.h"

#include <QWidget>

#include <memory>

namespace Ui {
class IncidentForm;
}

// One incident as a manager reviews it: the report as sent (never changed), the observations a possible head injury
// calls for, the reviews so far, a new review (severity, actions, lessons, police, safeguarding, and the duty of
// candour), and the notifications it needs, those suggested from its type and severity offered in one go, each then
// marked sent with its reference or withdrawn saying why. Past-due ones and a review waiting over 24 hours are said
// so. Read off the window's thread.
class IncidentForm : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentForm(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~IncidentForm() override;

    void openIncident(const QString &incidentId);
    const IncidentRecord &record() const { return m_record; }

signals:
    void backRequested();
    // A review or notification was written: the list's counts change.
    void changed();

private:
    void show(const IncidentRecord &record);
    void showNotifications();
    void updateSuggestions();
    void updateCandour();
    void saveReview();
    void addNotifications(const QStringList &kinds);
    void markSent();
    void withdraw();
    QString selectedNotification() const;

    std::unique_ptr<Ui::IncidentForm> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    IncidentRecord m_record;
    QString m_reading; // the incident being read
};
