#include "gui/containers/containerlistmodel.h"

#include "base/humanize.h"
#include "containers/containerengine.h"
#include "gui/app/statustext.h"

#include <QLocale>
#include <algorithm>

ContainerListModel::ContainerListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_tick.setSingleShot(true);
    m_tick.setObjectName(QStringLiteral("relative times"));
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_records.isEmpty()) // the relative texts: status, and created's tooltip
            emit dataChanged(index(0, Created), index(int(m_records.size()) - 1, Status), {Qt::DisplayRole, Qt::ToolTipRole});
        scheduleTick();
    });
}

void ContainerListModel::setContainers(const QList<porthole::ContainerRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
    scheduleTick();
}

// The soonest moment one of the relative texts reads differently.
void ContainerListModel::scheduleTick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 soonest = -1;
    auto consider = [&](const QDateTime &since) {
        if (!since.isValid())
            return;
        const qint64 next = StatusText::nextChangeIn(since.msecsTo(now));
        soonest = soonest < 0 ? next : std::min(soonest, next);
    };
    for (const porthole::ContainerRecord &record : std::as_const(m_records)) {
        consider(record.config.created);
        const porthole::ContainerState state = record.state.state;
        if (state == porthole::ContainerState::Running || state == porthole::ContainerState::Paused)
            consider(record.state.startedAt);
        else if (state == porthole::ContainerState::Exited)
            consider(record.state.finishedAt);
    }
    // One tick a second at most: Docker's texts move by whole seconds, and
    // a hundred containers started at different instants would otherwise
    // each ask for their own tick (a repaint of the table every few ms).
    if (soonest < 0)
        m_tick.stop();
    else
        m_tick.start(int(std::clamp<qint64>(soonest, 1000, 3600000)));
}

QString ContainerListModel::idAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).config.id : QString();
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const porthole::ContainerRecord &record = m_records.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return record.config.name;
        case Image: return record.config.image;
        case Command: return record.config.processArgs().join(QLatin1Char(' '));
        case Created: return QLocale().toString(record.config.created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Status: return StatusText::of(record, now);
        case Ip: return record.state.network.address;
        case Ports: return porthole::publishedPortsText(record);
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Created: return record.config.created;
        case Status: return int(record.state.state);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return record.config.id;
    if (role == Qt::ToolTipRole && index.column() == Created) // as `ps` says it, in the window's language
        return StatusText::ago(record.config.created.msecsTo(now));
    if (role == Qt::ToolTipRole && index.column() == Ip) {
        const QString ports = porthole::publishedPortsText(record);
        return ports.isEmpty() ? record.config.networkMode : record.config.networkMode + QStringLiteral(" · ") + ports;
    }
    return {};
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case Command: return tr("Command");
    case Created: return tr("Created");
    case Status: return tr("Status");
    case Ip: return tr("IP");
    case Ports: return tr("Ports");
    }
    return {};
}

void ContainerFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ContainerFilter::setState(std::optional<porthole::ContainerState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

bool ContainerFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_state) {
        const auto state = porthole::ContainerState(model->index(sourceRow, ContainerListModel::Status, sourceParent).data(Qt::UserRole).toInt());
        const bool stopped = [](porthole::ContainerState s) { return s == porthole::ContainerState::Exited || s == porthole::ContainerState::Dead; }(state);
        if (stopped ? !(*m_state == porthole::ContainerState::Exited) : state != *m_state)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
