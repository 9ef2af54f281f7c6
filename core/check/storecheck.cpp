#include "check/storecheck.h"

namespace porthole {

QString CheckFinding::line() const
{
    QString text = subject + QStringLiteral(": ") + problem;
    if (!repair.isEmpty())
        text += (fixed ? QStringLiteral("; repaired: ") : QStringLiteral("; not repaired: ")) + repair;
    return text;
}

int CheckReport::problems() const
{
    return int(std::count_if(findings.begin(), findings.end(), [](const CheckFinding &f) { return !f.notice; }));
}

int CheckReport::remaining() const
{
    return int(std::count_if(findings.begin(), findings.end(), [](const CheckFinding &f) { return !f.notice && !f.fixed; }));
}

StoreChecker::StoreChecker(ImageStore &images, ContainerEngine &containers, CheckOptions options, Observer observer)
    : m_images(images), m_containers(containers), m_options(std::move(options)), m_observer(std::move(observer))
{
}

// Images first (a damaged one may take its containers with it under
// --force), then what is left of containers, then the networks they hold.
Result<CheckReport> StoreChecker::run()
{
    auto records = m_containers.store().list();
    if (!records)
        return std::unexpected(records.error().withContext(QStringLiteral("cannot read the containers")));
    m_records = *records;
    checkWorkDirectories();
    checkImages();
    checkIndex();
    checkLayers();
    if (auto ok = settleImages(); !ok)
        return std::unexpected(ok.error());
    records = m_containers.store().list(); // --force may have removed some
    if (records)
        m_records = *records;
    checkNames();
    checkContainers();
    checkRuntimeLeftovers();
    checkNetworks();
    return m_report;
}

void StoreChecker::report(CheckFinding finding)
{
    if (m_observer)
        m_observer(finding);
    m_report.findings.append(std::move(finding));
}

void StoreChecker::repaired(CheckFinding finding, const Status &status, const QString &what)
{
    finding.fixed = bool(status);
    finding.repair = status ? what : status.error().message;
    report(std::move(finding));
}

} // namespace porthole
