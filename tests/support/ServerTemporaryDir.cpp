#include "ServerTemporaryDir.h"

#include <QFile>

ServerTemporaryDir::ServerTemporaryDir()
    : m_valid(m_dir.isValid() && QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                         QFileDevice::ExeOwner | QFileDevice::ExeOther))
{}
