#include "gui/containers/consolearea.h"

#include "gui/containers/consolesession.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

ConsoleArea::ConsoleArea(QWidget *parent) : QWidget(parent), m_tabs(new QTabWidget(this)), m_split(new QSplitter(Qt::Horizontal, this))
{
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_split->setObjectName(QStringLiteral("consoleSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_split);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        for (ConsoleSession *session : std::as_const(m_sessions))
            if (session->view() == m_tabs->widget(index))
                return close(session);
    });
}

ConsoleArea::~ConsoleArea()
{
    qDeleteAll(m_sessions); // each deletes its view
}

void ConsoleArea::add(ConsoleSession *session, const QString &title)
{
    session->setParent(this);
    m_sessions.append(session);
    m_titles.insert(session, title);
    place(session);
    session->view()->setFocus();
}

// A console side by side: its title and a close button over its terminal.
QWidget *ConsoleArea::tileFor(ConsoleSession *session)
{
    auto *tile = new QWidget(m_split);
    tile->setObjectName(QStringLiteral("consoleTile"));
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(m_titles.value(session), tile);
    label->setObjectName(QStringLiteral("consoleTileTitle"));
    auto *closeButton = new QToolButton(tile);
    closeButton->setText(QStringLiteral("×"));
    closeButton->setToolTip(tr("Close this console"));
    closeButton->setAutoRaise(true);
    connect(closeButton, &QToolButton::clicked, this, [this, session] { close(session); });
    header->addWidget(label, 1);
    header->addWidget(closeButton);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(session->view(), 1);
    return tile;
}

void ConsoleArea::place(ConsoleSession *session)
{
    if (m_sideBySide) {
        m_split->addWidget(tileFor(session));
        return;
    }
    m_tabs->setCurrentIndex(m_tabs->addTab(session->view(), m_titles.value(session)));
}

void ConsoleArea::setSideBySide(bool on)
{
    if (on == m_sideBySide)
        return;
    // The terminals move; their sessions (and screens) stay.
    for (ConsoleSession *session : std::as_const(m_sessions))
        session->view()->setParent(nullptr);
    m_tabs->clear();
    while (m_split->count() > 0)
        delete m_split->widget(0);
    m_sideBySide = on;
    m_tabs->setVisible(!on);
    m_split->setVisible(on);
    for (ConsoleSession *session : std::as_const(m_sessions)) {
        place(session);
        session->view()->show();
    }
    if (on && m_split->count() > 0)
        m_split->setSizes(QList<int>(m_split->count(), 1000));
}

void ConsoleArea::setTitle(ConsoleSession *session, const QString &title)
{
    m_titles.insert(session, title);
    if (const int at = m_tabs->indexOf(session->view()); at >= 0)
        m_tabs->setTabText(at, title);
    for (QLabel *label : m_split->findChildren<QLabel *>(QStringLiteral("consoleTileTitle")))
        if (label->parentWidget()->isAncestorOf(session->view()))
            label->setText(title);
}

QString ConsoleArea::title(ConsoleSession *session) const
{
    return m_titles.value(session);
}

QList<ConsoleSession *> ConsoleArea::visibleSessions() const
{
    QList<ConsoleSession *> shown;
    for (ConsoleSession *session : m_sessions)
        if (m_sideBySide || m_tabs->currentWidget() == session->view())
            shown.append(session);
    return shown;
}

void ConsoleArea::close(ConsoleSession *session)
{
    m_sessions.removeOne(session);
    m_titles.remove(session);
    if (const int at = m_tabs->indexOf(session->view()); at >= 0)
        m_tabs->removeTab(at);
    QWidget *tile = m_sideBySide ? session->view()->parentWidget() : nullptr;
    emit closed(session);
    delete session; // closes its terminal; an attach only detaches
    delete tile;
}
