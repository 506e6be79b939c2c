#pragma once
// Light and dark palettes, and colours that stay readable in both.

#include <QColor>
#include <QPalette>
#include <QString>

namespace sitrep::ui {

enum class ThemeChoice { System, Light, Dark };

QString themeKey(ThemeChoice choice);                // "system", "light", "dark" (settings)
ThemeChoice themeFromKey(const QString &key);
void applyTheme(ThemeChoice choice);
bool isDark(const QPalette &palette);
// The chip colour for a severity (1..5) and the text colour to write on it.
QColor severityColor(int severity, const QPalette &palette);
QColor severityTextColor(int severity, const QPalette &palette);

} // namespace sitrep::ui
