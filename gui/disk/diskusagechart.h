#pragma once
// `system df` as a picture: one bar for the whole store, cut into images
// (their shared layers once, hatched), containers' writable layers, volumes
// and build cache; under it a row per kind, each item's share drawn in
// proportion and the reclaimable part lighter.
#include "containers/engineresources.h"

#include <QWidget>

class DiskUsageChart : public QWidget {
    Q_OBJECT
public:
    explicit DiskUsageChart(QWidget *parent = nullptr);

    void setUsage(const porthole::DiskUsage &usage);
    // What each kind adds up to (for tests and the legend).
    struct Totals {
        qint64 images = 0, shared = 0, containers = 0, volumes = 0, buildCache = 0;
        qint64 reclaimableImages = 0, reclaimableContainers = 0, reclaimableVolumes = 0;
        qint64 total() const { return images + containers + volumes + buildCache; }
    };
    Totals totals() const { return m_totals; }
    QSize sizeHint() const override { return {720, 360}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Segment {
        QString label;
        qint64 bytes = 0;
        bool reclaimable = false;
    };
    void drawTotalBar(QPainter &painter, const QRect &area) const;
    void drawRow(QPainter &painter, const QRect &area, const QString &title, const QColor &colour, const QList<Segment> &segments, qint64 scale) const;

    porthole::DiskUsage m_usage;
    Totals m_totals;
    QList<Segment> m_images, m_containers, m_volumes;
};
