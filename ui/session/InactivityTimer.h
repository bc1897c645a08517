#pragma once

#include <QObject>

class QTimer;

// Notices when nobody has touched the keyboard or mouse for a while, across every window of the application (an
// event filter on the application, as KeePassXC's InactivityTimer does), so a station left alone locks itself.
class InactivityTimer : public QObject
{
    Q_OBJECT

public:
    explicit InactivityTimer(QObject *parent = nullptr);

    void setInactivityTimeout(int milliseconds);
    void activate();
    void deactivate();
    bool isActive() const;
    // Whether there was any input since the last call (for keeping the database session alive while people work).
    bool takeActivity();

signals:
    void inactivityDetected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_active = false;
    bool m_sawActivity = false;
};
