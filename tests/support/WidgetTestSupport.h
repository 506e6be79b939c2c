#pragma once
// For widget tests: dialogs open with open(), so they appear a moment later as top-level widgets.

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace sitrep::test {

template <typename T>
T *waitForTopLevel(const QString &objectName)
{
    for (int i = 0; i < 100; ++i) {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && w->objectName() == objectName && w->isVisible())
                return t;
        QTest::qWait(50);
    }
    return nullptr;
}

} // namespace sitrep::test
