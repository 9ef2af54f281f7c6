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

LayerProgressList::LayerProgressList(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    // Columns that keep their places as the numbers change: the bar starts
    // where every other bar starts, the bytes and rate always fit.
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(bytesText(999.9e6, 999.9e6, 999.9e6)) + 8);
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
    if (!m_rowToolTip.isEmpty())
        row.label->setToolTip(m_rowToolTip.arg(layerId));
    row.bar = new QProgressBar(this);
    row.bar->setObjectName(QStringLiteral("layerBar_") + layerId);
    row.bar->setTextVisible(false);
    row.bar->setMaximumHeight(10);
    row.bytes = new QLabel(this);
    const int line = int(m_rows.size());
    m_grid->addWidget(row.label, line, 0);
    m_grid->addWidget(row.bar, line, 1);
    m_grid->addWidget(row.bytes, line, 2);
    return *m_rows.insert(layerId, row);
}

bool LayerProgressList::isFinished(const QString &status)
{
    return status == porthole::layerstatus::pullComplete || status == porthole::layerstatus::pushed || isAlreadyThere(status);
}

bool LayerProgressList::isAlreadyThere(const QString &status)
{
    return status == porthole::layerstatus::alreadyExists || status == porthole::layerstatus::layerAlreadyExists
           || status.startsWith(porthole::layerstatus::mountedFrom);
}

QString LayerProgressList::bytesText(double current, double total, double rate)
{
    return tr("%1 / %2 · %3/s").arg(porthole::humanSize(qint64(current)), porthole::humanSize(qint64(total)), porthole::humanSize(qint64(rate)));
}

void LayerProgressList::update(const porthole::LayerProgress &progress)
{
    Row &row = rowFor(progress.id);
    row.status = progress.status;
    row.label->setText(QStringLiteral("%1: %2").arg(progress.id, shownStatus(progress.status)));
    if (isFinished(progress.status)) {
        // Nothing moved for a layer the store or the registry already had:
        // no bar, as docker pull shows none.
        row.bar->setRange(0, 1);
        row.bar->setValue(1);
        row.bar->setVisible(!isAlreadyThere(progress.status));
        row.bytes->clear();
        return;
    }
    if (progress.isByteUpdate())
        showBytes(row, progress);
}

void LayerProgressList::stopUnfinished(const QString &word)
{
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        if (isFinished(it->status))
            continue;
        it->status = word;
        it->label->setText(QStringLiteral("%1: %2").arg(it.key(), word));
        it->bytes->setText(it->bytes->text().section(QStringLiteral(" · "), 0, 0)); // the bytes it had, no rate
    }
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
    row.bytes->setText(bytesText(double(progress.current), double(progress.total), row.rate));
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

void showTransferMessage(QLabel *message, const QString &text, bool isError)
{
    message->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    message->setText(text);
}
