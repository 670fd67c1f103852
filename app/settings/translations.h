#pragma once

#include <QtCore/QLocale>

class QCoreApplication;

// Loads Parley's translation for a locale from :/i18n, falling back to English (which carries the
// plural forms of %n strings), and Qt's own for the same locale. Returns the language loaded.
namespace Translations {

QLocale::Language install(QCoreApplication *app, const QLocale &locale = QLocale());

// The locale for a language setting: "en", "ko", or "system" (the system's).
QLocale localeFor(const QString &language);

// Replaces the translations installed before with those for a language setting, while the app
// runs: every widget then receives QEvent::LanguageChange and retranslates itself.
QLocale::Language switchTo(QCoreApplication *app, const QString &language);

} // namespace Translations
