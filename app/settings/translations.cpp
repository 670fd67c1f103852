#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Translations {

QLocale::Language install(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings are English already: no lookup for them (it costs start-up time).
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }

    auto *parley = new QTranslator(app);
    QLocale::Language language = locale.language();
    if (!parley->load(locale, u"parley"_s, u"_"_s, u":/i18n"_s)) {
        language = QLocale::English;
        if (!parley->load(u"parley_en"_s, u":/i18n"_s)) {
            delete parley;
            return language;
        }
    }
    QCoreApplication::installTranslator(parley);
    return language;
}

} // namespace Translations
