#pragma once
// For the tests of the window (header only: the core tests do not link the GUI).
#include "gui/app/mainwindow.h"

#include <QSignalSpy>
#include <QTest>

namespace testsupport {

// Shows the window and waits until the list behind refreshedSignal
// (MainWindow::imagesRefreshed or containersRefreshed) has been filled once.
template <typename Signal>
bool showFilled(MainWindow &window, Signal refreshedSignal, int timeoutMs = 5000)
{
    QSignalSpy refreshed(&window, refreshedSignal);
    window.show();
    return QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, timeoutMs);
}

// The one child of type W on show (a window has one per tab, most hidden).
template <typename W>
W *visibleChild(QWidget &parent)
{
    for (W *child : parent.findChildren<W *>())
        if (child->isVisible())
            return child;
    return nullptr;
}

} // namespace testsupport
