#pragma once
// For widget tests: dialogs open with open(), so they appear a moment later as top-level widgets.

#include "common/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QTest>
#include <QWidget>

#include <utility>

namespace sitrep::test {

// The visible top-level T named objectName, as soon as it is there (nullptr after the timeout).
template <typename T>
T *waitForTopLevel(const QString &objectName, int timeoutMs = 10000)
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor([&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && w->objectName() == objectName && w->isVisible())
                found = t;
        return found != nullptr;
    }, timeoutMs);
    return appeared ? found : nullptr;
}

// With SITREP_SHOTS set (a folder): the window with `dialog` (if any) over it, as the user sees
// them, at 1280×800, in the light and the dark palette, as NAME-THEME-LANG.png
// (SITREP_SHOTS_LANG, default "en", says which language the test installed).
inline void saveShot(QWidget &window, QWidget *dialog, const QString &name)
{
    const QString shots = qEnvironmentVariable("SITREP_SHOTS");
    if (shots.isEmpty())
        return;
    window.resize(1280, 800);
    for (const auto &[theme, themeName] : {std::pair{ui::ThemeChoice::Light, "light"}, std::pair{ui::ThemeChoice::Dark, "dark"}}) {
        ui::applyTheme(theme);
        QTest::qWait(200);
        QPixmap picture = window.grab();
        if (dialog) {
            dialog->adjustSize();
            const QPixmap over = dialog->grab();
            QPainter painter(&picture);
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
            const QPoint at((picture.width() - over.width()) / 2, (picture.height() - over.height()) / 3);
            painter.drawPixmap(at, over);
            painter.setPen(dialog->palette().color(QPalette::Mid));
            painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
        }
        picture.save(shots + QStringLiteral("/%1-%2-%3.png")
                                 .arg(name, QLatin1String(themeName), qEnvironmentVariable("SITREP_SHOTS_LANG", QStringLiteral("en"))));
    }
    ui::applyTheme(ui::ThemeChoice::Light);
}

} // namespace sitrep::test
