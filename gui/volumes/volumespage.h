#pragma once
// The volumes tab: the store's volumes with their size and the containers
// that use them; create, remove (refused while used, in Docker's words) and
// prune (which first shows what it removes); the selected volume's files in
// the same read-only browser as layers, and its inspect. Sizes are measured
// on a worker while the tab is shown (a hidden tab walks no volume).
#include "gui/app/sharedengine.h"

#include <QWidget>
#include <functional>

class HighlightedJsonView;
class LayerFileBrowser;
class PruneRunner;
class QLabel;
class QTableView;
class VolumeListModel;

class VolumesPage : public QWidget {
    Q_OBJECT
public:
    explicit VolumesPage(const SharedEngine &engine, QWidget *parent = nullptr);

    // Asks the new volume's name ("" cancels). Replaceable for tests.
    std::function<QString()> askVolumeName;
    PruneRunner *pruner() const { return m_pruner; }
    QString selectedVolume() const { return m_selected; }
    void selectVolume(const QString &name);

public slots:
    void refresh();
    void createVolume();
    void removeSelected();
    void prune();

signals:
    void refreshed(int volumes);
    void busy(const QString &text);
    void finished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildToolbar();
    QWidget *buildDetails();
    void showSelected();
    void runJob(const QString &command, const std::function<porthole::Status(porthole::ContainerEngine &)> &job);

    SharedEngine m_engine;
    VolumeListModel *m_model;
    QTableView *m_table;
    QLabel *m_summary = nullptr;
    LayerFileBrowser *m_files = nullptr;
    HighlightedJsonView *m_inspect = nullptr;
    PruneRunner *m_pruner;
    QString m_selected;
    bool m_refreshing = false;
    bool m_stale = false;
};
