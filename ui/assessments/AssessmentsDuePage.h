#pragma once

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class AssessmentsDueModel;

namespace Ui {
class AssessmentsDuePage;
}

// A home's assessments overdue or due within AssessmentsDueModel::dueSoonDays, soonest first, each opening a new
// assessment of that tool for the resident.
class AssessmentsDuePage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentsDuePage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AssessmentsDuePage() override;
    void refresh();

signals:
    void assessmentRequested(const QString &residentId, const QString &type);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected();
    void updateResult();

    std::unique_ptr<Ui::AssessmentsDuePage> m_ui;
    AssessmentsDueModel *m_model;
};
