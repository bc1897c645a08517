#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// The master key of the medical notes written for people: what the organization keeps on paper, away from the
// computer, to put the key back if the computer (and with it the key folder) is lost. 32 bytes read as 8 groups of
// 8 hexadecimal characters, then a check group (the first 4 bytes of the key's SHA-256), so that a mistyped
// character is found before a wrong key is written.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)

public:
    static constexpr int keyBytes = 32;
    static constexpr int groupLength = 8;
    static constexpr int groupCount = 9; // 8 of the key, then the check group

    // The 9 groups, in capitals (easier to read back from paper). Empty unless key has keyBytes bytes.
    static QStringList groups(const QByteArray &key);
    // The groups on one line, separated by spaces.
    static QString format(const QByteArray &key);
    // The key from what someone typed: spaces, dashes and case do not matter, and O, I and L are read as 0, 1, 1
    // (none of them is a hexadecimal digit). Refused, with one sentence, when it is incomplete or its check group
    // does not match.
    static Result<QByteArray> parse(const QString &typed);
    // The key as its file holds it (64 lower-case hexadecimal characters); nullopt if the text is not one.
    static std::optional<QByteArray> fromKeyFileText(const QByteArray &text);
    static QByteArray toKeyFileText(const QByteArray &key);
};
