#include "gui/widgets/prunedialog.h"

#include "base/humanize.h"
#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

porthole::Result<porthole::PruneReport> runPrune(porthole::ContainerEngine &engine, PruneKind kind, bool preview, const QStringList *only)
{
    switch (kind) {
    case PruneKind::StoppedContainers: return engine.pruneContainers(preview, only);
    case PruneKind::DanglingImages: return engine.pruneImages(false, preview, only);
    case PruneKind::UnusedImages: return engine.pruneImages(true, preview, only);
    case PruneKind::UnusedNetworks: return engine.pruneNetworks(preview, only);
    case PruneKind::AnonymousVolumes: return engine.pruneVolumes(false, preview, only);
    case PruneKind::UnusedVolumes: return engine.pruneVolumes(true, preview, only);
    }
    return porthole::fail(QString());
}

// On a worker: what the prune would remove, each item named for a reader.
PrunePreview previewOf(porthole::ContainerEngine &engine, PruneKind kind)
{
    PrunePreview preview{kind, {}, {}, 0, {}};
    auto report = runPrune(engine, kind, true, nullptr);
    if (!report) {
        preview.error = report.error().message;
        return preview;
    }
    preview.reclaimed = report->reclaimed;
    const bool images = kind == PruneKind::DanglingImages || kind == PruneKind::UnusedImages;
    QStringList tags;
    for (const QString &item : std::as_const(report->items)) {
        if (images && item.startsWith(QLatin1String("untagged: "))) {
            tags.append(item.mid(10));
        } else if (images && item.startsWith(QLatin1String("deleted: "))) {
            preview.items.append(item.mid(9));
            preview.labels.append(tags.isEmpty() ? item.mid(16, 12) : tags.join(QStringLiteral(", ")) + QStringLiteral(" (") + item.mid(16, 12) + QLatin1Char(')'));
            tags.clear();
        } else if (kind == PruneKind::StoppedContainers) {
            auto record = engine.store().read(item);
            preview.items.append(item);
            preview.labels.append(record ? record->config.name + QStringLiteral(" (") + item.left(12) + QLatin1Char(')') : item.left(12));
        } else {
            preview.items.append(item);
            preview.labels.append(item);
        }
    }
    return preview;
}

} // namespace

QString PruneDialog::title(PruneKind kind)
{
    switch (kind) {
    case PruneKind::StoppedContainers: return tr("Remove stopped containers");
    case PruneKind::DanglingImages: return tr("Remove dangling images (no tag, no container)");
    case PruneKind::UnusedImages: return tr("Remove images no container uses");
    case PruneKind::UnusedNetworks: return tr("Remove networks no container uses");
    case PruneKind::AnonymousVolumes: return tr("Remove anonymous volumes no container uses");
    case PruneKind::UnusedVolumes: return tr("Remove all volumes no container uses");
    }
    return {};
}

QString PruneDialog::commandLine(PruneKind kind)
{
    const porthole::FlagValue force{QStringLiteral("force"), {}};
    const porthole::FlagValue all{QStringLiteral("all"), {}};
    switch (kind) {
    case PruneKind::StoppedContainers: return porthole::spellCommand(QStringLiteral("container prune"), {force});
    case PruneKind::DanglingImages: return porthole::spellCommand(QStringLiteral("image prune"), {force});
    case PruneKind::UnusedImages: return porthole::spellCommand(QStringLiteral("image prune"), {all, force});
    case PruneKind::UnusedNetworks: return porthole::spellCommand(QStringLiteral("network prune"), {force});
    case PruneKind::AnonymousVolumes: return porthole::spellCommand(QStringLiteral("volume prune"), {force});
    case PruneKind::UnusedVolumes: return porthole::spellCommand(QStringLiteral("volume prune"), {all, force});
    }
    return {};
}

PruneDialog::PruneDialog(const PrunePreview &preview, QWidget *parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("pruneDialog"));
    setWindowTitle(title(preview.kind));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(preview.items.isEmpty() ? tr("Nothing to remove: everything is in use.")
                                                     : tr("%n item(s) will be removed, freeing %1:", nullptr, int(preview.items.size()))
                                                           .arg(porthole::humanSizePrecision(double(preview.reclaimed), 4)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("pruneList"));
    m_list->addItems(preview.labels);
    layout->addWidget(m_list, 1);
    auto *command = new QLabel(tr("The same with the command line: %1").arg(commandLine(preview.kind)), this);
    command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    command->setWordWrap(true);
    layout->addWidget(command);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Remove these"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("pruneConfirm"));
    remove->setEnabled(!preview.items.isEmpty());
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 380);
}

QStringList PruneDialog::listedLabels() const
{
    QStringList labels;
    for (int i = 0; i < m_list->count(); ++i)
        labels.append(m_list->item(i)->text());
    return labels;
}

PruneRunner::PruneRunner(const SharedEngine &engine, QWidget *dialogParent)
    : QObject(dialogParent), m_engine(engine), m_dialogParent(dialogParent)
{
    askConfirm = [](PruneDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
}

void PruneRunner::prune(PruneKind kind)
{
    emit busy(tr("Looking for what %1 would remove…").arg(PruneDialog::commandLine(kind)));
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, kind] {
        auto engine = shared.copy();
        return engine ? previewOf(engine->containers(), kind) : PrunePreview{kind, {}, {}, 0, engine.error().message};
    }, [this](const PrunePreview &preview) { confirmAndPrune(preview); });
}

void PruneRunner::confirmAndPrune(const PrunePreview &preview)
{
    if (!preview.error.isEmpty()) {
        emit finished(false, preview.error);
        return;
    }
    PruneDialog dialog(preview, m_dialogParent);
    if (!askConfirm(dialog) || preview.items.isEmpty()) {
        emit finished(true, tr("Nothing removed"));
        return;
    }
    const QString command = PruneDialog::commandLine(preview.kind);
    emit busy(tr("Running: %1").arg(command));
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, preview] {
        auto engine = shared.copy();
        if (!engine)
            return PrunePreview{preview.kind, {}, {}, 0, engine.error().message};
        auto report = runPrune(engine->containers(), preview.kind, false, &preview.items);
        return report ? PrunePreview{preview.kind, report->items, {}, report->reclaimed, {}} : PrunePreview{preview.kind, {}, {}, 0, report.error().message};
    }, [this, command](const PrunePreview &done) {
        if (!done.error.isEmpty()) {
            emit finished(false, done.error);
            return;
        }
        emit pruned(done.kind, done.items);
        emit finished(true, tr("Done: %1 (%2 freed)").arg(command, porthole::humanSizePrecision(double(done.reclaimed), 4)));
    });
}
