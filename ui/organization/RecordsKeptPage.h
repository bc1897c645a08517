#pragma once

#include "common/Result.h"
#include "organization/RecordsKeptRow.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QShowEvent;
class QTableView;
class RecordsKeptModel;
class Workspace;

// The records of residents who have left or died, for the administrator: when each may be archived (by the
// organization's nation), those due now standing out, and a legal hold, with its reason, that keeps a resident's
// records whatever their age. Read off the window's thread each time the page is shown.
class RecordsKeptPage : public QWidget
{
    Q_OBJECT

public:
    explicit RecordsKeptPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);

    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showRead(const Result<QList<RecordsKeptRow>> &read);
    void setHold(bool hold);
    void updateButtons();

    std::shared_ptr<const Workspace> m_workspace;
    RecordsKeptModel *m_model;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    QLineEdit *m_reasonEdit;
    QPushButton *m_holdButton;
    QPushButton *m_releaseButton;
    QLabel *m_messageLabel;
    bool m_reading = false;
    bool m_readAgain = false;
};
