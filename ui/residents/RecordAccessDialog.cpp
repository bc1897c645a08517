#include "residents/RecordAccessDialog.h"

#include "common/Clock.h"
#include "common/CsvText.h"
#include "residents/RecordAccessModel.h"
#include "residents/RecordAccessStore.h"
#include "session/Workspace.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FileDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

RecordAccessDialog::RecordAccessDialog(std::shared_ptr<const Workspace> workspace, const QString &residentId,
                                       const QString &residentName, QWidget *parent)
    : QDialog(parent), m_workspace(std::move(workspace)), m_residentId(residentId), m_residentName(residentName),
      m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this)), m_showButton(new QPushButton(tr("&Show"), this)),
      m_csvButton(new QPushButton(tr("Save as &CSV..."), this)), m_table(new QTableView(this)),
      m_statusLabel(new ElidedLabel(this)), m_model(new RecordAccessModel(m_workspace->connectionName(), this))
{
    setWindowTitle(tr("Who has seen the record of %1").arg(residentName));
    m_fromEdit->setObjectName(QStringLiteral("recordAccessFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("recordAccessToDateEdit"));
    m_showButton->setObjectName(QStringLiteral("recordAccessShowPushButton"));
    m_csvButton->setObjectName(QStringLiteral("recordAccessCsvPushButton"));
    m_table->setObjectName(QStringLiteral("recordAccessTableView"));
    m_statusLabel->setObjectName(QStringLiteral("recordAccessStatusLabel"));

    // The last twelve months unless changed: what a request for "who has seen my records" usually covers.
    const QDate today = Clock::today();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_fromEdit->setDate(today.addYears(-1).addDays(1));
    m_toEdit->setDate(today);

    m_model->setReader(m_workspace->reader());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Who has seen the record"));

    auto *explanation = new QLabel(
        tr("Everyone who opened this record or read its medical notes or details, newest first, as the audit log "
           "keeps it. Looking at this list is recorded too."),
        this);
    explanation->setWordWrap(true);
    auto *period = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_fromEdit);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_toEdit);
    period->addWidget(fromLabel);
    period->addWidget(m_fromEdit);
    period->addWidget(toLabel);
    period->addWidget(m_toEdit);
    period->addWidget(m_showButton);
    period->addStretch();
    period->addWidget(m_csvButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showButton, &QPushButton::clicked, this, &RecordAccessDialog::showList);
    connect(m_csvButton, &QPushButton::clicked, this, &RecordAccessDialog::saveCsv);
    connect(m_model, &RecordAccessModel::pageRead, this, [this] {
        describe();
        m_table->resizeColumnsToContents();
    });

    m_showButton->setEnabled(false);
    m_csvButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading..."));
    // The list is shown once looking at it is on record, never before.
    RecordAccessStore::recordListReadLater(
        m_workspace->reader(), m_workspace->connectionName(), this, residentId, [this](const Result<bool> &recorded) {
            m_allowed = recorded.ok() && recorded.value;
            if (!recorded.ok()) {
                m_statusLabel->setText(tr("The list could not be read: %1").arg(recorded.message));
                return;
            }
            if (!m_allowed) {
                m_statusLabel->setText(tr("You may not see who has seen this record."));
                return;
            }
            m_showButton->setEnabled(true);
            m_csvButton->setEnabled(true);
            showList();
        });
}

RecordAccessDialog::~RecordAccessDialog() = default;

void RecordAccessDialog::showList()
{
    if (!m_allowed)
        return;
    if (m_fromEdit->date() > m_toEdit->date()) {
        m_statusLabel->setText(tr("The period ends before it starts: choose a From date before the To date."));
        m_fromEdit->setFocus();
        return;
    }
    m_statusLabel->setText(tr("Reading..."));
    m_model->setFilter({m_residentId, m_fromEdit->date(), m_toEdit->date()});
}

void RecordAccessDialog::describe()
{
    if (!m_model->lastRead().ok()) {
        m_statusLabel->setText(tr("The list could not be read: %1").arg(m_model->lastRead().message));
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_statusLabel->setText(tr("Nobody opened this record or read its medical notes in the period."));
    else if (m_model->canFetchMore())
        m_statusLabel->setText(tr("The newest %n shown: scroll down for earlier ones.", "", shown));
    else
        m_statusLabel->setText(tr("%n time(s) in the period.", "", shown));
}

void RecordAccessDialog::saveCsv()
{
    const RecordAccessStore::Filter filter = m_model->filter();
    const QString suggested =
        tr("Who has seen the record of %1, %2 to %3.csv")
            .arg(m_residentName, filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))
            .replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = FileDialog::saveFileName(this, tr("Save as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_csvButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading..."));
    RecordAccessStore::allLater(
        m_workspace->reader(), m_workspace->connectionName(), this, filter,
        [this, path](const Result<QList<RecordAccessRow>> &rows) {
            m_csvButton->setEnabled(true);
            if (!rows.ok()) {
                m_statusLabel->setText(tr("The list could not be read: %1").arg(rows.message));
                return;
            }
            if (const QString problem = CsvText::save(path, RecordAccessStore::csv(rows.value)); !problem.isEmpty()) {
                m_statusLabel->setText(tr("The CSV could not be written to %1: %2").arg(path, problem));
                return;
            }
            m_statusLabel->setText(tr("Saved as CSV, %n time(s): %1", "", int(rows.value.size())).arg(path));
        });
}
