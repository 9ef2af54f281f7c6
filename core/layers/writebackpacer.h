#pragma once
// Keeps a layer's data going to disk while the layer is extracted: after
// every 32 MB written, a thread of its own syncs the file system (syncfs)
// beside the extraction, so the sync before the layer is adopted finds
// little left to write. One sync at a time; the extraction never waits for
// one, and a failed sync only means more is left for that last one.
#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace porthole {

class WritebackPacer {
public:
    explicit WritebackPacer(const QByteArray &dir);
    ~WritebackPacer(); // waits for a sync under way
    WritebackPacer(const WritebackPacer &) = delete;
    WritebackPacer &operator=(const WritebackPacer &) = delete;

    void wrote(qint64 bytes);

private:
    void syncWhenAsked();

    int m_dirFd;
    qint64 m_sinceLast = 0;
    std::mutex m_mutex;
    std::condition_variable m_asked;
    bool m_syncWanted = false;
    bool m_stopping = false;
    std::thread m_thread; // started at the first 32 MB
};

} // namespace porthole
