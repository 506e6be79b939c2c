#pragma once
// For widget tests: dialogs open with open(), so they appear a moment later as top-level widgets.

#include <QApplication>
#include <QTest>
#include <QWidget>

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

} // namespace sitrep::test
