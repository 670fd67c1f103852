#pragma once

#include <QtCore/QLocale>

class QCoreApplication;

// Loads Parley's translation for a locale from :/i18n, falling back to English (which carries the
// plural forms of %n strings), and Qt's own for the same locale. Returns the language loaded.
namespace Translations {

QLocale::Language install(QCoreApplication *app, const QLocale &locale = QLocale());

} // namespace Translations
