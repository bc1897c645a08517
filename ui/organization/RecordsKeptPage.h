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
// records whatever their age. Read off the window's thread each time the page is shown. Archive...: for an
// administrator who may read all of a resident's records, once due and not held: the export saved first (PDF and
// JSON), then, asked again with the name typed, every record removed (ArchiveStore).
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
    void archive();
    void confirmArchive(const RecordsKeptRow &kept, const QString &access, const QString &pdfPath,
                        const QString &jsonPath, const QString &sha256);

    std::shared_ptr<const Workspace> m_workspace;
    RecordsKeptModel *m_model;
    QLabel *m_summaryLabel;
    QTableView *m_table;
    QLineEdit *m_reasonEdit;
    QPushButton *m_holdButton;
    QPushButton *m_releaseButton;
    QPushButton *m_archiveButton;
    QLabel *m_messageLabel;
    bool m_archiving = false;
    bool m_reading = false;
    bool m_readAgain = false;
};
