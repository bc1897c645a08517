#pragma once

#include "audits/AuditPerson.h"
#include "audits/AuditRecord.h"
#include "session/Workspace.h"

#include <QWidget>

#include <functional>
#include <memory>

class QButtonGroup;

namespace Ui {
class AuditForm;
}

// One audit, answered question by question: the question with its guidance and the quality statements it evidences,
// met / not met / not applicable with a comment, the action an unmet question raised (what, who, by when, done with
// what evidence), the score as the database computed it, the summary, signing off, and once signed off a new version
// saying why. A signed-off audit shows locked; its actions stay open to work on.
class AuditForm : public QWidget
{
    Q_OBJECT

public:
    explicit AuditForm(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AuditForm() override;

    // Reads the audit off the window's thread and shows it at question `row` (0: the first); opened runs once shown.
    void openAudit(const QString &auditId, int row = 0, std::function<void()> opened = {});
    const AuditRecord &audit() const { return m_audit; }
    bool isOpening() const { return m_opening; }

signals:
    void backRequested();
    // Something was saved: lists showing this audit read again.
    void auditChanged();

private:
    void show(const AuditRecord &record, int row);
    void showQuestion(int row);
    void showCarePlans(const QString &residentId, const QString &selected);
    void updateHeader();
    void saveAnswer();
    void saveAction();
    void saveSummary();
    void signOff();
    void revise();
    int currentRow() const;

    std::unique_ptr<Ui::AuditForm> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QButtonGroup *m_answers;
    QList<AuditPerson> m_people;
    AuditRecord m_audit;
    int m_opens = 0;
    bool m_opening = false;
};
