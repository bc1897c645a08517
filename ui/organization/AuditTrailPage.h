#pragma once

#include <QWidget>

#include <memory>

class AuditTrailModel;
class ElidedLabel;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class Workspace;

// The audit trail (issue 18, point 3): every entry of the audit log the reader may see, newest first, filtered by
// who, resident, kind of record, what happened and period, a page at a time; the selected entry whole below (a
// record's change field by field, before and after); saved as CSV; and Verify, which recomputes the organization's
// chain and compares every audited record with its latest entry.
class AuditTrailPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTrailPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);
    ~AuditTrailPage() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showList();
    void describe();
    void showEntry();
    void saveCsv();
    void verify();

    std::shared_ptr<const Workspace> m_workspace;
    QComboBox *m_whoCombo;
    QComboBox *m_residentCombo;
    QComboBox *m_recordCombo;
    QComboBox *m_whatCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_showButton;
    QPushButton *m_csvButton;
    QPushButton *m_verifyButton;
    QTableView *m_table;
    QPlainTextEdit *m_entryText;
    ElidedLabel *m_statusLabel;
    AuditTrailModel *m_model;
    bool m_choicesRead = false;
};
