#pragma once

#include <QString>

// An advisory whole-file lock (flock) on a lock file, released when unlocked, destroyed, or when the process dies,
// however it dies. flock locks belong to the open file, so two FileLocks in one process exclude each other just as
// two processes do.
class FileLock
{
public:
    enum class Inheritance
    {
        // The usual: closed on exec, so no server started meanwhile holds the lock.
        NotInherited,
        // Programs started while it is held inherit it and keep it until they exit, even if this process dies first.
        InheritedByChildren,
    };

    explicit FileLock(const QString &path, Inheritance inheritance = Inheritance::NotInherited);
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
    Inheritance m_inheritance;
    int m_fd = -1;
};
