#pragma once

#include <QWidget>

class QLabel;
struct SessionInfo;

// The first page after signing in: who you are, where, and what you may do here; for a manager, what needs attention
// in their homes (an AttentionPanel under the greeting).
class HomePage : public QWidget
{
    Q_OBJECT

public:
    HomePage(const SessionInfo &session, const QStringList &facilityNames, QWidget *attention = nullptr,
             QWidget *parent = nullptr);

    // The embedded database's backups, for whoever runs the home: the newest, and what needs someone (in red).
    void showBackups(const QString &summary, const QStringList &warnings);

private:
    QLabel *m_greetingLabel;
    QLabel *m_detailsLabel;
    QLabel *m_backupLabel;
};
