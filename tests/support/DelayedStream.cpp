#include "DelayedStream.h"

#include <QLocalSocket>
#include <QTimer>

DelayedStream::DelayedStream(QLocalSocket *from, QLocalSocket *to, int delayMilliseconds, QObject *parent)
    : QObject(parent), m_from(from), m_to(to), m_delay(delayMilliseconds), m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DelayedStream::writeDue);
    connect(m_from, &QLocalSocket::readyRead, this, &DelayedStream::read);
}

void DelayedStream::read()
{
    m_chunks.append({m_clock.elapsed() + m_delay, m_from->readAll()});
    if (!m_timer->isActive())
        m_timer->start(int(std::max<qint64>(0, m_chunks.constFirst().due - m_clock.elapsed())));
}

void DelayedStream::writeDue()
{
    if (m_to->state() != QLocalSocket::ConnectedState) {
        m_timer->start(1); // the server's end is still being connected
        return;
    }
    while (!m_chunks.isEmpty() && m_chunks.constFirst().due <= m_clock.elapsed())
        m_to->write(m_chunks.takeFirst().bytes);
    m_to->flush();
    if (!m_chunks.isEmpty())
        m_timer->start(int(std::max<qint64>(0, m_chunks.constFirst().due - m_clock.elapsed())));
}
