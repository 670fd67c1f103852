#pragma once

#include "settings/appsettings.h"

#include <QtGui/QPalette>

class QApplication;

// Parley's colour schemes and text size. Fusion draws every widget from the palette alone, so one
// palette themes the whole app the same way on every platform.
namespace Theme {

QPalette darkPalette();
QPalette lightPalette();

// Call once, before anything changes the palette: remembers what the system gave, for "follow
// the system" on Qt versions that cannot tell the colour scheme.
void captureSystem(QApplication &app);
// Whether the system is in dark mode (from Qt's colour scheme where it has one, else from the
// palette captured at start).
bool systemIsDark();

// theme: "dark", "light" or "system"; fontPointSize: 0 for the system's size.
void apply(QApplication &app, Preferences::Theme theme, int fontPointSize);
inline void applyDark(QApplication &app)
{
    apply(app, Preferences::Theme::Dark, 0);
}

} // namespace Theme
