#pragma once

#include <QString>

#include <functional>

// A password an administrator gives a user in person, shown once, changed at the user's first sign-in. Letters and
// digits nobody misreads on paper (no 0/O, 1/l/I), in groups of four: 12 of them from 31 give about 59 bits.
class TemporaryPassword
{
public:
    static constexpr int groups = 3;
    static constexpr int groupLength = 4;
    static const char alphabet[];

    // From the operating system's generator.
    static QString generate();
    // From any source of numbers below the bound it is given (tests give their own).
    static QString generate(const std::function<quint32(quint32 bound)> &below);
};
