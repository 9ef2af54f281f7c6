#include "gui/app/language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
QSettings settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("porthole"), QStringLiteral("porthole-gui"));
}
} // namespace

QString chosenLanguage()
{
    return settings().value(QStringLiteral("language")).toString();
}

void setChosenLanguage(const QString &language)
{
    settings().setValue(QStringLiteral("language"), language);
}

bool loadTranslation(QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    return translator.load(locale, QStringLiteral("porthole"), QStringLiteral("_"), QStringLiteral(":/i18n"))
           || translator.load(QStringLiteral("porthole_en"), QStringLiteral(":/i18n"));
}

bool loadQtTranslation(QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    return translator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}
