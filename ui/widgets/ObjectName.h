#pragma once

#include <QString>

// Object names for widgets built from data keys, in the house style: "height_source" gives "heightSource" (then
// heightSourceComboBox), or "HeightSource" to follow another word.
class ObjectName
{
public:
    static QString fromKey(const QString &key, bool capitalFirst = false);
};
