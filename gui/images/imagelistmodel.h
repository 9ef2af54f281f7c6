#pragma once
// The images of the store as a table: repository, tag, id, created, size.
#include "images/imagestore.h"

#include <QAbstractTableModel>

class ImageListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Repository, Tag, ImageId, Created, Size, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setImages(const QList<porthole::ImageInfo> &images);
    QString imageIdAt(int row) const;
    QString referenceAt(int row) const; // "busybox:latest", "" for an untagged image

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString repository;
        QString tag;
        QString shortId;
        QString id;
        QDateTime created;
        qint64 size;
    };
    QList<Row> m_rows;
};
