#include "widgets/LanguageComboBox.h"

#include "common/AppTranslations.h"

#include <QEvent>

LanguageComboBox::LanguageComboBox(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("languageComboBox"));
    for (const AppTranslations::Language language :
         {AppTranslations::Language::English, AppTranslations::Language::Welsh})
        addItem(AppTranslations::nativeName(language), QVariant::fromValue(static_cast<int>(language)));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    showCurrent();
    connect(this, &QComboBox::activated, this, [this](int index) {
        const auto language = static_cast<AppTranslations::Language>(itemData(index).toInt());
        if (language != AppTranslations::current())
            AppTranslations::choose(language);
    });
}

void LanguageComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showCurrent();
    QComboBox::changeEvent(event);
}

void LanguageComboBox::showCurrent()
{
    setCurrentIndex(findData(static_cast<int>(AppTranslations::current())));
    // Read out in both languages, whichever is on: it is how a speaker of the other one finds theirs.
    setAccessibleName(tr("Language") + QStringLiteral(" / ") +
                      (AppTranslations::current() == AppTranslations::Language::Welsh ? QStringLiteral("Language")
                                                                                      : QStringLiteral("Iaith")));
    setToolTip(accessibleName());
}
