#pragma once

#include <QString>

// An advisory whole-file lock (flock) on a lock file, released when unlocked, destroyed, or when the process dies,
// however it dies. flock locks belong to the open file, so two FileLocks in one process exclude each other just as
// two processes do. The file is opened close-on-exec so that no server started meanwhile inherits the lock.
class FileLock
{
public:
    explicit FileLock(const QString &path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    bool lockShared();
    bool lockExclusive();
    bool tryLockExclusive();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }

private:
    bool acquire(int operation);

    QString m_path;
    QString m_error;
    int m_fd = -1;
};
