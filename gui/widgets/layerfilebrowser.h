#pragma once
// Browse the files of an image or a container: merged (what the container
// sees), one layer at a time, or a container's changes (like `diff`: added,
// changed, deleted). Listing runs in the background; the tree is built there
// too and only handed to the view on the UI thread. The tree is read-only;
// double-click a file to read it (FileViewer). reload() lists the chosen
// source again, keeping what was expanded.
#include "base/error.h"
#include "layers/layerbrowse.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTreeView;

class LayerFileBrowser : public QWidget {
    Q_OBJECT
public:
    using Loader = std::function<porthole::Result<QList<porthole::LayerFile>>()>;
    struct Source {
        QString label;        // "Merged view", "Container layer (writable)", "Layer 2 · sha256:…"
        Loader load;          // runs on a worker thread
        QStringList layerNames; // for the merged view: which layer a file comes from
        bool changes = false; // entries are A/C/D changes, listed flat
        // Where a listed file's bytes are on this machine ("": nowhere yet).
        std::function<QString(const porthole::LayerFile &file)> hostPath;
    };

    explicit LayerFileBrowser(QWidget *parent = nullptr);
    // Keeps the chosen source when the same owner is shown again.
    void setSources(const QString &owner, const QList<Source> &sources);
    int sourceCount() const;
    void showSource(int index);
    // Lists the chosen source again (its files changed), expanded folders kept.
    void reload();
    // Opens the file viewer on a listed path; false when it is not listed or a directory.
    bool openFile(const QString &path);
    // For tests: the paths listed (depth-first), once loaded.
    QStringList listedPaths() const;
    // Rows carry their path in Qt::UserRole, their kind in Qt::UserRole + 1,
    // their layer in + 2 and a link's target in + 3.
    QTreeView *tree() const { return m_tree; }

signals:
    void loaded(int entries);

private:
    void open(const QModelIndex &index);
    QString m_owner;
    QList<Source> m_sources;
    QComboBox *m_choice;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    int m_generation = 0; // drops results of superseded loads
    QStringList m_keepExpanded; // reload(): paths to expand again
    int m_keepScroll = -1;
};
