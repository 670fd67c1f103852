#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace Translations {

namespace {

// Marks the translators installed here, so a switch removes exactly those.
constexpr auto Marker = "parley-translation"_L1;

} // namespace

QLocale::Language install(QCoreApplication *app, const QLocale &locale)
{
    // Qt's own strings are English already: no lookup for them (it costs start-up time).
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto *qt = new QTranslator(app);
        qt->setObjectName(Marker);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }

    auto *parley = new QTranslator(app);
    parley->setObjectName(Marker);
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

QLocale localeFor(const QString &language)
{
    if (language == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == "ko"_L1)
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    return QLocale::system();
}

QLocale::Language switchTo(QCoreApplication *app, const QString &language)
{
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(Marker);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale); // dates and numbers follow the language
    return install(app, locale);
}

} // namespace Translations
