#pragma once
// The seed's lifecycle picture, live: the five states (created, running,
// paused, stopped, deleted) and the commands between them. The current
// state is highlighted; edges that are valid from it are clickable (or
// Tab + Enter), the others are greyed with Docker's reason as tooltip.
#include "containers/lifecycle.h"

#include <QPointF>
#include <optional>
#include <QVariantAnimation>
#include <QWidget>

class QPainter;

class LifecycleDiagram : public QWidget {
    Q_OBJECT
public:
    enum class Node { Image, Created, Running, Paused, Stopped, Deleted };
    struct Edge {
        Node from;
        Node to;
        porthole::LifecycleAction action;
        QString label;       // the command as typed after "porthole", spelled from the verb table
        bool clickable;      // exits and create/run are shown, not clicked
        int bend;            // curve offset in logical units
        double labelAt = 0.5; // where along the curve the command sits
    };

    explicit LifecycleDiagram(QWidget *parent = nullptr);

    // The container shown (name for messages); no container: all greyed.
    void setContainer(const QString &name, std::optional<porthole::ContainerState> state);
    std::optional<porthole::ContainerState> state() const { return m_state; }

    const QList<Edge> &edges() const { return m_edges; }
    bool isEdgeEnabled(int index) const;
    QString edgeToolTip(int index) const;
    // What a state means, as the seed explains it (the tooltip on the state).
    QString nodeToolTip(Node node) const;
    std::optional<Node> nodeAt(const QPoint &position) const;
    QPoint edgeLabelCenter(int index) const; // widget coordinates, for tests
    // The edge a marker is travelling along (the transition animating), or -1.
    int travellingEdge() const { return m_pulse.state() == QAbstractAnimation::Running ? m_travelling : -1; }

    // Labels off other lines, states and labels, inside the picture, and
    // text at WCAG AA contrast; each problem described ("" when none).
    QStringList layoutProblems() const;
    // The commands' text height on screen, in pixels (states are 1.1 times).
    double labelPixels() const;
    // Labels are never smaller than this on screen: 11 px in the window,
    // larger on a projector.
    void setLeastLabelPixels(double pixels);
    static double contrast(const QColor &a, const QColor &b);

    QSize sizeHint() const override { return {720, 300}; }
    QSize minimumSizeHint() const override { return {480, 185}; } // labels readable at 800×600

signals:
    void actionRequested(porthole::LifecycleAction action);
    void zoomRequested(int steps); // Ctrl+wheel

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPointF nodeCenter(Node node) const; // logical coordinates
    QString nodeName(Node node) const;
    QTransform toWidget() const;
    QString refusal(const QString &dockerWords) const;
    double scale() const; // widget pixels per logical unit
    QFont labelFont() const;
    QRectF labelRect(const Edge &edge) const; // logical
    QRectF nodeRect(Node node) const;          // logical
    QColor labelTextColour(bool enabled) const;
    QPainterPath edgePath(const Edge &edge) const; // logical
    QPointF labelPoint(const Edge &edge) const;    // logical
    int edgeAt(const QPoint &position) const;
    Node currentNode() const;
    void paintEdge(QPainter &painter, int index) const;
    void paintNode(QPainter &painter, Node node) const;

    QList<Edge> m_edges;
    QString m_name;
    std::optional<porthole::ContainerState> m_state;
    int m_hovered = -1;
    int m_focused = -1;
    QVariantAnimation m_pulse; // highlights a state change
    int m_travelling = -1;     // the edge the last change took, while it animates
    double m_leastLabelPixels = 11;
};
