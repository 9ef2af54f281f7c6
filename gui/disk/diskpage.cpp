#include "gui/disk/diskpage.h"

#include "base/humanize.h"
#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"
#include "gui/disk/diskusagechart.h"
#include "gui/widgets/prunedialog.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

struct UsageOutcome {
    porthole::DiskUsage usage;
    QString error;
};

} // namespace

DiskPage::DiskPage(const SharedEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_chart(new DiskUsageChart(this)), m_pruner(new PruneRunner(engine, this))
{
    setObjectName(QStringLiteral("diskPage"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Measuring…"), this);
    m_summary->setObjectName(QStringLiteral("diskSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buildPrunes());
    connect(m_pruner, &PruneRunner::busy, this, &DiskPage::busy);
    connect(m_pruner, &PruneRunner::finished, this, &DiskPage::finished);
    connect(m_pruner, &PruneRunner::pruned, this, &DiskPage::refresh);
}

QWidget *DiskPage::buildPrunes()
{
    auto *box = new QGroupBox(tr("Free space (each shows what it removes first)"), this);
    auto *grid = new QGridLayout(box);
    const struct {
        PruneKind kind;
        const char *name;
    } prunes[] = {{PruneKind::StoppedContainers, "pruneContainers"}, {PruneKind::DanglingImages, "pruneDanglingImages"},
                  {PruneKind::UnusedImages, "pruneUnusedImages"},     {PruneKind::AnonymousVolumes, "pruneAnonymousVolumes"},
                  {PruneKind::UnusedVolumes, "pruneUnusedVolumes"},  {PruneKind::UnusedNetworks, "pruneNetworks"}};
    int index = 0;
    for (const auto &prune : prunes) {
        auto *button = new QPushButton(PruneDialog::title(prune.kind) + QStringLiteral("…"), box);
        button->setObjectName(QString::fromLatin1(prune.name));
        button->setToolTip(PruneDialog::commandLine(prune.kind));
        connect(button, &QPushButton::clicked, this, [this, kind = prune.kind] { m_pruner->prune(kind); });
        grid->addWidget(button, index / 2, index % 2); // two a row: the window still fits 800 px
        m_pruneButtons.append(button);
        ++index;
    }
    return box;
}

void DiskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DiskPage::refresh()
{
    if (!isVisible())
        return; // measured when shown: a hidden tab walks no store
    if (m_refreshing) {
        m_stale = true;
        return;
    }
    m_refreshing = true;
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared] {
        auto engine = shared.copy();
        if (!engine)
            return UsageOutcome{{}, engine.error().message};
        auto usage = engine->containers().diskUsage();
        return usage ? UsageOutcome{*usage, {}} : UsageOutcome{{}, usage.error().message};
    }, [this](const UsageOutcome &outcome) {
        m_refreshing = false;
        if (!outcome.error.isEmpty()) {
            emit finished(false, outcome.error);
        } else {
            m_chart->setUsage(outcome.usage);
            const DiskUsageChart::Totals totals = m_chart->totals();
            const qint64 freeable = totals.reclaimableImages + totals.reclaimableContainers + totals.reclaimableVolumes;
            m_summary->setText(tr("%1 in all, %2 of it reclaimable. The same as text: %3")
                                   .arg(porthole::humanSizePrecision(double(totals.total()), 3), porthole::humanSizePrecision(double(freeable), 3),
                                        porthole::spellCommand(QStringLiteral("system df"), {{QStringLiteral("verbose"), {}}})));
            emit refreshed(totals.total());
        }
        if (std::exchange(m_stale, false))
            refresh();
    });
}
