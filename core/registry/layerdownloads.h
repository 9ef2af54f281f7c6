#pragma once
// The layers of one pull: those already in the store are skipped ("Already
// exists"); the others are downloaded, at most three at once, while the
// image config is still on its way (as Docker does: a round trip less), each
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
#include <future>
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

    // The config's rootfs.diff_ids, paired with the manifest's layers; set
    // when the config has arrived (or failed to). Whoever sets it wakes the
    // relay.
    using DiffIds = std::shared_future<Result<QStringList>>;

    // A layer is known to be in the store before the config arrives when an
    // earlier pull or push recorded its blob (BlobRecords); the others start
    // at once, and those the config then names as present stop ("Already
    // exists"). Every downloaded layer is checked against its diff_id. Waits
    // for all, and for the config, on the calling thread, delivering
    // progress to observer.
    Status run(const QList<Descriptor> &blobs, DiffIds diffIds, const TransferObserver &observer, Progress &progress);

    QList<PreparedLayer> prepared() const; // every layer that finished
    // The finished layers' blobs, by diff_id hex (for BlobRecords).
    QList<std::pair<QString, Descriptor>> preparedBlobs() const;
    bool contentWasWrong() const { return m_contentWrong; }

private:
    struct Job;
    void work();
    Status download(Job &job);
    void abortAll();
    // The config has arrived: stops the downloads of layers it names that
    // the store has, or everything when it failed.
    void applyDiffIds(const Result<QStringList> &diffIds);

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
    DiffIds m_diffIds;
};

} // namespace porthole
