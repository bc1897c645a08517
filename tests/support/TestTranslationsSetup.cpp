// Compiled into every test executable, beside TestInstantsSetup.cpp: the application the test makes loads the
// translations the app loads (the English plural forms above all), so that tests read what users read. English,
// whatever the locale of the machine the tests run on: a test that wants Welsh switches to it.
#include "common/AppTranslations.h"

#include <QCoreApplication>

namespace {

void installTranslations()
{
    AppTranslations::install(*QCoreApplication::instance(), AppTranslations::Language::English);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installTranslations)
