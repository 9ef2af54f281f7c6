#pragma once
// How high the screen a widget shows on is. Below 700 px (800×600) the
// window gives the lifecycle diagram every row it can: the list keeps two
// rows, the output pane two lines, the history strip one line.
#include <QScreen>
#include <QWidget>

inline int shownScreenHeight(const QWidget *widget)
{
    const QScreen *screen = widget->screen();
    return screen ? screen->availableGeometry().height() : 1080;
}

inline bool onLowScreen(const QWidget *widget)
{
    return shownScreenHeight(widget) < 700;
}
