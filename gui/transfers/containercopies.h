#pragma once
// cp from the window: files dropped on a container's file tree are copied
// into the directory they were dropped on, and a file dragged out of the
// tree is copied out into a staging directory the drop target takes it
// from. Each copy runs on a worker with its progress and Cancel in the
// transfer panel (one transfer at a time), through the engine's cp, so
// paths are resolved inside the container as `porthole cp` resolves them.
#include "gui/app/sharedengine.h"

#include <QObject>

class QMimeData;
class TransferPanel;

class ContainerCopies : public QObject {
    Q_OBJECT
public:
    ContainerCopies(const SharedEngine &engine, TransferPanel *panel, QObject *parent = nullptr);

    // `cp PATH... CONTAINER:DIRECTORY`.
    void copyIn(const QString &containerId, const QString &containerName, const QStringList &hostPaths, const QString &directory);
    // `cp CONTAINER:PATH STAGING`, started now; the drag's data (owned by the caller).
    QMimeData *dragOut(const QString &containerId, const QString &containerName, const QString &path);

signals:
    void commandShown(const QString &commandLine);
    void busy(const QString &text);
    void finished(bool ok, const QString &message);
    void copiedIn(const QString &containerId); // its files changed

private:
    void startCopyIn(const QString &containerId, const QStringList &hostPaths, const QString &directory, const QString &command, qint64 total);
    SharedEngine m_engine;
    TransferPanel *m_panel;
};
