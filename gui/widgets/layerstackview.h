#pragma once
// The seed's picture of a container: read-only image layers stacked bottom
// up, and for a container its writable layer on top. Each box shows the
// layer's diff_id, size and the history line that made it.
#include <QWidget>

class LayerStackView : public QWidget {
    Q_OBJECT
public:
    struct Layer {
        QString title;    // "sha256:1aa6fc0a72b3" or "container layer"
        QString detail;   // size and "created by"
        bool writable = false;
    };

    explicit LayerStackView(QWidget *parent = nullptr);
    void setLayers(const QString &caption, const QList<Layer> &topFirst);
    const QList<Layer> &layers() const { return m_layers; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override { return {420, 320}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_caption;
    QList<Layer> m_layers; // top first
};
