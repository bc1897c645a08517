#pragma once

#include "common/Result.h"
#include "inspection/EvidenceData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class Workspace;

// The evidence for an inspection: a home, a key question of the framework ("Safe") and a period, shown as the pack
// an inspector is given, then printed or saved as a PDF. Read off the window's thread.
class InspectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit InspectionPage(std::shared_ptr<const Workspace> workspace, QWidget *parent = nullptr);

    void showPack();
    bool isReading() const { return m_reading; }

private:
    void packRead(const Result<EvidenceData> &read);
    void print();
    void saveAsPdf();

    std::shared_ptr<const Workspace> m_workspace;
    QComboBox *m_facilityBox;
    QComboBox *m_questionBox;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QPushButton *m_showButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QLabel *m_statusLabel;
    QTextBrowser *m_browser;
    QString m_title;
    QString m_html;
    QString m_printedAt;
    bool m_reading = false;
};
