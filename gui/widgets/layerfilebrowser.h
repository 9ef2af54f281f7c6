#pragma once
// Browse the files of an image or a container: merged (what the container
// sees), one layer at a time, or a container's changes (like `diff`: added,
// changed, deleted). Listing runs in the background; the tree is built there
// too and only handed to the view on the UI thread.
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
    };

    explicit LayerFileBrowser(QWidget *parent = nullptr);
    // Keeps the chosen source when the same owner is shown again.
    void setSources(const QString &owner, const QList<Source> &sources);
    int sourceCount() const;
    void showSource(int index);
    // For tests: the paths listed (depth-first), once loaded.
    QStringList listedPaths() const;
    // Lists the chosen source again (its files changed: a copy into the container).
    void reload();
    // Rows carry their path in Qt::UserRole and their kind in Qt::UserRole + 1.
    QTreeView *tree() const { return m_tree; }

signals:
    void loaded(int entries);

private:
    QString m_owner;
    QList<Source> m_sources;
    QComboBox *m_choice;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QLabel *m_summary;
    int m_generation = 0; // drops results of superseded loads
};
