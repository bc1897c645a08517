#pragma once

#include "backup/BackupStatus.h"
#include "backup/ClusterRestore.h"
#include "backup/RestoreRequest.h"
#include "common/Result.h"

#include <QFutureWatcher>
#include <QWidget>

class DatabaseStartup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QShowEvent;
class QSpinBox;

// The embedded database's backups, for its administrator: where they go and how many full backups are kept, the
// newest and what needs attention, a backup now, and a restore of a backup or a moment into a new folder, checked,
// that the next start switches to (the current folder kept). Every step runs off the window's thread, one at a time.
class BackupsPage : public QWidget
{
    Q_OBJECT

public:
    // requester: who is signed in, for the restore's audit entries (its time is the click's).
    BackupsPage(DatabaseStartup *startup, RestoreRequest requester, QWidget *parent = nullptr);
    ~BackupsPage() override;

    void refresh();

protected:
    // Read again each time it is shown: the nightly backup may have run since.
    void showEvent(QShowEvent *event) override;

signals:
    // The status read or changed (the home page shows it too).
    void statusChanged(const BackupStatus &status);

private:
    void showStatus(const BackupStatus &status);
    void run(const QString &working, std::function<Result<QString>()> work);
    void onFinished();
    void chooseFolder();
    void useFolder();
    void backUpNow();
    void restore();
    void cancelSwitch();
    void setBusy(bool busy);

    DatabaseStartup *m_startup;
    RestoreRequest m_requester;
    QLabel *m_statusLabel;
    QLineEdit *m_folderEdit;
    QPushButton *m_chooseButton;
    QSpinBox *m_retentionSpin;
    QPushButton *m_useFolderButton;
    QPushButton *m_backUpButton;
    QRadioButton *m_backupRadio;
    QComboBox *m_backupCombo;
    QRadioButton *m_momentRadio;
    QDateTimeEdit *m_momentEdit;
    QPushButton *m_restoreButton;
    QPushButton *m_cancelSwitchButton;
    bool m_filled = false; // the folder and retention are filled once: later reads never undo what was typed
    QLabel *m_outcomeLabel;
    QFutureWatcher<Result<BackupStatus>> m_statusWatcher;
    QFutureWatcher<Result<QString>> m_workWatcher;
};
