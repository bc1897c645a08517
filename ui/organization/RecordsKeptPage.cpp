#include "organization/RecordsKeptPage.h"

#include "common/Clock.h"
#include "organization/ArchiveConfirmDialog.h"
#include "organization/RecordsKeptModel.h"
#include "organization/RecordsKeptStore.h"
#include "residents/ArchiveStore.h"
#include "residents/SubjectAccessFiles.h"
#include "residents/SubjectAccessStore.h"
#include "session/Workspace.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

RecordsKeptPage::RecordsKeptPage(std::shared_ptr<const Workspace> workspace, QWidget *parent)
    : QWidget(parent), m_workspace(std::move(workspace)), m_model(new RecordsKeptModel(this)),
      m_summaryLabel(new QLabel(this)), m_table(new QTableView(this)), m_reasonEdit(new QLineEdit(this)),
      m_holdButton(new QPushButton(tr("Set a legal hold"), this)),
      m_releaseButton(new QPushButton(tr("Release the hold"), this)),
      m_archiveButton(new QPushButton(tr("Archive…"), this)), m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("recordsKeptPage"));
    m_summaryLabel->setObjectName(QStringLiteral("recordsKeptSummaryLabel"));
    m_table->setObjectName(QStringLiteral("recordsKeptTableView"));
    m_reasonEdit->setObjectName(QStringLiteral("holdReasonLineEdit"));
    m_table->setAccessibleName(tr("Residents whose records are kept"));
    m_reasonEdit->setAccessibleName(tr("Reason for the hold or its release"));
    m_holdButton->setObjectName(QStringLiteral("setHoldPushButton"));
    m_releaseButton->setObjectName(QStringLiteral("releaseHoldPushButton"));
    m_archiveButton->setObjectName(QStringLiteral("archivePushButton"));
    // The archive starts with everything exported: only for whoever may read all of it; the database checks again.
    m_archiveButton->setVisible(SubjectAccessFiles::mayExport(*m_workspace));
    m_messageLabel->setObjectName(QStringLiteral("recordsKeptMessageLabel"));

    auto *title = new QLabel(tr("Records kept of residents who have left"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    auto *rule = new QLabel(tr("Records are kept 8 years after the care ended in England, Scotland and Northern "
                               "Ireland, and 3 years from the last entry in Wales, unless the organization sets its "
                               "own period (Homes, the organization's details); then they may be archived. A legal "
                               "hold (a claim, an inquest, an enquiry) keeps them whatever their age; setting or "
                               "releasing one is recorded in the audit log with its reason."),
                            this);
    rule->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The reason may be long: its column takes what is left, and the whole reason shows on hovering.
    m_table->horizontalHeader()->setSectionResizeMode(RecordsKeptModel::Hold, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_reasonEdit->setMaxLength(500);
    m_reasonEdit->setPlaceholderText(tr("Reason for the hold or its release, e.g. the claim or enquiry"));

    auto *holdRow = new QHBoxLayout;
    holdRow->addWidget(new QLabel(tr("Reason:"), this));
    holdRow->addWidget(m_reasonEdit, 1);
    holdRow->addWidget(m_holdButton);
    holdRow->addWidget(m_releaseButton);
    holdRow->addSpacing(24);
    holdRow->addWidget(m_archiveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(rule);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(holdRow);
    layout->addWidget(m_messageLabel);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordsKeptPage::updateButtons);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &RecordsKeptPage::updateButtons);
    connect(m_holdButton, &QPushButton::clicked, this, [this] { setHold(true); });
    connect(m_releaseButton, &QPushButton::clicked, this, [this] { setHold(false); });
    connect(m_archiveButton, &QPushButton::clicked, this, &RecordsKeptPage::archive);
    updateButtons();
}

void RecordsKeptPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void RecordsKeptPage::refresh()
{
    // Asked again while a read is under way (a hold just set): read once more when it ends.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_summaryLabel->setText(tr("Reading…"));
    RecordsKeptStore::readLater(m_workspace->reader(), m_workspace->connectionName(), this,
                                [this](const Result<QList<RecordsKeptRow>> &read) {
                                    m_reading = false;
                                    showRead(read);
                                    if (std::exchange(m_readAgain, false))
                                        refresh();
                                });
}

void RecordsKeptPage::showRead(const Result<QList<RecordsKeptRow>> &read)
{
    if (!read.ok()) {
        // Nothing stale left to hold or release.
        m_model->setRows({}, Clock::today());
        m_summaryLabel->setText(read.message);
        updateButtons();
        return;
    }
    // Keeps the resident chosen, if still listed.
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    const QString chosenId = chosen.isEmpty() ? QString() : m_model->row(chosen.first().row()).residentId;
    m_model->setRows(read.value, Clock::today());
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i).residentId == chosenId)
            m_table->selectRow(i);
    }
    // Two sentences, each whole for a translator.
    if (m_model->rowCount() == 0)
        m_summaryLabel->setText(tr("No resident has left or died yet."));
    else
        m_summaryLabel->setText(
            tr("%n resident(s) who have left or died.", "", m_model->rowCount()) + QLatin1Char(' ') +
            (m_model->dueCount() == 0 ? tr("None of their records may be archived yet.")
                                      : tr("The records of %n of them may be archived now.", "", m_model->dueCount())));
    updateButtons();
}

void RecordsKeptPage::updateButtons()
{
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    const bool reason = !m_reasonEdit->text().trimmed().isEmpty();
    const bool held = !chosen.isEmpty() && m_model->row(chosen.first().row()).onHold;
    m_holdButton->setEnabled(!chosen.isEmpty() && reason && !held);
    m_releaseButton->setEnabled(!chosen.isEmpty() && reason && held);
    m_archiveButton->setEnabled(!chosen.isEmpty() && !held && !m_archiving &&
                                m_model->row(chosen.first().row()).firstDayDue <= Clock::today());
}

void RecordsKeptPage::archive()
{
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    if (chosen.isEmpty())
        return;
    const RecordsKeptRow kept = m_model->row(chosen.first().row());
    const QString name = kept.firstName + QLatin1Char(' ') + kept.lastName;
    if (MessageBox::question(this, tr("Archive"),
                             tr("Archiving removes every record of %1 from Write Care Notes for good: the record, "
                                "shift notes, care plans, assessments and incidents, and what the audit log holds "
                                "about them. First everything is saved as a PDF, with a JSON file beside it for a "
                                "computer to read: keep them as the organization's archive. Then you are asked again.")
                                 .arg(name),
                             {{QMessageBox::Yes, tr("Save the export…")}, {QMessageBox::Cancel, tr("Cancel")}},
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString pdfPath = FileDialog::saveFileName(
        this, tr("Archive of %1").arg(name), tr("%1 - archive %2.pdf").arg(name, Clock::today().toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (pdfPath.isEmpty())
        return;
    // The request is a write: on the window's connection, at once; the export is a read.
    const Result<QString> access = SubjectAccessStore::request(m_workspace->database(), kept.residentId);
    if (!access.ok()) {
        m_messageLabel->setText(access.message);
        return;
    }
    m_archiving = true;
    updateButtons();
    m_messageLabel->setText(tr("Gathering every record held about %1…").arg(name));
    const QString printedBy = m_workspace->session().displayName();
    const QString accessId = access.value;
    SubjectAccessStore::exportLater(
        m_workspace->reader(), m_workspace->connectionName(), this, kept.residentId, accessId,
        [this, kept, name, pdfPath, printedBy, accessId](const Result<QJsonObject> &exported) {
            m_archiving = false;
            updateButtons();
            if (!exported.ok()) {
                m_messageLabel->setText(tr("The export of %1's records: %2").arg(name, exported.message));
                return;
            }
            const Result<SubjectAccessFiles::Saved> saved =
                SubjectAccessFiles::save(exported.value, pdfPath, printedBy);
            if (!saved.ok()) {
                m_messageLabel->setText(saved.message);
                return;
            }
            confirmArchive(kept, accessId, saved.value.pdfPath, saved.value.jsonPath, saved.value.jsonSha256);
        });
}

void RecordsKeptPage::confirmArchive(const RecordsKeptRow &kept, const QString &access, const QString &pdfPath,
                                     const QString &jsonPath, const QString &sha256)
{
    const QString name = kept.firstName + QLatin1Char(' ') + kept.lastName;
    m_messageLabel->setText(tr("The export of %1's records is saved; nothing is removed yet.").arg(name));
    auto *dialog = new ArchiveConfirmDialog(name, pdfPath, jsonPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, kept, name, access, sha256, pdfPath] {
        // A write: on the window's connection (one statement; the database removes and redacts in it).
        const Result<QString> archived =
            ArchiveStore::archive(m_workspace->database(), kept.residentId, access, sha256);
        if (!archived.ok())
            m_messageLabel->setText(archived.message);
        else
            m_messageLabel->setText(tr("The records of %1 are archived: nothing of theirs remains in Write Care "
                                       "Notes; the export in %2 is the organization's archive.")
                                        .arg(name, pdfPath));
        refresh();
    });
    dialog->open();
}

void RecordsKeptPage::setHold(bool hold)
{
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    if (chosen.isEmpty())
        return;
    const RecordsKeptRow kept = m_model->row(chosen.first().row());
    const Result<> done =
        RecordsKeptStore::setHold(m_workspace->database(), kept.residentId, hold, m_reasonEdit->text().trimmed());
    if (!done.ok()) {
        m_messageLabel->setText(done.message);
    } else {
        m_messageLabel->setText(
            hold ? tr("The records of %1 %2 are kept under a legal hold.").arg(kept.firstName, kept.lastName)
                 : tr("The legal hold on the records of %1 %2 is released.").arg(kept.firstName, kept.lastName));
        m_reasonEdit->clear();
    }
    refresh();
}
