#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// The second confirmation before a resident's records are removed for good: the export is saved (where, it says),
// and the administrator types the resident's name as written before the removal button works.
class ArchiveConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveConfirmDialog(const QString &residentName, const QString &pdfPath, const QString &jsonPath,
                         QWidget *parent = nullptr);

private:
    QString m_residentName;
    QLineEdit *m_nameEdit;
    QPushButton *m_removeButton;
};
