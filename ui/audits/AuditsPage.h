#pragma once

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class AuditActionsModel;
class AuditForm;
class AuditListModel;
class AuditsDueModel;

namespace Ui {
class AuditsPage;
}

// The audits of the homes a manager manages: the open actions first (overdue ones in bold, each leading to its
// audit) beside the audits due by the organization's schedule (choosing one fills in what to start), then the audits,
// newest first, with their scores; an audit started from its type's latest questions, and each opened to be answered,
// actioned and signed off (AuditForm).
class AuditsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AuditsPage() override;

    void refresh();
    // Shows the audit (reading it off the window's thread).
    void openAudit(const QString &auditId);
    // The list, with this home's audit of this type chosen to start: the manager picks the date and starts it.
    void chooseDueAudit(const QString &facilityId, const QString &type);
    AuditForm *form() const { return m_form; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadTypes();
    void editTemplates();
    void startAudit();
    void chooseDue(const QModelIndex &index);
    void openSelected(const QModelIndex &index);
    void showList();
    void updateResult();

    std::unique_ptr<Ui::AuditsPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    AuditListModel *m_audits;
    AuditActionsModel *m_actions;
    AuditsDueModel *m_due;
    AuditForm *m_form;
};
