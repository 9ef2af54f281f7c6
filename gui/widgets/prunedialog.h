#pragma once
// Prunes from the window, which first show what they remove: the engine's
// preview of a prune is listed (each item named, the space it frees, the
// equivalent command line), and only when the user agrees are exactly those
// items removed (each checked again, so nothing that appeared meanwhile
// goes). Used by the volumes and disk usage pages.
#include "gui/app/sharedengine.h"

#include <QDialog>
#include <functional>

class QListWidget;

enum class PruneKind { StoppedContainers, DanglingImages, UnusedImages, UnusedNetworks, AnonymousVolumes, UnusedVolumes };

struct PrunePreview {
    PruneKind kind = PruneKind::StoppedContainers;
    QStringList items;  // what the engine removes: ids or names
    QStringList labels; // what the user reads for each
    qint64 reclaimed = 0;
    QString error;
};

class PruneDialog : public QDialog {
    Q_OBJECT
public:
    PruneDialog(const PrunePreview &preview, QWidget *parent = nullptr);
    QStringList listedLabels() const; // for tests

    static QString title(PruneKind kind);
    static QString commandLine(PruneKind kind);

private:
    QListWidget *m_list;
};

class PruneRunner : public QObject {
    Q_OBJECT
public:
    PruneRunner(const SharedEngine &engine, QWidget *dialogParent);

    // Shows the preview; true to prune. Replaceable for tests.
    std::function<bool(PruneDialog &dialog)> askConfirm;

public slots:
    void prune(PruneKind kind);

signals:
    void busy(const QString &text);
    void finished(bool ok, const QString &message);
    void pruned(PruneKind kind, const QStringList &items); // what went

private:
    void confirmAndPrune(const PrunePreview &preview);
    SharedEngine m_engine;
    QWidget *m_dialogParent;
};
