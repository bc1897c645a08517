#pragma once

#include "printing/PageFooter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HandoverDialog;
}

// The handover of a shift on screen, as it prints: to read at the nurses' station, print, or save as PDF.
class HandoverDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverDialog(const QString &title, const QString &html, const PageFooter &footer, QWidget *parent = nullptr);
    ~HandoverDialog() override;

private:
    void print();
    void saveAsPdf();

    std::unique_ptr<Ui::HandoverDialog> m_ui;
    QString m_title;
    QString m_html;
    PageFooter m_footer;
};
