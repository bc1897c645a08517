#pragma once

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class AuditActionsModel;
class AuditForm;
class AuditListModel;

namespace Ui {
class AuditsPage;
}

// The audits of the homes a manager manages: the open actions first (overdue ones in bold, each leading to its
// audit), then the audits, newest first, with their scores; an audit started from its type's latest questions, and
// each opened to be answered, actioned and signed off (AuditForm).
class AuditsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditsPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AuditsPage() override;

    void refresh();
    // Shows the audit (reading it off the window's thread).
    void openAudit(const QString &auditId);
    AuditForm *form() const { return m_form; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadTypes();
    void editTemplates();
    void startAudit();
    void openSelected(const QModelIndex &index);
    void showList();
    void updateResult();

    std::unique_ptr<Ui::AuditsPage> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    AuditListModel *m_audits;
    AuditActionsModel *m_actions;
    AuditForm *m_form;
};
