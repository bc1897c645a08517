#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QLocalSocket;
class QTimer;

// One direction of a connection through the delaying proxy: every byte read from `from` is written to `to`
// delayMilliseconds later, in order, as a slow network would carry it.
class DelayedStream : public QObject
{
    Q_OBJECT

public:
    DelayedStream(QLocalSocket *from, QLocalSocket *to, int delayMilliseconds, QObject *parent = nullptr);

private:
    void read();
    void writeDue();

    struct Chunk
    {
        qint64 due; // on m_clock
        QByteArray bytes;
    };
    QLocalSocket *m_from;
    QLocalSocket *m_to;
    int m_delay;
    QElapsedTimer m_clock;
    QList<Chunk> m_chunks;
    QTimer *m_timer;
};
