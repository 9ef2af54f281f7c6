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
class QGridLayout;
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
    // After a failure or Cancel: the rows still moving say word instead
    // ("Cancelled"), with the bytes they had and no rate.
    void stopUnfinished(const QString &word);
    // What each row's name is, %1 being the name (a pull names layers by
    // their compressed blobs, a push by their content): one layer goes by
    // two digests, and a learner sees the other one in the Layers pane.
    void setRowToolTip(const QString &format) { m_rowToolTip = format; }

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
    static bool isFinished(const QString &status);
    static bool isAlreadyThere(const QString &status); // nothing moved: no bar
    static QString bytesText(double current, double total, double rate);
    void showBytes(Row &row, const porthole::LayerProgress &progress);

    QGridLayout *m_grid;
    QString m_rowToolTip;
    QHash<QString, Row> m_rows;
    QElapsedTimer m_clock;
};

// A pull's or push's dialog, top to bottom: the form, the message, the
// layers (scrolled), the buttons.
void layOutTransferDialog(QDialog *dialog, QFormLayout *form, QLabel *message, LayerProgressList *layers,
                          QDialogButtonBox *buttons);

// The dialog's message line; an error stands out in red.
void showTransferMessage(QLabel *message, const QString &text, bool isError = false);
