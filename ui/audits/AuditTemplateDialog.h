#pragma once

#include "audits/AuditQuestion.h"
#include "audits/AuditTypeRow.h"
#include "session/Workspace.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditTemplateDialog;
}

// A manager's view of a type of audit's questions: each with its guidance and the quality statements it evidences,
// changed and saved as a new version (audits already made keep theirs); and a type of the organization's own added.
class AuditTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTemplateDialog(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AuditTemplateDialog() override;

signals:
    // A type was added or a new version saved: the pages offering types read them again.
    void templatesChanged();

private:
    void loadTypes(const QString &select);
    void loadQuestions();
    void showQuestion(int row);
    void keepQuestion(int row);
    void addQuestion();
    void removeQuestion();
    void addType();
    void save();
    QString itemText(const AuditQuestion &question, int row) const;

    std::unique_ptr<Ui::AuditTemplateDialog> m_ui;
    std::shared_ptr<const Workspace> m_workspace;
    QList<AuditTypeRow> m_types; // as loadTypes read them
    QList<AuditQuestion> m_questions;
    int m_shown = -1;
};
