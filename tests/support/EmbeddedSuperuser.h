#pragma once

#include "database/ConnectionSettings.h"

#include <optional>

// The superuser of an embedded database the app runs, read as a person would find it: the socket and port from the
// server's postmaster.pid, the password from the credentials file beside the cluster. Nothing while the server is
// not up and ready.
class EmbeddedSuperuser
{
public:
    static std::optional<ConnectionSettings> of(const QString &baseDirectory);
};
