#pragma once
// The layers of a pull or push as they move: one row per layer with its
// short digest, Docker's status words, a bar, the bytes and the rate.
#include "registry/transferprogress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QProgressBar;
class QVBoxLayout;

class LayerProgressList : public QWidget {
    Q_OBJECT
public:
    explicit LayerProgressList(QWidget *parent = nullptr);
    void update(const porthole::LayerProgress &progress);
    void clear();
    int layerCount() const { return int(m_rows.size()); }
    // "Pull complete" etc. for a layer; empty when unknown.
    QString statusOf(const QString &layerId) const;
    // What a layer's row says: Docker's word (what `docker pull` prints
    // too), followed by its translation when the window speaks another
    // language ("Downloading · 下载中").
    static QString shownStatus(const QString &status);

private:
    struct Row {
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *bytes = nullptr;
        QString status;
        qint64 lastBytes = 0;
        qint64 lastTime = 0;
        double rate = 0; // bytes per second, smoothed
    };
    Row &rowFor(const QString &layerId);
    void showBytes(Row &row, const porthole::LayerProgress &progress);

    QVBoxLayout *m_layout;
    QHash<QString, Row> m_rows;
    QElapsedTimer m_clock;
};

// A pull's or push's dialog, top to bottom: the form, the message, the
// layers (scrolled), the buttons.
void layOutTransferDialog(QDialog *dialog, QFormLayout *form, QLabel *message, LayerProgressList *layers,
                          QDialogButtonBox *buttons);
