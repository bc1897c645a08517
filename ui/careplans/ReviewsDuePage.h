#pragma once

#include "session/Workspace.h"

#include <QWidget>

#include <memory>

class ReviewsDueModel;

namespace Ui {
class ReviewsDuePage;
}

// A home's care plans whose review is overdue or due within a week, oldest first, each opening its plan.
class ReviewsDuePage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsDuePage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~ReviewsDuePage() override;
    void refresh();

signals:
    void carePlanRequested(const QString &residentId, const QString &planId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void openSelected();
    void updateResult();

    std::unique_ptr<Ui::ReviewsDuePage> m_ui;
    ReviewsDueModel *m_model;
};
