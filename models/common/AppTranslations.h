#pragma once

#include <QCoreApplication>

// The translations every program of ours loads, the tests' included, so that they read what users read: Qt's own for
// the locale, then the English plural forms (the sources say "%n minute(s)"; without a catalogue Qt would show
// "1 minute(s)"), then the locale's translation, which is asked first and so wins wherever it has the message.
class AppTranslations
{
public:
    // The translators are children of app, installed on it.
    static void install(QCoreApplication &app);
};
