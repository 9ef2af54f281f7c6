#include "registry/layerdownloads.h"

#include "registry/blobreader.h"
#include "registry/blobrecords.h"
#include "registry/layerstream.h"

#include <chrono>
#include <thread>

namespace porthole {
namespace {

constexpr qint64 kReportEvery = 512 << 10;

} // namespace

struct LayerDownloads::Job {
    Descriptor blob;
    qsizetype index = 0; // in the manifest, and in the config's diff_ids
    Progress progress; // the extractor's: cancelled when the pull stops
    std::atomic<bool> inStore{false}; // the config named a layer the store has: stopped
    std::optional<TempWork> work;
    std::optional<PreparedLayer> prepared;
};

LayerDownloads::LayerDownloads(ImageStore &store, RegistrySession &session, QString repository, ProgressRelay &relay)
    : m_store(store), m_session(session), m_repository(std::move(repository)), m_relay(relay)
{
}

LayerDownloads::~LayerDownloads() = default;

QList<PreparedLayer> LayerDownloads::prepared() const
{
    QList<PreparedLayer> layers;
    for (const auto &job : m_jobs)
        if (job->prepared)
            layers.append(*job->prepared);
    return layers;
}

QList<std::pair<QString, Descriptor>> LayerDownloads::preparedBlobs() const
{
    QList<std::pair<QString, Descriptor>> blobs;
    for (const auto &job : m_jobs)
        if (job->prepared)
            blobs.append({job->prepared->extracted.diffIdHex, job->blob});
    return blobs;
}

void LayerDownloads::abortAll()
{
    m_aborted = true;
    for (const auto &job : m_jobs)
        job->progress.cancel();
}

Status LayerDownloads::download(Job &job)
{
    const QString id = job.blob.shortId();
    const qint64 size = job.blob.size;
    m_relay.post({id, layerstatus::downloading, 0, size});
    auto work = TempWork::create(m_store.paths().tmpDir());
    if (!work)
        return std::unexpected(work.error());
    qint64 reported = 0;
    BlobReader reader(m_session, m_repository, job.blob, job.progress, [&](qint64 done) {
        if (done - reported >= kReportEvery || done == size) {
            reported = done;
            m_relay.post({id, layerstatus::downloading, done, size});
        }
    });
    LayerStream stream(reader, job.progress);
    auto layer = m_store.prepareLayer(stream, work->subPath(QStringLiteral("layer")), job.progress);
    // The tar may end before the blob does; the blob is verified at its end.
    if (layer || !job.progress.isCancelled()) {
        if (auto ok = stream.finish(); !ok) {
            m_contentWrong = m_contentWrong || reader.contentWasWrong();
            return ok;
        }
    }
    if (!layer)
        return std::unexpected(layer.error());
    m_relay.post({id, layerstatus::verifyingChecksum, 0, 0});
    m_relay.post({id, layerstatus::downloadComplete, 0, 0});
    DiffIds diffIds = m_diffIds; // a copy of its own: waits for the config
    const Result<QStringList> &expected = diffIds.get();
    if (!expected)
        return std::unexpected(expected.error());
    const QString diffIdHex = expected->at(job.index).mid(7);
    if (layer->extracted.diffIdHex != diffIdHex) {
        m_contentWrong = true;
        return fail(QStringLiteral("layers from manifest don't match image configuration: layer %1 unpacks to sha256:%2, "
                                   "the config says sha256:%3").arg(job.blob.digest, layer->extracted.diffIdHex, diffIdHex));
    }
    m_relay.post({id, layerstatus::extracting, size, size});
    m_relay.post({id, layerstatus::pullComplete, 0, 0});
    job.work = std::move(*work);
    job.prepared = *layer;
    return {};
}

void LayerDownloads::work()
{
    for (;;) {
        Job *job = nullptr;
        {
            std::lock_guard guard(m_mutex);
            if (m_aborted || m_next >= m_jobs.size())
                return;
            job = m_jobs.at(m_next++).get();
        }
        if (job->inStore) {
            m_relay.post({job->blob.shortId(), layerstatus::alreadyExists, 0, 0});
            continue;
        }
        auto ok = download(*job);
        if (!ok && job->inStore && !m_aborted) { // stopped: the store has it
            m_relay.post({job->blob.shortId(), layerstatus::alreadyExists, 0, 0});
            continue;
        }
        if (!ok) {
            std::lock_guard guard(m_mutex);
            if (!m_firstError)
                m_firstError = ok.error();
            abortAll();
        }
    }
}

void LayerDownloads::applyDiffIds(const Result<QStringList> &diffIds)
{
    if (!diffIds) {
        std::lock_guard guard(m_mutex);
        if (!m_firstError)
            m_firstError = diffIds.error();
        abortAll();
        return;
    }
    for (const auto &job : m_jobs)
        if (!job->inStore && m_store.layers().contains(diffIds->at(job->index).mid(7))) {
            job->inStore = true;
            job->progress.cancel();
        }
}

Status LayerDownloads::run(const QList<Descriptor> &blobs, DiffIds diffIds, const TransferObserver &observer,
                           Progress &progress)
{
    m_diffIds = std::move(diffIds); // workers wait on copies of their own
    const BlobRecords records(m_store.paths().root);
    QStringList seen;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        if (seen.contains(blobs.at(i).digest))
            continue;
        seen.append(blobs.at(i).digest);
        const auto known = records.diffIdOfBlob(blobs.at(i).digest);
        if (known && m_store.layers().contains(*known)) {
            m_relay.post({blobs.at(i).shortId(), layerstatus::alreadyExists, 0, 0});
            continue;
        }
        auto job = std::make_unique<Job>();
        job->blob = blobs.at(i);
        job->index = i;
        m_relay.post({job->blob.shortId(), layerstatus::pullingFsLayer, 0, 0});
        m_jobs.push_back(std::move(job));
    }
    for (size_t i = kConcurrentDownloads; i < m_jobs.size(); ++i)
        m_relay.post({m_jobs.at(i)->blob.shortId(), layerstatus::waiting, 0, 0});
    std::atomic<int> running{0};
    std::vector<std::thread> workers;
    for (size_t i = 0; i < std::min<size_t>(kConcurrentDownloads, m_jobs.size()); ++i) {
        ++running;
        workers.emplace_back([this, &running] {
            work();
            --running;
            m_relay.wake();
        });
    }
    bool applied = false;
    while (running > 0) {
        m_relay.wait(100);
        if (!applied && m_diffIds.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            applied = true;
            applyDiffIds(m_diffIds.get());
        }
        m_relay.deliver(observer);
        if (progress.isCancelled() && !m_aborted)
            abortAll();
    }
    for (std::thread &worker : workers)
        worker.join();
    m_relay.deliver(observer);
    if (progress.isCancelled())
        return fail(QStringLiteral("cancelled"));
    if (m_firstError)
        return std::unexpected(*m_firstError);
    if (const Result<QStringList> &config = m_diffIds.get(); !config) // also when every layer was there
        return std::unexpected(config.error());
    return {};
}

} // namespace porthole
