#include "gui/widgets/layerstackview.h"

#include <QPainter>

LayerStackView::LayerStackView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("layerStack"));
    setAccessibleName(tr("Layer stack"));
}

void LayerStackView::setLayers(const QString &caption, const QList<Layer> &topFirst)
{
    m_caption = caption;
    m_layers = topFirst;
    QStringList description;
    for (const Layer &layer : topFirst)
        description.append(layer.title + QStringLiteral(" — ") + layer.detail);
    setAccessibleDescription(description.join(QLatin1Char('\n')));
    update();
}

void LayerStackView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const int margin = 12;
    const QFontMetrics metrics(font());
    const int captionHeight = metrics.height() + 8;
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(margin, 4, width() - 2 * margin, captionHeight), Qt::AlignLeft | Qt::AlignVCenter, m_caption);
    if (m_layers.isEmpty())
        return;
    const int available = height() - captionHeight - margin;
    const int boxHeight = std::clamp(available / int(m_layers.size()) - 6, metrics.height() * 2 + 8, metrics.height() * 3 + 12);
    int y = captionHeight + 4;
    for (int i = 0; i < m_layers.size(); ++i) {
        const Layer &layer = m_layers.at(i);
        const int inset = layer.writable ? 10 : 0; // the container layer sits on the stack
        const QRect box(margin + inset, y, width() - 2 * (margin + inset), boxHeight);
        QColor fill = layer.writable ? pal.color(QPalette::Highlight).lighter(160) : pal.color(QPalette::Button);
        painter.setBrush(fill);
        painter.setPen(QPen(layer.writable ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), layer.writable ? 2 : 1,
                            layer.writable ? Qt::DashLine : Qt::SolidLine));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(pal.color(QPalette::ButtonText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QString badge = layer.writable ? tr("read-write") : tr("read-only");
        painter.drawText(box.adjusted(10, 4, -10, -4), Qt::AlignLeft | Qt::AlignTop, layer.title);
        painter.drawText(box.adjusted(10, 4, -10, -4), Qt::AlignRight | Qt::AlignTop, badge);
        painter.setFont(font());
        painter.drawText(box.adjusted(10, metrics.height() + 6, -10, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         metrics.elidedText(layer.detail, Qt::ElideRight, box.width() - 20));
        y += boxHeight + 6;
        if (y > height())
            break;
    }
}
