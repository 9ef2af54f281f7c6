#pragma once
// `system check`: verifies the store — every image's config and layers
// (each layer's files read back against its diff_id), no orphan layer or
// abandoned work directory, container records against the runtime, the
// networks' address allocations against the containers — and, asked to
// repair, fixes what it safely can, saying what it did.
//
// Run it while no other command works on the store: work in progress can
// look like a leftover (work directories still locked by a live command
// are left alone).
#include "containers/containerengine.h"
#include "images/imagestore.h"

#include <QMap>
#include <QSet>
#include <functional>

namespace porthole {

struct CheckOptions {
    bool repair = false; // fix what can be fixed without losing anything whole
    bool force = false;  // with repair: containers of damaged images go too
    bool quick = false;  // skip reading every layer back against its diff_id
    QString runtime = QStringLiteral("runc"); // the OCI runtime whose state is compared
};

struct CheckFinding {
    QString subject;      // "layer 3f2a8c1d9e0b", "container web", "network porthole"
    QString problem;      // what is wrong, in one line
    QString repair;       // what --repair did, or why it could not
    bool fixed = false;
    bool notice = false;  // worth saying, not a problem (a layer kept for a later pull)
    QString line() const;
};

struct CheckReport {
    QList<CheckFinding> findings;
    int problems() const;  // found, notices aside
    int remaining() const; // problems not fixed
};

class StoreChecker {
public:
    using Observer = std::function<void(const CheckFinding &)>;
    StoreChecker(ImageStore &images, ContainerEngine &containers, CheckOptions options, Observer observer = {});
    Result<CheckReport> run();

private:
    // check_images.cpp
    void checkImages();
    void checkIndex();
    void checkLayers();
    void checkWorkDirectories();
    void verifyLayer(const QString &hex);
    Status settleImages();
    QString imageName(const QString &hex) const;
    bool damagedImageMayGo(const QString &hex, QString &why);
    Status removeImages(const QStringList &hexes);
    // check_containers.cpp
    void checkNames();
    void checkContainers();
    Result<ContainerRecord> settledRecord(const QString &id);
    void checkContainer(const ContainerRecord &record);
    void checkRuntimeState(const ContainerRecord &record);
    Status matchRuntime(const QString &id, const QString &runtimeState);
    void checkRuntimeLeftovers();
    // check_networks.cpp
    void checkNetworks();
    void checkAllocations(const QString &network, const QString &dir);
    void checkAddressesHeld();

    void report(CheckFinding finding);
    void repaired(CheckFinding finding, const Status &status, const QString &what);

    ImageStore &m_images;
    ContainerEngine &m_containers;
    CheckOptions m_options;
    Observer m_observer;
    CheckReport m_report;
    QList<ContainerRecord> m_records;
    QMap<QString, QStringList> m_damage; // image hex -> what is wrong with it
    QMap<QString, QSet<QString>> m_layerUsers; // layer hex -> images (hex) using it
    QList<CheckFinding> m_danglingTags; // fixed by the collection that removes damaged images
};

} // namespace porthole
