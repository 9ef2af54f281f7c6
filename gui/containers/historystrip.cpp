#include "gui/containers/historystrip.h"

HistoryStrip::HistoryStrip(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("historyStrip"));
    setAccessibleName(tr("Container history"));
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    setFixedHeight(fontMetrics().height() * 3 + 16);
    setSelectionMode(QAbstractItemView::NoSelection);
}

QString HistoryStrip::describe(const porthole::Event &event)
{
    const QString exitCode = event.attributes.value(QLatin1String("exitCode")).toString();
    if (event.type == QLatin1String("network"))
        return tr("network %1 %2").arg(event.action, event.attributes.value(QLatin1String("address")).toString()).trimmed();
    if (event.action == QLatin1String("die"))
        return tr("die (exit %1)").arg(exitCode);
    if (event.action == QLatin1String("kill"))
        return tr("kill %1").arg(event.attributes.value(QLatin1String("signal")).toString()).trimmed();
    return event.action;
}

void HistoryStrip::setEvents(const QList<porthole::Event> &events)
{
    clear();
    for (const porthole::Event &event : events) {
        auto *item = new QListWidgetItem(event.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QLatin1Char('\n') + describe(event), this);
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
