#include "gui/containers/consolespane.h"

#include "cli/spelling.h"
#include "gui/terminal/terminalview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

ConsolesPane::ConsolesPane(const SharedEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_title(new QLabel(this)), m_attach(new QPushButton(tr("Attach"), this)),
      m_exec(new QPushButton(tr("Exec shell"), this)), m_nsenter(new QPushButton(tr("nsenter"), this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("consolesPane"));
    m_attach->setObjectName(QStringLiteral("consoleAttach"));
    m_exec->setObjectName(QStringLiteral("consoleExec"));
    m_nsenter->setObjectName(QStringLiteral("consoleNsenter"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_exec);
    buttons->addWidget(m_nsenter);
    auto *why = new QLabel(tr("<b>attach</b> joins the container's main process: every attached console sees the same screen and types "
                              "into the same input; leaving (Ctrl+P Ctrl+Q, or closing the tab) keeps it running. "
                              "<b>exec</b> starts a new process (a shell) inside the container, on its own terminal. "
                              "<b>nsenter</b> enters the container's namespaces from the host with util-linux, as root, "
                              "using the process id from inspect."),
                           this);
    why->setWordWrap(true);
    m_empty = new QLabel(tr("Select a running container, then open a console."), this);
    m_pages->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(buttons);
    layout->addWidget(why);
    layout->addWidget(m_pages, 1);
    connect(m_attach, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Attach); });
    connect(m_exec, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Exec); });
    connect(m_nsenter, &QPushButton::clicked, this, [this] { open(ConsoleSession::Kind::Nsenter); });
    setContainer({}, {}, false);
}

QTabWidget *ConsolesPane::tabsFor(const QString &id)
{
    if (QTabWidget *tabs = m_tabs.value(id))
        return tabs;
    auto *tabs = new QTabWidget(m_pages);
    tabs->setObjectName(QStringLiteral("consoleTabs"));
    tabs->setTabsClosable(true);
    tabs->setDocumentMode(true);
    connect(tabs, &QTabWidget::tabCloseRequested, this, [this, tabs, id](int index) {
        QWidget *view = tabs->widget(index);
        QList<ConsoleSession *> &list = m_sessions[id];
        for (ConsoleSession *session : std::as_const(list))
            if (session->view() == view) {
                list.removeOne(session);
                tabs->removeTab(index);
                delete session; // closes its terminal; an attach only detaches
                return;
            }
    });
    m_pages->addWidget(tabs);
    m_tabs.insert(id, tabs);
    return tabs;
}

void ConsolesPane::setContainer(const QString &id, const QString &name, bool running)
{
    m_id = id;
    m_name = name;
    m_title->setText(id.isEmpty() ? tr("No container selected") : tr("Consoles of %1").arg(name));
    for (QPushButton *button : {m_attach, m_exec, m_nsenter})
        button->setEnabled(running);
    // The command each button stands for (nsenter is util-linux's, not a verb of ours).
    const QString container = id.isEmpty() ? QStringLiteral("CONTAINER") : name;
    m_attach->setToolTip(porthole::spellCommand(QStringLiteral("container attach"), {}, {container}));
    m_exec->setToolTip(porthole::spellCommand(QStringLiteral("container exec"), {{QStringLiteral("interactive"), {}}, {QStringLiteral("tty"), {}}},
                                              {container, QStringLiteral("sh")}));
    m_nsenter->setToolTip(QStringLiteral("nsenter -t PID -a"));
    m_pages->setCurrentWidget(m_tabs.contains(id) ? static_cast<QWidget *>(m_tabs.value(id)) : m_empty);
}

ConsoleSession *ConsolesPane::open(ConsoleSession::Kind kind)
{
    if (m_id.isEmpty())
        return nullptr;
    QTabWidget *tabs = tabsFor(m_id);
    auto *session = new ConsoleSession(m_engine, m_id, kind, this);
    m_sessions[m_id].append(session);
    int sameKind = 0;
    for (ConsoleSession *other : std::as_const(m_sessions[m_id]))
        sameKind += other->kind() == kind ? 1 : 0;
    const QString base = kind == ConsoleSession::Kind::Attach ? tr("attach") : kind == ConsoleSession::Kind::Exec ? tr("exec") : tr("nsenter");
    const int index = tabs->addTab(session->view(), sameKind > 1 ? QStringLiteral("%1 %2").arg(base).arg(sameKind) : base);
    tabs->setCurrentIndex(index);
    m_pages->setCurrentWidget(tabs);
    session->view()->setFocus();
    const QString id = m_id;
    connect(session, &ConsoleSession::finished, this, [this, tabs, session, id](int code) {
        const int at = tabs->indexOf(session->view());
        if (at >= 0)
            tabs->setTabText(at, tabs->tabText(at) + QStringLiteral(" (%1)").arg(code));
        emit sessionFinished(id, code);
    });
    return session;
}

QList<ConsoleSession *> ConsolesPane::sessions(const QString &containerId) const
{
    return m_sessions.value(containerId);
}
