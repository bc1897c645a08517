#include "organization/AuditTrailPage.h"

#include "common/AuditWords.h"
#include "common/Clock.h"
#include "common/CsvText.h"
#include "common/RoleName.h"
#include "organization/AuditTrailModel.h"
#include "organization/AuditTrailStore.h"
#include "session/Capability.h"
#include "session/Workspace.h"
#include "widgets/ElidedLabel.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AuditTrailPage::AuditTrailPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_whoCombo(new QComboBox(this)),
      m_residentCombo(new QComboBox(this)), m_recordCombo(new QComboBox(this)), m_whatCombo(new QComboBox(this)),
      m_fromEdit(new QDateEdit(this)), m_toEdit(new QDateEdit(this)), m_showButton(new QPushButton(tr("&Show"), this)),
      m_csvButton(new QPushButton(tr("Save as &CSV..."), this)),
      m_verifyButton(new QPushButton(tr("&Verify the audit trail"), this)), m_table(new QTableView(this)),
      m_entryText(new QPlainTextEdit(this)), m_statusLabel(new ElidedLabel(this)),
      m_model(new AuditTrailModel(m_workspace->connectionName(), this))
{
    m_whoCombo->setObjectName(QStringLiteral("auditTrailWhoComboBox"));
    m_residentCombo->setObjectName(QStringLiteral("auditTrailResidentComboBox"));
    m_recordCombo->setObjectName(QStringLiteral("auditTrailRecordComboBox"));
    m_whatCombo->setObjectName(QStringLiteral("auditTrailWhatComboBox"));
    m_fromEdit->setObjectName(QStringLiteral("auditTrailFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("auditTrailToDateEdit"));
    m_showButton->setObjectName(QStringLiteral("auditTrailShowPushButton"));
    m_csvButton->setObjectName(QStringLiteral("auditTrailCsvPushButton"));
    m_verifyButton->setObjectName(QStringLiteral("auditTrailVerifyPushButton"));
    m_table->setObjectName(QStringLiteral("auditTrailTableView"));
    m_entryText->setObjectName(QStringLiteral("auditTrailEntryPlainTextEdit"));
    m_statusLabel->setObjectName(QStringLiteral("auditTrailStatusLabel"));

    m_whoCombo->addItem(tr("Anyone"), QString());
    m_residentCombo->addItem(tr("Any resident"), QString());
    m_recordCombo->addItem(tr("Any kind of record"), QString());
    for (const AuditTrailChoice &table : AuditTrailStore::tables())
        m_recordCombo->addItem(table.name, table.id);
    m_whatCombo->addItem(tr("Anything"), QStringList());
    for (const AuditTrailStore::EventGroup &group : AuditTrailStore::eventGroups())
        m_whatCombo->addItem(group.label, group.events);
    for (QComboBox *combo : {m_whoCombo, m_residentCombo, m_recordCombo, m_whatCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }

    // The last seven days unless changed: what an administrator looks at first.
    const QDate today = Clock::today();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_fromEdit->setDate(today.addDays(-6));
    m_toEdit->setDate(today);

    m_model->setReader(m_workspace->reader());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Audit trail"));
    m_entryText->setReadOnly(true);
    m_entryText->setAccessibleName(tr("The chosen entry"));
    m_entryText->setPlaceholderText(tr("Choose an entry to see it whole here."));
    m_entryText->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    // Verifying reads every entry of the organization: only for those who may read them all.
    const bool canVerify = m_workspace->session().allFacilities || m_workspace->can(Capability::usersManage);
    m_verifyButton->setVisible(canVerify);
    m_verifyButton->setToolTip(tr("Recomputes the organization's audit chain and compares every audited record with "
                                  "its latest entry: anything changed, put in or taken out behind the application's "
                                  "back is named."));

    auto *filters = new QGridLayout;
    const auto addFilter = [&](int row, int column, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("W&ho"), m_whoCombo);
    addFilter(0, 1, tr("&Resident"), m_residentCombo);
    addFilter(0, 2, tr("&Kind of record"), m_recordCombo);
    addFilter(1, 0, tr("&What"), m_whatCombo);
    addFilter(1, 1, tr("&From"), m_fromEdit);
    addFilter(1, 2, tr("&To"), m_toEdit);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showButton);
    buttons->addStretch();
    buttons->addWidget(m_csvButton);
    buttons->addWidget(m_verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_entryText);
    layout->addWidget(m_statusLabel);

    connect(m_showButton, &QPushButton::clicked, this, &AuditTrailPage::showList);
    connect(m_csvButton, &QPushButton::clicked, this, &AuditTrailPage::saveCsv);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditTrailPage::verify);
    connect(m_model, &AuditTrailModel::pageRead, this, [this] {
        describe();
        m_table->resizeColumnsToContents();
        // The details take what is left; a long summary is elided, whole in the entry below.
        m_table->horizontalHeader()->resizeSection(AuditTrailModel::DetailsColumn, 200);
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_entryText, &QPlainTextEdit::clear);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailPage::showEntry);
}

AuditTrailPage::~AuditTrailPage() = default;

void AuditTrailPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_choicesRead)
        return;
    m_choicesRead = true;
    m_statusLabel->setText(tr("Reading..."));
    AuditTrailStore::choicesLater(m_workspace->reader(), m_workspace->connectionName(), this,
                                  [this](const Result<AuditTrailStore::Choices> &choices) {
                                      if (!choices.ok()) {
                                          m_statusLabel->setText(
                                              tr("The audit trail could not be read: %1").arg(choices.message));
                                          return;
                                      }
                                      for (const AuditTrailChoice &user : choices.value.users)
                                          m_whoCombo->addItem(user.name, user.id);
                                      for (const AuditTrailChoice &resident : choices.value.residents)
                                          m_residentCombo->addItem(resident.name, resident.id);
                                      showList();
                                  });
}

void AuditTrailPage::showList()
{
    if (m_fromEdit->date() > m_toEdit->date()) {
        m_statusLabel->setText(tr("The period ends before it starts: choose a From date before the To date."));
        m_fromEdit->setFocus();
        return;
    }
    m_statusLabel->setText(tr("Reading..."));
    AuditTrailFilter filter;
    filter.from = m_fromEdit->date();
    filter.to = m_toEdit->date();
    filter.userId = m_whoCombo->currentData().toString();
    filter.residentId = m_residentCombo->currentData().toString();
    filter.table = m_recordCombo->currentData().toString();
    filter.events = m_whatCombo->currentData().toStringList();
    m_model->setFilter(filter);
}

void AuditTrailPage::describe()
{
    if (!m_model->lastRead().ok()) {
        m_statusLabel->setText(tr("The audit trail could not be read: %1").arg(m_model->lastRead().message));
        return;
    }
    const int shown = m_model->rowCount();
    if (shown == 0)
        m_statusLabel->setText(tr("No entries in the period for what is chosen."));
    else if (m_model->canFetchMore())
        m_statusLabel->setText(tr("The newest %n entries shown: scroll down for earlier ones.", "", shown));
    else
        m_statusLabel->setText(tr("%n entry(s) in the period.", "", shown));
}

void AuditTrailPage::showEntry()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->rows().size()) {
        m_entryText->clear();
        return;
    }
    const AuditTrailRow &entry = m_model->rows().at(row);
    QStringList lines;
    lines.append(
        tr("Entry %1, %2: %3 by %4 at %5")
            .arg(entry.id)
            .arg(QLocale().toString(entry.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss")),
                 AuditWords::eventName(entry.event),
                 entry.who.isEmpty() ? tr("nobody signed in") : tr("%1 (%2)").arg(entry.who, RoleName::of(entry.role)),
                 entry.station));
    if (!entry.about.isEmpty())
        lines.append(tr("About: %1").arg(entry.about));
    const QString table = entry.details.value(QStringLiteral("table")).toString();
    if (!table.isEmpty()) {
        lines.append(tr("Record: %1 (%2)")
                         .arg(AuditWords::tableName(table),
                              QString::fromUtf8(QJsonDocument(entry.details.value(QStringLiteral("row")).toObject())
                                                    .toJson(QJsonDocument::Compact))));
        const QJsonObject before = entry.details.value(QStringLiteral("old")).toObject();
        const QJsonObject after = entry.details.value(QStringLiteral("new")).toObject();
        QStringList columns = entry.details.value(QStringLiteral("fields")).toVariant().toStringList();
        if (columns.isEmpty())
            columns = (after.isEmpty() ? before : after).keys();
        for (const QString &column : columns) {
            const auto text = [](const QJsonObject &values, const QString &key) {
                const QJsonValue value = values.value(key);
                if (value.isUndefined())
                    return QString();
                if (value.isObject() || value.isArray())
                    return QString::fromUtf8(
                        QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
                return value.isNull() ? tr("(empty)") : value.toVariant().toString();
            };
            if (!before.contains(column) && !after.contains(column))
                lines.append(tr("  %1: changed, not shown (kept from those who may not read it)").arg(column));
            else if (entry.event == QLatin1String("row_updated"))
                lines.append(tr("  %1: %2 → %3").arg(column, text(before, column), text(after, column)));
            else
                lines.append(tr("  %1: %2").arg(column, text(after.isEmpty() ? before : after, column)));
        }
    } else if (!entry.details.isEmpty()) {
        lines.append(
            tr("Details: %1").arg(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))));
    }
    m_entryText->setPlainText(lines.join(QLatin1Char('\n')));
}

void AuditTrailPage::saveCsv()
{
    const AuditTrailFilter filter = m_model->filter();
    const QString suggested =
        tr("Audit trail, %1 to %2.csv").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    const QString path = FileDialog::saveFileName(this, tr("Save as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_csvButton->setEnabled(false);
    m_statusLabel->setText(tr("Reading..."));
    AuditTrailStore::allLater(
        m_workspace->reader(), m_workspace->connectionName(), this, filter,
        [this, path](const Result<QList<AuditTrailRow>> &rows) {
            m_csvButton->setEnabled(true);
            if (!rows.ok()) {
                m_statusLabel->setText(tr("The audit trail could not be read: %1").arg(rows.message));
                return;
            }
            if (const QString problem = CsvText::save(path, AuditTrailStore::csv(rows.value)); !problem.isEmpty()) {
                m_statusLabel->setText(tr("The CSV could not be written to %1: %2").arg(path, problem));
                return;
            }
            m_statusLabel->setText(tr("Saved as CSV, %n entry(s): %1", "", int(rows.value.size())).arg(path));
        });
}

void AuditTrailPage::verify()
{
    m_verifyButton->setEnabled(false);
    m_statusLabel->setText(tr("Verifying the audit trail..."));
    AuditTrailStore::verifyLater(
        m_workspace->reader(), m_workspace->connectionName(), this,
        [this](const Result<AuditTrailVerification> &verified) {
            m_verifyButton->setEnabled(true);
            if (!verified.ok()) {
                m_statusLabel->setText(tr("The audit trail could not be verified: %1").arg(verified.message));
                return;
            }
            const AuditTrailVerification &chain = verified.value;
            const QString head = chain.headPosition > 0
                                     ? tr("Sealed up to position %1, hash %2: a copy of these kept elsewhere shows "
                                          "later whether the trail was rewritten.")
                                           .arg(chain.headPosition)
                                           .arg(chain.headHash)
                                     : tr("Nothing sealed yet: entries are sealed into the chain by the database's "
                                          "regular maintenance.");
            m_table->clearSelection();
            if (chain.intact()) {
                m_statusLabel->setText(tr("The audit trail is intact: no entry was changed, put in or taken out, "
                                          "and every audited record matches its latest entry."));
                m_entryText->setPlainText(head);
            } else {
                m_statusLabel->setText(tr("The audit trail is NOT intact: %n problem(s) found, listed below.", "",
                                          int(chain.problems.size())));
                m_entryText->setPlainText(chain.problems.join(QLatin1Char('\n')) + QLatin1Char('\n') + head);
            }
        });
}
