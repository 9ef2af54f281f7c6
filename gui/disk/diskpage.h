#pragma once
// The disk usage tab: `system df` as a picture (images with their shared
// layers counted once, containers' writable layers, volumes, build cache)
// and what each prune would free, each prune first listing what it
// removes. Measured on a worker when the tab is shown and when the store
// changes while it is.
#include "gui/app/sharedengine.h"

#include <QWidget>

class DiskUsageChart;
class PruneRunner;
class QLabel;
class QPushButton;

class DiskPage : public QWidget {
    Q_OBJECT
public:
    explicit DiskPage(const SharedEngine &engine, QWidget *parent = nullptr);

    PruneRunner *pruner() const { return m_pruner; }
    DiskUsageChart *chart() const { return m_chart; }

public slots:
    void refresh();

signals:
    void refreshed(qint64 totalBytes);
    void busy(const QString &text);
    void finished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildPrunes();

    SharedEngine m_engine;
    DiskUsageChart *m_chart;
    PruneRunner *m_pruner;
    QLabel *m_summary = nullptr;
    QList<QPushButton *> m_pruneButtons;
    bool m_refreshing = false;
    bool m_stale = false;
};
