#include "clinical/NhsNumber.h"

QString NhsNumber::normalized(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QChar::Nbsp)
            return QString();
    }
    return digits;
}

std::optional<int> NhsNumber::checkDigit(const QString &nineDigits)
{
    if (nineDigits.size() != 9)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = nineDigits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        sum += (c.unicode() - u'0') * (10 - i);
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return std::nullopt;
    return check == 11 ? 0 : check;
}

bool NhsNumber::isValid(const QString &typed)
{
    const QString digits = normalized(typed);
    if (digits.size() != 10)
        return false;
    const std::optional<int> check = checkDigit(digits.left(9));
    return check && *check == digits.at(9).unicode() - u'0';
}

QString NhsNumber::formatted(const QString &typed)
{
    const QString digits = normalized(typed);
    if (digits.size() != 10)
        return typed;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.right(4);
}
