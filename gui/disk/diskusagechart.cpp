#include "gui/disk/diskusagechart.h"

#include "base/humanize.h"

#include <QPainter>
#include <numeric>

namespace {

const QColor kImages(0x2f, 0x80, 0xed), kContainers(0xe6, 0x7e, 0x22), kVolumes(0x27, 0xae, 0x60), kCache(0x95, 0xa5, 0xa6);

QString sizeText(qint64 bytes)
{
    return porthole::humanSizePrecision(double(bytes), 3);
}

} // namespace

DiskUsageChart::DiskUsageChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("diskUsageChart"));
    setMinimumHeight(240); // with the prunes below, the window still fits 800x600
}

void DiskUsageChart::setUsage(const porthole::DiskUsage &usage)
{
    m_usage = usage;
    m_totals = {};
    m_images.clear();
    m_containers.clear();
    m_volumes.clear();
    for (const porthole::DiskUsage::Image &image : usage.images) {
        const QString name = image.info.repoTags.isEmpty() ? image.info.shortId() : image.info.repoTags.first();
        m_images.append({name, image.size - image.sharedSize, image.containers == 0});
    }
    m_totals.images = usage.layersSize;
    m_totals.shared = std::max<qint64>(0, usage.layersSize - std::accumulate(m_images.begin(), m_images.end(), qint64(0), [](qint64 sum, const Segment &s) { return sum + s.bytes; }));
    if (m_totals.shared > 0)
        m_images.append({tr("shared layers (stored once)"), m_totals.shared, false});
    m_totals.reclaimableImages = usage.imagesReclaimable;
    for (const porthole::DiskUsage::Container &container : usage.containers) {
        m_containers.append({container.record.config.name, container.size, !container.record.state.isLive()});
        m_totals.containers += container.size;
        m_totals.reclaimableContainers += container.record.state.isLive() ? 0 : container.size;
    }
    for (const porthole::DiskUsage::Volume &volume : usage.volumes) {
        m_volumes.append({volume.info.isAnonymous() ? volume.info.name.left(12) : volume.info.name, volume.size, volume.links == 0});
        m_totals.volumes += volume.size;
        m_totals.reclaimableVolumes += volume.links == 0 ? volume.size : 0;
    }
    m_totals.buildCache = usage.buildCacheSize;
    update();
}

void DiskUsageChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const int line = fontMetrics().height();
    drawTotalBar(painter, QRect(12, 10, width() - 24, line * 3 + 8));
    const qint64 scale = std::max<qint64>({m_totals.images, m_totals.containers, m_totals.volumes, 1});
    const int rowHeight = std::max(line * 3, (height() - line * 4 - 30) / 3);
    int top = line * 4 + 24;
    drawRow(painter, QRect(12, top, width() - 24, rowHeight - 6),
            tr("Images: %1 (%2 reclaimable)").arg(sizeText(m_totals.images), sizeText(m_totals.reclaimableImages)), kImages, m_images, scale);
    top += rowHeight;
    drawRow(painter, QRect(12, top, width() - 24, rowHeight - 6),
            tr("Containers' writable layers: %1 (%2 in stopped containers)").arg(sizeText(m_totals.containers), sizeText(m_totals.reclaimableContainers)),
            kContainers, m_containers, scale);
    top += rowHeight;
    drawRow(painter, QRect(12, top, width() - 24, rowHeight - 6),
            tr("Volumes: %1 (%2 unused)").arg(sizeText(m_totals.volumes), sizeText(m_totals.reclaimableVolumes)), kVolumes, m_volumes, scale);
}

void DiskUsageChart::drawTotalBar(QPainter &painter, const QRect &area) const
{
    const int line = fontMetrics().height();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
                     tr("The store uses %1 (build cache: %2)").arg(sizeText(m_totals.total()), m_totals.buildCache > 0 ? sizeText(m_totals.buildCache) : tr("none")));
    const QRect bar(area.left(), area.top() + line + 4, area.width(), line * 2);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRect(bar);
    const qint64 total = std::max<qint64>(1, m_totals.total());
    double x = bar.left();
    const struct {
        qint64 bytes;
        QColor colour;
        Qt::BrushStyle style;
    } parts[] = {{m_totals.images - m_totals.shared, kImages, Qt::SolidPattern}, {m_totals.shared, kImages, Qt::BDiagPattern},
                 {m_totals.containers, kContainers, Qt::SolidPattern}, {m_totals.volumes, kVolumes, Qt::SolidPattern},
                 {m_totals.buildCache, kCache, Qt::SolidPattern}};
    for (const auto &part : parts) {
        const double w = double(bar.width()) * double(part.bytes) / double(total);
        if (w <= 0)
            continue;
        painter.fillRect(QRectF(x, bar.top(), w, bar.height()), QBrush(part.colour, part.style));
        x += w;
    }
}

void DiskUsageChart::drawRow(QPainter &painter, const QRect &area, const QString &title, const QColor &colour, const QList<Segment> &segments,
                             qint64 scale) const
{
    const int line = fontMetrics().height();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft, title);
    const QRect bar(area.left(), area.top() + line + 4, area.width(), std::max(line + 6, area.height() - line - 6));
    if (segments.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignLeft | Qt::AlignVCenter, tr("none"));
        return;
    }
    double x = bar.left();
    for (const Segment &segment : segments) {
        const double w = std::max(2.0, double(bar.width()) * double(segment.bytes) / double(scale));
        QColor fill = colour;
        if (segment.reclaimable)
            fill.setAlpha(90); // lighter: a prune would free it
        const QRectF box(x, bar.top(), w, bar.height());
        painter.fillRect(box, QBrush(fill, segment.label == tr("shared layers (stored once)") ? Qt::BDiagPattern : Qt::SolidPattern));
        painter.setPen(palette().color(QPalette::Base));
        painter.setBrush(Qt::NoBrush); // an outline only: the fill is drawn above
        painter.drawRect(box);
        const QString label = segment.label + QStringLiteral(" ") + sizeText(segment.bytes);
        if (fontMetrics().horizontalAdvance(label) + 6 < w) {
            painter.setPen(segment.reclaimable ? palette().color(QPalette::Text) : QColor(Qt::white));
            painter.drawText(box.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
        }
        x += w;
    }
}
