#pragma once
// A style whose check boxes and radio buttons are as large as their text:
// the platform style draws them at a fixed size (13 px in Fusion), too small
// beside presentation mode's doubled font. Font and palette still come from
// the parent, as with the plain style (a style sheet would cut that off).
#include <QProxyStyle>

class TextSizedIndicators : public QProxyStyle {
public:
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};
