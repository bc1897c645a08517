#pragma once

#include <QString>

// How many sessions one login holds from one address (a station's login from its computer).
struct ConnectionCount
{
    QString login;
    QString application;
    QString address; // "local" for the server's own socket
    int sessions = 0;
};
