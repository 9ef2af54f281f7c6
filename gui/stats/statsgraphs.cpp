#include "gui/stats/statsgraphs.h"

#include "base/humanize.h"
#include "gui/stats/statshistory.h"

#include <QPainter>
#include <QPainterPath>

namespace {

QString rateText(double bytesPerSecond)
{
    return StatsGraphs::tr("%1/s").arg(porthole::humanSizePrecision(bytesPerSecond, 3));
}

QString bytesText(double bytes)
{
    return porthole::binarySize(bytes);
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1) + QLatin1Char('%');
}

} // namespace

StatsGraphs::StatsGraphs(StatsHistory *history, QWidget *parent) : QWidget(parent), m_history(history)
{
    setObjectName(QStringLiteral("statsGraphs"));
    setMinimumSize(360, 220); // four plots of ~60 px at 800×600 (260 made the window taller than the screen)
    connect(history, &StatsHistory::updated, this, [this] {
        if (!m_id.isEmpty() && m_running && m_history->series(m_id))
            update(); // one repaint per frame, at most once a second
    });
}

void StatsGraphs::setContainer(const QString &id, const QString &name, bool running)
{
    if (id == m_id && name == m_name && running == m_running)
        return;
    m_id = id;
    m_name = name;
    m_running = running;
    update();
}

QString StatsGraphs::summaryText() const
{
    const StatsFrameEntry *latest = m_history->latest(m_id);
    if (!latest)
        return {};
    const porthole::StatsColumns columns = porthole::statsColumns(latest->figures);
    return tr("CPU %1 · memory %2 (%3) · network %4 · block I/O %5 · %n process(es)", nullptr, int(latest->figures.pids))
        .arg(columns.cpu, columns.memUsage, columns.memPercent, columns.netIo, columns.blockIo);
}

void StatsGraphs::drawMessage(QPainter &painter, const QString &message) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, message);
}

void StatsGraphs::paintEvent(QPaintEvent *)
{
    ++m_paints;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const StatsSeries *series = m_history->series(m_id);
    if (m_id.isEmpty())
        return drawMessage(painter, tr("Select a container to see its CPU, memory, network and disk use."));
    if (!m_running)
        return drawMessage(painter, tr("%1 is not running: only a running container uses CPU and memory.").arg(m_name));
    if (!series || series->size() == 0)
        return drawMessage(painter, tr("Measuring %1… the first figures come within two seconds.").arg(m_name));
    const StatsPoint &now = series->last();
    painter.setPen(palette().color(QPalette::Text));
    const int headerHeight = fontMetrics().height() + 10;
    painter.drawText(QRect(10, 4, width() - 20, headerHeight), Qt::AlignLeft | Qt::AlignVCenter, m_name + QStringLiteral(" — ") + summaryText());
    const QRect grid = rect().adjusted(6, headerHeight + 4, -6, -6);
    const int w = grid.width() / 2, h = grid.height() / 2;
    const QRect cells[4] = {QRect(grid.left(), grid.top(), w - 4, h - 4), QRect(grid.left() + w, grid.top(), w - 4, h - 4),
                            QRect(grid.left(), grid.top() + h, w - 4, h - 4), QRect(grid.left() + w, grid.top() + h, w - 4, h - 4)};
    const QColor blue(0x2f, 0x80, 0xed), green(0x27, 0xae, 0x60), orange(0xe6, 0x7e, 0x22), purple(0x8e, 0x44, 0xad);
    drawChart(painter, cells[0], tr("CPU %1").arg(percentText(now.cpuPercent)), {{blue, [](const StatsPoint &p) { return double(p.cpuPercent); }, {}}},
              *series, 100.0, 0.0, percentText);
    const StatsFrameEntry *latest = m_history->latest(m_id);
    const bool limited = latest && latest->memoryLimited;
    drawChart(painter, cells[1], tr("Memory %1").arg(bytesText(now.memoryBytes)), {{green, [](const StatsPoint &p) { return p.memoryBytes; }, {}}}, *series,
              1 << 20, limited ? now.memoryLimit : 0.0, bytesText);
    if (!limited) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(cells[1].adjusted(8, 0, -8, -4), Qt::AlignRight | Qt::AlignBottom, tr("no limit (-m): up to the host's %1").arg(bytesText(now.memoryLimit)));
    }
    drawChart(painter, cells[2], tr("Network"), {{blue, [](const StatsPoint &p) { return double(p.netRxRate); }, tr("received %1").arg(rateText(now.netRxRate))},
                                               {orange, [](const StatsPoint &p) { return double(p.netTxRate); }, tr("sent %1").arg(rateText(now.netTxRate))}},
              *series, 1024.0, 0.0, rateText);
    drawChart(painter, cells[3], tr("Block I/O"), {{purple, [](const StatsPoint &p) { return double(p.blockReadRate); }, tr("read %1").arg(rateText(now.blockReadRate))},
                                                 {orange, [](const StatsPoint &p) { return double(p.blockWriteRate); }, tr("written %1").arg(rateText(now.blockWriteRate))}},
              *series, 1024.0, 0.0, rateText);
}

void StatsGraphs::drawChart(QPainter &painter, const QRect &area, const QString &title, const QList<Line> &lines, const StatsSeries &series,
                            double floorMax, double limit, const std::function<QString(double)> &axisText) const
{
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(area, 4, 4);
    double top = std::max(floorMax, limit);
    for (int i = 0; i < series.size(); ++i)
        for (const Line &line : lines)
            top = std::max(top, line.value(series.at(i)));
    top *= 1.15;
    const QRect plot = area.adjusted(8, fontMetrics().height() + 10, -8, -8);
    auto y = [&](double value) { return plot.bottom() - value / top * plot.height(); };
    const double step = double(plot.width()) / std::max(1, series.capacity() - 1);
    const double x0 = plot.right() - step * (series.size() - 1);
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1, Qt::DotLine));
    for (double fraction : {0.5, 1.0}) {
        const double value = top / 1.15 * fraction;
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)));
        painter.drawText(QRectF(plot.left() + 2, y(value) - fontMetrics().height(), plot.width() / 2, fontMetrics().height()), Qt::AlignLeft, axisText(value));
    }
    for (qsizetype l = lines.size() - 1; l >= 0; --l) {
        QPainterPath path;
        for (int i = 0; i < series.size(); ++i) {
            const QPointF point(x0 + step * i, y(lines.at(l).value(series.at(i))));
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        if (l == 0 && series.size() > 1) { // the first line's area, lightly filled
            QPainterPath area = path;
            area.lineTo(x0 + step * (series.size() - 1), plot.bottom());
            area.lineTo(x0, plot.bottom());
            QColor fill = lines.at(l).colour;
            fill.setAlpha(50);
            painter.fillPath(area, fill);
        }
        painter.strokePath(path, QPen(lines.at(l).colour, 1.8));
    }
    if (limit > 0) {
        painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 1.5, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y(limit)), QPointF(plot.right(), y(limit)));
        painter.drawText(QRectF(plot.left(), y(limit) - fontMetrics().height() - 1, plot.width() - 4, fontMetrics().height()), Qt::AlignRight,
                         tr("limit %1").arg(bytesText(limit)));
    }
    painter.setPen(palette().color(QPalette::Text));
    QString heading = title;
    for (const Line &line : lines)
        if (!line.label.isEmpty())
            heading += QStringLiteral("   ") + line.label;
    painter.drawText(area.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, heading);
    for (qsizetype l = 0; l < lines.size() && !lines.at(l).label.isEmpty(); ++l) { // a colour key beside each label
        painter.fillRect(QRectF(area.right() - 14 - 12 * (lines.size() - 1 - l), area.top() + 6, 8, 8), lines.at(l).colour);
    }
}
