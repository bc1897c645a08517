#pragma once

#include <QByteArray>
#include <QString>

// One numbered schema migration: resources/migrations/NNNN_name.sql, compiled in as a Qt resource.
struct Migration
{
    int version = 0;
    QString description; // from the file's "-- Description:" line
    QByteArray sql;
    QString checksum; // SHA-256 of the file's bytes, hex: an applied migration must never change
};
