#pragma once
// The layers of one pull: those already in the store are skipped ("Already
// exists"); the others are downloaded, at most three at once, each
// extracted as it streams in (its blob digest hashed on the way, its
// diff_id computed by the extractor) into a private working directory of
// the store. Nothing is adopted here: the caller commits the image, or
// keeps what finished when the failure was not the content's.
#include "base/error.h"
#include "base/progress.h"
#include "base/tempwork.h"
#include "images/imagestore.h"
#include "registry/manifest.h"
#include "registry/registrysession.h"
#include "registry/transferprogress.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace porthole {

class LayerDownloads {
public:
    static constexpr int kConcurrentDownloads = 3;

    LayerDownloads(ImageStore &store, RegistrySession &session, QString repository, ProgressRelay &relay);
    ~LayerDownloads();

    // blobs and diffIds pair up (manifest layers, config rootfs.diff_ids).
    // Waits for all on the calling thread, delivering progress to observer.
    Status run(const QList<Descriptor> &blobs, const QStringList &diffIds, const TransferObserver &observer,
               Progress &progress);

    QList<PreparedLayer> prepared() const; // every layer that finished
    bool contentWasWrong() const { return m_contentWrong; }

private:
    struct Job;
    void work();
    Status download(Job &job);
    void abortAll();

    ImageStore &m_store;
    RegistrySession &m_session;
    QString m_repository;
    ProgressRelay &m_relay;
    std::vector<std::unique_ptr<Job>> m_jobs;
    std::mutex m_mutex;
    size_t m_next = 0;
    std::optional<Error> m_firstError;
    std::atomic<bool> m_contentWrong{false};
    std::atomic<bool> m_aborted{false};
};

} // namespace porthole
