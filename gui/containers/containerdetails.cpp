#include "gui/containers/containerdetails.h"

#include "base/humanize.h"
#include "containers/containerstore.h"
#include "gui/app/backgroundwork.h"
#include "gui/containers/consolespane.h"
#include "gui/containers/historystrip.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/lifecyclepane.h"
#include "gui/containers/logsview.h"
#include "gui/containers/writablelayerwatch.h"
#include "gui/stats/statsgraphs.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/layerstackview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// `diff` of the container, as files: added, changed, deleted.
LayerFileBrowser::Loader changesOf(const SharedEngine &shared, const QString &id)
{
    return [shared, id]() -> porthole::Result<QList<porthole::LayerFile>> {
        auto engine = shared.copy();
        if (!engine)
            return std::unexpected(engine.error());
        auto changes = engine->containers().diff(id);
        if (!changes)
            return std::unexpected(changes.error());
        QList<porthole::LayerFile> files;
        for (const porthole::FileChange &change : std::as_const(*changes))
            files.append({change.path, char(change.kind.toLatin1()), 0, 0, {}});
        return files;
    };
}

// What the Files view offers for a container: merged, its changes, its
// writable layer, then each read-only layer of its image.
QList<LayerFileBrowser::Source> fileSources(const SharedEngine &engine, const porthole::ContainerRecord &record,
                                            const QList<LayerRow> &imageLayers)
{
    const QString upper = porthole::ContainerStore(engine.paths()).writableLayerDir(record.config.id);
    QStringList dirs{upper};
    QStringList names{ContainerDetails::tr("container layer")};
    for (int i = 0; i < imageLayers.size(); ++i) {
        dirs.append(imageLayers.at(i).path);
        names.append(ContainerDetails::tr("layer %1").arg(imageLayers.size() - i));
    }
    const auto inDir = [](const QString &dir) { return [dir](const porthole::LayerFile &file) { return dir + file.path; }; };
    QList<LayerFileBrowser::Source> sources{
        {ContainerDetails::tr("Merged view (what the container sees)"), [dirs] { return porthole::mergedLayerFiles(dirs); }, names, false,
         [dirs](const porthole::LayerFile &file) { return dirs.value(file.layer) + file.path; }},
        {ContainerDetails::tr("Changes (diff: added, changed, deleted)"), changesOf(engine, record.config.id), {}, true, inDir(upper)},
        {ContainerDetails::tr("Container layer (writable)"), [upper] { return porthole::singleLayerFiles(upper); }, {}, false, inDir(upper)},
    };
    for (int i = 0; i < imageLayers.size(); ++i) {
        const QString dir = imageLayers.at(i).path;
        sources.append({ContainerDetails::tr("Layer %1 · %2 (read-only)").arg(imageLayers.size() - i).arg(imageLayers.at(i).title),
                        [dir] { return porthole::singleLayerFiles(dir); }, {}, false, inDir(dir)});
    }
    return sources;
}

} // namespace

ContainerDetails::ContainerDetails(const SharedEngine &engine, StatsHistory *history, QWidget *parent)
    : QTabWidget(parent), m_engine(engine), m_lifecycle(new LifecyclePane(this)), m_inspect(new HighlightedJsonView(this)),
      m_consoles(new ConsolesPane(engine, this)), m_logs(new LogsView(engine.paths(), this)), m_stats(new StatsGraphs(history, this)),
      m_writable(new WritableLayerWatch(engine, this))
{
    setObjectName(QStringLiteral("containerDetails"));
    addTab(m_lifecycle, tr("Lifecycle"));
    addTab(buildLayersTab(), tr("Layers and files"));
    addTab(m_inspect, tr("Inspect"));
    addTab(m_consoles, tr("Consoles"));
    addTab(m_logs, tr("Logs"));
    addTab(m_stats, tr("Stats"));
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == LayersAndFiles && !m_shownId.isEmpty() && m_files->sourceCount() > 0)
            m_files->reload(); // as the container is now
        m_writable->setActive(index == LayersAndFiles);
    });
    connect(m_writable, &WritableLayerWatch::measured, this, &ContainerDetails::showMeasured);
}

QWidget *ContainerDetails::buildLayersTab()
{
    auto *layers = new QSplitter(Qt::Horizontal, this);
    m_stack = new LayerStackView(layers);
    m_files = new LayerFileBrowser(layers);
    layers->addWidget(m_stack);
    layers->addWidget(m_files);
    layers->setStretchFactor(1, 2);
    return layers;
}

void ContainerDetails::showContainer(const porthole::ContainerRecord &record, const QList<LayerRow> &imageLayers, qint64 writableSize,
                                     const QList<porthole::Event> &events)
{
    if (record.config.id != m_shownId)
        m_measured = {};
    m_shownId = record.config.id;
    m_eventCount = events.size();
    m_writable->setContainer(m_shownId);
    showLayers(record, imageLayers, writableSize);
    m_shownName = record.config.name;
    m_lifecycle->diagram()->setContainer(record.config.name, record.state.state);
    m_lifecycle->history()->setEvents(events);
    m_lifecycle->showContainer(record);
    m_consoles->setContainer(record.config.id, record.config.name, record.state.state == porthole::ContainerState::Running);
    m_logs->setContainer(record.config.id, record.config.tty);
    m_stats->setContainer(record.config.id, record.config.name, record.state.isLive());
    showFilesAndInspect(record, imageLayers);
    // Measured (at most two seconds old while the tab is on show) is newer than the list's figure.
    const qint64 bytes = m_measured.bytes >= 0 ? m_measured.bytes : writableSize;
    followFiles(record.config.id, QStringLiteral("%1 %2 %3").arg(events.size()).arg(bytes).arg(m_measured.changes));
}

// As `ps --size` and `diff` say it; the changes once counted.
QString ContainerDetails::writtenLine(qint64 bytes, std::optional<int> changes)
{
    return changes ? tr("%1 (ps --size), %n change(s) (diff) · removed with the container", nullptr, *changes).arg(porthole::humanSize(bytes))
                   : tr("%1 (ps --size) · removed with the container").arg(porthole::humanSize(bytes));
}

void ContainerDetails::showLayers(const porthole::ContainerRecord &record, const QList<LayerRow> &imageLayers, qint64 writableSize)
{
    const bool measured = m_measured.bytes >= 0;
    const QString written = writtenLine(measured ? m_measured.bytes : writableSize, measured ? std::optional(m_measured.changes) : std::nullopt);
    QList<LayerStackView::Layer> layers{{tr("container layer"), written, true}};
    for (const LayerRow &row : imageLayers)
        layers.append({row.title, row.detail, false});
    m_stack->setLayers(tr("%1 = writable layer over image %2").arg(record.config.name, record.config.image), layers);
}

// What a shell in the container wrote leaves no event: measured while the tab is on show.
void ContainerDetails::showMeasured(const QString &id, qint64 bytes, int changes)
{
    if (id != m_shownId || (bytes == m_measured.bytes && changes == m_measured.changes))
        return;
    m_measured = {bytes, changes};
    QList<LayerStackView::Layer> layers = m_stack->layers();
    if (!layers.isEmpty() && layers.first().writable) {
        layers.first().detail = writtenLine(bytes, changes);
        m_stack->setLayers(m_stack->caption(), layers);
    }
    followFiles(id, QStringLiteral("%1 %2 %3").arg(m_eventCount).arg(bytes).arg(changes));
}

void ContainerDetails::setPresenting(bool on)
{
    if (on == isPresenting())
        return;
    if (on) {
        m_presentation = new QWidget(this, Qt::Window);
        m_presentation->setObjectName(QStringLiteral("presentation"));
        m_presentation->setWindowTitle(tr("Porthole: %1 (F11 or Esc to leave)").arg(m_shownName));
        removeTab(indexOf(m_lifecycle));
        auto *placeholder = new QLabel(tr("The lifecycle is on the full screen. F11 or Esc brings it back."), this);
        placeholder->setAlignment(Qt::AlignCenter);
        insertTab(Lifecycle, placeholder, tr("Lifecycle"));
        setCurrentIndex(Lifecycle);
        auto *layout = new QVBoxLayout(m_presentation);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_lifecycle);
        m_lifecycle->setPresentation(true);
        m_lifecycle->show();
        for (const QKeySequence &key : {QKeySequence(Qt::Key_F11), QKeySequence(Qt::Key_Escape)})
            connect(new QShortcut(key, m_presentation), &QShortcut::activated, this, [this] { setPresenting(false); });
        m_presentation->setGeometry(screen()->geometry()); // also where no window manager makes it full screen
        m_presentation->showFullScreen();
    } else {
        m_lifecycle->setPresentation(false);
        QWidget *placeholder = widget(Lifecycle);
        removeTab(Lifecycle);
        placeholder->deleteLater();
        insertTab(Lifecycle, m_lifecycle, tr("Lifecycle"));
        setCurrentIndex(Lifecycle);
        std::exchange(m_presentation, nullptr)->deleteLater();
        // The keyboard goes back to the window (Ctrl+N at once, no click first).
        window()->raise();
        window()->activateWindow();
        m_lifecycle->diagram()->setFocus();
    }
    emit presentingChanged(on);
}

void ContainerDetails::followFiles(const QString &id, const QString &state)
{
    const QString stamp = id + QLatin1Char(' ') + state;
    if (stamp == m_filesStamp)
        return;
    const bool sameContainer = m_filesStamp.startsWith(id + QLatin1Char(' '));
    m_filesStamp = stamp;
    if (sameContainer && currentIndex() == LayersAndFiles)
        m_files->reload();
}

void ContainerDetails::showNoContainer(bool gone, const QList<porthole::Event> &events)
{
    m_stack->setLayers(QString(), {});
    m_writable->setContainer(QString());
    m_files->setSources(QString(), {});
    m_consoles->setContainer(QString(), QString(), false);
    m_stats->setContainer(QString(), QString(), false);
    m_lifecycle->diagram()->setContainer(gone ? m_shownName : QString(), std::nullopt);
    m_lifecycle->history()->setEvents(events);
    m_lifecycle->showNoContainer();
}

void ContainerDetails::showFilesAndInspect(const porthole::ContainerRecord &record, const QList<LayerRow> &imageLayers)
{
    // Listing files and inspecting cost I/O: only when the container or its
    // state changed, not on every refresh.
    const QString key = record.config.id + porthole::stateName(record.state.state) + record.state.startedAt.toString(Qt::ISODateWithMs)
                        + QString::number(imageLayers.size());
    if (m_filesAndInspectKey == key)
        return;
    m_filesAndInspectKey = key;
    m_files->setSources(record.config.id, fileSources(m_engine, record, imageLayers));
    loadInspect(record);
}

void ContainerDetails::loadInspect(const porthole::ContainerRecord &record)
{
    const SharedEngine shared = m_engine;
    const QString id = record.config.id;
    runInBackground(this, [shared, record] {
        auto engine = shared.copy();
        if (!engine)
            return QByteArray();
        return QJsonDocument(QJsonArray{engine->containers().inspect(record)}).toJson(QJsonDocument::Indented);
    }, [this, id](const QByteArray &json) {
        if (id == m_shownId && !json.isEmpty())
            m_inspect->setJson(json);
    });
}
