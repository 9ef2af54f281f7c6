#pragma once
// Live graphs of one container over the last minutes: CPU %, memory (with
// its limit drawn as a line when -m set one), network and block I/O rates.
// Painted from the history's rings when a frame arrives (at most once a
// second); what `stats` prints is written above the graphs.
#include <QColor>
#include <QString>
#include <QWidget>
#include <functional>

class StatsHistory;
class StatsSeries;
struct StatsPoint;

class StatsGraphs : public QWidget {
    Q_OBJECT
public:
    explicit StatsGraphs(StatsHistory *history, QWidget *parent = nullptr);

    // "" for none; a container that is not running shows why it has no graphs.
    void setContainer(const QString &id, const QString &name, bool running);
    QString containerId() const { return m_id; }
    int paintCount() const { return m_paints; } // for tests: repaints are bounded by frames
    // The figures written above the graphs, as `stats` prints them (for tests).
    QString summaryText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line {
        QColor colour;
        std::function<double(const StatsPoint &)> value;
        QString label;
    };
    void drawChart(QPainter &painter, const QRect &area, const QString &title, const QList<Line> &lines, const StatsSeries &series,
                   double floorMax, double limit, const std::function<QString(double)> &axisText) const;
    void drawMessage(QPainter &painter, const QString &message) const;

    StatsHistory *m_history;
    QString m_id;
    QString m_name;
    bool m_running = false;
    int m_paints = 0;
};
