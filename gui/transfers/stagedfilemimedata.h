#pragma once
// What a drag out of the window carries: the URL of a file that a worker is
// writing (an export, a migration or a save). The work starts with the drag;
// when the drop target asks for the URL before it is done, the event loop
// keeps running (the window stays live, the progress moves) until it is.
// The files are staged in a fresh directory per drag under the user's cache,
// where a file manager copies them from.
#include <QFuture>
#include <QMimeData>

class StagedFileMimeData : public QMimeData {
    Q_OBJECT
public:
    StagedFileMimeData(const QString &path, const QFuture<bool> &written);
    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QString m_path;
    QFuture<bool> m_written;
};

// Where to stage a dragged-out file of this name (its directory is made).
QString stagingPath(const QString &fileName);
// Removes files staged more than a day ago (run on a worker).
void removeOldStagedFiles();
