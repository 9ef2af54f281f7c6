#pragma once
// The window's language: the system's by default, or the one chosen in the
// window (kept in the user's settings, used from the next start).
#include <QString>

class QTranslator;

// "" (follow the system), "en" or "zh_CN".
QString chosenLanguage();
void setChosenLanguage(const QString &language);
// Loads the translation for a language ("": the system locale), English
// when there is none for it.
bool loadTranslation(QTranslator &translator, const QString &language);
// Loads Qt's own texts (standard buttons such as Cancel) for the language,
// from the system's Qt translations (package qt6-translations-l10n).
bool loadQtTranslation(QTranslator &translator, const QString &language);
