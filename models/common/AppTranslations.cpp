#include "common/AppTranslations.h"

#include "common/Version.h"

#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace {

const QString languageKey = QStringLiteral("ui/language");

// Installed while their language is on: removed and replaced on a switch.
QPointer<QTranslator> qtCatalogue;
QPointer<QTranslator> ourCatalogue;
AppTranslations::Language currentLanguage = AppTranslations::Language::English;

QTranslator *loaded(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

void replace(QPointer<QTranslator> &slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (next)
        QCoreApplication::installTranslator(next);
}

} // namespace

void AppTranslations::install(QCoreApplication &app)
{
    install(app, chosen());
}

void AppTranslations::install(QCoreApplication &app, Language language)
{
    // English is the language of the sources: its catalogue holds only the plural forms, whatever the language.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/translations/%1_en.qm").arg(QString::fromLatin1(Wcn::applicationName))))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    switchTo(language);
}

void AppTranslations::switchTo(Language language)
{
    currentLanguage = language;
    const QLocale locale = AppTranslations::locale(language);
    QLocale::setDefault(locale);
    if (language == Language::English) {
        replace(ourCatalogue, nullptr);
        replace(qtCatalogue,
                loaded(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        return;
    }
    // Qt ships no Welsh: its own words (standard buttons, the text editing menu) are in our catalogue of them.
    replace(qtCatalogue, loaded(locale, QStringLiteral("qtbase"), QStringLiteral(":/translations")));
    replace(ourCatalogue, loaded(locale, QString::fromLatin1(Wcn::applicationName), QStringLiteral(":/translations")));
}

void AppTranslations::choose(Language language)
{
    QSettings().setValue(languageKey, language == Language::Welsh ? QStringLiteral("cy") : QStringLiteral("en"));
    switchTo(language);
}

AppTranslations::Language AppTranslations::current()
{
    return currentLanguage;
}

AppTranslations::Language AppTranslations::chosen()
{
    const QString saved = QSettings().value(languageKey).toString();
    if (saved == QLatin1String("cy"))
        return Language::Welsh;
    if (saved == QLatin1String("en"))
        return Language::English;
    return QLocale::system().language() == QLocale::Welsh ? Language::Welsh : Language::English;
}

QString AppTranslations::nativeName(Language language)
{
    return language == Language::Welsh ? QStringLiteral("Cymraeg") : QStringLiteral("English");
}

QLocale AppTranslations::locale(Language language)
{
    return language == Language::Welsh ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom);
}
