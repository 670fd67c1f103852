#pragma once

#include <QtGui/QPalette>

class QApplication;

// Parley's colour schemes. Dark is the default; light and follow-the-system arrive with settings.
namespace Theme {

QPalette darkPalette();
// Fusion draws every widget from the palette alone, so one palette themes the whole app the same
// way on every platform.
void applyDark(QApplication &app);

} // namespace Theme
