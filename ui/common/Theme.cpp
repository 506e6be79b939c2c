#include "common/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QStyleFactory>
#include <QStyleHints>

namespace sitrep::ui {

QString themeKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x44, 0x46, 0x4b));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// Fusion outlines check boxes with a shade of the window colour, which on a dark palette is
// nearly the colour of the cell behind it: an unchecked box vanished. A visible outline in the
// text colour keeps every check box findable in both palettes.
class CheckOutlineStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck)
            return;
        QColor outline = option->palette.color(QPalette::Text);
        outline.setAlpha(120);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(outline, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        painter->restore();
    }
};

} // namespace

void applyTheme(ThemeChoice choice)
{
    // Fusion draws our palettes faithfully on every platform.
    if (choice != ThemeChoice::System)
        QApplication::setStyle(new CheckOutlineStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    switch (choice) {
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ThemeChoice::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::System:
        QApplication::setPalette(QPalette());
        break;
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor severityColor(int severity, const QPalette &palette)
{
    // Light: saturated chips; dark: the same hues, a little lighter so they do not glare.
    static const QColor light[] = {QColor(0xc6, 0x28, 0x28), QColor(0xe6, 0x5c, 0x00),
                                   QColor(0xf2, 0xb7, 0x05), QColor(0x1e, 0x6f, 0xd9),
                                   QColor(0x75, 0x7d, 0x86)};
    static const QColor dark[] = {QColor(0xef, 0x53, 0x50), QColor(0xff, 0x8a, 0x3d),
                                  QColor(0xf5, 0xc5, 0x42), QColor(0x5a, 0x9b, 0xf0),
                                  QColor(0x9a, 0xa1, 0xa9)};
    const int i = qBound(1, severity, 5) - 1;
    return isDark(palette) ? dark[i] : light[i];
}

QColor severityTextColor(int severity, const QPalette &palette)
{
    const QColor chip = severityColor(severity, palette);
    return chip.lightness() > 150 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

} // namespace sitrep::ui
