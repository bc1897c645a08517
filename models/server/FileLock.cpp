#include "server/FileLock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

FileLock::FileLock(const QString &path, Inheritance inheritance) : m_path(path), m_inheritance(inheritance) {}

FileLock::~FileLock()
{
    unlock();
}

bool FileLock::lockShared()
{
    return acquire(LOCK_SH);
}

bool FileLock::lockExclusive()
{
    return acquire(LOCK_EX);
}

bool FileLock::tryLockExclusive()
{
    return acquire(LOCK_EX | LOCK_NB);
}

bool FileLock::acquire(int operation)
{
    unlock();
    const int flags = O_RDWR | O_CREAT | (m_inheritance == Inheritance::NotInherited ? O_CLOEXEC : 0);
    const int fd = ::open(QFile::encodeName(m_path).constData(), flags, 0600);
    if (fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    int result;
    do {
        result = ::flock(fd, operation);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void FileLock::unlock()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}
