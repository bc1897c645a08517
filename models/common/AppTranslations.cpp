#include "common/AppTranslations.h"

#include "common/Version.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void AppTranslations::install(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English is the language of the sources: its catalogue holds only the plural forms, whatever the locale.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/translations/%1_en.qm").arg(QString::fromLatin1(Wcn::applicationName))))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (QLocale().language() == QLocale::English)
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QString::fromLatin1(Wcn::applicationName), QStringLiteral("_"),
                   QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}
