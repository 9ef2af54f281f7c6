#include "registry/layerdownloads.h"

#include "registry/blobreader.h"
#include "registry/layerstream.h"

#include <thread>

namespace porthole {
namespace {

constexpr qint64 kReportEvery = 512 << 10;

} // namespace

struct LayerDownloads::Job {
    Descriptor blob;
    QString diffIdHex;
    Progress progress; // the extractor's: cancelled when the pull stops
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
    if (layer->extracted.diffIdHex != job.diffIdHex) {
        m_contentWrong = true;
        return fail(QStringLiteral("layers from manifest don't match image configuration: layer %1 unpacks to sha256:%2, "
                                   "the config says sha256:%3").arg(job.blob.digest, layer->extracted.diffIdHex, job.diffIdHex));
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
        auto ok = download(*job);
        if (!ok) {
            std::lock_guard guard(m_mutex);
            if (!m_firstError)
                m_firstError = ok.error();
            abortAll();
        }
    }
}

Status LayerDownloads::run(const QList<Descriptor> &blobs, const QStringList &diffIds, const TransferObserver &observer,
                           Progress &progress)
{
    QStringList seen;
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const QString hex = diffIds.at(i).mid(7);
        if (seen.contains(hex))
            continue;
        seen.append(hex);
        if (m_store.layers().contains(hex)) {
            m_relay.post({blobs.at(i).shortId(), layerstatus::alreadyExists, 0, 0});
            continue;
        }
        auto job = std::make_unique<Job>();
        job->blob = blobs.at(i);
        job->diffIdHex = hex;
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
    while (running > 0) {
        m_relay.wait(100);
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
    return {};
}

} // namespace porthole
