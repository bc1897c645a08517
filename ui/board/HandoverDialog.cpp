#include "board/HandoverDialog.h"
#include "ui_HandoverDialog.h"

#include "widgets/RecordPrinter.h"

HandoverDialog::HandoverDialog(const QString &title, const QString &html, const PageFooter &footer, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HandoverDialog>()), m_title(title), m_html(html), m_footer(footer)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->handoverTextBrowser->setHtml(html);
    m_ui->handoverMessageLabel->hide();
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &HandoverDialog::print);
    connect(m_ui->pdfPushButton, &QPushButton::clicked, this, &HandoverDialog::saveAsPdf);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::accept);
}

HandoverDialog::~HandoverDialog() = default;

void HandoverDialog::print()
{
    RecordPrinter::print(this, m_title, m_html, m_footer);
}

void HandoverDialog::saveAsPdf()
{
    QString fileName = m_title;
    fileName.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char(' '));
    const Result<QString> saved =
        RecordPrinter::saveAsPdf(this, m_title, fileName + QStringLiteral(".pdf"), m_html, m_footer);
    m_ui->handoverMessageLabel->setText(saved.ok() ? saved.value : saved.message);
    m_ui->handoverMessageLabel->setVisible(!m_ui->handoverMessageLabel->text().isEmpty());
}
