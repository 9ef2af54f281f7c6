#include "gui/containers/historystrip.h"

#include "gui/widgets/screenheight.h"

#include <QHash>
#include <QScrollBar>
#include <QWheelEvent>

HistoryStrip::HistoryStrip(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("historyStrip"));
    setAccessibleName(tr("Container history"));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    // One line (at 800×600 the diagram needs the height), and the scroll
    // bar's height only once the history is longer than the strip; on a
    // screen lower than 700 px never: the newest events show, the wheel
    // scrolls back.
    setFixedHeight(fontMetrics().height() + 16);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        const bool low = onLowScreen(this);
        setHorizontalScrollBarPolicy(low ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        const bool bar = maximum > 0 && !low;
        setFixedHeight(fontMetrics().height() + 16 + (bar ? horizontalScrollBar()->sizeHint().height() : 0));
    });
    setSelectionMode(QAbstractItemView::NoSelection);
}

// The wheel turns the one line back and forth (it has no vertical range).
void HistoryStrip::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const int steps = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - steps * fontMetrics().averageCharWidth() / 15);
    event->accept();
}

// Docker's action words, in the window's language (English: as Docker says them).
QString HistoryStrip::actionWord(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("create"), QT_TR_NOOP("create")},   {QStringLiteral("start"), QT_TR_NOOP("start")},
        {QStringLiteral("stop"), QT_TR_NOOP("stop")},       {QStringLiteral("restart"), QT_TR_NOOP("restart")},
        {QStringLiteral("pause"), QT_TR_NOOP("pause")},     {QStringLiteral("unpause"), QT_TR_NOOP("unpause")},
        {QStringLiteral("destroy"), QT_TR_NOOP("destroy")}, {QStringLiteral("attach"), QT_TR_NOOP("attach")},
        {QStringLiteral("detach"), QT_TR_NOOP("detach")},   {QStringLiteral("export"), QT_TR_NOOP("export")},
        {QStringLiteral("commit"), QT_TR_NOOP("commit")},   {QStringLiteral("rename"), QT_TR_NOOP("rename")},
        {QStringLiteral("connect"), QT_TR_NOOP("connect")}, {QStringLiteral("disconnect"), QT_TR_NOOP("disconnect")},
        {QStringLiteral("exec_create"), QT_TR_NOOP("exec_create")}, {QStringLiteral("exec_start"), QT_TR_NOOP("exec_start")},
        {QStringLiteral("exec_die"), QT_TR_NOOP("exec_die")},
    };
    const auto found = words.constFind(action);
    return found == words.cend() ? action : tr(found.value());
}

QString HistoryStrip::describe(const porthole::Event &event)
{
    const QString exitCode = event.attributes.value(QLatin1String("exitCode")).toString();
    if (event.type == QLatin1String("network"))
        return tr("network %1 %2").arg(actionWord(event.action), event.attributes.value(QLatin1String("address")).toString()).trimmed();
    if (event.action == QLatin1String("die"))
        return tr("die (exit %1)").arg(exitCode);
    if (event.action == QLatin1String("kill"))
        return tr("kill %1").arg(event.attributes.value(QLatin1String("signal")).toString()).trimmed();
    return actionWord(event.action);
}

void HistoryStrip::setEvents(const QList<porthole::Event> &events)
{
    clear();
    for (const porthole::Event &event : events) {
        auto *item = new QListWidgetItem(event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char(' ') + describe(event), this);
        item->setTextAlignment(Qt::AlignCenter);
        item->setToolTip(event.toText());
        item->setData(Qt::UserRole, describe(event));
    }
    scrollToBottom();
    if (count() > 0)
        scrollToItem(item(count() - 1));
}

QStringList HistoryStrip::texts() const
{
    QStringList all;
    for (int i = 0; i < count(); ++i)
        all.append(item(i)->data(Qt::UserRole).toString());
    return all;
}
