#include "gui/images/layerprogresslist.h"

#include "base/humanize.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// Docker's layer statuses (core/registry/transferprogress.h), for lupdate.
const char *const kStatusTexts[] = {
    QT_TRANSLATE_NOOP("LayerStatus", "Pulling fs layer"),  QT_TRANSLATE_NOOP("LayerStatus", "Waiting"),
    QT_TRANSLATE_NOOP("LayerStatus", "Downloading"),       QT_TRANSLATE_NOOP("LayerStatus", "Verifying Checksum"),
    QT_TRANSLATE_NOOP("LayerStatus", "Download complete"), QT_TRANSLATE_NOOP("LayerStatus", "Extracting"),
    QT_TRANSLATE_NOOP("LayerStatus", "Pull complete"),     QT_TRANSLATE_NOOP("LayerStatus", "Already exists"),
    QT_TRANSLATE_NOOP("LayerStatus", "Preparing"),         QT_TRANSLATE_NOOP("LayerStatus", "Pushing"),
    QT_TRANSLATE_NOOP("LayerStatus", "Pushed"),            QT_TRANSLATE_NOOP("LayerStatus", "Layer already exists"),
};

} // namespace

QString LayerProgressList::shownStatus(const QString &status)
{
    QString translated;
    if (status.startsWith(porthole::layerstatus::mountedFrom + QLatin1Char(' ')))
        translated = QCoreApplication::translate("LayerStatus", "Mounted from %1").arg(status.mid(porthole::layerstatus::mountedFrom.size() + 1));
    for (const char *text : kStatusTexts)
        if (status == QLatin1String(text))
            translated = QCoreApplication::translate("LayerStatus", text);
    return translated.isEmpty() || translated == status ? status : status + QStringLiteral(" · ") + translated;
}

LayerProgressList::LayerProgressList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    m_clock.start();
}

void LayerProgressList::clear()
{
    for (Row &row : m_rows) {
        delete row.label;
        delete row.bar;
        delete row.bytes;
    }
    m_rows.clear();
}

QString LayerProgressList::statusOf(const QString &layerId) const
{
    return m_rows.value(layerId).status;
}

LayerProgressList::Row &LayerProgressList::rowFor(const QString &layerId)
{
    auto found = m_rows.find(layerId);
    if (found != m_rows.end())
        return *found;
    Row row;
    row.label = new QLabel(this);
    row.bar = new QProgressBar(this);
    row.bar->setObjectName(QStringLiteral("layerBar_") + layerId);
    row.bar->setTextVisible(false);
    row.bar->setMaximumHeight(10);
    row.bytes = new QLabel(this);
    auto *line = new QHBoxLayout;
    line->addWidget(row.label, 2);
    line->addWidget(row.bar, 3);
    line->addWidget(row.bytes, 2);
    m_layout->insertLayout(m_layout->count() - 1, line);
    return *m_rows.insert(layerId, row);
}

void LayerProgressList::update(const porthole::LayerProgress &progress)
{
    Row &row = rowFor(progress.id);
    row.status = progress.status;
    row.label->setText(QStringLiteral("%1: %2").arg(progress.id, shownStatus(progress.status)));
    const bool done = progress.status == porthole::layerstatus::pullComplete || progress.status == porthole::layerstatus::alreadyExists
                      || progress.status == porthole::layerstatus::pushed || progress.status == porthole::layerstatus::layerAlreadyExists
                      || progress.status.startsWith(porthole::layerstatus::mountedFrom);
    if (done) {
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        row.bytes->clear();
        return;
    }
    if (progress.isByteUpdate())
        showBytes(row, progress);
}

void LayerProgressList::showBytes(Row &row, const porthole::LayerProgress &progress)
{
    const qint64 now = m_clock.elapsed();
    if (now > row.lastTime && progress.current >= row.lastBytes) {
        const double instant = double(progress.current - row.lastBytes) * 1000.0 / double(now - row.lastTime);
        row.rate = row.rate == 0 ? instant : 0.7 * row.rate + 0.3 * instant;
    }
    row.lastBytes = progress.current;
    row.lastTime = now;
    row.bar->setRange(0, 1000);
    row.bar->setValue(int(1000.0 * double(progress.current) / double(progress.total)));
    row.bytes->setText(tr("%1 / %2 · %3/s")
                           .arg(porthole::humanSize(progress.current), porthole::humanSize(progress.total), porthole::humanSize(qint64(row.rate))));
}

void layOutTransferDialog(QDialog *dialog, QFormLayout *form, QLabel *message, LayerProgressList *layers,
                          QDialogButtonBox *buttons)
{
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(layers);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}
