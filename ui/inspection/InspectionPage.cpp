#include "inspection/InspectionPage.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "inspection/EvidencePack.h"
#include "inspection/InspectionEvidenceStore.h"
#include "organization/FacilityListModel.h"
#include "printing/PageFooter.h"
#include "session/Capability.h"
#include "session/Workspace.h"
#include "widgets/RecordPrinter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

InspectionPage::InspectionPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_facilityBox(new QComboBox(this)),
      m_questionBox(new QComboBox(this)), m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this)),
      m_showButton(new QPushButton(tr("&Show the evidence"), this)),
      m_printButton(new QPushButton(tr("&Print..."), this)), m_pdfButton(new QPushButton(tr("Save as P&DF..."), this)),
      m_statusLabel(new QLabel(this)), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("inspectionPage"));
    m_facilityBox->setObjectName(QStringLiteral("inspectionFacilityComboBox"));
    m_questionBox->setObjectName(QStringLiteral("inspectionKeyQuestionComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("inspectionFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("inspectionToDateEdit"));
    m_showButton->setObjectName(QStringLiteral("inspectionShowPushButton"));
    m_printButton->setObjectName(QStringLiteral("inspectionPrintPushButton"));
    m_pdfButton->setObjectName(QStringLiteral("inspectionPdfPushButton"));
    m_statusLabel->setObjectName(QStringLiteral("inspectionStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_browser->setObjectName(QStringLiteral("inspectionTextBrowser"));
    m_toEdit->setAccessibleName(tr("Evidence up to"));
    m_browser->setAccessibleName(tr("The evidence"));

    auto *title = new QLabel(tr("Evidence for an inspection"), this);
    title->setObjectName(QStringLiteral("inspectionTitleLabel"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    FacilityListModel homes;
    homes.refresh(m_workspace->database());
    for (int row = 0; row < homes.rowCount(); ++row)
        m_facilityBox->addItem(homes.facilityName(row), homes.facilityId(row));
    const Result<QList<KeyQuestion>> questions = InspectionEvidenceStore::keyQuestions(m_workspace->database());
    for (const KeyQuestion &question : questions.value)
        m_questionBox->addItem(question.title, QStringList{question.framework, question.code});
    // The last three months by default: what an inspector usually asks to see.
    const QDate today = Clock::today();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setMaximumDate(today);
    }
    m_fromEdit->setDate(today.addMonths(-3).addDays(1));
    m_toEdit->setDate(today);
    m_printButton->setEnabled(false);
    m_pdfButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Home:"), m_facilityBox);
    form->addRow(tr("&Key question:"), m_questionBox);
    auto *period = new QHBoxLayout;
    period->addWidget(m_fromEdit);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_toEdit);
    period->addStretch();
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_fromEdit);
    form->addRow(fromLabel, period);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showButton);
    buttons->addStretch();
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_browser, 1);
    if (!questions.ok())
        m_statusLabel->setText(questions.message);

    connect(m_showButton, &QPushButton::clicked, this, &InspectionPage::showPack);
    connect(m_printButton, &QPushButton::clicked, this, &InspectionPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &InspectionPage::saveAsPdf);
}

void InspectionPage::showPack()
{
    if (m_reading)
        return;
    const QString facilityId = m_facilityBox->currentData().toString();
    const QStringList question = m_questionBox->currentData().toStringList();
    if (facilityId.isEmpty() || question.size() != 2)
        return;
    if (m_fromEdit->date() > m_toEdit->date()) {
        m_statusLabel->setText(tr("The period ends before it starts: choose a From date before the To date."));
        m_fromEdit->setFocus();
        return;
    }
    m_reading = true;
    m_showButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading the evidence..."));
    const KeyQuestion key{question.at(0), question.at(1), m_questionBox->currentText()};
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    InspectionEvidenceStore::readLater(m_workspace->reader(), m_workspace->connectionName(), this, facilityId, key,
                                       from, to, Clock::today(),
                                       [this](const Result<EvidenceData> &read) { packRead(read); });
}

void InspectionPage::packRead(const Result<EvidenceData> &read)
{
    m_reading = false;
    m_showButton->setEnabled(true);
    if (!read.ok()) {
        m_statusLabel->setText(tr("The evidence could not be read: %1").arg(read.message));
        return;
    }
    const PrintedDocument document =
        EvidencePack::document(read.value, Clock::today(), m_workspace->can(Capability::incidentsRead),
                               m_workspace->can(Capability::incidentsSafeguarding));
    m_title = EvidencePack::title(read.value);
    m_printedAt = DateText::moment(Clock::nowUtc());
    m_html = document.html(m_workspace->session().displayName(), m_printedAt);
    m_browser->setHtml(m_html);
    m_statusLabel->setText(tr("%1, read at %2.").arg(m_title, m_printedAt));
    m_printButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
}

void InspectionPage::print()
{
    RecordPrinter::print(this, m_title, m_html, PageFooter(m_workspace->session().displayName(), m_printedAt));
}

void InspectionPage::saveAsPdf()
{
    QString fileName = m_title;
    fileName.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char(':'), QLatin1Char(' '));
    const Result<QString> saved =
        RecordPrinter::saveAsPdf(this, m_title, fileName + QStringLiteral(".pdf"), m_html,
                                 PageFooter(m_workspace->session().displayName(), m_printedAt));
    if (!saved.ok() || !saved.value.isEmpty())
        m_statusLabel->setText(saved.ok() ? saved.value : saved.message);
}
