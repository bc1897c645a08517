#pragma once

#include <QTemporaryDir>

// A temporary directory that the database server's account may pass through: as root the server runs as postgres,
// which cannot enter a directory only root may enter.
class ServerTemporaryDir
{
public:
    ServerTemporaryDir();

    bool isValid() const { return m_valid; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};
