#pragma once

#include <QDialog>

#include <memory>

class ElidedLabel;
class QDateEdit;
class QPushButton;
class QTableView;
class RecordAccessModel;
class Workspace;

// Who has seen a resident's record: everyone who opened it or read its medical notes or details in a period, newest
// first, from the audit log, and saved as CSV for a resident or family who asks (UK GDPR). Opening it is recorded in
// the audit log too.
class RecordAccessDialog : public QDialog
{
    Q_OBJECT

public:
    RecordAccessDialog(std::shared_ptr<const Workspace> workspace, const QString &residentId,
                       const QString &residentName, QWidget *parent = nullptr);
    ~RecordAccessDialog() override;

private:
    void showList();
    void saveCsv();
    void describe();

    std::shared_ptr<const Workspace> m_workspace;
    QString m_residentId;
    QString m_residentName;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_showButton;
    QPushButton *m_csvButton;
    QTableView *m_table;
    ElidedLabel *m_statusLabel;
    RecordAccessModel *m_model;
    bool m_allowed = false;
};
