#pragma once
// Per-layer progress of a pull or push, in Docker's words, and how the
// CLI prints it. Layer updates are made on worker threads and handed to
// the caller's thread by a ProgressRelay, so observers never see another
// thread.
#include <QList>
#include <QString>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace porthole {

namespace layerstatus {
inline const QString pullingFsLayer = QStringLiteral("Pulling fs layer");
inline const QString waiting = QStringLiteral("Waiting");
inline const QString downloading = QStringLiteral("Downloading");
inline const QString verifyingChecksum = QStringLiteral("Verifying Checksum");
inline const QString downloadComplete = QStringLiteral("Download complete");
inline const QString extracting = QStringLiteral("Extracting");
inline const QString pullComplete = QStringLiteral("Pull complete");
inline const QString alreadyExists = QStringLiteral("Already exists");
inline const QString preparing = QStringLiteral("Preparing");
inline const QString pushing = QStringLiteral("Pushing");
inline const QString pushed = QStringLiteral("Pushed");
inline const QString layerAlreadyExists = QStringLiteral("Layer already exists");
inline const QString mountedFrom = QStringLiteral("Mounted from"); // + " repository"
} // namespace layerstatus

struct LayerProgress {
    QString id;         // the blob's short digest, 12 hex digits, as Docker prints it
    QString status;     // one of layerstatus
    qint64 current = 0; // bytes done, while Downloading/Extracting/Pushing
    qint64 total = 0;   // bytes in all; 0 when unknown

    // Whether this update only moves the bytes of the previous one.
    bool isByteUpdate() const { return current > 0 && total > 0; }
};

struct TransferObserver {
    std::function<void(const QString &line)> message;        // "latest: Pulling from library/busybox", "Digest: ..."
    std::function<void(const LayerProgress &update)> layer;  // a layer's status or bytes changed
};

// Hands a message line to the observer, if it takes them.
inline void tell(const TransferObserver &observer, const QString &line)
{
    if (observer.message)
        observer.message(line);
}

class ProgressRelay {
public:
    void post(const LayerProgress &update); // any thread; byte updates of a layer coalesce
    // On the caller's thread: hands over what was posted.
    void deliver(const TransferObserver &observer);
    // Waits up to milliseconds or until something is posted or wake() is called.
    void wait(int milliseconds);
    void wake();

private:
    std::mutex m_mutex;
    std::condition_variable m_posted;
    QList<LayerProgress> m_pending;
    bool m_woken = false;
};

// Docker's size words: "1.234MB", "987B" (decimal units, 4 significant digits).
QString transferSize(qint64 bytes);
// "a1b2c3d4e5f6: Downloading [=====>     ]  1.2MB/3.4MB"; withBar false
// leaves out the bar and numbers (output that is not a terminal).
QString progressLine(const LayerProgress &update, bool withBar);

} // namespace porthole
