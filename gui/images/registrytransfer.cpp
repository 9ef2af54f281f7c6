#include "gui/images/registrytransfer.h"

#include "gui/app/backgroundwork.h"
#include "registry/pull.h"
#include "registry/push.h"

#include <QCoreApplication>

RegistryTransfer::RegistryTransfer(const SharedEngine &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    qRegisterMetaType<porthole::LayerProgress>();
}

// Called on the worker: signals cross to the UI thread queued.
porthole::TransferObserver RegistryTransfer::observer()
{
    return {[this](const QString &line) { emit message(line); }, [this](const porthole::LayerProgress &progress) { emit layer(progress); }};
}

void RegistryTransfer::pull(const QString &reference, const QString &platformText)
{
    m_progress = std::make_shared<porthole::Progress>();
    m_running = true;
    auto digest = std::make_shared<QString>(); // written by the worker before done runs
    runInBackground(this, [this, engine = m_engine, progress = m_progress, reference, platformText, digest]() -> JobOutcome {
        auto copy = engine.copy();
        auto context = porthole::RegistryContext::fromEnvironment();
        if (!copy || !context)
            return {false, !copy ? copy.error().message : context.error().message};
        porthole::PullRequest request{reference, std::nullopt};
        if (!platformText.isEmpty()) {
            auto platform = porthole::Platform::parse(platformText);
            if (!platform)
                return {false, platform.error().message};
            request.platform = *platform;
        }
        auto pulled = porthole::pullImage(**context, copy->images(), request, observer(), *progress);
        if (!pulled)
            return {false, pulled.error().message};
        *digest = pulled->manifestDigest;
        return {true, pulled->reference};
    }, [this, digest](const JobOutcome &outcome) {
        m_running = false;
        if (outcome.ok)
            emit pulled(outcome.message, *digest);
        emit finished(outcome.ok, outcome.message);
    });
}

void RegistryTransfer::push(const QString &reference)
{
    m_progress = std::make_shared<porthole::Progress>();
    m_running = true;
    runInBackground(this, [this, engine = m_engine, progress = m_progress, reference]() -> JobOutcome {
        auto copy = engine.copy();
        auto context = porthole::RegistryContext::fromEnvironment();
        if (!copy || !context)
            return {false, !copy ? copy.error().message : context.error().message};
        auto pushed = porthole::pushImage(**context, copy->images(), {reference, false}, observer(), *progress);
        if (!pushed)
            return {false, pushed.error().message};
        return {true, pushed->isEmpty() ? reference : pushed->first().digest};
    }, [this](const JobOutcome &outcome) {
        m_running = false;
        emit finished(outcome.ok, outcome.message);
    });
}

void RegistryTransfer::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

QString registryErrorWithHint(const QString &message)
{
    const auto hint = [&](const char *what) {
        return QCoreApplication::translate("RegistryTransfer", "%1 — %2").arg(message, QCoreApplication::translate("RegistryTransfer", what));
    };
    // Go's and Qt's spellings of one error differ in case ("connection refused").
    const auto says = [&](const char *words) { return message.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (says("no such host") || says("connection refused") || says("network unreachable") || says("host not found")
        || says("timed out"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "the registry could not be reached: check its host and port, that it is running, "
                                                          "and the network or a mirror in registries.conf; offline, import, load or build an image instead"));
    if (says("pull access denied") || says("unauthorized") || says("denied"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "log in to the registry (Log in…) if the repository is private, or check its name"));
    if (says("manifest unknown"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "the registry has no image by that name and tag: check both (tags complete as you type)"));
    if (says("certificate"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "the registry's certificate is not trusted: put its CA in /etc/docker/certs.d/HOST:PORT/ca.crt"));
    if (says("toomanyrequests"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "the registry limits pulls: log in, wait, or use a mirror"));
    if (says("invalid reference format"))
        return hint(QT_TRANSLATE_NOOP("RegistryTransfer", "names look like busybox, nginx:alpine or localhost:5000/team/app:v1, in lowercase"));
    return message;
}
