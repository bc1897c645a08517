#pragma once

#include <QSet>
#include <QWidget>

#include <memory>

class AttentionModel;
class QLabel;
class QPushButton;
class QTreeView;
class Workspace;

// What needs attention in the manager's homes, on their home page: a tree of homes, kinds and records (AttentionModel),
// read afresh each time the page is shown and on Refresh (F5), never by a timer under the manager's eyes. Enter or a
// double click on a record asks the window to open it; on a home or kind it opens or closes it.
class AttentionPanel : public QWidget
{
    Q_OBJECT

public:
    // The lists a "more" row opens.
    enum class List
    {
        ReviewsDue,
        AssessmentsDue,
        ShiftBoard,
        Incidents,
        Audits
    };
    Q_ENUM(List)

    explicit AttentionPanel(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);

    void refresh();
    AttentionModel *model() const { return m_model; }

signals:
    void carePlanRequested(const QString &residentId, const QString &planId);
    void assessmentRequested(const QString &residentId, const QString &type);
    void residentRequested(const QString &residentId);
    void incidentRequested(const QString &incidentId);
    void auditRequested(const QString &auditId);
    void auditDueRequested(const QString &facilityId, const QString &type);
    void listRequested(AttentionPanel::List list);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void keepExpanded();
    void read(bool ok);
    void activate(const QModelIndex &index);

    std::shared_ptr<const Workspace> m_workspace;
    AttentionModel *m_model;
    QLabel *m_summaryLabel;
    QPushButton *m_refreshButton;
    QTreeView *m_tree;
    QSet<QString> m_expanded; // homes and kinds open before a refresh, to open again after it
    QString m_current;        // the row chosen before a refresh
    bool m_firstRead = true;
};
