#include "session/TemporaryPassword.h"

#include <QRandomGenerator>

#include <cstring>

const char TemporaryPassword::alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";

QString TemporaryPassword::generate()
{
    return generate([](quint32 bound) { return QRandomGenerator::system()->bounded(bound); });
}

QString TemporaryPassword::generate(const std::function<quint32(quint32 bound)> &below)
{
    const auto size = quint32(std::strlen(alphabet));
    QString password;
    for (int group = 0; group < groups; ++group) {
        if (group > 0)
            password.append(QLatin1Char('-'));
        for (int i = 0; i < groupLength; ++i)
            password.append(QLatin1Char(alphabet[below(size)]));
    }
    return password;
}
