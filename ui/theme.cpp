#include "theme.h"

#include <QtGui/QFont>
#include <QtGui/QStyleHints>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>
#include <QtWidgets/QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace Theme {

namespace {

struct System
{
    bool captured = false;
    bool fusion = false;
    bool dark = false;
    QFont font;
};

System &system()
{
    static System s;
    return s;
}

void setCommon(QPalette &p, const QColor &dimText)
{
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimText);
}

} // namespace

QPalette darkPalette()
{
    const QColor window(0x1e, 0x1f, 0x24);
    const QColor base(0x16, 0x17, 0x1b);
    const QColor alternate(0x24, 0x26, 0x2c);
    const QColor text(0xe6, 0xe6, 0xea);
    const QColor dimText(0x8a, 0x8d, 0x96);
    const QColor button(0x2a, 0x2c, 0x33);
    const QColor accent(0x4f, 0x8c, 0xff);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, alternate);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xa9, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x33, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2e));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x16));
    p.setColor(QPalette::Shadow, Qt::black);
    setCommon(p, dimText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x46));
    return p;
}

QPalette lightPalette()
{
    const QColor window(0xf3, 0xf4, 0xf6);
    const QColor base(0xff, 0xff, 0xff);
    const QColor alternate(0xec, 0xee, 0xf2);
    const QColor text(0x1d, 0x1f, 0x24);
    const QColor dimText(0x6b, 0x70, 0x7a);
    const QColor button(0xe6, 0xe8, 0xec);
    const QColor accent(0x25, 0x63, 0xeb);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xc6, 0x28, 0x28));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x4e, 0xd8));
    p.setColor(QPalette::LinkVisited, QColor(0x6d, 0x28, 0xd9));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe3, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc8, 0xd0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa8));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x64, 0x6c));
    setCommon(p, QColor(0xa0, 0xa4, 0xac));
    return p;
}

void captureSystem(QApplication &app)
{
    System &s = system();
    if (s.captured)
        return;
    s.captured = true;
    s.font = QApplication::font();
    s.dark = app.palette().color(QPalette::Window).lightness() < 128;
}

bool systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return system().dark;
}

void apply(QApplication &app, Preferences::Theme theme, int fontPointSize)
{
    captureSystem(app);
    // Asking for the current style would create the platform's first: a cost at start-up.
    if (!system().fusion) {
        if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
            QApplication::setStyle(fusion);
        system().fusion = true;
    }
    const bool dark = theme == Preferences::Theme::System ? systemIsDark()
                                                          : theme == Preferences::Theme::Dark;
    app.setPalette(dark ? darkPalette() : lightPalette());
    QFont font = system().font;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    if (font != QApplication::font())
        QApplication::setFont(font);
}

} // namespace Theme
