#include "gui/containers/textsizedindicators.h"

#include <QWidget>

int TextSizedIndicators::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return widget ? std::max(base, widget->fontMetrics().height() * 4 / 5) : base;
    default:
        return base;
    }
}
