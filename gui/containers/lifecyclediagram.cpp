#include "gui/containers/lifecyclediagram.h"

#include "cli/spelling.h"
#include "gui/app/dockerwords.h"
#include "gui/containers/containeractions.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

using porthole::ContainerState;
using porthole::LifecycleAction;

namespace {
constexpr double kWidth = 1000;
constexpr double kHeight = 420;
constexpr QSizeF kNodeSize(150, 64);

// The two edges out of the image are verbs of their own (create, run), not
// lifecycle actions on a container.
QString verbFromImage(LifecycleDiagram::Node to)
{
    return to == LifecycleDiagram::Node::Created ? QStringLiteral("container create") : QStringLiteral("container run");
}

// "run", as typed after "porthole"; "porthole run IMAGE" with an image.
QString spelledFromImage(LifecycleDiagram::Node to, const QString &image = {})
{
    const QString line = porthole::spellCommand(verbFromImage(to), {}, image.isEmpty() ? QStringList() : QStringList{image});
    return image.isEmpty() ? line.section(QLatin1Char(' '), 1) : line;
}

} // namespace

LifecycleDiagram::LifecycleDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lifecycleDiagram"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Container lifecycle"));
    // Bends and label positions keep every command readable and apart.
    const auto words = [](LifecycleAction action) { return commandWords(action); };
    // Each edge has its own curve: no two share a line, and layoutProblems()
    // finds none of the labels on another line, a state or another label.
    m_edges = {
        {Node::Image, Node::Created, LifecycleAction::Start, spelledFromImage(Node::Created), false, 0},
        {Node::Image, Node::Running, LifecycleAction::Start, spelledFromImage(Node::Running), false, 0, 0.4},
        {Node::Created, Node::Running, LifecycleAction::Start, words(LifecycleAction::Start), true, 0},
        {Node::Running, Node::Paused, LifecycleAction::Pause, words(LifecycleAction::Pause), true, -40},
        {Node::Paused, Node::Running, LifecycleAction::Unpause, words(LifecycleAction::Unpause), true, -40, 0.42},
        {Node::Running, Node::Stopped, LifecycleAction::Stop, words(LifecycleAction::Stop), true, -30},
        {Node::Running, Node::Stopped, LifecycleAction::Kill, words(LifecycleAction::Kill), true, 0},
        {Node::Running, Node::Stopped, LifecycleAction::Exit, tr("exits by itself"), false, 30, 0.6},
        {Node::Paused, Node::Stopped, LifecycleAction::Stop, words(LifecycleAction::Stop), true, -40, 0.4},
        {Node::Stopped, Node::Running, LifecycleAction::Start, words(LifecycleAction::Start), true, 75},
        {Node::Stopped, Node::Running, LifecycleAction::Restart, words(LifecycleAction::Restart), true, -72},
        {Node::Created, Node::Deleted, LifecycleAction::Remove, words(LifecycleAction::Remove), true, 70, 0.35},
        {Node::Stopped, Node::Deleted, LifecycleAction::Remove, words(LifecycleAction::Remove), true, 0},
        {Node::Running, Node::Deleted, LifecycleAction::ForceRemove, words(LifecycleAction::ForceRemove), true, 40, 0.55},
    };
    m_pulse.setStartValue(1.0);
    m_pulse.setEndValue(0.0);
    m_pulse.setDuration(600);
    connect(&m_pulse, &QVariantAnimation::valueChanged, this, qOverload<>(&QWidget::update));
}

void LifecycleDiagram::setContainer(const QString &name, std::optional<ContainerState> state)
{
    const bool changed = state != m_state || name != m_name;
    // The same container moving: a marker travels along the edge it took.
    const std::optional<Node> before = name == m_name && !m_name.isEmpty() ? std::optional(currentNode()) : std::nullopt;
    m_name = name;
    m_state = state;
    if (changed)
        m_travelling = -1;
    if (changed && before && *before != currentNode())
        for (int i = int(m_edges.size()) - 1; i >= 0; --i)
            if (m_edges.at(i).from == *before && m_edges.at(i).to == currentNode() && m_edges.at(i).action != LifecycleAction::Exit)
                m_travelling = i;
    if (changed) {
        m_focused = -1;
        m_pulse.stop();
        m_pulse.start(); // the transition animates
    }
    update();
}

QPointF LifecycleDiagram::nodeCenter(Node node) const
{
    switch (node) {
    case Node::Image: return {95, 60};
    case Node::Created: return {95, 230};
    case Node::Running: return {420, 230};
    case Node::Paused: return {420, 60};
    case Node::Stopped: return {880, 230};
    case Node::Deleted: return {880, 375};
    }
    return {};
}

QString LifecycleDiagram::nodeName(Node node) const
{
    switch (node) {
    case Node::Image: return tr("image");
    case Node::Created: return tr("created");
    case Node::Running: return tr("running");
    case Node::Paused: return tr("paused");
    case Node::Stopped: return tr("stopped");
    case Node::Deleted: return tr("deleted");
    }
    return {};
}

LifecycleDiagram::Node LifecycleDiagram::currentNode() const
{
    if (!m_state)
        return Node::Deleted;
    switch (*m_state) {
    case ContainerState::Created: return Node::Created;
    case ContainerState::Running: return Node::Running;
    case ContainerState::Paused: return Node::Paused;
    case ContainerState::Exited:
    case ContainerState::Dead: return Node::Stopped;
    case ContainerState::Removing: return Node::Deleted;
    }
    return Node::Deleted;
}

bool LifecycleDiagram::isEdgeEnabled(int index) const
{
    const Edge &edge = m_edges.at(index);
    return m_state && edge.clickable && edge.from == currentNode()
           && porthole::checkAction(*m_state, edge.action, m_name).has_value();
}

QString LifecycleDiagram::edgeToolTip(int index) const
{
    const Edge &edge = m_edges.at(index);
    const QString command = equivalentCommand(edge.action, {m_name.isEmpty() ? QStringLiteral("CONTAINER") : m_name}, -1);
    if (!edge.clickable) {
        if (edge.action == LifecycleAction::Exit)
            return tr("When the main process ends, the container stops by itself.");
        return tr("Makes a new container from an image: use the command bar (%1).").arg(spelledFromImage(edge.to, QStringLiteral("IMAGE")));
    }
    if (isEdgeEnabled(index))
        return tr("Click to run: %1").arg(command);
    if (!m_state)
        return tr("Select a container first.");
    if (auto ok = porthole::checkAction(*m_state, edge.action, m_name); !ok)
        return refusal(ok.error().message);
    return tr("The container is %1; this command starts from %2.").arg(nodeName(currentNode()), nodeName(edge.from));
}

double LifecycleDiagram::scale() const
{
    return std::min(width() / kWidth, height() / kHeight);
}

// The labels' font in logical units: 17 at the usual size, larger when the
// diagram is small, so that text stays at least 11 px high on screen (28 in
// presentation), up to 25: the most the layout has room for.
QFont LifecycleDiagram::labelFont() const
{
    QFont labels = font();
    const double least = m_leastLabelPixels / std::max(scale(), 0.05);
    labels.setPixelSize(int(std::ceil(std::clamp(least, 17.0, 25.0))));
    return labels;
}

double LifecycleDiagram::labelPixels() const
{
    return labelFont().pixelSize() * scale();
}

void LifecycleDiagram::setLeastLabelPixels(double pixels)
{
    m_leastLabelPixels = pixels;
    update();
}

QRectF LifecycleDiagram::labelRect(const Edge &edge) const
{
    const QFontMetricsF metrics(labelFont());
    const QSizeF size(metrics.horizontalAdvance(edge.label) + 14, metrics.height() + 6);
    return QRectF(labelPoint(edge) - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF LifecycleDiagram::nodeRect(Node node) const
{
    return QRectF(nodeCenter(node) - QPointF(kNodeSize.width() / 2, kNodeSize.height() / 2), kNodeSize);
}

// Docker's own reason, in Docker's words; in another language said in it
// first (DockerWords knows the lifecycle's refusals), Docker's words after.
QString LifecycleDiagram::refusal(const QString &dockerWords) const
{
    const QString said = DockerWords::said(dockerWords);
    const bool english = tr("%1\nDocker: %2") == QLatin1String("%1\nDocker: %2");
    return english || said.isEmpty() ? dockerWords : tr("%1\nDocker: %2").arg(said, dockerWords);
}

QTransform LifecycleDiagram::toWidget() const
{
    const double scale = this->scale();
    QTransform transform;
    transform.translate((width() - kWidth * scale) / 2, (height() - kHeight * scale) / 2);
    transform.scale(scale, scale);
    return transform;
}

QPainterPath LifecycleDiagram::edgePath(const Edge &edge) const
{
    const QPointF a = nodeCenter(edge.from);
    const QPointF b = nodeCenter(edge.to);
    const QPointF mid = (a + b) / 2;
    const QPointF direction = b - a;
    const double length = std::hypot(direction.x(), direction.y());
    const QPointF normal(-direction.y() / length, direction.x() / length);
    const QPointF control = mid + normal * edge.bend * 2;
    // Start and end on the node borders (roughly): shorten by the box size.
    auto border = [&](const QPointF &center, const QPointF &towards) {
        const QPointF d = towards - center;
        const double scaleX = d.x() == 0 ? 1e9 : (kNodeSize.width() / 2) / std::abs(d.x());
        const double scaleY = d.y() == 0 ? 1e9 : (kNodeSize.height() / 2) / std::abs(d.y());
        return center + d * std::min(scaleX, scaleY);
    };
    QPainterPath path(border(a, control));
    path.quadTo(control, border(b, control));
    return path;
}

QPointF LifecycleDiagram::labelPoint(const Edge &edge) const
{
    return edgePath(edge).pointAtPercent(edge.labelAt);
}

QPoint LifecycleDiagram::edgeLabelCenter(int index) const
{
    return toWidget().map(labelPoint(m_edges.at(index))).toPoint();
}

int LifecycleDiagram::edgeAt(const QPoint &position) const
{
    const QPointF logical = toWidget().inverted().map(QPointF(position));
    QPainterPathStroker stroker;
    stroker.setWidth(14);
    // Labels first, then lines; clickable edges win where they overlap.
    for (bool enabledPass : {true, false}) {
        for (int i = int(m_edges.size()) - 1; i >= 0; --i) {
            if (isEdgeEnabled(i) != enabledPass)
                continue;
            if (labelRect(m_edges.at(i)).contains(logical))
                return i;
        }
        for (int i = int(m_edges.size()) - 1; i >= 0; --i)
            if (isEdgeEnabled(i) == enabledPass && stroker.createStroke(edgePath(m_edges.at(i))).contains(logical))
                return i;
    }
    return -1;
}

void LifecycleDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(toWidget());
    painter.setFont(labelFont());
    for (int i = 0; i < m_edges.size(); ++i)
        paintEdge(painter, i);
    const QColor accent = palette().color(QPalette::Highlight);
    if (m_travelling >= 0 && m_pulse.state() == QAbstractAnimation::Running) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawEllipse(edgePath(m_edges.at(m_travelling)).pointAtPercent(1.0 - m_pulse.currentValue().toDouble()), 9, 9);
    }
    for (Node node : {Node::Image, Node::Created, Node::Running, Node::Paused, Node::Stopped, Node::Deleted})
        paintNode(painter, node);
    if (hasFocus() && m_focused < 0) {
        painter.setPen(QPen(accent, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(2, 2, kWidth - 4, kHeight - 4));
    }
}

// The edge's curve, its arrow head and its command on a label.
void LifecycleDiagram::paintEdge(QPainter &painter, int index) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor dim = pal.color(QPalette::Disabled, QPalette::WindowText);
    const Edge &edge = m_edges.at(index);
    const bool enabled = isEdgeEnabled(index);
    const bool strong = enabled && (index == m_hovered || index == m_focused);
    QColor colour = enabled ? pal.color(QPalette::Highlight) : (edge.clickable ? dim : text);
    if (!edge.clickable)
        colour.setAlphaF(0.6);
    painter.setPen(QPen(colour, strong ? 4 : (enabled ? 2.5 : 1.5), edge.clickable ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    const QPainterPath path = edgePath(edge);
    painter.drawPath(path);
    const QPointF tip = path.pointAtPercent(1.0);
    const double angle = path.angleAtPercent(0.98) * M_PI / 180.0;
    const QPointF back(std::cos(angle), -std::sin(angle));
    const QPointF side(-back.y(), back.x());
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF{tip, tip - back * 14 + side * 6, tip - back * 14 - side * 6});
    const QRectF label = labelRect(edge);
    painter.setPen(QPen(colour, 1, edge.clickable ? Qt::SolidLine : Qt::DashLine));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(label, 6, 6);
    painter.setPen(labelTextColour(enabled || !edge.clickable));
    painter.drawText(label, Qt::AlignCenter, edge.label);
}

// A state's box; the current one highlighted (pulsing after a change).
void LifecycleDiagram::paintNode(QPainter &painter, Node node) const
{
    const QPalette &pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QRectF box = nodeRect(node);
    // A selected container that is gone sits in "deleted".
    const bool current = (m_state && node == currentNode()) || (!m_state && !m_name.isEmpty() && node == Node::Deleted);
    const double pulse = m_pulse.currentValue().toDouble();
    painter.setPen(QPen(current ? accent : pal.color(QPalette::Disabled, QPalette::WindowText), current ? 3 + 4 * pulse : 1.5,
                        node == Node::Image ? Qt::DashLine : Qt::SolidLine));
    // The highlight mixes the accent into the base colour, so the text
    // colour reads on it in light and dark palettes alike.
    const QColor base = pal.color(QPalette::Base);
    const QColor fill = QColor::fromRgbF(base.redF() * 0.55 + accent.redF() * 0.45, base.greenF() * 0.55 + accent.greenF() * 0.45,
                                         base.blueF() * 0.55 + accent.blueF() * 0.45);
    painter.setBrush(current ? fill : pal.color(QPalette::Button));
    painter.drawRoundedRect(box, 14, 14);
    painter.setPen(current ? pal.color(QPalette::Text) : pal.color(QPalette::ButtonText));
    const QFont font = painter.font();
    QFont bold = font;
    bold.setPixelSize(int(font.pixelSize() * 1.1));
    bold.setBold(current);
    painter.setFont(bold);
    painter.drawText(box, Qt::AlignCenter, nodeName(node));
    painter.setFont(font);
}

void LifecycleDiagram::mouseMoveEvent(QMouseEvent *event)
{
    const int edge = edgeAt(event->position().toPoint());
    if (edge != m_hovered) {
        m_hovered = edge;
        setCursor(edge >= 0 && isEdgeEnabled(edge) ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void LifecycleDiagram::mousePressEvent(QMouseEvent *event)
{
    const int edge = edgeAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && edge >= 0 && isEdgeEnabled(edge))
        emit actionRequested(m_edges.at(edge).action);
}

void LifecycleDiagram::keyPressEvent(QKeyEvent *event)
{
    QList<int> enabled;
    for (int i = 0; i < m_edges.size(); ++i)
        if (isEdgeEnabled(i))
            enabled.append(i);
    if ((event->key() == Qt::Key_Right || event->key() == Qt::Key_Down || event->key() == Qt::Key_Left || event->key() == Qt::Key_Up)
        && !enabled.isEmpty()) {
        const qsizetype at = enabled.indexOf(m_focused);
        const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
        m_focused = enabled.at((at + (forward ? 1 : enabled.size() - 1) + (at < 0 && !forward ? 1 : 0)) % enabled.size());
        update();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) && m_focused >= 0
        && isEdgeEnabled(m_focused)) {
        emit actionRequested(m_edges.at(m_focused).action);
        return;
    }
    QWidget::keyPressEvent(event);
}

void LifecycleDiagram::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        QWidget::wheelEvent(event); // scrolls the area when zoomed
        return;
    }
    emit zoomRequested(event->angleDelta().y() > 0 ? 1 : -1);
    event->accept();
}

QString LifecycleDiagram::nodeToolTip(Node node) const
{
    switch (node) {
    case Node::Image: return tr("An image: a stack of read-only layers. create or run makes a container from it.");
    case Node::Created: return tr("Created: the container exists (its configuration and an empty writable layer), but no process runs yet. start mounts the writable layer over the image's layers, takes an IP and runs the command.");
    case Node::Running: return tr("Running: its main process runs. pause freezes it; stop sends SIGTERM, waits, then SIGKILL; kill sends SIGKILL at once.");
    case Node::Paused: return tr("Paused: the cgroup freezer holds all its processes where they are; unpause lets them go on.");
    case Node::Stopped: return tr("Stopped: the process has ended. The writable layer is kept, so start runs it again with its files.");
    case Node::Deleted: return tr("Deleted: rm removed the container and its writable layer; the image stays.");
    }
    return {};
}

std::optional<LifecycleDiagram::Node> LifecycleDiagram::nodeAt(const QPoint &position) const
{
    const QPointF logical = toWidget().inverted().map(QPointF(position));
    for (Node node : {Node::Image, Node::Created, Node::Running, Node::Paused, Node::Stopped, Node::Deleted})
        if (nodeRect(node).contains(logical))
            return node;
    return std::nullopt;
}

bool LifecycleDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int edge = edgeAt(help->pos());
        const std::optional<Node> node = nodeAt(help->pos());
        if (edge >= 0)
            QToolTip::showText(help->globalPos(), edgeToolTip(edge), this);
        else if (node)
            QToolTip::showText(help->globalPos(), nodeToolTip(*node), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

// WCAG's contrast ratio of two colours (1 to 21; AA asks 4.5 for text).
double LifecycleDiagram::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A label's text on the label's fill (Base): a command not possible now is
// dimmed, but never below AA's 4.5:1.
QColor LifecycleDiagram::labelTextColour(bool enabled) const
{
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    if (enabled)
        return text;
    QColor dim = pal.color(QPalette::Disabled, QPalette::WindowText);
    for (double t = 0.1; contrast(dim, base) < 4.5 && t <= 1.0; t += 0.1)
        dim = QColor::fromRgbF(dim.redF() * (1 - t) + text.redF() * t, dim.greenF() * (1 - t) + text.greenF() * t, dim.blueF() * (1 - t) + text.blueF() * t);
    return dim;
}

// For tests and for whoever moves an edge: every label inside the picture,
// off the other lines, the states and the other labels; text readable.
QStringList LifecycleDiagram::layoutProblems() const
{
    QStringList problems;
    QPainterPathStroker stroker;
    stroker.setWidth(3);
    const QRectF picture(0, 0, kWidth, kHeight);
    for (int i = 0; i < m_edges.size(); ++i) {
        const QRectF label = labelRect(m_edges.at(i));
        const QString name = QStringLiteral("'%1' (%2)").arg(m_edges.at(i).label).arg(i);
        if (!picture.contains(label))
            problems.append(name + QStringLiteral(" is clipped"));
        for (Node node : {Node::Image, Node::Created, Node::Running, Node::Paused, Node::Stopped, Node::Deleted})
            if (label.intersects(nodeRect(node)))
                problems.append(name + QStringLiteral(" covers the state ") + nodeName(node));
        for (int j = 0; j < m_edges.size(); ++j) {
            if (j == i)
                continue;
            if (j > i && label.intersects(labelRect(m_edges.at(j))))
                problems.append(name + QStringLiteral(" overlaps the label '%1' (%2)").arg(m_edges.at(j).label).arg(j));
            if (stroker.createStroke(edgePath(m_edges.at(j))).intersects(label))
                problems.append(name + QStringLiteral(" lies on the line of '%1' (%2)").arg(m_edges.at(j).label).arg(j));
        }
    }
    const QPalette &pal = palette();
    if (contrast(labelTextColour(false), pal.color(QPalette::Base)) < 4.5 || contrast(labelTextColour(true), pal.color(QPalette::Base)) < 4.5)
        problems.append(QStringLiteral("label text below 4.5:1"));
    if (contrast(pal.color(QPalette::ButtonText), pal.color(QPalette::Button)) < 4.5)
        problems.append(QStringLiteral("state text below 4.5:1"));
    return problems;
}
