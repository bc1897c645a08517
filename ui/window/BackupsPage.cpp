#include "window/BackupsPage.h"

#include "backup/BackupRules.h"
#include "backup/RestoreTime.h"
#include "common/Clock.h"
#include "startup/DatabaseStartup.h"
#include "widgets/MessageBox.h"
#include "widgets/StationColours.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

BackupsPage::BackupsPage(DatabaseStartup *startup, RestoreRequest requester, QWidget *parent)
    : QWidget(parent), m_startup(startup), m_requester(std::move(requester)), m_statusLabel(new QLabel(this)),
      m_folderEdit(new QLineEdit(this)), m_chooseButton(new QPushButton(tr("Choose…"), this)),
      m_retentionSpin(new QSpinBox(this)), m_useFolderButton(new QPushButton(tr("Keep backups here"), this)),
      m_backUpButton(new QPushButton(tr("Back up now"), this)),
      m_backupRadio(new QRadioButton(tr("As it was at the end of the backup"), this)),
      m_backupCombo(new QComboBox(this)), m_momentRadio(new QRadioButton(tr("As it was at"), this)),
      m_momentEdit(new QDateTimeEdit(this)), m_restoreButton(new QPushButton(tr("Restore…"), this)),
      m_cancelSwitchButton(new QPushButton(tr("Keep the database in use (cancel the switch)"), this)),
      m_outcomeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("backupsPage"));
    m_statusLabel->setObjectName(QStringLiteral("backupStatusLabel"));
    m_folderEdit->setObjectName(QStringLiteral("backupFolderLineEdit"));
    m_chooseButton->setObjectName(QStringLiteral("chooseBackupFolderPushButton"));
    m_retentionSpin->setObjectName(QStringLiteral("retentionSpinBox"));
    m_useFolderButton->setObjectName(QStringLiteral("useBackupFolderPushButton"));
    m_backUpButton->setObjectName(QStringLiteral("backUpNowPushButton"));
    m_backupRadio->setObjectName(QStringLiteral("restoreBackupRadioButton"));
    m_backupCombo->setObjectName(QStringLiteral("restoreBackupComboBox"));
    m_momentRadio->setObjectName(QStringLiteral("restoreMomentRadioButton"));
    m_momentEdit->setObjectName(QStringLiteral("restoreMomentDateTimeEdit"));
    m_restoreButton->setObjectName(QStringLiteral("restorePushButton"));
    m_cancelSwitchButton->setObjectName(QStringLiteral("cancelSwitchPushButton"));
    m_cancelSwitchButton->hide();
    m_outcomeLabel->setObjectName(QStringLiteral("backupOutcomeLabel"));

    auto *title = new QLabel(tr("Backups of the database on this computer"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::RichText);
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *where = new QGroupBox(tr("Where the backups go"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);
    m_retentionSpin->setRange(1, 52);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(tr("Folder (best on another disk or a network share):"), folderRow);
    whereForm->addRow(tr("Full backups kept (one a week, with every change between them):"), m_retentionSpin);
    auto *whereButtons = new QHBoxLayout;
    whereButtons->addWidget(m_useFolderButton);
    whereButtons->addWidget(m_backUpButton);
    whereButtons->addStretch();
    whereForm->addRow(whereButtons);

    auto *restoreBox = new QGroupBox(tr("Restore"), this);
    auto *restoreLayout = new QFormLayout(restoreBox);
    auto *explanation = new QLabel(tr("A restore goes into a new folder and is checked there. The database in use "
                                      "now is not touched: the next start of Write Care Notes switches to the "
                                      "restored one and keeps the current one beside it."),
                                   restoreBox);
    explanation->setWordWrap(true);
    restoreLayout->addRow(explanation);
    restoreLayout->addRow(m_backupRadio, m_backupCombo);
    m_momentEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).contains(QLatin1String("ss"))
                                       ? QLocale().dateTimeFormat(QLocale::ShortFormat)
                                       : QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    m_momentEdit->setCalendarPopup(true);
    m_momentEdit->setDateTime(Clock::now()); // before its change is connected: only the user's choice checks it
    restoreLayout->addRow(m_momentRadio, m_momentEdit);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restoreButton);
    restoreRow->addWidget(m_cancelSwitchButton);
    restoreRow->addStretch();
    restoreLayout->addRow(restoreRow);
    m_backupRadio->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_statusLabel);
    layout->addWidget(where);
    layout->addWidget(restoreBox);
    layout->addWidget(m_outcomeLabel);
    layout->addStretch();

    connect(m_chooseButton, &QPushButton::clicked, this, &BackupsPage::chooseFolder);
    connect(m_useFolderButton, &QPushButton::clicked, this, &BackupsPage::useFolder);
    connect(m_backUpButton, &QPushButton::clicked, this, &BackupsPage::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPage::restore);
    connect(m_cancelSwitchButton, &QPushButton::clicked, this, &BackupsPage::cancelSwitch);
    connect(m_momentEdit, &QDateTimeEdit::dateTimeChanged, this, [this] { m_momentRadio->setChecked(true); });
    connect(m_backupCombo, &QComboBox::activated, this, [this] { m_backupRadio->setChecked(true); });
    connect(&m_statusWatcher, &QFutureWatcher<Result<BackupStatus>>::finished, this, [this] {
        const Result<BackupStatus> status = m_statusWatcher.result();
        if (status.ok()) {
            showStatus(status.value);
            emit statusChanged(status.value);
        } else {
            m_statusLabel->setText(status.message.toHtmlEscaped());
        }
    });
    connect(&m_workWatcher, &QFutureWatcher<Result<QString>>::finished, this, &BackupsPage::onFinished);
}

// A lock deletes the page: work under way (a restore takes minutes) finishes on its own, since it holds nothing of
// the page's, and the page's next visit shows its outcome in the status.
BackupsPage::~BackupsPage() = default;

void BackupsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void BackupsPage::refresh()
{
    // Reading the status leaves the buttons as they are: only work under way holds them.
    if (m_statusWatcher.isRunning())
        return;
    DatabaseStartup *startup = m_startup;
    m_statusWatcher.setFuture(QtConcurrent::run([startup] { return startup->backupStatus(); }));
}

void BackupsPage::showStatus(const BackupStatus &status)
{
    QString html = BackupRules::summary(status).toHtmlEscaped();
    for (const QString &warning : BackupRules::warnings(status, Clock::now()))
        html += QStringLiteral("<br>") + StationColours::problemHtml(warning.toHtmlEscaped());
    m_statusLabel->setText(html);
    // Filled once: what someone has typed or set since is never undone by a later read.
    if (!m_filled && status.configured) {
        m_folderEdit->setText(status.repository);
        m_retentionSpin->setValue(status.retentionFull);
        m_filled = true;
    }
    m_cancelSwitchButton->setVisible(!status.pendingSwitch.isEmpty());
    // Newest first: the one most often wanted. Rebuilt only when the backups changed (a rebuild closes its list).
    QStringList labels;
    for (auto set = status.backups.crbegin(); set != status.backups.crend(); ++set) {
        if (!set->error)
            labels << set->label;
    }
    QStringList shown;
    for (int i = 0; i < m_backupCombo->count(); ++i)
        shown << m_backupCombo->itemData(i).toString();
    if (labels == shown)
        return;
    const QString chosen = m_backupCombo->currentData().toString();
    m_backupCombo->clear();
    for (auto set = status.backups.crbegin(); set != status.backups.crend(); ++set) {
        if (set->error)
            continue;
        const QString kind = set->type == QLatin1String("full") ? tr("full") : tr("changes");
        m_backupCombo->addItem(
            tr("%1 (%2)").arg(QLocale().toString(set->stopped.toLocalTime(), QLocale::ShortFormat), kind), set->label);
    }
    if (const int index = m_backupCombo->findData(chosen); index >= 0)
        m_backupCombo->setCurrentIndex(index);
}

void BackupsPage::cancelSwitch()
{
    DatabaseStartup *startup = m_startup;
    RestoreRequest request = m_requester;
    request.requestedAt = Clock::nowUtc();
    run(tr("Cancelling the switch…"), [startup, request] {
        const Result<> cancelled = startup->cancelRestoreSwitch(request);
        return cancelled.ok() ? Result<QString>::done(tr("The database in use stays in use at the next start."))
                              : Result<QString>::failedAs(cancelled);
    });
}

void BackupsPage::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_chooseButton, m_useFolderButton, m_backUpButton,
                                                            m_restoreButton, m_cancelSwitchButton})
        widget->setEnabled(!busy);
}

void BackupsPage::run(const QString &working, std::function<Result<QString>()> work)
{
    if (m_workWatcher.isRunning())
        return;
    setBusy(true);
    m_outcomeLabel->setStyleSheet(QString());
    m_outcomeLabel->setText(working);
    m_workWatcher.setFuture(QtConcurrent::run(std::move(work)));
}

void BackupsPage::onFinished()
{
    const Result<QString> done = m_workWatcher.result();
    m_outcomeLabel->setStyleSheet(done.ok() ? QString() : StationColours::problemStyle());
    m_outcomeLabel->setText(done.ok() ? done.value : done.message);
    setBusy(false);
    refresh();
}

void BackupsPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the folder for the backups"), m_folderEdit->text());
    if (!folder.isEmpty())
        m_folderEdit->setText(folder);
}

void BackupsPage::useFolder()
{
    const QString folder = m_folderEdit->text().trimmed();
    const int retention = m_retentionSpin->value();
    DatabaseStartup *startup = m_startup;
    run(tr("Setting up %1 and taking a full backup there…").arg(folder), [startup, folder, retention] {
        const Result<> moved = startup->moveBackups(folder, retention);
        return moved.ok() ? Result<QString>::done(tr("Backups now go to %1; a full backup is there.").arg(folder))
                          : Result<QString>::failedAs(moved);
    });
}

void BackupsPage::backUpNow()
{
    DatabaseStartup *startup = m_startup;
    run(tr("Backing up…"), [startup] {
        const Result<BackupSet> taken = startup->backUpNow(false);
        return taken.ok() ? Result<QString>::done(
                                tr("Backed up at %1.")
                                    .arg(QLocale().toString(taken.value.stopped.toLocalTime(), QLocale::ShortFormat)))
                          : Result<QString>::failedAs(taken);
    });
}

void BackupsPage::restore()
{
    std::optional<RestoreTime> to;
    QString label;
    QString what;
    if (m_momentRadio->isChecked()) {
        // The moment as the station's clock shows it, to the second.
        const QString typed = m_momentEdit->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const Result<RestoreTime> parsed = RestoreTime::parse(typed, QTimeZone::systemTimeZone());
        if (!parsed.ok()) {
            MessageBox::warning(this, tr("Restore"), parsed.message);
            return;
        }
        if (parsed.value.utc > Clock::now()) {
            MessageBox::warning(this, tr("Restore"), tr("That moment has not happened yet."));
            return;
        }
        to = parsed.value;
        what = QLocale().toString(m_momentEdit->dateTime(), QLocale::LongFormat);
    } else {
        label = m_backupCombo->currentData().toString();
        if (label.isEmpty()) {
            MessageBox::warning(this, tr("Restore"), tr("There is no backup to restore yet."));
            return;
        }
        what = m_backupCombo->currentText();
    }
    if (MessageBox::question(this, tr("Restore"),
                             tr("Restore the database as it was at %1 into a new folder and check it? Nothing in use "
                                "now changes until Write Care Notes is started again.")
                                 .arg(what),
                             {{QMessageBox::Yes, tr("Restore")}, {QMessageBox::Cancel, tr("Cancel")}},
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    DatabaseStartup *startup = m_startup;
    RestoreRequest request = m_requester;
    request.requestedAt = Clock::nowUtc();
    run(tr("Restoring and checking… this takes a few minutes."), [startup, to, label, request] {
        const Result<ClusterRestore::Report> restored = startup->restoreEmbedded(to, label, request);
        if (!restored.ok())
            return Result<QString>::failedAs(restored);
        const ClusterRestore::Report &report = restored.value;
        return Result<QString>::done(
            tr("Restored and checked in %1: %n shift note(s), every audit chain intact. Close Write Care Notes "
               "everywhere on this computer and start it again to use it; the database in use now is kept beside it.",
               "", int(report.notes))
                .arg(report.dataDirectory));
    });
}
