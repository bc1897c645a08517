#include "session/RecoveryKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace {

QByteArray checkBytes(const QByteArray &key)
{
    return QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(RecoveryKey::groupLength / 2);
}

} // namespace

QStringList RecoveryKey::groups(const QByteArray &key)
{
    if (key.size() != keyBytes)
        return {};
    const QString hex = QString::fromLatin1((key + checkBytes(key)).toHex()).toUpper();
    QStringList result;
    for (int i = 0; i < groupCount; ++i)
        result.append(hex.mid(i * groupLength, groupLength));
    return result;
}

QString RecoveryKey::format(const QByteArray &key)
{
    return groups(key).join(QLatin1Char(' '));
}

Result<QByteArray> RecoveryKey::parse(const QString &typed)
{
    QString hex;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (upper == QLatin1Char('O'))
            hex.append(QLatin1Char('0'));
        else if (upper == QLatin1Char('I') || upper == QLatin1Char('L'))
            hex.append(QLatin1Char('1'));
        else if (c.isDigit() || (upper >= QLatin1Char('A') && upper <= QLatin1Char('F')))
            hex.append(upper);
        else {
            return Result<QByteArray>::refused(tr("The recovery key has a character that is not in any recovery key, "
                                                  "\"%1\": it holds only the digits 0 to 9 and the letters A to F.")
                                                   .arg(c));
        }
    }
    constexpr int expected = groupCount * groupLength;
    if (hex.size() != expected) {
        return Result<QByteArray>::refused(tr("The recovery key has %1 characters, but it should have %2 (%3 groups of "
                                              "%4): check that no group is missing or typed twice.")
                                               .arg(hex.size())
                                               .arg(expected)
                                               .arg(groupCount)
                                               .arg(groupLength));
    }
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    const QByteArray key = bytes.left(keyBytes);
    if (checkBytes(key) != bytes.mid(keyBytes)) {
        return Result<QByteArray>::refused(tr("The recovery key does not match its last group, the check group: a "
                                              "character is mistyped. Compare each group with the paper and type it "
                                              "again."));
    }
    return Result<QByteArray>::done(key);
}

std::optional<QByteArray> RecoveryKey::fromKeyFileText(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    const QString trimmed = QString::fromLatin1(text.trimmed());
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(trimmed.toLatin1());
}

QByteArray RecoveryKey::toKeyFileText(const QByteArray &key)
{
    return key.toHex() + '\n';
}
