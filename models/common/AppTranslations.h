#pragma once

#include <QCoreApplication>
#include <QLocale>

// The translations every program of ours loads, the tests' included, so that they read what users read: Qt's own for
// the language, then the English plural forms (the sources say "%n minute(s)"; without a catalogue Qt would show
// "1 minute(s)"), then the language's own catalogue, which is asked first and so wins wherever it has the message.
//
// The language is English or Welsh: the one chosen on this computer (settings, ui/language), else the system's when
// it is Welsh (homes in Wales offer Welsh without being asked), else English. Switching installs the other catalogue
// at once; Qt then sends every widget a LanguageChange event, and they retranslate themselves.
class AppTranslations
{
public:
    enum class Language
    {
        English,
        Welsh
    };

    // The translators are children of app, installed on it, in the language chosen() says (the application's name
    // must be set: the choice is in its settings) or in the one given.
    static void install(QCoreApplication &app);
    static void install(QCoreApplication &app, Language language);
    // Installs the language's catalogues and makes it the default locale (month names, numbers); remembers nothing.
    static void switchTo(Language language);
    // switchTo, and remember it in the settings for the next start.
    static void choose(Language language);
    static Language current();
    // The language chosen on this computer, else the system's (Welsh only if the system is in Welsh).
    static Language chosen();
    // Each language by its own name ("English", "Cymraeg"), the same whichever language is on screen.
    static QString nativeName(Language language);
    static QLocale locale(Language language);
};
