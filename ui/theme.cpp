#include "theme.h"

#include <QtWidgets/QApplication>
#include <QtWidgets/QStyleFactory>

namespace Theme {

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
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3d, 0x46));
    return p;
}

void applyDark(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    app.setPalette(darkPalette());
}

} // namespace Theme
