#pragma once
// A pull or a push run on a worker, its messages and layer updates handed
// to the UI thread as signals, cancelled on demand (nothing is left
// half-made). The object must live until finished() (a dialog showing it
// does not close while it runs).
#include "gui/app/sharedengine.h"
#include "registry/transferprogress.h"

#include <QObject>
#include <memory>

Q_DECLARE_METATYPE(porthole::LayerProgress)

class RegistryTransfer : public QObject {
    Q_OBJECT
public:
    explicit RegistryTransfer(const SharedEngine &engine, QObject *parent = nullptr);

    void pull(const QString &reference, const QString &platform);
    void push(const QString &reference);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void message(const QString &line);
    void layer(const porthole::LayerProgress &progress);
    void pulled(const QString &reference, const QString &manifestDigest); // just before finished(true, reference)
    void finished(bool ok, const QString &message);

private:
    porthole::TransferObserver observer();
    SharedEngine m_engine;
    std::shared_ptr<porthole::Progress> m_progress;
    bool m_running = false;
};

// A registry's error in one line, with what to do about it.
QString registryErrorWithHint(const QString &message);
