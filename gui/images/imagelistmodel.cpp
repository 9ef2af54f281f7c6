#include "gui/images/imagelistmodel.h"

#include "base/humanize.h"
#include "gui/app/statustext.h"

#include <QLocale>

void ImageListModel::setImages(const QList<porthole::ImageInfo> &images)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &image : images) {
        if (image.repoTags.isEmpty())
            m_rows.append({QStringLiteral("<none>"), QStringLiteral("<none>"), image.shortId(), image.id, image.config.created, image.size});
        for (const QString &tag : image.repoTags)
            m_rows.append({tag.section(QLatin1Char(':'), 0, -2), tag.section(QLatin1Char(':'), -1), image.shortId(), image.id,
                           image.config.created, image.size});
    }
    endResetModel();
}

QString ImageListModel::imageIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QString ImageListModel::referenceAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).tag == QLatin1String("<none>"))
        return {};
    return m_rows.at(row).repository + QLatin1Char(':') + m_rows.at(row).tag;
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Repository: return row.repository;
        case Tag: return row.tag;
        case ImageId: return row.shortId;
        case Created: return QLocale().toString(row.created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Size: return porthole::humanSize(row.size);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Created) // Docker's words, as `images` prints them
        return StatusText::ago(row.created.msecsTo(QDateTime::currentDateTimeUtc()));
    if (role == Qt::UserRole) { // for sorting
        switch (index.column()) {
        case Created: return row.created;
        case Size: return row.size;
        default: return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Repository: return tr("Repository");
    case Tag: return tr("Tag");
    case ImageId: return tr("Image ID");
    case Created: return tr("Created");
    case Size: return tr("Size");
    }
    return {};
}
