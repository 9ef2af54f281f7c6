#pragma once
// The selected container, tab by tab: its lifecycle, its layers and files
// (the writable layer over the image's read-only ones: merged, per layer,
// or as `diff`), inspect, consoles, logs and live stats graphs.
#include "base/events.h"
#include "containers/containerrecord.h"
#include "gui/app/sharedengine.h"
#include "gui/images/imagecatalog.h"

#include <QTabWidget>

class ConsolesPane;
class HighlightedJsonView;
class LayerFileBrowser;
class LayerStackView;
class LifecyclePane;
class LogsView;
class StatsGraphs;
class StatsHistory;

class ContainerDetails : public QTabWidget {
    Q_OBJECT
public:
    enum Tab { Lifecycle, LayersAndFiles, Inspect, Consoles, Logs, Stats };

    // history: the window's one stats history, which the Stats tab draws.
    ContainerDetails(const SharedEngine &engine, StatsHistory *history, QWidget *parent = nullptr);

    LifecyclePane *lifecycle() const { return m_lifecycle; }
    LayerFileBrowser *files() const { return m_files; }
    StatsGraphs *stats() const { return m_stats; }

    // Presentation: the lifecycle pane (diagram, steps, countdown) alone in a
    // full-screen window of its own, high contrast and large; F11 or Esc
    // brings it back to its tab.
    void setPresenting(bool on);
    bool isPresenting() const { return m_presentation != nullptr; }
    ConsolesPane *consoles() const { return m_consoles; }

    // The container, over its image's layers (top first).
    void showContainer(const porthole::ContainerRecord &record, const QList<LayerRow> &imageLayers, qint64 writableSize,
                       const QList<porthole::Event> &events);
    // No container, or one that is gone (removed here or elsewhere): the
    // diagram ends in "deleted", under the name it had.
    void showNoContainer(bool gone, const QList<porthole::Event> &events);

signals:
    void presentingChanged(bool on);

private:
    QWidget *buildLayersTab();
    void showFilesAndInspect(const porthole::ContainerRecord &record, const QList<LayerRow> &imageLayers);
    void loadInspect(const porthole::ContainerRecord &record);
    // The files follow the container: listed again when its events or its
    // writable layer change while they are on show, and when they are shown.
    void followFiles(const QString &id, qsizetype events, qint64 writableSize);

    SharedEngine m_engine;
    LifecyclePane *m_lifecycle;
    LayerStackView *m_stack = nullptr;
    LayerFileBrowser *m_files = nullptr;
    HighlightedJsonView *m_inspect;
    ConsolesPane *m_consoles;
    LogsView *m_logs;
    StatsGraphs *m_stats;
    QWidget *m_presentation = nullptr; // the full-screen window, while presenting
    QString m_shownId;
    QString m_shownName;          // kept for the diagram once the container is gone
    QString m_filesAndInspectKey; // the container and state its files and inspect were made for
    QString m_filesStamp;         // the container, its events and writable size the files were listed for
};
